#pragma once

#include "Backtest.h"
#include "FlowMethods.h"
#include "LeastSquares.h"
#include "domain/Indicator.h"

#include <QList>
#include <optional>

namespace chiso {

class Snapshot;

/// How a method's intervals were sized.
enum class IntervalBasis {
    None,          ///< too little history to size the uncertainty
    Model,         ///< the fit's prediction interval (Student's t on its residuals)
    BacktestError, ///< Student's t on the method's own log errors at this cut-off in past years
    PooledBacktestError, ///< the same, pooled over every flow indicator's past years (own too thin)
    Exact,         ///< the year is known
};

/// One method's year-end forecast with its uncertainty and what it means for the plan.
struct MethodForecast {
    MethodPoint point;
    IntervalBasis intervalBasis = IntervalBasis::None;
    std::optional<Interval> interval80;
    std::optional<Interval> interval95;
    std::optional<double> shareOfPlan;           ///< point / plan
    std::optional<double> probabilityMeetingPlan;
    std::optional<BacktestScore> backtest;       ///< at this cut-off month
    /// For the backtest bases: how many past cases of how many indicators sized the interval,
    /// at which cut-off, and whether they were the errors of the combination's members.
    LogErrorSpread sizedFrom;
    int sizedAtMonth = 0;
    bool sizedFromMembers = false;
    /// Where its own backtest sized it: how many past cases set the multiples of the spread
    /// (standardisedLogErrors) in place of Student's t; 0 where too few (under 19).
    int calibratedOn = 0;
};

/// Why the preferred method was chosen.
enum class Preference {
    None,               ///< no method could forecast
    MonthlyModelsMean,  ///< every month known: the plain mean of the monthly models and the past years' regression
    SkillWeightedCombination, ///< the combination weighted by the members' backtest errors at this cut-off
    LowestBacktestMape, ///< the one method the skill weights keep: the others' errors are over twice its own
    DefaultCombination, ///< too little history to score methods: the combination
    DefaultRunRate,     ///< too little history for anything but the run rate
};

/// The year-end forecast of one flow indicator at a cut-off.
struct FlowForecast {
    Indicator indicator;
    int year = 0;
    int month = 0; ///< the cut-off used: the latest of the year up to the as-of month
    std::optional<double> current;
    std::optional<double> plan;
    QList<MethodForecast> methods;
    std::optional<FlowMethod> preferred;
    Preference preference = Preference::None;
    std::vector<BacktestCase> backtest;
    /// The cut-offs of past years that no source gives but the database implies, as known at
    /// the cut-off (DerivedCutOffs.h): what a method's derivedInputs refer to.
    std::map<YearMonth, DerivedCutOff> derived;

    const MethodForecast *method(FlowMethod m) const;
    /// The derived cut-offs the available methods rest on, in time order.
    QList<DerivedCutOff> derivedInputs() const;
    const MethodForecast *preferredForecast() const { return preferred ? method(*preferred) : nullptr; }
};

/// Forecasts a flow's year-end total from what `known` holds (apply --as-of before): every
/// method, intervals at 80 % and 95 %, share and probability of the plan, backtest scores
/// and the preferred method. `pooled`: the backtest cases of every flow indicator before
/// `year` (indicator set), which size the intervals where this indicator's own are too few.
FlowForecast forecastFlowYearEnd(const Indicator &indicator, const FlowHistory &known, int year, int upToMonth,
                                 std::optional<double> plan, const std::vector<BacktestCase> &pooled = {});

/// The year-end forecast of a level (%, per 100, workforce): least squares on its readings of
/// this year and last, extrapolated to December.
struct LevelForecast {
    Indicator indicator;
    int year = 0;
    int readings = 0;
    std::optional<int> lastMonth; ///< month of the latest reading this year
    std::optional<double> lastValue;
    std::optional<double> target;
    bool available = false;
    double point = 0;
    Interval interval80;
    Interval interval95;
    std::optional<double> probabilityMeetingTarget;
};

LevelForecast forecastLevelYearEnd(const Indicator &indicator, const Snapshot &snapshot, const QString &region,
                                   int year, int upToMonth);

} // namespace chiso
