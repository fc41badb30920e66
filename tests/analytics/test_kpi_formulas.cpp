// The formulas of DESIGN.md, checked against hand calculations on real figures
// (expected values computed separately with Python's float arithmetic).
#include "analytics/KpiFormulas.h"

#include <gtest/gtest.h>

using namespace chiso;

namespace {

Indicator indicator(Unit unit, IndicatorKind kind)
{
    Indicator i;
    i.code = QStringLiteral("x");
    i.unit = unit;
    i.kind = kind;
    return i;
}

} // namespace

TEST(YearOnYearChange, FlowIsRelativeToTheSameCutOff)
{
    // Revenue 6M-2024 2,067,389 vs 6M-2023 1,614,206 (seed 001; dientuungdung.vn).
    const auto g = yearOnYearChange(indicator(Unit::BillionVnd, IndicatorKind::Flow), 2067389, 1614206);
    ASSERT_TRUE(g);
    EXPECT_FALSE(g->percentagePoints);
    EXPECT_NEAR(g->value, 0.28074669527928897, 1e-15);
}

TEST(YearOnYearChange, ShareInPercentChangesInPercentagePoints)
{
    // Fibre households 5/2024 82.2 % vs 5/2023 76.9 %: +5.3 pp, not +6.9 %.
    const auto g = yearOnYearChange(indicator(Unit::Percent, IndicatorKind::Level), 82.2, 76.9);
    ASSERT_TRUE(g);
    EXPECT_TRUE(g->percentagePoints);
    EXPECT_NEAR(g->value, 5.3, 1e-12);
}

TEST(YearOnYearChange, OtherLevelsAreRelative)
{
    // Fixed broadband per 100 people 5/2024 23.5 vs 5/2023 22.1.
    const auto g = yearOnYearChange(indicator(Unit::Per100, IndicatorKind::Level), 23.5, 22.1);
    ASSERT_TRUE(g);
    EXPECT_FALSE(g->percentagePoints);
    EXPECT_NEAR(g->value, 0.06334841628959276, 1e-15);
}

TEST(YearOnYearChange, UndefinedAgainstZero)
{
    EXPECT_FALSE(yearOnYearChange(indicator(Unit::BillionVnd, IndicatorKind::Flow), 10, 0));
}

TEST(Completion, RevenueAndBudgetOfJune2024)
{
    // The examples: revenue 49.6 % of 4,171,172; budget 58.9 % of 101,593 (stated: 61 %).
    EXPECT_NEAR(*completion(2067389, 4171172), 0.49563743715195635, 1e-15);
    EXPECT_NEAR(*completion(59847, 101593), 0.5890858622149164, 1e-15);
    EXPECT_FALSE(completion(1, 0));
}

TEST(FlowPace, LastYearsProfileWhereKnown)
{
    // 6M-2023 revenue 1,614,206 of the 2023 total 3,744,214.
    const Pace p = flowPace(6, 1614206, 3744214);
    EXPECT_EQ(p.basis, Pace::Basis::LastYearProfile);
    EXPECT_NEAR(p.expectedShare, 0.43112012294169083, 1e-15);
}

TEST(FlowPace, CalendarShareOtherwise)
{
    EXPECT_EQ(flowPace(6, std::nullopt, 3744214).basis, Pace::Basis::Calendar);
    EXPECT_DOUBLE_EQ(flowPace(6, std::nullopt, 3744214).expectedShare, 0.5);
    EXPECT_DOUBLE_EQ(flowPace(3, 100, std::nullopt).expectedShare, 0.25);
    EXPECT_EQ(flowPace(3, 100, 0).basis, Pace::Basis::Calendar);
}

TEST(LevelPace, StraightPathFromLastDecemberToTarget)
{
    // Mobile broadband: 85.5 per 100 in 12/2023, target 87.5 for 2024, reading of May.
    const auto p = levelPace(5, 85.5, 87.5);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->basis, Pace::Basis::LinearPath);
    EXPECT_NEAR(p->expectedShare, 0.9866666666666666, 1e-15);
    EXPECT_FALSE(levelPace(5, std::nullopt, 87.5));
    EXPECT_FALSE(levelPace(5, 85.5, 0));
}

TEST(PaceStatus, ToleranceInPercentagePointsOfThePlan)
{
    EXPECT_EQ(paceStatus(0.4956, 0.4311, 2), Status::Ahead);
    EXPECT_EQ(paceStatus(0.4956, 0.4311, 7), Status::OnTrack);
    EXPECT_EQ(paceStatus(0.30, 0.35, 2), Status::Behind);
    EXPECT_EQ(paceStatus(0.51, 0.50, 2), Status::OnTrack);
    EXPECT_EQ(paceStatus(0.50, 0.50, 0), Status::OnTrack);
    EXPECT_EQ(paceStatus(0.4999, 0.50, 0), Status::Behind);
}
