// The monthly KPI table on the bundled dataset, against the figures of the seed articles.
#include "TestDatabase.h"
#include "analytics/KpiReport.h"
#include "report/Formatter.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

const KpiRow &rowOf(const KpiReport &report, const QString &code)
{
    for (const KpiRow &row : report.rows) {
        if (row.indicator.code == code)
            return row;
    }
    throw std::runtime_error("no row");
}

class BundledReport : public testing::Test
{
protected:
    TestDatabase db;
    KpiReport june = buildKpiReport(Snapshot(db.store->figures()), db.store->indicators(), {2024, 6});
};

} // namespace

TEST_F(BundledReport, RevenueJune2024)
{
    const KpiRow &row = rowOf(june, u"revenue"_s);
    ASSERT_TRUE(row.current && row.previous && row.plan && row.share && row.pace);
    EXPECT_EQ(row.current->value, 2067389);
    EXPECT_EQ(row.previous->value, 1614206);
    EXPECT_NEAR(row.growth->value, 0.28074669527928897, 1e-15); // computed: +28.1 %
    EXPECT_EQ(row.statedGrowth->value, 27);                      // stated: +27 %
    EXPECT_EQ(row.plan->value, 4171172);
    EXPECT_NEAR(*row.share, 0.49563743715195635, 1e-15);         // 49.6 %
    EXPECT_EQ(row.statedShare->value, 50);
    EXPECT_EQ(row.pace->basis, Pace::Basis::LastYearProfile);
    EXPECT_NEAR(row.pace->expectedShare, 0.43112012294169083, 1e-15);
    EXPECT_EQ(row.status, Status::Ahead);
}

TEST_F(BundledReport, StateBudgetComputedShareBesideStated)
{
    const KpiRow &row = rowOf(june, u"state_budget"_s);
    ASSERT_TRUE(row.share && row.statedShare);
    EXPECT_EQ(row.current->value, 59847);
    EXPECT_EQ(row.plan->value, 101593);
    EXPECT_NEAR(*row.share, 0.5890858622149164, 1e-15); // 58.9 % computed
    EXPECT_EQ(row.statedShare->value, 61);             // 61 % stated
    // Last year's 6M budget: 45,905 (two sources) is preferred to 45,405 (one source).
    EXPECT_EQ(row.previous->value, 45905);
}

TEST_F(BundledReport, GdpContributionShare)
{
    const KpiRow &row = rowOf(june, u"gdp_contribution"_s);
    EXPECT_NEAR(*row.share, 0.5083836458679765, 1e-15); // 50.8 % computed, 49 % stated
    EXPECT_EQ(row.statedShare->value, 49);
}

TEST_F(BundledReport, LevelUsesLatestReadingAndPercentagePoints)
{
    const KpiRow &row = rowOf(june, u"fibre_households_pct"_s);
    ASSERT_TRUE(row.current && row.previous && row.growth);
    EXPECT_EQ(row.current->month, 5);
    EXPECT_EQ(row.current->value, 82.2);
    EXPECT_EQ(row.previous->value, 76.9);
    EXPECT_TRUE(row.growth->percentagePoints);
    EXPECT_NEAR(row.growth->value, 5.3, 1e-12);
    EXPECT_FALSE(row.plan); // no source states the 2024 fibre target
    EXPECT_EQ(row.status, Status::Unknown);
}

TEST_F(BundledReport, ReportedAgainstMeasuredIsShownNotHidden)
{
    const KpiRow &row = rowOf(june, u"online_public_services_use_pct"_s);
    ASSERT_TRUE(row.current);
    EXPECT_EQ(row.current->value, 17);
    EXPECT_EQ(row.current->basis, Basis::Measured);
    EXPECT_EQ(row.otherValues, QList<double>{30});
}

TEST_F(BundledReport, OneRowPerFlowAndLevelIndicator)
{
    int expected = 0;
    for (const Indicator &i : db.store->indicators())
        expected += i.kind != IndicatorKind::MonthFlow;
    EXPECT_EQ(june.rows.size(), expected);
    EXPECT_EQ(june.rows.first().indicator.code, u"revenue"_s);
}

TEST_F(BundledReport, AsOfHidesLaterFigures)
{
    // The April briefing knew the 4M figures (published 2024-05-03), not June's.
    const KpiReport april = buildKpiReport(Snapshot(db.store->figures(), YearMonth{2024, 4}), db.store->indicators(), {2024, 4});
    EXPECT_EQ(rowOf(april, u"revenue"_s).current->value, 1365758);
    const KpiReport juneSeenInApril = buildKpiReport(Snapshot(db.store->figures(), YearMonth{2024, 4}),
                                                     db.store->indicators(), {2024, 6});
    EXPECT_FALSE(rowOf(juneSeenInApril, u"revenue"_s).current);
}

TEST_F(BundledReport, StatedGrowthIsShownWhereNoneCanBeComputed)
{
    // August 2024: no 8-month figures of 2023 are stored, but the source states the growth.
    const KpiReport august = buildKpiReport(Snapshot(db.store->figures()), db.store->indicators(), {2024, 8});
    const KpiRow &revenue = rowOf(august, u"revenue"_s);
    ASSERT_FALSE(revenue.growth);
    const auto shown = shownGrowth(revenue);
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->kind, ShownGrowth::Kind::Stated);
    EXPECT_EQ(shown->statedPercent, revenue.statedGrowth->value);
    EXPECT_EQ(shown->statedPercent, 23.7);
    EXPECT_EQ(Formatter(Language::English).shownGrowth(*shown), u"+23.7% (stated)"_s);

    // Where the growth can be computed, the computed one is shown, whatever the source states.
    const KpiRow &juneRevenue = rowOf(june, u"revenue"_s);
    const auto computed = shownGrowth(juneRevenue);
    ASSERT_TRUE(computed);
    EXPECT_EQ(computed->kind, ShownGrowth::Kind::Computed);
    EXPECT_EQ(computed->computed.value, juneRevenue.growth->value);
    EXPECT_EQ(Formatter(Language::English).shownGrowth(*computed), u"+28.1%"_s);

    KpiRow nothing = revenue;
    nothing.statedGrowth.reset();
    EXPECT_FALSE(shownGrowth(nothing));
}
