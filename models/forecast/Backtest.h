#pragma once

#include "FlowMethods.h"

#include <QString>
#include <optional>
#include <vector>

namespace chiso {

/// What one method would have said at cut-off m of an earlier year, and what the year became.
struct BacktestCase {
    QString indicator; ///< set where cases of several indicators are pooled
    int year = 0;
    int month = 0;
    FlowMethod method = FlowMethod::RunRate;
    double forecast = 0;
    double actual = 0;
    std::optional<double> scale; ///< MASE scale: mean |A(j) − A(j−1)| over the years before

    double absolutePercentageError() const;
    /// ln(actual / forecast), or nothing where either is not positive.
    std::optional<double> logError() const;
};

/// The combination weighted by skill: the members (the methods other than the quadratic
/// trend) weighted by the inverse mean square of their log errors at this cut-off in `past`
/// years before `year`, those with n ≥ 2 such years only, and those whose mean square is over
/// four times the best's dropped as dominated. Without two scored members' worth of past,
/// nothing (the caller keeps the plain mean).
/// `kept`: where given, the members weighted (not dominated).
std::optional<double> skillWeightedCombination(const QList<MethodPoint> &points, const std::vector<BacktestCase> &past,
                                               int year, int month, QList<FlowMethod> *kept = nullptr);

/// How many years before the forecast's the backtest checks: a method's skill long ago says
/// little of it now, and a long series' backtest stays quick.
constexpr int backtestYears = 10;

/// Rolling origin: every year of the `backtestYears` before `beforeYear` whose total is known,
/// every cut-off m < 12 it has, every method, each forecast made only from what was known at that cut-off; the
/// combination weighted by the skill of the years before each.
std::vector<BacktestCase> runBacktest(const FlowHistory &known, int beforeYear);

/// The root mean square of ln(actual/forecast) over some cases: what sizes an interval.
struct LogErrorSpread {
    double rms = 0;
    int cases = 0;      ///< with a log error (actual and forecast positive)
    int indicators = 0; ///< distinct indicators among them
};
/// Over the cases of the given methods at a cut-off month.
LogErrorSpread logErrorSpread(const std::vector<BacktestCase> &cases, const QList<FlowMethod> &methods, int month);

/// How a method's past intervals would have fared: for each of its past cases at a cut-off
/// with n ≥ 2 earlier years there, the level of the Student's t interval (n degrees of freedom,
/// on the root mean square of those years' log errors, as sizeFromBacktest makes them) that
/// would just have held its outturn. Over every cut-off, sorted: where 80 % of them lie is the
/// level that held 80 % of the outturns.
std::vector<double> pastCoverageLevels(const std::vector<BacktestCase> &cases, FlowMethod method);

/// Accuracy of a method at a cut-off month (month 0: over all months).
struct BacktestScore {
    FlowMethod method = FlowMethod::RunRate;
    int month = 0;
    int cases = 0;
    double mape = 0;             ///< mean absolute percentage error, as a fraction (0.05 = 5 %)
    std::optional<double> mase;  ///< mean absolute scaled error, where scales exist
};

std::optional<BacktestScore> scoreOf(const std::vector<BacktestCase> &cases, FlowMethod method, int month);
/// Scores per method and month (1–11), then per method over all months (month 0).
std::vector<BacktestScore> scoreBacktest(const std::vector<BacktestCase> &cases);

} // namespace chiso
