// The plan as information (issue 20.2): a method whose forecast is the year's plan, scored in the
// backtest like any other, that the combination leans on only as far as past plans proved right.
#include "forecast/Backtest.h"
#include "forecast/FlowMethods.h"

#include <gtest/gtest.h>
#include <cmath>

using namespace chiso;

namespace {

MethodPoint pointOf(FlowMethod method, double value)
{
    MethodPoint p;
    p.method = method;
    p.value = value;
    return p;
}

} // namespace

TEST(PlanMethod, TheCombinationLeansOnThePlanAsFarAsItPredictedPastYears)
{
    // At 6M: the run rate says 100, the plan 120. In two past years at 6M the run rate erred by
    // ln(1.1) and ln(0.9) (mean square 0.0100924), the plan by ln(1.06) and ln(0.94)
    // (0.0036119, not dominated: 2.79 times). Inverse mean squares as weights:
    // (100/0.0100924 + 120/0.0036119) / (1/0.0100924 + 1/0.0036119) = 114.7288.
    const QList<MethodPoint> points = {pointOf(FlowMethod::RunRate, 100), pointOf(FlowMethod::Plan, 120),
                                       pointOf(FlowMethod::Combination, 110)};
    const std::vector<BacktestCase> past = {
        {{}, 2021, 6, FlowMethod::RunRate, 100, 110, {}}, {{}, 2022, 6, FlowMethod::RunRate, 100, 90, {}},
        {{}, 2021, 6, FlowMethod::Plan, 100, 106, {}},    {{}, 2022, 6, FlowMethod::Plan, 100, 94, {}},
    };
    const auto combined = skillWeightedCombination(points, past, 2023, 6);
    ASSERT_TRUE(combined);
    EXPECT_NEAR(*combined, 114.72880415879469, 1e-9);

    // A plan that missed by ln(1.3) and ln(0.7) is dominated (over four times the run rate's
    // mean square): the combination is the run rate alone.
    const std::vector<BacktestCase> poorPlans = {
        {{}, 2021, 6, FlowMethod::RunRate, 100, 110, {}}, {{}, 2022, 6, FlowMethod::RunRate, 100, 90, {}},
        {{}, 2021, 6, FlowMethod::Plan, 100, 130, {}},    {{}, 2022, 6, FlowMethod::Plan, 100, 70, {}},
    };
    EXPECT_DOUBLE_EQ(*skillWeightedCombination(points, poorPlans, 2023, 6), 100);
}

TEST(PlanMethod, WithoutAProvenPastThePlanIsShownButNotAveragedIn)
{
    FlowHistory history;
    history.set(2023, 6, 40);
    history.set(2023, 12, 100);
    history.set(2024, 6, 50);
    history.setPlan(2024, 130);
    const QList<MethodPoint> points = forecastFlowAllMethods(history, 2024, 6);
    const MethodPoint &plan = points[allFlowMethods().indexOf(FlowMethod::Plan)];
    ASSERT_TRUE(plan.available());
    EXPECT_EQ(plan.value, 130);
    // The plain mean of the run rate 50·12/6 = 100, last year's profile 50·100/40 = 125 and the
    // seasonal naive 50 + 60 = 110: 111.667, the plan left out.
    EXPECT_NEAR(points.constLast().value, (100.0 + 125.0 + 110.0) / 3, 1e-12);
    // No plan, no forecast: said.
    const FlowHistory known = history.knownAt(2024, 6);
    EXPECT_EQ(forecastFlow(FlowMethod::Plan, FlowHistory(), 2024, 6).missing, MissingData::NoFigureAtCutOff);
    FlowHistory withoutPlan;
    withoutPlan.set(2024, 6, 50);
    EXPECT_EQ(forecastFlow(FlowMethod::Plan, withoutPlan, 2024, 6).missing, MissingData::NoPlan);
    EXPECT_EQ(known.plan(2024), 130); // a plan is known from the start of its year
}

TEST(PlanMethod, TheBacktestScoresPastPlansAgainstTheirOutturns)
{
    FlowHistory history;
    for (int year = 2021; year <= 2023; ++year) {
        history.set(year, 6, 50);
        history.set(year, 12, 100 + year - 2021);
    }
    history.setPlan(2022, 95);
    std::vector<BacktestCase> cases = runBacktest(history, 2024);
    int planCases = 0;
    for (const BacktestCase &c : cases) {
        if (c.method != FlowMethod::Plan)
            continue;
        ++planCases;
        EXPECT_EQ(c.year, 2022);
        EXPECT_EQ(c.forecast, 95);
        EXPECT_EQ(c.actual, 101);
    }
    EXPECT_EQ(planCases, 1); // 2022's one cut-off before December
    EXPECT_NEAR(scoreOf(cases, FlowMethod::Plan, 6)->mape, 6.0 / 101.0, 1e-12);
}
