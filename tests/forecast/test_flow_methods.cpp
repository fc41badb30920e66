// Year-end methods on the real revenue figures (bundled dataset), checked by hand.
#include "forecast/FlowMethods.h"
#include "forecast/YearEndForecast.h"

#include <gtest/gtest.h>

using namespace chiso;

namespace {

/// Revenue, billion VND: 2023's and 2024's year-to-date cut-offs as the bundled dataset has them.
FlowHistory revenue()
{
    FlowHistory h;
    for (auto [m, v] : std::initializer_list<std::pair<int, double>>{
             {3, 845577}, {4, 1139333}, {5, 1363227}, {6, 1614206}, {7, 1902800}, {9, 2655661},
             {10, 3016617}, {11, 3360217}, {12, 3744214}})
        h.set(2023, m, v);
    for (auto [m, v] : std::initializer_list<std::pair<int, double>>{
             {2, 653284}, {3, 971197}, {4, 1365758}, {6, 2067389}, {8, 2820865}})
        h.set(2024, m, v);
    return h;
}

Indicator revenueIndicator()
{
    Indicator i;
    i.code = QStringLiteral("revenue");
    return i;
}

} // namespace

TEST(FlowMethods, RunRate)
{
    // 2,067,389 in six months: 2,067,389 · 12 / 6.
    EXPECT_DOUBLE_EQ(forecastFlow(FlowMethod::RunRate, revenue().knownAt(2024, 6), 2024, 6).value, 4134778.0);
}

TEST(FlowMethods, LastYearsProfileAndSeasonalNaive)
{
    const FlowHistory known = revenue().knownAt(2024, 6);
    // 2,067,389 · 3,744,214 / 1,614,206
    EXPECT_NEAR(forecastFlow(FlowMethod::LastYearProfile, known, 2024, 6).value, 4795389.706918448, 1e-6);
    // 2,067,389 + (3,744,214 − 1,614,206)
    EXPECT_DOUBLE_EQ(forecastFlow(FlowMethod::SeasonalNaive, known, 2024, 6).value, 4197397.0);
}

TEST(FlowMethods, TrendOnThisYearsCutOffsOnly)
{
    // Least squares through (2, 653,284) (3, 971,197) (4, 1,365,758) (6, 2,067,389), at m = 12;
    // August's figure is not known in June.
    const MethodPoint p = forecastFlow(FlowMethod::TrendLinear, revenue().knownAt(2024, 6), 2024, 6);
    ASSERT_TRUE(p.available());
    EXPECT_NEAR(p.value, 4207460.142857143, 1e-6);
    ASSERT_TRUE(p.model);
    EXPECT_EQ(p.model->df, 2);
}

TEST(FlowMethods, CombinationIsTheMeanOfItsMembers)
{
    const FlowHistory known = revenue().knownAt(2024, 6);
    // Cross-year needs three past years with June and December: only 2023 here.
    EXPECT_EQ(forecastFlow(FlowMethod::CrossYear, known, 2024, 6).missing, MissingData::TooFewPastYears);
    const double mean = (4134778.0 + 4795389.706918448 + 4197397.0 + 4207460.142857143) / 4;
    EXPECT_NEAR(forecastFlow(FlowMethod::Combination, known, 2024, 6).value, mean, 1e-6);
}

TEST(FlowMethods, MissingDataIsSaidNotGuessed)
{
    FlowHistory oneYear;
    oneYear.set(2024, 6, 100);
    EXPECT_EQ(forecastFlow(FlowMethod::LastYearProfile, oneYear, 2024, 6).missing, MissingData::NoLastYear);
    EXPECT_EQ(forecastFlow(FlowMethod::SeasonalNaive, oneYear, 2024, 6).missing, MissingData::NoLastYear);
    EXPECT_EQ(forecastFlow(FlowMethod::TrendLinear, oneYear, 2024, 6).missing, MissingData::TooFewCutOffs);
    EXPECT_EQ(forecastFlow(FlowMethod::Combination, oneYear, 2024, 6).missing, MissingData::NothingToCombine);
    EXPECT_EQ(forecastFlow(FlowMethod::RunRate, oneYear, 2024, 5).missing, MissingData::NoFigureAtCutOff);
    EXPECT_TRUE(forecastFlow(FlowMethod::RunRate, oneYear, 2024, 6).available());

    FlowHistory zeroLastYear = oneYear;
    zeroLastYear.set(2023, 6, 0);
    zeroLastYear.set(2023, 12, 50);
    EXPECT_EQ(forecastFlow(FlowMethod::LastYearProfile, zeroLastYear, 2024, 6).missing, MissingData::NoLastYear);
}

TEST(YearEndForecast, CutOffTwelveIsKnownExactly)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue(), 2023, 12, 3744214.0);
    for (const MethodForecast &m : f.methods) {
        ASSERT_TRUE(m.point.available());
        EXPECT_EQ(m.point.value, 3744214);
        EXPECT_EQ(m.intervalBasis, IntervalBasis::Exact);
        EXPECT_EQ(m.interval95->lower, m.interval95->upper);
        EXPECT_EQ(*m.probabilityMeetingPlan, 1.0);
    }
}

TEST(YearEndForecast, PlanOfZeroHasNoShare)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 6), 2024, 6, 0.0);
    EXPECT_FALSE(f.method(FlowMethod::RunRate)->shareOfPlan);
}

TEST(YearEndForecast, ShareAndProbabilityOfThePlan)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 6), 2024, 6, 4171172.0);
    EXPECT_EQ(f.month, 6);
    const MethodForecast *trend = f.method(FlowMethod::TrendLinear);
    EXPECT_NEAR(*trend->shareOfPlan, 4207460.142857143 / 4171172.0, 1e-12);
    EXPECT_EQ(trend->intervalBasis, IntervalBasis::Model);
    // The point is above the plan, so the chance of meeting it is above one half.
    EXPECT_GT(*trend->probabilityMeetingPlan, 0.5);
    EXPECT_LT(*trend->probabilityMeetingPlan, 1.0);
    EXPECT_LT(trend->interval95->lower, trend->interval80->lower);
    EXPECT_GT(trend->interval95->upper, trend->interval80->upper);
    // No earlier year has both June and December and a year before it: the combination leads.
    EXPECT_EQ(f.preference, Preference::DefaultCombination);
}

TEST(YearEndForecast, UsesTheLatestCutOffUpToTheMonth)
{
    // As of July 2024 the latest revenue cut-off is June.
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 7), 2024, 7, std::nullopt);
    EXPECT_EQ(f.month, 6);
    EXPECT_EQ(*f.current, 2067389);
}

TEST(YearEndForecast, IntervalsNeverFallBelowTheYearToDate)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 6), 2024, 6, 2000000.0);
    for (const MethodForecast &m : f.methods) {
        if (!m.interval95)
            continue;
        EXPECT_GE(m.interval95->lower, 2067389) << flowMethodCode(m.point.method).toStdString();
        EXPECT_EQ(*m.probabilityMeetingPlan, 1.0); // 2,067,389 already exceeds a plan of 2,000,000
    }
}

TEST(FlowMethods, ReadNothingAfterTheCutOff)
{
    // The backtest relies on this to avoid copying the history at every cut-off.
    const FlowHistory all = revenue();
    for (int month : {2, 3, 4, 6, 8}) {
        const QList<MethodPoint> full = forecastFlowAllMethods(all, 2024, month);
        const QList<MethodPoint> cut = forecastFlowAllMethods(all.knownAt(2024, month), 2024, month);
        ASSERT_EQ(full.size(), cut.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            EXPECT_EQ(full[i].missing, cut[i].missing);
            EXPECT_EQ(full[i].value, cut[i].value) << flowMethodCode(full[i].method).toStdString() << " at " << month;
        }
    }
}
