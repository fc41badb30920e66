// Cut-offs no source gives but the database implies (issue 20.2): by a stated growth, between
// the year's neighbouring figures; and what they mend in the KPI table and the forecasts.
// Every number below is worked by hand in its comment.
#include "TestDatabase.h"
#include "analytics/DerivedCutOffs.h"
#include "briefing/BriefingText.h"
#include "analytics/IndicatorSeries.h"
#include "analytics/KpiReport.h"
#include "forecast/FlowHistory.h"
#include "forecast/FlowMethods.h"
#include "forecast/ForecastReport.h"
#include "forecast/YearEndForecast.h"
#include "report/ForecastWriter.h"
#include "report/Formatter.h"
#include "report/KpiReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

// Revenue as the bundled dataset has it around August 2023 (7M, 9M, the year) and 8M-2024.
const YearToDateTotals revenue = {{2023, {{7, 1902800}, {9, 2655661}, {12, 3744214}}}, {2024, {{8, 2820865}}}};

const KpiRow &rowOf(const KpiReport &report, const QString &code)
{
    for (const KpiRow &row : report.rows) {
        if (row.indicator.code == code)
            return row;
    }
    throw std::runtime_error("no row");
}

} // namespace

TEST(DerivedCutOffs, StatedGrowthImpliesLastYearsFigure)
{
    const auto derived = deriveCutOffs(revenue, {{{2024, 8}, 23.7}});
    const DerivedCutOff &d = derived.at({2023, 8});
    EXPECT_EQ(d.how, DerivedCutOff::How::StatedGrowth);
    EXPECT_DOUBLE_EQ(d.value, 2820865 / 1.237); // 2,280,408.2458
    EXPECT_NEAR(d.value, 2280408.2457558606, 1e-6);
    EXPECT_EQ(d.knownFrom, (YearMonth{2024, 8}));
    EXPECT_EQ(d.fromValue, 2820865);
    EXPECT_EQ(d.statedGrowthPercent, 23.7);
}

TEST(DerivedCutOffs, BetweenNeighboursLinearInTheMonth)
{
    const auto derived = deriveCutOffs(revenue, {});
    // 8M between 7M and 9M: (1,902,800 + 2,655,661) / 2.
    EXPECT_EQ(derived.at({2023, 8}).how, DerivedCutOff::How::Interpolated);
    EXPECT_DOUBLE_EQ(derived.at({2023, 8}).value, 2279230.5);
    EXPECT_EQ(derived.at({2023, 8}).previousMonth, 7);
    EXPECT_EQ(derived.at({2023, 8}).nextMonth, 9);
    EXPECT_EQ(derived.at({2023, 8}).knownFrom, (YearMonth{2023, 9}));
    // 10M and 11M: a third and two thirds of the way from 9M (2,655,661) to 12M (3,744,214):
    // (3,744,214 − 2,655,661) / 3 = 362,851.
    EXPECT_DOUBLE_EQ(derived.at({2023, 10}).value, 3018512);
    EXPECT_DOUBLE_EQ(derived.at({2023, 11}).value, 3381363);
    // Nothing before the year's first figure (the start of the year is no neighbour), nothing
    // after its last, nothing of a year with a single figure.
    EXPECT_EQ(derived.count({2023, 6}), 0u);
    EXPECT_EQ(derived.count({2024, 9}), 0u);
    EXPECT_EQ(derived.count({2024, 7}), 0u);
    EXPECT_EQ(derived.size(), 3u);
}

TEST(DerivedCutOffs, TheSourcesGrowthComesFirstAndServesAsANeighbour)
{
    // 2023: 6M 100, 12M 400; 2024-9 = 330, stated +10 % → 9M-2023 = 330 / 1.1 = 300.
    const YearToDateTotals figures = {{2023, {{6, 100}, {12, 400}}}, {2024, {{9, 330}}}};
    const auto derived = deriveCutOffs(figures, {{{2024, 9}, 10.0}});
    EXPECT_EQ(derived.at({2023, 9}).how, DerivedCutOff::How::StatedGrowth);
    EXPECT_DOUBLE_EQ(derived.at({2023, 9}).value, 300);
    // 7M: a third of the way from 100 to 300; it rests on 9M-2024's claim, so is known from then.
    EXPECT_DOUBLE_EQ(derived.at({2023, 7}).value, 100 + 200.0 / 3);
    EXPECT_EQ(derived.at({2023, 7}).knownFrom, (YearMonth{2024, 9}));
    EXPECT_EQ(derived.at({2023, 7}).nextMonth, 9);
    // 10M: a third of the way from 300 to 400.
    EXPECT_DOUBLE_EQ(derived.at({2023, 10}).value, 300 + 100.0 / 3);
}

TEST(DerivedCutOffs, FiguresAreNeverReplacedAndImpossibleGrowthIgnored)
{
    const YearToDateTotals figures = {{2023, {{8, 50}}}, {2024, {{8, 70}, {9, 80}}}};
    const auto derived = deriveCutOffs(figures, {{{2024, 8}, 10.0}, {{2024, 9}, -100.0}});
    EXPECT_EQ(derived.count({2023, 8}), 0u); // stored: the source's figure stands
    EXPECT_EQ(derived.count({2023, 9}), 0u); // −100 %: last year would be infinite
}

TEST(DerivedCutOffs, ARevisionDownKeepsTheInterpolationBetweenItsNeighbours)
{
    // 9M revised below 7M (a negative month): 8M lies between them, never outside.
    const auto derived = deriveCutOffs({{2023, {{7, 200}, {9, 180}}}}, {});
    EXPECT_DOUBLE_EQ(derived.at({2023, 8}).value, 190);
}

TEST(DerivedCutOffs, ForecastsLeanOnThemOnlyOnceKnown)
{
    FlowHistory history;
    for (const auto &[year, months] : revenue) {
        for (const auto &[month, value] : months)
            history.set(year, month, value);
    }
    history.setDerived(deriveCutOffs(revenue, {{{2024, 8}, 23.7}}));
    // At 7M-2024 the claim of 8M-2024 is not yet made.
    EXPECT_FALSE(history.figureOrDerived(2023, 8, {2024, 7}));
    EXPECT_FALSE(history.knownAt(2024, 7).figureOrDerived(2023, 8, {2100, 12}));
    ASSERT_TRUE(history.figureOrDerived(2023, 8, {2024, 8}));
    EXPECT_TRUE(history.figureOrDerived(2023, 8, {2024, 8})->derived);
    EXPECT_FALSE(history.figureOrDerived(2023, 9, {2024, 8})->derived);
    EXPECT_FALSE(history.at(2023, 8)); // at() is the figures only

    // Last year's profile: 2,820,865 × 3,744,214 / (2,820,865 / 1.237) = 3,744,214 × 1.237.
    const MethodPoint profile = forecastFlow(FlowMethod::LastYearProfile, history, 2024, 8);
    ASSERT_TRUE(profile.available());
    EXPECT_NEAR(profile.value, 3744214 * 1.237, 1e-6); // 4,631,592.718
    EXPECT_EQ(profile.derivedInputs, (QList<YearMonth>{{2023, 8}}));
    // Seasonal naive: 2,820,865 + 3,744,214 − 2,280,408.2458 = 4,284,670.7542.
    const MethodPoint naive = forecastFlow(FlowMethod::SeasonalNaive, history, 2024, 8);
    EXPECT_NEAR(naive.value, 4284670.754244139, 1e-6);
    // The combination says what its members rested on.
    EXPECT_EQ(forecastFlowAllMethods(history, 2024, 8).constLast().derivedInputs, (QList<YearMonth>{{2023, 8}}));
    EXPECT_TRUE(forecastFlow(FlowMethod::RunRate, history, 2024, 8).derivedInputs.isEmpty());
}

class DerivedInTheBundledReport : public testing::Test
{
protected:
    TestDatabase db;
    KpiReport august = buildKpiReport(Snapshot(db.store->figures(), YearMonth{2024, 8}), db.store->indicators(), {2024, 8});
};

TEST_F(DerivedInTheBundledReport, RevenueAugust2024HasLastYearAndItsPace)
{
    // No source gives 8M-2023; 8M-2024 (2,820,865) is stated +23.7 %.
    const KpiRow &row = rowOf(august, u"revenue"_s);
    ASSERT_TRUE(row.previous && row.previousDerived && row.pace);
    EXPECT_EQ(row.previousDerived->how, DerivedCutOff::How::StatedGrowth);
    EXPECT_NEAR(row.previous->value, 2280408.2457558606, 1e-6);
    // The growth against a base derived from the growth itself would be the claim again:
    // the stated growth is shown, as the source's.
    EXPECT_FALSE(row.growth);
    ASSERT_TRUE(shownGrowth(row));
    EXPECT_EQ(shownGrowth(row)->kind, ShownGrowth::Kind::Stated);
    EXPECT_EQ(shownGrowth(row)->statedPercent, 23.7);
    // Pace: 2,280,408.2458 / 3,744,214 = 60.90 %, not m/12 = 66.67 %; 67.63 % reached: ahead.
    EXPECT_EQ(row.pace->basis, Pace::Basis::LastYearProfile);
    EXPECT_NEAR(row.pace->expectedShare, 0.6090485869012456, 1e-12);
    EXPECT_EQ(row.status, Status::Ahead);
    EXPECT_EQ(row.statusNote, KpiRow::StatusNote::DerivedBase);

    const Formatter en(Language::English);
    const QStringList cells = KpiReportWriter::cells(row, august, en);
    EXPECT_EQ(cells[4], u"2,280,408 †"_s);
    EXPECT_EQ(cells[10], u"60.9% †"_s);
    EXPECT_EQ(cells[11], u"ahead (derived pace)"_s);
    EXPECT_EQ(KpiReportWriter::derivedNotes(row, en),
              QStringList{u"Sector revenue, 8/2023: 2,280,408, derived as 2,820,865 (8/2024) ÷ (1 + 23.7%), the growth stated for 8/2024"_s});
    EXPECT_TRUE(KpiReportWriter::table(august, en).contains(u"† Derived: no source gives these figures"_s));

    const QJsonObject json = QJsonDocument::fromJson(KpiReportWriter::json(august, Language::English)).object();
    for (const QJsonValue &r : json[u"rows"_s].toArray()) {
        if (r[u"indicator"_s] != u"revenue"_s)
            continue;
        EXPECT_EQ(r[u"previous"_s][u"derived"_s][u"method"_s].toString(), u"stated_growth"_s);
        EXPECT_EQ(r[u"previous"_s][u"derived"_s][u"from_period"_s].toString(), u"2024-08"_s);
        EXPECT_EQ(r[u"status_note"_s].toString(), u"derived_base:2023-08"_s);
        EXPECT_EQ(r[u"derived"_s].toArray().size(), 1);
        EXPECT_TRUE(r[u"growth"_s].isNull());
    }
}

TEST_F(DerivedInTheBundledReport, InterpolatedBaseGivesAComputedGrowthMarkedAsSuch)
{
    // 9M-2022 is missing and no source states 9M-2023's growth: between 6M-2022 (1,833,162)
    // and 12M-2022 (3,893,595), half-way: 2,863,378.5. Growth 2,655,661 / 2,863,378.5 − 1 = −7.25 %.
    const KpiReport september = buildKpiReport(Snapshot(db.store->figures()), db.store->indicators(), {2023, 9});
    const KpiRow &row = rowOf(september, u"revenue"_s);
    ASSERT_TRUE(row.previousDerived && row.growth);
    EXPECT_EQ(row.previousDerived->how, DerivedCutOff::How::Interpolated);
    EXPECT_DOUBLE_EQ(row.previous->value, 2863378.5);
    EXPECT_NEAR(row.growth->value, -0.07254280214788233, 1e-12);
    const Formatter vi(Language::Vietnamese);
    EXPECT_EQ(KpiReportWriter::cells(row, september, vi)[5], u"-7,3% †"_s);
}

TEST_F(DerivedInTheBundledReport, AFigureOfTheSourceNeedsNoDerivation)
{
    const KpiReport june = buildKpiReport(Snapshot(db.store->figures()), db.store->indicators(), {2024, 6});
    const KpiRow &row = rowOf(june, u"revenue"_s);
    EXPECT_FALSE(row.previousDerived);
    EXPECT_EQ(row.statusNote, KpiRow::StatusNote::None);
    EXPECT_TRUE(row.derived().isEmpty());
}

TEST(DerivedCutOffs, ThePastYearsRegressionNeverPredictsATotalFromItself)
{
    // Three past years known at 6M and 12M: 8M of each is interpolated towards the total it
    // would then predict. The regression refuses them; with 8M figures it fits.
    FlowHistory interpolated;
    FlowHistory stored;
    for (int year = 2020; year <= 2022; ++year) {
        for (FlowHistory *h : {&interpolated, &stored}) {
            h->set(year, 6, 100 + year - 2020);
            h->set(year, 12, 250 + 3 * (year - 2020));
        }
        stored.set(year, 8, 150 + 2 * (year - 2020) + (year == 2021 ? 1 : 0));
    }
    for (FlowHistory *h : {&interpolated, &stored})
        h->set(2023, 8, 160);
    interpolated.setDerived(deriveCutOffs(interpolated.years(), {}));
    ASSERT_TRUE(interpolated.figureOrDerived(2021, 8, {2023, 8}));
    EXPECT_EQ(forecastFlow(FlowMethod::CrossYear, interpolated, 2023, 8).missing, MissingData::TooFewPastYears);
    EXPECT_TRUE(forecastFlow(FlowMethod::CrossYear, stored, 2023, 8).available());
}

TEST_F(DerivedInTheBundledReport, TheForecastSaysWhatItRestsOn)
{
    const Snapshot snapshot(db.store->figures(), YearMonth{2024, 8});
    Indicator revenue;
    for (const Indicator &i : db.store->indicators()) {
        if (i.code == u"revenue"_s)
            revenue = i;
    }
    const FlowForecast f = forecastFlowYearEnd(revenue, FlowHistory::fromSnapshot(snapshot, u"revenue"_s, u"VN"_s), 2024, 8, 4171172);
    const QList<DerivedCutOff> inputs = f.derivedInputs();
    ASSERT_EQ(inputs.size(), 1);
    EXPECT_EQ(inputs.first().period, (YearMonth{2024 - 1, 8}));
    EXPECT_EQ(inputs.first().how, DerivedCutOff::How::StatedGrowth);
    // Last year's profile: 3,744,214 × 1.237 (above), where before it had no forecast at all.
    ASSERT_TRUE(f.method(FlowMethod::LastYearProfile)->point.available());
    EXPECT_NEAR(f.method(FlowMethod::LastYearProfile)->point.value, 4631592.718, 1e-6);

    ForecastReport report{{2024, 8}, u"VN"_s, {f}, {}};
    const QJsonObject json = QJsonDocument::fromJson(ForecastWriter::json(report, Language::English)).object();
    const QJsonArray methods = json[u"flows"_s][0][u"methods"_s].toArray();
    EXPECT_EQ(methods[1][u"method"_s].toString(), u"last_year_profile"_s);
    EXPECT_EQ(methods[1][u"derived_inputs"_s].toArray(), (QJsonArray{u"2023-08"_s}));
    EXPECT_FALSE(methods[0].toObject().contains(u"derived_inputs"_s)); // the run rate rests on none
    const QString text = ForecastWriter::table(report, Formatter(Language::English));
    EXPECT_TRUE(text.contains(u"rests on 8/2023 derived †"_s));
    EXPECT_TRUE(text.contains(u"† 8/2023: 2,280,408, derived as 2,820,865 (8/2024) ÷ (1 + 23.7%)"_s));
}

TEST_F(DerivedInTheBundledReport, TheIndicatorsChartsDrawAndMarkThem)
{
    const Snapshot snapshot(db.store->figures(), YearMonth{2024, 8});
    Indicator revenue;
    for (const Indicator &i : db.store->indicators()) {
        if (i.code == u"revenue"_s)
            revenue = i;
    }
    const IndicatorSeries s = buildIndicatorSeries(snapshot, revenue, ForecastReport{}, {2024, 8}, u"VN"_s, 2.0);
    // 2M-2023 = 653,284 / 1.2455 and 8M-2023 = 2,820,865 / 1.237, each from its stated growth.
    ASSERT_EQ(s.lastYearDerived.size(), 2);
    EXPECT_EQ(s.lastYearDerived[0].x(), 2);
    EXPECT_NEAR(s.lastYearDerived[0].y(), 653284 / 1.2455, 1e-6);
    EXPECT_EQ(s.lastYearDerived[1].x(), 8);
    EXPECT_NEAR(s.lastYearDerived[1].y(), 2280408.2457558606, 1e-6);
    EXPECT_TRUE(s.lastYear.contains(s.lastYearDerived[1])); // on last year's line, in month order
    EXPECT_TRUE(std::is_sorted(s.lastYear.begin(), s.lastYear.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); }));
    // Growth bars at 2M and 8M against them: the stated rates again, marked.
    EXPECT_EQ(s.growthDerivedMonths, (QList<int>{2, 8}));
    EXPECT_NEAR(s.growth.constLast().y(), 23.7, 1e-9);
    // The plan's pace at 8M: 4,171,172 × 2,280,408.2458 / 3,744,214, no longer 8/12 of the plan.
    EXPECT_TRUE(s.planPaceDerived);
    EXPECT_NEAR(s.planPace[8].y(), 4171172 * 0.6090485869012456, 1e-6);
    EXPECT_NEAR(*s.expectedShare, 0.6090485869012456, 1e-12);
}

TEST_F(DerivedInTheBundledReport, TheBriefingSaysSo)
{
    const Formatter en(Language::English);
    const QString revenue = BriefingText::paragraph(rowOf(august, u"revenue"_s), ForecastReport{}, 2024, en);
    EXPECT_TRUE(revenue.contains(u"ahead of the expected pace (60.9%), measured against last year's profile with 8/2023 derived †, as no source gives it"_s))
        << revenue.toStdString();
    // A growth computed on an interpolated base says so.
    const KpiReport september = buildKpiReport(Snapshot(db.store->figures()), db.store->indicators(), {2023, 9});
    const QString growth = BriefingText::paragraph(rowOf(september, u"revenue"_s), ForecastReport{}, 2023, en);
    EXPECT_TRUE(growth.contains(u"down 7.3% on the same period of 2022 (against a derived figure for 9/2022 †, which no source gives)"_s))
        << growth.toStdString();
}
