#pragma once

#include "FlowHistory.h"
#include "LeastSquares.h"
#include "MonthlySeries.h"

#include <QList>
#include <QString>
#include <optional>

namespace chiso {

/// The ways of forecasting a flow's year-end total from year-to-date figures (DESIGN.md).
enum class FlowMethod {
    RunRate,         ///< v(Y,m)·12/m
    LastYearProfile, ///< v(Y,m)·v(Y−1,12)/v(Y−1,m)
    SeasonalNaive,   ///< v(Y,m) + (v(Y−1,12) − v(Y−1,m)): this year so far, last year's remaining months
    TrendLinear,     ///< least squares of this year's cut-offs on m, extrapolated to 12
    TrendQuadratic,  ///< the same with m²
    CrossYear,       ///< year-end totals regressed on same-month totals of past years
    Theta,           ///< the theta method on the monthly values, where every month is known (Theta.h)
    Ets,             ///< exponential smoothing state-space models of the monthly values, chosen by AICc (Ets.h)
    Airline,         ///< seasonal ARIMA(0,1,1)(0,1,1)₁₂ of the monthly values' logarithms (Airline.h)
    Plan,            ///< the year's plan itself: information the combination leans on as far as
                     ///< plans predicted past years' outturns at this cut-off (skill weights only)
    MonthlyMean,     ///< the plain mean of the three monthly models and the past years' regression
    Combination,     ///< the mean of the methods available (M4: combinations beat single methods)
};

const QList<FlowMethod> &allFlowMethods();
/// The methods the combination weighs by their past errors: all but the quadratic trend (a
/// parabola extrapolated half a year out) and the two means. Its plain mean leaves out the
/// plan too, which counts only by its proven skill.
const QList<FlowMethod> &combinationMembers();
/// The methods the monthly mean averages: the three monthly models (it needs all three) and
/// the past years' regression.
const QList<FlowMethod> &monthlyMeanMembers();
QString flowMethodCode(FlowMethod method);

/// Why a method gives no forecast.
enum class MissingData {
    None,
    NoFigureAtCutOff,   ///< no year-to-date figure at the cut-off
    NoLastYear,         ///< last year's figure at the same cut-off or its total is missing
    TooFewCutOffs,      ///< this year has too few cut-offs for the fit
    TooFewPastYears,    ///< too few past years with both the cut-off and the total
    NothingToCombine,
    NotEveryMonth,      ///< the monthly methods need every month of last year and of this year so far
    TooFewYearsOfMonths, ///< ETS needs every month of the two years before this one at least
    TooFewYearsForAirline, ///< the airline model needs every month of the three years before this one
    NoPlan,             ///< no plan for the year
};

/// One method's answer at a cut-off: a point, and for the fitted methods the fit's prediction.
struct MethodPoint {
    FlowMethod method = FlowMethod::RunRate;
    MissingData missing = MissingData::None;
    double value = 0;
    std::optional<LinearFit::Prediction> model; ///< for TrendLinear, TrendQuadratic, CrossYear
    std::optional<YearEndDistribution> distribution; ///< for the monthly methods (Theta, Ets)
    /// The derived cut-offs of past years it rests on (no source gives them; shown as derived).
    QList<YearMonth> derivedInputs;

    bool available() const { return missing == MissingData::None; }
};

/// Forecasts year Y's total at cut-off m. Reads nothing of `history` after (Y, m): the same
/// answer as from history.knownAt(Y, m), without the copy. `distributions`: false where only
/// the points matter (the backtest), which spares the monthly models their sample paths.
MethodPoint forecastFlow(FlowMethod method, const FlowHistory &history, int year, int month, bool distributions = true);
/// The monthly models (ETS, theta, the airline model) keep each year's fits for the other
/// cut-offs and the next year's (per thread); this forgets them, for benchmarks that time the
/// fitting itself and for the test that nothing kept changes an answer.
void forgetMonthlyFits();
/// Every method of allFlowMethods(), in that order, the combination from the others.
QList<MethodPoint> forecastFlowAllMethods(const FlowHistory &history, int year, int month, bool distributions = true);

} // namespace chiso
