// The office's choice of a figure's source (#21 item 3), and the entry form's checks of a typed
// figure (#21 item 10): which value is used and why, the choice stored for every client with
// its history, and the choice driving the table, the report, the briefing and the forecasts.
#include "TestDatabase.h"
#include "briefing/BriefingText.h"
#include "check/EntryChecks.h"
#include "edit/EditCommands.h"
#include "report/Formatter.h"
#include "report/KpiReportWriter.h"
#include "session/Analysis.h"
#include "store/History.h"
#include "store/StoreError.h"
#include "support/RunChiso.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

Figure revenue(double value, const QString &source, Basis basis, qint64 id)
{
    Figure f;
    f.indicator = u"revenue"_s;
    f.region = u"VN"_s;
    f.year = 2024;
    f.month = 8;
    f.value = value;
    f.basis = basis;
    f.source.title = source;
    f.id = id;
    return f;
}

/// The analyst's figure for revenue, 8/2024, typed in the entry form.
Figure typed(double value)
{
    Figure f = revenue(value, manualEntrySource().title, Basis::Estimate, 0);
    f.source = manualEntrySource();
    return f;
}

FigureChoices choiceOf(const QString &source)
{
    const FigureChoice choice{u"revenue"_s, u"VN"_s, {2024, 8}, source, u"2024-09-02T08:00:00Z"_s, u"hoa"_s};
    return {{choice.key(), choice}};
}

} // namespace

TEST(FigureChoice, WithoutAChoiceTheLaterBasisIsUsedAndSaysSo)
{
    const Snapshot snapshot({revenue(2900000, u"B"_s, Basis::Estimate, 1), revenue(2820865, u"A"_s, Basis::Actual, 2)});
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2024, 8)->value, 2820865);
    EXPECT_EQ(snapshot.preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8), Snapshot::Preference::LaterBasis);
}

TEST(FigureChoice, TheOfficesChoiceOutranksEveryOtherRule)
{
    const Snapshot snapshot({revenue(2900000, u"B"_s, Basis::Estimate, 1), revenue(2820865, u"A"_s, Basis::Actual, 2)}, std::nullopt,
                            choiceOf(u"B"_s));
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2024, 8)->value, 2900000);
    EXPECT_EQ(snapshot.preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8), Snapshot::Preference::Chosen);
    EXPECT_EQ(snapshot.choice(u"revenue"_s, u"VN"_s, {2024, 8})->by, u"hoa"_s);
    // Another month of the same indicator keeps the usual order.
    EXPECT_FALSE(snapshot.choice(u"revenue"_s, u"VN"_s, {2024, 7}));
}

TEST(FigureChoice, AChoiceOfASourceGivingNoValueChangesNothing)
{
    const Snapshot snapshot({revenue(2900000, u"B"_s, Basis::Estimate, 1), revenue(2820865, u"A"_s, Basis::Actual, 2)}, std::nullopt,
                            choiceOf(u"C"_s));
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2024, 8)->value, 2820865);
    EXPECT_EQ(snapshot.preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8), Snapshot::Preference::LaterBasis);
}

TEST(FigureChoice, EachFallbackOfTheOrderIsNamed)
{
    Figure later = revenue(2900000, u"B"_s, Basis::Estimate, 1);
    later.source.published = QDate(2024, 9, 20);
    Figure earlier = revenue(2820865, u"A"_s, Basis::Estimate, 2);
    earlier.source.published = QDate(2024, 9, 5);
    EXPECT_EQ(Snapshot({earlier, later}).preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8), Snapshot::Preference::LaterPublication);
    const Figure a = revenue(2820865, u"A"_s, Basis::Estimate, 1), b = revenue(2900000, u"B"_s, Basis::Estimate, 2),
                 c = revenue(2900000, u"C"_s, Basis::Estimate, 3);
    const Snapshot votes({a, b, c});
    EXPECT_EQ(votes.value(u"revenue"_s, u"VN"_s, 2024, 8)->value, 2900000);
    EXPECT_EQ(votes.preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8), Snapshot::Preference::MoreSources);
    EXPECT_EQ(Snapshot({a, b}).preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8), Snapshot::Preference::FirstStored);
    EXPECT_EQ(Snapshot({a, revenue(2820865, u"B"_s, Basis::Actual, 2)}).preferredBecause(u"revenue"_s, u"VN"_s, 2024, 8),
              Snapshot::Preference::Alone);
}

TEST(FigureChoice, IsStoredForEveryClientWithItsHistory)
{
    TestDatabase db;
    db.store->chooseFigure(u"revenue"_s, u"VN"_s, {2024, 8}, manualEntrySource().key(), std::nullopt);
    const auto other = Store::open(db.path());
    const FigureChoices choices = other->figureChoices();
    ASSERT_EQ(choices.size(), 1);
    const FigureChoice &choice = choices.cbegin().value();
    EXPECT_EQ(choice.indicator, u"revenue"_s);
    EXPECT_EQ(choice.region, u"VN"_s);
    EXPECT_EQ(choice.period, (YearMonth{2024, 8}));
    EXPECT_EQ(choice.sourceKey, manualEntrySource().key());
    EXPECT_EQ(choice.by, db.store->login().name);
    EXPECT_FALSE(choice.at.isEmpty());
    // Changed, then removed: three changes in the history, each with what it was.
    other->chooseFigure(u"revenue"_s, u"VN"_s, {2024, 8}, u"https://example.org/a"_s, choice);
    other->chooseFigure(u"revenue"_s, u"VN"_s, {2024, 8}, QString(), other->figureChoices().cbegin().value());
    EXPECT_TRUE(db.store->figureChoices().isEmpty());
    const QList<HistoryChange> changes = readHistory(*db.store, {.record = u"acknowledgement"_s});
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[0].action, u"insert"_s);
    EXPECT_EQ(changes[1].oldText, manualEntrySource().key());
    EXPECT_EQ(changes[1].newText, u"https://example.org/a"_s);
    EXPECT_EQ(changes[2].action, u"delete"_s);
    // Choices are no findings' acknowledgements.
    Analysis analysis(*db.store, {.period = YearMonth{2024, 8}});
    EXPECT_EQ(analysis.findings().size(), analysis.openFindings().size());
}

TEST(FigureChoice, ChoosingOverAChoiceMadeSinceIsRefusedAndChangesNothing)
{
    TestDatabase db;
    db.store->chooseFigure(u"revenue"_s, u"VN"_s, {2024, 8}, u"A"_s, std::nullopt);
    // A second client read no choice, then chooses: refused, naming who chose.
    try {
        db.store->chooseFigure(u"revenue"_s, u"VN"_s, {2024, 8}, u"B"_s, std::nullopt);
        FAIL() << "a choice made since was overwritten";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(db.store->login().name)) << error.message().toStdString();
    }
    EXPECT_EQ(db.store->figureChoices().cbegin()->sourceKey, u"A"_s);
}

TEST(FigureChoice, DrivesTheTableTheBriefingTheForecastsAndTheReport)
{
    TestDatabase db;
    db.store->saveFigures({typed(2900000)}, u"form"_s);
    Analysis analysis(*db.store, {.period = YearMonth{2024, 8}});
    // The analyst's figure is stored, but another source's is used, and the row says why.
    const KpiRow *before = analysis.row(u"revenue"_s);
    ASSERT_NE(before->current->value, 2900000);
    const double published = before->current->value;
    EXPECT_TRUE(before->otherValues.contains(2900000));
    const Formatter english(Language::English);
    EXPECT_FALSE(KpiReportWriter::preferenceText(*before, english).isEmpty());
    const double forecastBefore = analysis.forecasts().flows.first().preferredForecast()->point.value;

    ASSERT_TRUE(analysis.chooseFigure(u"revenue"_s, {2024, 8}, manualEntrySource().key()));
    const KpiRow *after = analysis.row(u"revenue"_s);
    EXPECT_EQ(after->current->value, 2900000);
    EXPECT_EQ(after->preference, Snapshot::Preference::Chosen);
    EXPECT_EQ(after->otherValues, QList<double>{published});
    EXPECT_TRUE(KpiReportWriter::preferenceText(*after, english).contains(u"office's choice"_s));
    EXPECT_TRUE(BriefingText::paragraph(*after, analysis.forecasts(), 2024, english).contains(u"office's choice"_s));
    const FlowForecast &forecast = analysis.forecasts().flows.first();
    ASSERT_EQ(forecast.indicator.code, u"revenue"_s);
    EXPECT_EQ(forecast.current, 2900000);
    EXPECT_NE(forecast.preferredForecast()->point.value, forecastBefore);

    // The program reads the same choice: the report's figure is the analyst's.
    const ChisoRun run = runChiso({u"report"_s, u"--db"_s, db.path(), u"--year"_s, u"2024"_s, u"--month"_s, u"8"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString revenueLine = run.out.split(u'\n').filter(u"revenue"_s).value(0);
    EXPECT_TRUE(revenueLine.contains(u"2900000"_s)) << revenueLine.toStdString();
}

TEST(EntryChecks, WarnsOfAFigureAThousandTimesTooSmall)
{
    TestDatabase db;
    Analysis analysis(*db.store, {.period = YearMonth{2024, 8}});
    const Indicator &revenueIndicator = *db.store->indicator(u"revenue"_s);
    const Formatter vi(Language::Vietnamese);
    const double stored = analysis.row(u"revenue"_s)->current->value;
    const QString warning = entryJumpWarning(analysis.snapshot(), revenueIndicator, u"VN"_s, {2024, 8}, stored / 1000.0, vi);
    EXPECT_FALSE(warning.isEmpty());
    // It names each figure it was compared with: the one stored now, the latest earlier one
    // of the year (June: July is missing), last year's latest up to August (July 2023).
    for (const auto &[year, month] : {std::pair{2024, 8}, std::pair{2024, 6}, std::pair{2023, 7}}) {
        const auto compared = analysis.snapshot().value(u"revenue"_s, u"VN"_s, year, month);
        ASSERT_TRUE(compared);
        EXPECT_TRUE(warning.contains(vi.value(revenueIndicator, compared->value))) << warning.toStdString();
    }
    EXPECT_TRUE(warning.contains(u"1.000"_s)) << warning.toStdString(); // "nhỏ bằng 1/1.000"
}

TEST(EntryChecks, AFigureInLineWithLastMonthOrLastYearIsNotWarned)
{
    TestDatabase db;
    Analysis analysis(*db.store, {.period = YearMonth{2024, 8}});
    const Indicator &revenueIndicator = *db.store->indicator(u"revenue"_s);
    const Formatter en(Language::English);
    const double stored = analysis.row(u"revenue"_s)->current->value;
    EXPECT_TRUE(entryJumpWarning(analysis.snapshot(), revenueIndicator, u"VN"_s, {2024, 8}, stored * 1.03, en).isEmpty());
    // A year-to-date figure grows by a month's share: a new August is compared with June's
    // scaled by 8/6 and July 2023's by 8/7, not as they are.
    const Snapshot withoutAugust(db.store->figures(u"VN"_s, std::pair{Store::FirstYear, 2024}), YearMonth{2024, 7});
    ASSERT_FALSE(withoutAugust.value(u"revenue"_s, u"VN"_s, 2024, 8));
    const double june = withoutAugust.value(u"revenue"_s, u"VN"_s, 2024, 6)->value;
    EXPECT_TRUE(entryJumpWarning(withoutAugust, revenueIndicator, u"VN"_s, {2024, 8}, june * 8 / 6, en).isEmpty());
    EXPECT_FALSE(entryJumpWarning(withoutAugust, revenueIndicator, u"VN"_s, {2024, 8}, june / 1000, en).isEmpty());
    // Nothing to compare with: no warning.
    EXPECT_TRUE(entryJumpWarning(analysis.snapshot(), revenueIndicator, u"VN"_s, {1990, 8}, 1, en).isEmpty());
}

TEST(EntryChecks, DecimalsBeyondTheIndicatorsPrecisionAreRefusedSayingWhatWasMeant)
{
    TestDatabase db;
    const QLocale vi = localeFor(Language::Vietnamese);
    const Indicator &revenueIndicator = *db.store->indicator(u"revenue"_s);
    const QString problem = entryDecimalsProblem(revenueIndicator, u"2.067,389"_s, vi);
    EXPECT_TRUE(problem.contains(u"2.067.389"_s)) << problem.toStdString();
    EXPECT_TRUE(entryDecimalsProblem(revenueIndicator, u"2.067.389"_s, vi).isEmpty());
    const Indicator &fibre = *db.store->indicator(u"fibre_households_pct"_s);
    EXPECT_TRUE(entryDecimalsProblem(fibre, u"79,25"_s, vi).isEmpty());
    EXPECT_FALSE(entryDecimalsProblem(fibre, u"79,255"_s, vi).isEmpty());
}

TEST(EntryChecks, TheChanceOfMeetingThePlanReadsTheSameInEveryPlace)
{
    // The window's card, the forecast table and the briefing all say it through chance().
    EXPECT_EQ(Formatter(Language::Vietnamese).chance(0.4167), u"42%"_s);
    EXPECT_EQ(Formatter(Language::English).chance(0.4167), u"42%"_s);
    TestDatabase db;
    Analysis analysis(*db.store, {.period = YearMonth{2024, 8}});
    const Formatter vi(Language::Vietnamese);
    for (const FlowForecast &f : analysis.forecasts().flows) {
        const MethodForecast *m = f.preferredForecast();
        if (!m || !m->probabilityMeetingPlan)
            continue;
        const QString paragraph = BriefingText::paragraph(*analysis.row(f.indicator.code), analysis.forecasts(), 2024, vi);
        EXPECT_TRUE(paragraph.contains(vi.chance(*m->probabilityMeetingPlan))) << paragraph.toStdString();
    }
}
