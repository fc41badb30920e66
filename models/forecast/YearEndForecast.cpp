#include "YearEndForecast.h"
#include "StudentT.h"
#include "analytics/Snapshot.h"

#include <algorithm>
#include <cmath>

namespace chiso {
namespace {

constexpr int minimumBacktestCases = 2;

/// The methods a mean (the combination, the monthly mean) averages: its errors are about the
/// mean of theirs, so the mean of their squared log errors bounds its own from above. None for
/// the others.
QList<FlowMethod> membersOf(FlowMethod method)
{
    if (method == FlowMethod::MonthlyMean)
        return monthlyMeanMembers();
    return method == FlowMethod::Combination ? combinationMembers() : QList<FlowMethod>();
}

/// Intervals from past errors: Student's t with n degrees of freedom on the root mean square
/// of ln(actual/forecast) over n past cases. The method's own at this cut-off where this
/// indicator has n ≥ 2 years; else pooled over every flow indicator at this cut-off (for a
/// mean of methods, its members' errors where its own are too few); else the same at the nearest
/// earlier cut-off, whose errors are the larger as less of the year is known.
void sizeFromBacktest(MethodForecast &forecast, const std::vector<BacktestCase> &own,
                      const std::vector<BacktestCase> &pooled, int month, std::optional<double> plan)
{
    const FlowMethod method = forecast.point.method;
    LogErrorSpread spread = logErrorSpread(own, {method}, month);
    IntervalBasis basis = IntervalBasis::BacktestError;
    int atMonth = month;
    bool fromMembers = false;
    if (spread.cases < minimumBacktestCases) {
        basis = IntervalBasis::PooledBacktestError;
        for (atMonth = month; atMonth >= 1; --atMonth) {
            spread = logErrorSpread(pooled, {method}, atMonth);
            if (spread.cases >= minimumBacktestCases)
                break;
            if (const QList<FlowMethod> members = membersOf(method); !members.isEmpty()) {
                spread = logErrorSpread(pooled, members, atMonth);
                fromMembers = spread.cases >= minimumBacktestCases;
                if (fromMembers)
                    break;
            }
        }
    }
    if (spread.cases < minimumBacktestCases || forecast.point.value <= 0)
        return;
    const int n = spread.cases;
    double s = spread.rms;
    const double point = forecast.point.value;
    // Student's t assumes the past errors alike; a method's early years err more (less to learn
    // from), so its intervals covered 94 % where 80 % was meant. Where its own past has enough
    // checks, the level comes from them instead: the t level that held 80 % (95 %) of the past
    // outturns when each was forecast, by the conformal rank ⌈(k + 1)·level⌉ of k checks.
    double multiple80 = studentTQuantile(0.90, n), multiple95 = studentTQuantile(0.975, n);
    if (basis == IntervalBasis::BacktestError) {
        const std::vector<double> checks = pastCoverageLevels(own, method);
        const auto k = checks.size();
        if (k >= 19) { // the fewest with a 95 % rank
            const auto level = [&](double wanted) {
                const auto rank = std::min(std::size_t(std::ceil(double(k + 1) * wanted)), k);
                return std::min(checks[rank - 1], 0.999);
            };
            multiple80 = studentTQuantile(0.5 + level(0.80) / 2, n);
            multiple95 = studentTQuantile(0.5 + level(0.95) / 2, n);
            s *= multiple80 / studentTQuantile(0.90, n); // the chance of the plan at the same scale
            forecast.calibratedOn = int(k);
        }
    }
    auto interval = [&](double multiple) {
        const double half = multiple * spread.rms;
        return Interval{point * std::exp(-half), point * std::exp(half)};
    };
    forecast.intervalBasis = basis;
    forecast.sizedFrom = spread;
    forecast.sizedAtMonth = atMonth;
    forecast.sizedFromMembers = fromMembers;
    forecast.interval80 = interval(multiple80);
    forecast.interval95 = interval(multiple95);
    if (plan && *plan > 0)
        forecast.probabilityMeetingPlan = s > 0 ? 1.0 - studentTCdf((std::log(*plan) - std::log(point)) / s, n)
                                                : (point >= *plan ? 1.0 : 0.0);
}

MethodForecast forecastWithUncertainty(const MethodPoint &point, const std::vector<BacktestCase> &cases,
                                       const std::vector<BacktestCase> &pooled, int month, std::optional<double> plan)
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
    if (point.distribution) { // the monthly model's own year-end distribution
        forecast.intervalBasis = IntervalBasis::Model;
        forecast.interval80 = point.distribution->interval(0.80);
        forecast.interval95 = point.distribution->interval(0.95);
        if (plan)
            forecast.probabilityMeetingPlan = point.distribution->probabilityAtLeast(*plan);
        return forecast;
    }
    sizeFromBacktest(forecast, cases, pooled, month, plan);
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

QList<DerivedCutOff> FlowForecast::derivedInputs() const
{
    std::map<YearMonth, DerivedCutOff> used;
    for (const MethodForecast &m : methods) {
        for (const YearMonth &p : m.point.derivedInputs) {
            if (const auto d = derived.find(p); d != derived.end())
                used.emplace(p, d->second);
        }
    }
    QList<DerivedCutOff> result;
    for (const auto &[p, d] : used)
        result.append(d);
    return result;
}

FlowForecast forecastFlowYearEnd(const Indicator &indicator, const FlowHistory &known, int year, int upToMonth,
                                 std::optional<double> plan, const std::vector<BacktestCase> &pooled)
{
    FlowForecast result;
    result.indicator = indicator;
    result.year = year;
    result.plan = plan;
    const auto cutOffs = known.cutOffs(year, upToMonth);
    result.month = cutOffs.empty() ? upToMonth : cutOffs.rbegin()->first;
    if (!cutOffs.empty())
        result.current = cutOffs.rbegin()->second;

    for (const auto &[p, d] : known.derived()) {
        if (d.knownFrom <= YearMonth{year, result.month})
            result.derived.emplace(p, d);
    }
    result.backtest = runBacktest(known, year);
    for (BacktestCase &c : result.backtest)
        c.indicator = indicator.code;
    const std::vector<BacktestCase> &pool = pooled.empty() ? result.backtest : pooled;
    QList<MethodPoint> points = forecastFlowAllMethods(known, year, result.month);
    QList<FlowMethod> kept; // the members the skill weights keep
    if (result.month < 12 && points.constLast().available()) {
        if (const auto combined = skillWeightedCombination(points, result.backtest, year, result.month, &kept))
            points.last().value = *combined;
    }
    for (const MethodPoint &point : std::as_const(points)) {
        MethodForecast forecast = forecastWithUncertainty(point, result.backtest, pool, result.month, plan);
        if (result.current)
            keepAboveYearToDate(forecast, *result.current, plan);
        result.methods.append(forecast);
    }

    // The preferred method: where every month is known, the plain mean of the three monthly
    // models and the past years' regression (as R's forecast combines its models: on the public
    // series it beat every weighting by past errors we tried). Otherwise the combination
    // weighted by skill where the past can weigh its members (M4: a combination beats picking
    // the best by a few noisy past years), or the one member it keeps where the others' errors
    // are over twice its own; otherwise the plain combination, otherwise the run rate.
    if (result.month < 12 && result.method(FlowMethod::MonthlyMean)->point.available()) {
        result.preferred = FlowMethod::MonthlyMean;
        result.preference = Preference::MonthlyModelsMean;
    } else if (kept.size() == 1 && result.method(kept.constFirst())->point.available()) {
        result.preferred = kept.constFirst();
        result.preference = Preference::LowestBacktestMape;
    } else if (!kept.isEmpty()) {
        result.preferred = FlowMethod::Combination;
        result.preference = Preference::SkillWeightedCombination;
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
