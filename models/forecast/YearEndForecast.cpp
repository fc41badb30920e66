#include "YearEndForecast.h"
#include "StudentT.h"
#include "analytics/Snapshot.h"

#include <algorithm>
#include <cmath>

namespace chiso {
namespace {

constexpr int minimumBacktestCases = 2;

/// Intervals from a method's own past errors: Student's t with n degrees of freedom on the
/// root mean square of ln(actual/forecast) over n past years at the same cut-off.
void sizeFromBacktest(MethodForecast &forecast, const std::vector<BacktestCase> &cases, int month,
                      std::optional<double> plan)
{
    double sumSquares = 0;
    int n = 0;
    for (const BacktestCase &c : cases) {
        if (c.method != forecast.point.method || c.month != month)
            continue;
        if (const auto e = c.logError()) {
            sumSquares += *e * *e;
            ++n;
        }
    }
    if (n < minimumBacktestCases || forecast.point.value <= 0)
        return;
    const double s = std::sqrt(sumSquares / n);
    const double point = forecast.point.value;
    auto interval = [&](double level) {
        const double half = studentTQuantile(0.5 + level / 2.0, n) * s;
        return Interval{point * std::exp(-half), point * std::exp(half)};
    };
    forecast.intervalBasis = IntervalBasis::BacktestError;
    forecast.interval80 = interval(0.80);
    forecast.interval95 = interval(0.95);
    if (plan && *plan > 0)
        forecast.probabilityMeetingPlan = s > 0 ? 1.0 - studentTCdf((std::log(*plan) - std::log(point)) / s, n)
                                                : (point >= *plan ? 1.0 : 0.0);
}

MethodForecast forecastWithUncertainty(const MethodPoint &point, const std::vector<BacktestCase> &cases, int month,
                                       std::optional<double> plan)
{
    MethodForecast forecast;
    forecast.point = point;
    forecast.backtest = scoreOf(cases, point.method, month);
    if (!point.available())
        return forecast;
    if (plan && *plan != 0)
        forecast.shareOfPlan = point.value / *plan;
    if (month == 12) {
        forecast.intervalBasis = IntervalBasis::Exact;
        forecast.interval80 = forecast.interval95 = Interval{point.value, point.value};
        if (plan)
            forecast.probabilityMeetingPlan = point.value >= *plan ? 1.0 : 0.0;
        return forecast;
    }
    if (point.model) {
        forecast.intervalBasis = IntervalBasis::Model;
        forecast.interval80 = point.model->predictionInterval(0.80);
        forecast.interval95 = point.model->predictionInterval(0.95);
        if (plan)
            forecast.probabilityMeetingPlan = point.model->probabilityAtLeast(*plan);
        return forecast;
    }
    sizeFromBacktest(forecast, cases, month, plan);
    return forecast;
}

/// The flows of the catalogue add up non-negative months: the year cannot end below what it
/// has already reached, and a plan already reached is met.
void keepAboveYearToDate(MethodForecast &forecast, double yearToDate, std::optional<double> plan)
{
    for (std::optional<Interval> *interval : {&forecast.interval80, &forecast.interval95}) {
        if (*interval) {
            (*interval)->lower = std::max((*interval)->lower, yearToDate);
            (*interval)->upper = std::max((*interval)->upper, yearToDate);
        }
    }
    if (forecast.point.available() && plan && yearToDate >= *plan)
        forecast.probabilityMeetingPlan = 1.0;
}

} // namespace

const MethodForecast *FlowForecast::method(FlowMethod m) const
{
    for (const MethodForecast &f : methods) {
        if (f.point.method == m)
            return &f;
    }
    return nullptr;
}

FlowForecast forecastFlowYearEnd(const Indicator &indicator, const FlowHistory &known, int year, int upToMonth,
                                 std::optional<double> plan)
{
    FlowForecast result;
    result.indicator = indicator;
    result.year = year;
    result.plan = plan;
    const auto cutOffs = known.cutOffs(year, upToMonth);
    result.month = cutOffs.empty() ? upToMonth : cutOffs.rbegin()->first;
    if (!cutOffs.empty())
        result.current = cutOffs.rbegin()->second;

    result.backtest = runBacktest(known, year);
    for (const MethodPoint &point : forecastFlowAllMethods(known, year, result.month)) {
        MethodForecast forecast = forecastWithUncertainty(point, result.backtest, result.month, plan);
        if (result.current)
            keepAboveYearToDate(forecast, *result.current, plan);
        result.methods.append(forecast);
    }

    // The preferred method: the most accurate at this cut-off in past years, where at least
    // two years can tell; otherwise the combination, otherwise the run rate.
    const MethodForecast *best = nullptr;
    for (const MethodForecast &f : std::as_const(result.methods)) {
        if (!f.point.available() || !f.backtest || f.backtest->cases < minimumBacktestCases)
            continue;
        if (!best || f.backtest->mape < best->backtest->mape)
            best = &f;
    }
    if (best) {
        result.preferred = best->point.method;
        result.preference = Preference::LowestBacktestMape;
    } else if (result.method(FlowMethod::Combination)->point.available()) {
        result.preferred = FlowMethod::Combination;
        result.preference = Preference::DefaultCombination;
    } else if (result.method(FlowMethod::RunRate)->point.available()) {
        result.preferred = FlowMethod::RunRate;
        result.preference = Preference::DefaultRunRate;
    }
    return result;
}

LevelForecast forecastLevelYearEnd(const Indicator &indicator, const Snapshot &snapshot, const QString &region,
                                   int year, int upToMonth)
{
    LevelForecast result;
    result.indicator = indicator;
    result.year = year;
    if (const auto target = snapshot.plan(indicator.code, region, year))
        result.target = target->value;

    std::vector<double> x; // months since January of last year
    std::vector<double> y;
    for (const Figure &f : snapshot.series(indicator.code, region)) {
        if (f.year < year - 1 || f.year > year || (f.year == year && f.month > upToMonth))
            continue;
        x.push_back((f.year - (year - 1)) * 12 + (f.month - 1));
        y.push_back(f.value);
        if (f.year == year) {
            result.lastMonth = f.month;
            result.lastValue = f.value;
        }
    }
    result.readings = int(x.size());
    if (result.lastMonth == 12) { // December's reading is the answer
        result.available = true;
        result.point = *result.lastValue;
        result.interval80 = result.interval95 = {result.point, result.point};
        if (result.target)
            result.probabilityMeetingTarget = result.point >= *result.target ? 1.0 : 0.0;
        return result;
    }
    const auto fit = fitLeastSquares(polynomialDesign(x, 1, true),
                                     Eigen::Map<const Eigen::VectorXd>(y.data(), Eigen::Index(y.size())), true);
    if (!fit || !result.lastMonth)
        return result;
    const auto prediction = fit->predict(polynomialRow(12 + 11, 1, true));
    result.available = true;
    result.point = prediction.fit;
    result.interval80 = prediction.predictionInterval(0.80);
    result.interval95 = prediction.predictionInterval(0.95);
    if (indicator.isPercent()) { // a share cannot leave [0, 100]
        for (Interval *i : {&result.interval80, &result.interval95}) {
            i->lower = std::clamp(i->lower, 0.0, 100.0);
            i->upper = std::clamp(i->upper, 0.0, 100.0);
        }
    }
    if (result.target)
        result.probabilityMeetingTarget = prediction.probabilityAtLeast(*result.target);
    return result;
}

} // namespace chiso
