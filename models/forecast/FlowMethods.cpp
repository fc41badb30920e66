#include "FlowMethods.h"
#include "Airline.h"
#include "Backtest.h"
#include "Ets.h"
#include "Theta.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

MethodPoint missing(FlowMethod method, MissingData why)
{
    MethodPoint point;
    point.method = method;
    point.missing = why;
    return point;
}

MethodPoint point(FlowMethod method, double value, std::optional<LinearFit::Prediction> model = std::nullopt)
{
    MethodPoint p;
    p.method = method;
    p.value = value;
    p.model = model;
    return p;
}

MethodPoint trend(FlowMethod method, const FlowHistory &known, int year, int month, int degree)
{
    std::vector<double> x;
    std::vector<double> y;
    for (const auto &[m, value] : known.cutOffs(year, month)) {
        x.push_back(m);
        y.push_back(value);
    }
    const auto fit = fitLeastSquares(polynomialDesign(x, degree, true),
                                     Eigen::Map<const Eigen::VectorXd>(y.data(), Eigen::Index(y.size())), true);
    if (!fit)
        return missing(method, MissingData::TooFewCutOffs);
    const auto prediction = fit->predict(polynomialRow(12, degree, true));
    return point(method, prediction.fit, prediction);
}

MethodPoint crossYear(const FlowHistory &known, int year, int month, double current)
{
    std::vector<double> x;
    std::vector<double> y;
    QList<YearMonth> derived;
    for (const auto &[pastYear, months] : known.years()) {
        if (pastYear >= year)
            break;
        const auto atCutOff = known.figureOrDerived(pastYear, month, {year, month});
        const auto total = known.total(pastYear);
        // A cut-off interpolated towards the year's own total would predict that total from
        // itself: a fit too good to be true, and intervals too narrow.
        const bool circular = atCutOff && atCutOff->derivation
                              && atCutOff->derivation->how == DerivedCutOff::How::Interpolated
                              && atCutOff->derivation->nextMonth == 12;
        if (atCutOff && total && !circular) {
            x.push_back(atCutOff->value);
            y.push_back(*total);
            if (atCutOff->derived)
                derived.append({pastYear, month});
        }
    }
    const auto fit = fitLeastSquares(polynomialDesign(x, 1, true),
                                     Eigen::Map<const Eigen::VectorXd>(y.data(), Eigen::Index(y.size())), true);
    if (!fit)
        return missing(FlowMethod::CrossYear, MissingData::TooFewPastYears);
    const auto prediction = fit->predict(polynomialRow(current, 1, true));
    MethodPoint p = point(FlowMethod::CrossYear, prediction.fit, prediction);
    p.derivedInputs = derived;
    return p;
}

/// The months' own values, worked out from the year-to-date figures at most once for the
/// methods of a cut-off that need them (the monthly models): the backtest asks at every cut-off.
class MonthsOnce
{
public:
    MonthsOnce(const FlowHistory &known, int year, int month) : m_known(known), m_year(year), m_month(month) {}
    /// The as-of year, the latest the figures reach: the backtest asks the years before it.
    int latestKnownYear() const { return m_known.years().empty() ? m_year : m_known.years().rbegin()->first; }
    int year() const { return m_year; }
    const std::optional<std::vector<double>> &values()
    {
        if (!m_done) {
            m_values = monthlyValues(m_known, m_year, m_month);
            m_done = true;
        }
        return m_values;
    }

private:
    const FlowHistory &m_known;
    int m_year;
    int m_month;
    bool m_done = false;
    std::optional<std::vector<double>> m_values;
};

/// Where the latest `years` complete years before this one begin (or the series, if shorter).
std::vector<double>::const_iterator latestYears(const std::vector<double> &x, std::vector<double>::const_iterator thisYear, int years)
{
    return thisYear - std::min<std::ptrdiff_t>(thisYear - x.begin(), std::ptrdiff_t(years) * 12);
}

/// A monthly model's year-end: this year's months filed into it, then the year so far plus its
/// forecasts of the months left.
template <typename Fit>
double yearEndOf(Fit &fit, std::vector<double>::const_iterator thisYear, std::vector<double>::const_iterator end, int month,
                 double current)
{
    for (auto it = thisYear; it != end; ++it)
        fit.update(*it);
    double total = current;
    for (double f : fit.forecast(12 - month))
        total += f;
    return total;
}

/// The theta method, like ETS below, is fitted once a year on the complete years before this one,
/// and this year's months move its level: fitting it again at every cut-off of every backtest
/// year cost more than all the other methods together. Kept for the other cut-offs.
thread_local std::map<std::vector<double>, std::optional<ThetaFit>> thetaFits;

MethodPoint theta(MonthsOnce &months, int month, double current)
{
    const auto &x = months.values();
    if (!x)
        return missing(FlowMethod::Theta, MissingData::NotEveryMonth);
    if (thetaFits.size() > 1024)
        thetaFits.clear(); // bounded memory, as the ETS fits'
    const auto thisYear = x->end() - month;
    // The latest twenty years: on a longer series the drift of decades ago misleads, and the
    // fit's cost grows with the length (measured: the same accuracy, half the time on 39 years).
    std::vector<double> years(latestYears(*x, thisYear, 20), thisYear);
    auto cached = thetaFits.find(years);
    if (cached == thetaFits.end())
        cached = thetaFits.emplace(years, fitTheta(years)).first;
    auto fit = cached->second;
    if (!fit)
        return missing(FlowMethod::Theta, MissingData::NotEveryMonth);
    const int remaining = 12 - month;
    const double total = yearEndOf(*fit, thisYear, x->end(), month, current);
    MethodPoint p = point(FlowMethod::Theta, total);
    p.distribution = YearEndDistribution{total, std::sqrt(fit->sumVariance(remaining)), {}};
    return p;
}

/// The airline model, like theta, is fitted once a year, on the latest ten complete years before
/// this one (more hardly move two parameters, and the fit stays quick on a long series).
thread_local std::map<std::pair<bool, std::vector<double>>, std::optional<AirlineFit>> airlineFits;

MethodPoint airline(MonthsOnce &months, int month, double current, bool distribution)
{
    const auto &x = months.values();
    if (!x)
        return missing(FlowMethod::Airline, MissingData::NotEveryMonth);
    if (airlineFits.size() > 1024)
        airlineFits.clear();
    const auto thisYear = x->end() - month;
    const auto from = latestYears(*x, thisYear, 10);
    // A month revised to zero or below this year has no logarithm: the model on the values then.
    const bool logarithms = std::all_of(thisYear, x->end(), [](double v) { return v > 0; });
    std::pair<bool, std::vector<double>> key{logarithms, std::vector<double>(from, thisYear)};
    auto cached = airlineFits.find(key);
    if (cached == airlineFits.end())
        cached = airlineFits.emplace(key, fitAirline(key.second, logarithms)).first;
    auto fit = cached->second;
    if (!fit) // fewer than three years: fitAirline reaches an invertible model on any longer run
        return missing(FlowMethod::Airline, MissingData::TooFewYearsForAirline);
    const int remaining = 12 - month;
    const double total = yearEndOf(*fit, thisYear, x->end(), month, current);
    MethodPoint p = point(FlowMethod::Airline, total);
    if (distribution) // the backtest scores points only
        p.distribution = YearEndDistribution{total, fit->sumStandardDeviation(remaining), {}};
    return p;
}

/// ETS is refitted once a year, on every complete year before this one, and this year's months
/// only move its state: a choice among 15 forms by maximum likelihood costs too much to repeat at
/// every cut-off of every backtest year, and a few more months hardly move the estimates. Each
/// year's fits start from the year before's (the initial states belong to the same first month),
/// down to the year before the backtest's first, fitted from R's starting values. The chain's
/// start is fixed by the year forecast, not by the series' first year: a 39-year series would
/// otherwise pay for 37 choices at its first forecast, and the same figures still give the same
/// forecast. `fresh`: the window's length (months) whose choice starts the chain.
thread_local std::map<std::pair<std::size_t, std::vector<double>>, EtsSelection> etsSelections;

const EtsSelection &yearlyEtsSelection(const std::vector<double> &years, std::size_t fresh)
{
    const std::pair<std::size_t, std::vector<double>> key{fresh, years};
    if (const auto it = etsSelections.find(key); it != etsSelections.end())
        return it->second;
    const EtsSelection *earlier = nullptr;
    if (years.size() > fresh)
        earlier = &yearlyEtsSelection({years.begin(), years.end() - 12}, fresh);
    return etsSelections.emplace(key, selectEtsQuick(years, earlier)).first->second;
}

std::optional<EtsFit> yearlyEtsFit(const std::vector<double> &years, std::size_t fresh)
{
    if (etsSelections.size() > 1024)
        etsSelections.clear(); // bounded memory (about 12 MB): a series keeps a selection a year
    return yearlyEtsSelection(years, fresh).best();
}

MethodPoint ets(MonthsOnce &months, int month, double current, bool distribution)
{
    const auto &x = months.values();
    if (!x)
        return missing(FlowMethod::Ets, MissingData::NotEveryMonth);
    const auto thisYear = x->end() - month;
    // The chain starts a year before the backtest's earliest year, with two years at least.
    const int chainYear = months.latestKnownYear() - backtestYears - 1;
    const std::ptrdiff_t fresh = std::max<std::ptrdiff_t>(24, (thisYear - x->begin()) - 12 * (months.year() - chainYear));
    // Only the months the chain reads: each choice fits its latest etsQuickYears years.
    const auto from = x->begin() + std::max<std::ptrdiff_t>(0, fresh - std::ptrdiff_t(etsQuickYears * 12));
    auto fit = thisYear - x->begin() >= 24 ? yearlyEtsFit({from, thisYear}, std::size_t(fresh - (from - x->begin())))
                                           : std::nullopt;
    if (!fit)
        return missing(FlowMethod::Ets, MissingData::TooFewYearsOfMonths);
    const int remaining = 12 - month;
    const double total = yearEndOf(*fit, thisYear, x->end(), month, current);
    MethodPoint p = point(FlowMethod::Ets, total);
    if (distribution) {
        // The year-end from sample paths of the remaining months, each month's error carried
        // into the next through the state: not the sum of separate monthly intervals. A fixed
        // seed: the same figures give the same interval.
        constexpr int paths = 1000;
        std::vector<double> totals = fit->simulateTotals(remaining, paths, 20240601);
        for (double &t : totals)
            t += current;
        p.distribution = YearEndDistribution{total, 0, std::move(totals)};
    }
    return p;
}

} // namespace

void forgetMonthlyFits()
{
    etsSelections.clear();
    thetaFits.clear();
    airlineFits.clear();
}

const QList<FlowMethod> &allFlowMethods()
{
    static const QList<FlowMethod> methods = {FlowMethod::RunRate,     FlowMethod::LastYearProfile,
                                              FlowMethod::SeasonalNaive, FlowMethod::TrendLinear,
                                              FlowMethod::TrendQuadratic, FlowMethod::CrossYear,
                                              FlowMethod::Theta,         FlowMethod::Ets,
                                              FlowMethod::Airline,       FlowMethod::Plan,
                                              FlowMethod::MonthlyMean,   FlowMethod::Combination};
    return methods;
}

const QList<FlowMethod> &combinationMembers()
{
    static const QList<FlowMethod> members = [] {
        QList<FlowMethod> list;
        for (FlowMethod m : allFlowMethods()) {
            if (m != FlowMethod::TrendQuadratic && m != FlowMethod::MonthlyMean && m != FlowMethod::Combination)
                list.append(m);
        }
        return list;
    }();
    return members;
}

const QList<FlowMethod> &monthlyMeanMembers()
{
    static const QList<FlowMethod> members = {FlowMethod::Ets, FlowMethod::Theta, FlowMethod::Airline, FlowMethod::CrossYear};
    return members;
}

QString flowMethodCode(FlowMethod method)
{
    switch (method) {
    case FlowMethod::RunRate: return u"run_rate"_s;
    case FlowMethod::LastYearProfile: return u"last_year_profile"_s;
    case FlowMethod::SeasonalNaive: return u"seasonal_naive"_s;
    case FlowMethod::TrendLinear: return u"trend_linear"_s;
    case FlowMethod::TrendQuadratic: return u"trend_quadratic"_s;
    case FlowMethod::CrossYear: return u"cross_year"_s;
    case FlowMethod::Theta: return u"theta"_s;
    case FlowMethod::Ets: return u"ets"_s;
    case FlowMethod::Airline: return u"airline"_s;
    case FlowMethod::Plan: return u"plan"_s;
    case FlowMethod::MonthlyMean: return u"monthly_mean"_s;
    case FlowMethod::Combination: return u"combination"_s;
    }
    return {};
}

namespace {

/// Adds the derived cut-offs `p` rests on to `derived`, each once.
void addDerivedInputs(QList<YearMonth> &derived, const MethodPoint &p)
{
    for (const YearMonth &input : p.derivedInputs) {
        if (!derived.contains(input))
            derived.append(input);
    }
}

/// The plain mean of ETS, theta and the airline model, with the past years' regression where
/// it has one: R's `forecast` combines its three models so, and on the public series the plain
/// mean beats weights estimated from a few past years (2.09 % against 2.15 %, README; the
/// "forecast combination puzzle"). Only where all three monthly models forecast.
MethodPoint monthlyMean(const QList<MethodPoint> &points)
{
    double sum = 0;
    int monthly = 0;
    int count = 0;
    QList<YearMonth> derived;
    for (const MethodPoint &p : points) {
        if (!p.available() || !monthlyMeanMembers().contains(p.method))
            continue;
        monthly += p.method != FlowMethod::CrossYear;
        sum += p.value;
        ++count;
        addDerivedInputs(derived, p);
    }
    if (monthly < 3)
        return missing(FlowMethod::MonthlyMean, MissingData::NotEveryMonth);
    MethodPoint p = point(FlowMethod::MonthlyMean, sum / count);
    std::sort(derived.begin(), derived.end());
    p.derivedInputs = derived;
    return p;
}

MethodPoint forecastFlow(FlowMethod method, const FlowHistory &known, int year, int month, bool distributions,
                         MonthsOnce &months)
{
    const auto current = known.at(year, month);
    if (!current)
        return missing(method, MissingData::NoFigureAtCutOff);
    if (month == 12)
        return point(method, *current); // the year is known

    switch (method) {
    case FlowMethod::RunRate:
        return point(method, *current * 12.0 / month);
    case FlowMethod::LastYearProfile:
    case FlowMethod::SeasonalNaive: {
        // Last year's same cut-off may be derived (from a stated growth, or between its
        // neighbours); its total only ever by the stated growth of a year-end not yet known.
        const auto lastSameMonth = known.figureOrDerived(year - 1, month, {year, month});
        const auto lastTotal = known.figureOrDerived(year - 1, 12, {year, month});
        if (!lastSameMonth || !lastTotal || lastSameMonth->value <= 0)
            return missing(method, MissingData::NoLastYear);
        MethodPoint p = method == FlowMethod::LastYearProfile
                            ? point(method, *current * lastTotal->value / lastSameMonth->value)
                            : point(method, *current + (lastTotal->value - lastSameMonth->value));
        if (lastSameMonth->derived)
            p.derivedInputs.append({year - 1, month});
        if (lastTotal->derived)
            p.derivedInputs.append({year - 1, 12});
        return p;
    }
    case FlowMethod::TrendLinear:
        return trend(method, known, year, month, 1);
    case FlowMethod::TrendQuadratic:
        return trend(method, known, year, month, 2);
    case FlowMethod::CrossYear:
        return crossYear(known, year, month, *current);
    case FlowMethod::Theta:
        return theta(months, month, *current);
    case FlowMethod::Ets:
        return ets(months, month, *current, distributions);
    case FlowMethod::Airline:
        return airline(months, month, *current, distributions);
    case FlowMethod::Plan: {
        const auto plan = known.plan(year);
        return plan ? point(method, *plan) : missing(method, MissingData::NoPlan);
    }
    case FlowMethod::MonthlyMean:
    case FlowMethod::Combination: {
        const QList<MethodPoint> all = forecastFlowAllMethods(known, year, month, distributions);
        return *std::find_if(all.begin(), all.end(), [method](const MethodPoint &p) { return p.method == method; });
    }
    }
    return missing(method, MissingData::NothingToCombine);
}

} // namespace

MethodPoint forecastFlow(FlowMethod method, const FlowHistory &known, int year, int month, bool distributions)
{
    MonthsOnce months(known, year, month);
    return forecastFlow(method, known, year, month, distributions, months);
}

QList<MethodPoint> forecastFlowAllMethods(const FlowHistory &history, int year, int month, bool distributions)
{
    MonthsOnce months(history, year, month);
    QList<MethodPoint> points;
    double sum = 0;
    int count = 0;
    QList<YearMonth> derived;
    for (FlowMethod method : allFlowMethods()) {
        if (method == FlowMethod::Combination || method == FlowMethod::MonthlyMean)
            continue; // of the others, below
        points.append(forecastFlow(method, history, year, month, distributions, months));
        // The plan counts only by its proven skill (skillWeightedCombination), never by default.
        if (points.constLast().available() && combinationMembers().contains(method) && method != FlowMethod::Plan) {
            sum += points.constLast().value;
            ++count;
            addDerivedInputs(derived, points.constLast());
        }
    }
    // The two means, in allFlowMethods()' order: at December each is the year's figure.
    const std::optional<double> atCutOff = history.at(year, month);
    if (!atCutOff) {
        points.append(missing(FlowMethod::MonthlyMean, MissingData::NoFigureAtCutOff));
        points.append(missing(FlowMethod::Combination, MissingData::NoFigureAtCutOff));
        return points;
    }
    points.append(month == 12 ? point(FlowMethod::MonthlyMean, *atCutOff) : monthlyMean(points));
    if (count < 2) {
        points.append(missing(FlowMethod::Combination, MissingData::NothingToCombine));
    } else if (month == 12) {
        points.append(point(FlowMethod::Combination, *atCutOff));
    } else {
        points.append(point(FlowMethod::Combination, sum / count));
        std::sort(derived.begin(), derived.end());
        points.last().derivedInputs = derived;
    }
    return points;
}

} // namespace chiso
