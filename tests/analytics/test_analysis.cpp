// The analysis a window shows: computed once, from the settings it starts with.
#include "TestDatabase.h"
#include "io/FigureImporter.h"
#include "report/Formatter.h"
#include "session/Analysis.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

TEST(Analysis, StartsFromItsSettings)
{
    TestDatabase db;
    AnalysisSettings settings;
    settings.period = YearMonth{2024, 6};
    settings.tolerancePoints = 5;
    settings.check.sharePoints = 3;
    Analysis analysis(*db.store, settings);
    EXPECT_EQ(analysis.period(), (YearMonth{2024, 6}));
    EXPECT_EQ(analysis.tolerancePoints(), 5);
    EXPECT_EQ(analysis.checkSettings().sharePoints, 3);
    EXPECT_EQ(analysis.row(u"revenue"_s)->current->value, 2067389);
    // Without a period: the latest month holding a flow figure.
    EXPECT_EQ(Analysis(*db.store).period(), (YearMonth{2024, 8}));
}

TEST(Analysis, SameSettingsComputeNothingAgain)
{
    TestDatabase db;
    Analysis analysis(*db.store);
    int changes = 0;
    QObject::connect(&analysis, &Analysis::changed, [&changes] { ++changes; });
    analysis.setCheckSettings(analysis.checkSettings());
    analysis.setTolerancePoints(analysis.tolerancePoints());
    analysis.setPeriod(analysis.period());
    EXPECT_EQ(changes, 0);
    CheckSettings stricter = analysis.checkSettings();
    stricter.sharePoints = 0.1;
    analysis.setCheckSettings(stricter);
    EXPECT_EQ(changes, 1);
}

TEST(Analysis, ShowsOneRegionAndReadsAgainForALaterYear)
{
    TestDatabase db;
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,HN,2024,6,5000,actual,https://example.vn/hn,Sở HN,,,\n"
                           "value,revenue,HN,2023,6,4000,actual,https://example.vn/hn,Sở HN,,,\n"
                           "value,revenue,HN,2025,3,2600,actual,https://example.vn/hn,Sở HN,,,\n"
                           "plan,revenue,HN,2024,12,11000,,https://example.vn/hn,Sở HN,,,\n";
    addUnits(*db.store, {u"HN"_s});
    ASSERT_TRUE(FigureImporter(*db.store).importFile(db.write(u"hn.csv"_s, csv)).committed());

    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 6}});
    EXPECT_EQ(analysis.region(), u"VN"_s);
    EXPECT_EQ(analysis.regions(), (QStringList{u"HN"_s, u"VN"_s}));
    EXPECT_EQ(analysis.row(u"revenue"_s)->current->value, 2067389);
    for (const Figure &f : analysis.snapshot().figures())
        EXPECT_EQ(f.region, u"VN"_s);
    const qsizetype vnValues = analysis.storedValueCount();

    int changes = 0;
    QObject::connect(&analysis, &Analysis::changed, [&changes] { ++changes; });
    analysis.setRegion(u"HN"_s);
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(analysis.period(), (YearMonth{2024, 6}));
    EXPECT_EQ(analysis.kpis().region, u"HN"_s);
    const KpiRow *revenue = analysis.row(u"revenue"_s);
    EXPECT_EQ(revenue->current->value, 5000);
    EXPECT_EQ(revenue->previous->value, 4000);
    EXPECT_DOUBLE_EQ(*revenue->share, 5000.0 / 11000.0);
    EXPECT_EQ(analysis.storedValueCount(), 3);
    EXPECT_EQ(analysis.latestPeriod(), (YearMonth{2025, 3}));
    // 2025 was not read for June 2024; asked for, it is.
    analysis.setPeriod({2025, 3});
    EXPECT_EQ(analysis.row(u"revenue"_s)->current->value, 2600);
    EXPECT_FALSE(analysis.row(u"revenue"_s)->plan);

    analysis.setRegion(u"QN"_s);
    EXPECT_FALSE(analysis.regionHoldsFigures());
    EXPECT_FALSE(analysis.row(u"revenue"_s)->current);
    EXPECT_EQ(analysis.storedValueCount(), 0);
    analysis.setRegion(u"VN"_s);
    EXPECT_TRUE(analysis.regionHoldsFigures());
    EXPECT_EQ(analysis.storedValueCount(), vnValues);
    // Without a period, a region opens on its own latest month.
    EXPECT_EQ(Analysis(*db.store, AnalysisSettings{.region = u"HN"_s}).period(), (YearMonth{2025, 3}));
}

TEST(Analysis, StatusesSayWhatTheyRestOn)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 8}});
    // Profit: no 8-month figure nor total of 2023, so the pace is m/12 and the status says so.
    const KpiRow *profit = analysis.row(u"profit"_s);
    ASSERT_TRUE(profit && profit->pace);
    EXPECT_EQ(profit->pace->basis, Pace::Basis::Calendar);
    EXPECT_NE(profit->status, Status::Unknown);
    EXPECT_EQ(profit->statusNote, KpiRow::StatusNote::CalendarFallback);
    EXPECT_TRUE(Formatter(Language::English).status(*profit).endsWith(u"(m/12 pace)"_s));
    // Revenue: no source gives 8M-2023, but 8M-2024's stated growth implies it: last year's
    // profile with a derived figure, and the status says so.
    const KpiRow *revenue = analysis.row(u"revenue"_s);
    ASSERT_TRUE(revenue && revenue->pace);
    EXPECT_EQ(revenue->pace->basis, Pace::Basis::LastYearProfile);
    EXPECT_EQ(revenue->statusNote, KpiRow::StatusNote::DerivedBase);
    EXPECT_EQ(Formatter(Language::English).status(*revenue), u"ahead (derived pace)"_s);

    // Workforce: its straight path starts from December 2023, which a break finding flags.
    const KpiRow *workforce = analysis.row(u"workforce"_s);
    ASSERT_TRUE(workforce && workforce->pace);
    bool flagged = false;
    for (const Finding &f : analysis.findings()) {
        for (const Figure &figure : f.figures)
            flagged |= f.kind == FindingKind::Break && f.indicator == u"workforce"_s && figure.period() == YearMonth{2023, 12};
    }
    ASSERT_TRUE(flagged) << "the dataset's break at 12/2023 is what this test is about";
    EXPECT_EQ(workforce->status, Status::Unknown);
    EXPECT_EQ(workforce->statusNote, KpiRow::StatusNote::FlaggedBase);
    EXPECT_EQ(workforce->flaggedBase, (YearMonth{2023, 12}));
    EXPECT_EQ(Formatter(Language::English).status(*workforce), u"not assessed"_s);

}

TEST(KpiReport, FlaggedBaseWithholdsOnlyThatRowsStatus)
{
    TestDatabase db;
    KpiReport report = buildKpiReport(Snapshot(db.store->figures()), db.store->indicators(), {2024, 6});
    KpiRow *revenue = nullptr;
    for (KpiRow &row : report.rows)
        revenue = row.indicator.code == u"revenue"_s ? &row : revenue;
    ASSERT_TRUE(revenue);
    ASSERT_EQ(revenue->pace->basis, Pace::Basis::LastYearProfile);
    EXPECT_EQ(revenue->statusNote, KpiRow::StatusNote::None);
    EXPECT_EQ(paceBasePeriods(*revenue), (QList<YearMonth>{{2023, 6}, {2023, 12}}));
    const Status before = revenue->status;
    withholdStatusOnFlaggedBases(report, {{u"profit"_s, YearMonth{2023, 12}}}); // another indicator's figure
    EXPECT_EQ(revenue->status, before);
    withholdStatusOnFlaggedBases(report, {{u"revenue"_s, YearMonth{2023, 12}}});
    EXPECT_EQ(revenue->status, Status::Unknown);
    EXPECT_EQ(revenue->statusNote, KpiRow::StatusNote::FlaggedBase);
}
