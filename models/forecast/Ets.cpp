#include "Ets.h"
#include "MonthlySeries.h"
#include "NelderMead.h"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <random>

namespace chiso {
namespace {

constexpr int period = 12;
// forecast::ets's defaults: bounds on α, β, γ and φ, and R's constants of etscalc.
constexpr double lowerBound = 1e-4, upperBound = 0.9999, phiLower = 0.8, phiUpper = 0.98;
constexpr double tiny = 1e-10, huge = 1e10;

/// The model's state: level, growth, and the seasonal states, s(0) the latest, s(11) the next
/// month's, kept in a ring so that a month moves one index, not twelve values.
struct State {
    double level = 0;
    double growth = 0;
    std::array<double, period> ring{};
    int head = 0;

    double season(int j) const { return ring[std::size_t((head + j) % period)]; }
    void push(double latest)
    {
        head = (head + period - 1) % period;
        ring[std::size_t(head)] = latest;
    }
};

struct Smoothing {
    double alpha = 0, beta = 0, gamma = 0, phi = 1;
};

bool hasTrend(EtsForm f) { return f.trend != EtsForm::Trend::None; }
bool hasSeason(EtsForm f) { return f.season != EtsForm::Season::None; }

State stateFrom(const std::vector<double> &v, EtsForm form)
{
    State x;
    x.level = v[0];
    std::size_t i = 1;
    if (hasTrend(form))
        x.growth = v[i++];
    if (hasSeason(form)) {
        for (int j = 0; j < period; ++j)
            x.ring[std::size_t(j)] = v[i++];
    }
    return x;
}

std::vector<double> vectorFrom(const State &x, EtsForm form)
{
    std::vector<double> v{x.level};
    if (hasTrend(form))
        v.push_back(x.growth);
    if (hasSeason(form)) {
        for (int j = 0; j < period; ++j)
            v.push_back(x.season(j));
    }
    return v;
}

/// The forecast k + 1 months ahead (R's forecast() in etscalc.c), φ* = φ + … + φ^(k+1).
double forecastAt(const State &x, EtsForm form, double phi, int k)
{
    double f = x.level;
    if (hasTrend(form)) {
        double phiStar = 0, power = 1;
        for (int i = 0; i <= k; ++i) {
            power *= phi;
            phiStar += power;
        }
        f += phiStar * x.growth;
    }
    const double s = x.season(period - 1 - k % period);
    if (form.season == EtsForm::Season::Additive)
        f += s;
    else if (form.season == EtsForm::Season::Multiplicative)
        f *= s;
    return f;
}

/// R's update() in etscalc.c: the same for either error type.
void updateState(State &x, EtsForm form, const Smoothing &p, double y)
{
    const double oldLevel = x.level;
    const double phiGrowth = hasTrend(form) ? p.phi * x.growth : 0.0;
    const double q = oldLevel + phiGrowth;
    const double oldSeason = x.season(period - 1);
    double adjusted = y;
    if (form.season == EtsForm::Season::Additive)
        adjusted = y - oldSeason;
    else if (form.season == EtsForm::Season::Multiplicative)
        adjusted = std::abs(oldSeason) < tiny ? huge : y / oldSeason;
    x.level = q + p.alpha * (adjusted - q);
    if (hasTrend(form))
        x.growth = phiGrowth + (p.beta / p.alpha) * (x.level - oldLevel - phiGrowth);
    if (hasSeason(form)) {
        double t = y - q;
        if (form.season == EtsForm::Season::Multiplicative)
            t = std::abs(q) < tiny ? huge : y / q;
        x.push(oldSeason + p.gamma * (t - oldSeason)); // the oldest, s(11), leaves
    }
}

/// The filter over y for one form, its branches decided at compile time and the seasonal states
/// in a straight run (seasons[t] the one month t uses, seasons[t + 12] the one it leaves): the
/// fitting runs it some hundred thousand months a series. The same operations as updateState.
template <EtsForm::Error E, EtsForm::Trend T, EtsForm::Season S>
double filter(const std::vector<double> &y, const Smoothing &p, State &x, double *sse)
{
    constexpr bool relative = E == EtsForm::Error::Multiplicative;
    constexpr bool trend = T != EtsForm::Trend::None;
    constexpr bool additiveSeason = S == EtsForm::Season::Additive;
    constexpr bool multiplicativeSeason = S == EtsForm::Season::Multiplicative;
    constexpr bool season = additiveSeason || multiplicativeSeason;
    thread_local std::vector<double> seasons;
    if (season) {
        seasons.resize(y.size() + period);
        for (int j = 0; j < period; ++j)
            seasons[std::size_t(j)] = x.season(period - 1 - j);
    }
    double level = x.level, growth = x.growth;
    double squares = 0;
    // Σ ln|ŷ| as the logarithm of a product kept as mantissa and exponent: a logarithm a month
    // took a quarter of the fitting's time.
    double product = 1;
    int exponent = 0;
    const double growthShare = trend ? p.beta / p.alpha : 0.0;
    for (std::size_t t = 0; t < y.size(); ++t) {
        const double v = y[t];
        const double phiGrowth = trend ? p.phi * growth : 0.0;
        const double q = level + phiGrowth;
        const double s = season ? seasons[t] : 0.0;
        const double f = additiveSeason ? q + s : multiplicativeSeason ? q * s : q;
        const double e = relative ? (v - f) / f : v - f;
        squares += e * e;
        if (relative) {
            int power = 0;
            product = std::frexp(product * std::abs(f), &power);
            exponent += power;
        }
        double adjusted = v;
        if (additiveSeason)
            adjusted = v - s;
        else if (multiplicativeSeason)
            adjusted = std::abs(s) < tiny ? huge : v / s;
        const double newLevel = q + p.alpha * (adjusted - q);
        if (trend)
            growth = phiGrowth + growthShare * (newLevel - level - phiGrowth);
        if (season) {
            const double ratio = additiveSeason ? v - q : std::abs(q) < tiny ? huge : v / q;
            seasons[t + period] = s + p.gamma * (ratio - s);
        }
        level = newLevel;
    }
    x.level = level;
    x.growth = growth;
    if (season) {
        x.head = 0;
        for (int j = 0; j < period; ++j)
            x.ring[std::size_t(j)] = seasons[y.size() + period - 1 - std::size_t(j)];
    }
    if (sse)
        *sse = squares;
    const double logs = relative ? std::log(product) + exponent * std::log(2.0) : 0.0;
    return double(y.size()) * std::log(squares) + 2 * logs;
}

template <EtsForm::Error E, EtsForm::Trend T>
double filterSeason(const std::vector<double> &y, EtsForm form, const Smoothing &p, State &x, double *sse)
{
    switch (form.season) {
    case EtsForm::Season::None: return filter<E, T, EtsForm::Season::None>(y, p, x, sse);
    case EtsForm::Season::Additive: return filter<E, T, EtsForm::Season::Additive>(y, p, x, sse);
    case EtsForm::Season::Multiplicative: return filter<E, T, EtsForm::Season::Multiplicative>(y, p, x, sse);
    }
    return NAN;
}

template <EtsForm::Error E>
double filterTrend(const std::vector<double> &y, EtsForm form, const Smoothing &p, State &x, double *sse)
{
    // A damped trend filters as an additive one: φ is in p (1 without damping).
    return form.trend == EtsForm::Trend::None ? filterSeason<E, EtsForm::Trend::None>(y, form, p, x, sse)
                                              : filterSeason<E, EtsForm::Trend::Additive>(y, form, p, x, sse);
}

/// n ln Σe² (+ 2 Σ ln|ŷ|), the state moved to the end; Σe² through `sse`.
double criterion(const std::vector<double> &y, EtsForm form, const Smoothing &p, State &x, double *sse = nullptr)
{
    return form.error == EtsForm::Error::Additive ? filterTrend<EtsForm::Error::Additive>(y, form, p, x, sse)
                                                  : filterTrend<EtsForm::Error::Multiplicative>(y, form, p, x, sse);
}

/// Whether every root of the monic polynomial (coefficients from the highest power) lies within
/// radius r (degree d): the Schur–Cohn step-down on the coefficients scaled to the unit circle. R finds
/// the roots (polyroot) and compares the largest modulus; this asks the same without them.
bool rootsWithin(std::array<double, period + 2> a, std::size_t d, double r)
{
    double scale = 1;
    for (std::size_t i = 1; i <= d; ++i) {
        scale /= r;
        a[i] *= scale;
    }
    std::array<double, period + 2> next{};
    for (std::size_t k = d; k >= 1; --k) {
        const double reflection = a[k];
        if (std::abs(reflection) >= 1)
            return false;
        const double denominator = 1 - reflection * reflection;
        for (std::size_t i = 0; i < k; ++i)
            next[i] = (a[i] - reflection * a[k - i]) / denominator;
        std::copy(next.begin(), next.begin() + std::ptrdiff_t(k), a.begin());
    }
    return true;
}

/// R's check.param with bounds "both": the usual bounds, then the admissible region.
bool withinBounds(EtsForm form, const Smoothing &p)
{
    const bool trend = hasTrend(form), damped = form.trend == EtsForm::Trend::Damped, season = hasSeason(form);
    if (p.alpha < lowerBound || p.alpha > upperBound)
        return false;
    if (trend && (p.beta < lowerBound || p.beta > p.alpha || p.beta > upperBound))
        return false;
    if (damped && (p.phi < phiLower || p.phi > phiUpper))
        return false;
    if (season && (p.gamma < lowerBound || p.gamma > 1 - p.alpha || p.gamma > upperBound))
        return false;
    const double phi = p.phi;
    if (phi < 0 || phi > 1 + 1e-8)
        return false;
    if (!season) {
        if (p.alpha < 1 - 1 / phi || p.alpha > 1 + 1 / phi)
            return false;
        return !trend || (p.beta >= p.alpha * (phi - 1) && p.beta <= (1 + phi) * (2 - p.alpha));
    }
    const double m = period, a = p.alpha, b = p.beta, g = p.gamma;
    if (g < std::max(1 - 1 / phi - a, 0.0) || g > 1 + 1 / phi - a)
        return false;
    if (a < 1 - 1 / phi - g * (1 - m + phi + phi * m) / (2 * phi * m))
        return false;
    if (b < -(1 - phi) * (g / m + a))
        return false;
    std::array<double, period + 2> characteristic{};
    characteristic[0] = 1;
    characteristic[1] = a + b - phi;
    for (std::size_t i = 2; i < period; ++i)
        characteristic[i] = a + b - a * phi;
    characteristic[period] = a + b - a * phi + g - 1;
    characteristic[period + 1] = phi * (1 - a - g);
    return rootsWithin(characteristic, period + 1, 1 + 1e-10);
}

/// R's initstate(): the level (and growth) from the first years' seasonally adjusted values,
/// the seasonal states from a classical decomposition (a line with one Fourier pair under
/// three years), most recent first, without the last (which the others imply).
std::vector<double> initialState(const std::vector<double> &y, EtsForm form)
{
    const auto n = y.size();
    const bool multiplicative = form.season == EtsForm::Season::Multiplicative;
    std::vector<double> adjusted = y;
    std::vector<double> seasons; // s0..s10
    if (hasSeason(form)) {
        std::vector<double> seasonal(n);
        if (n < 3 * period) {
            Eigen::MatrixXd design(static_cast<Eigen::Index>(n), 4);
            Eigen::VectorXd values(static_cast<Eigen::Index>(n));
            for (std::size_t t = 0; t < n; ++t) {
                const double time = double(t + 1);
                design.row(Eigen::Index(t)) << 1.0, time, std::sin(2 * M_PI * time / period), std::cos(2 * M_PI * time / period);
                values(Eigen::Index(t)) = y[t];
            }
            const Eigen::VectorXd c = design.colPivHouseholderQr().solve(values);
            for (std::size_t t = 0; t < n; ++t) {
                const double line = c(0) + c(1) * double(t + 1);
                seasonal[t] = multiplicative ? y[t] / line : y[t] - line;
            }
        } else {
            const std::vector<double> figure = classicalSeasonalFigure(y, multiplicative);
            for (std::size_t t = 0; t < n; ++t)
                seasonal[t] = figure[t % period];
        }
        for (int j = period - 1; j >= 1; --j)
            seasons.push_back(seasonal[std::size_t(j)]);
        if (multiplicative) {
            for (double &s : seasons)
                s = std::max(s, 0.01);
            const double sum = std::accumulate(seasons.begin(), seasons.end(), 0.0);
            if (sum > period) {
                for (double &s : seasons)
                    s /= sum + 0.01 * double(seasons.size());
            }
            for (std::size_t t = 0; t < n; ++t)
                adjusted[t] = y[t] / std::max(seasonal[t], 0.01);
        } else {
            for (std::size_t t = 0; t < n; ++t)
                adjusted[t] = y[t] - seasonal[t];
        }
    }
    const std::size_t maxN = std::min<std::size_t>(hasSeason(form) ? 2 * period : 10, n);
    std::vector<double> state;
    if (!hasTrend(form)) {
        state.push_back(std::accumulate(adjusted.begin(), adjusted.begin() + std::ptrdiff_t(maxN), 0.0) / double(maxN));
    } else {
        double tMean = (double(maxN) + 1) / 2, yMean = 0, sxy = 0, sxx = 0;
        for (std::size_t t = 0; t < maxN; ++t)
            yMean += adjusted[t] / double(maxN);
        for (std::size_t t = 0; t < maxN; ++t) {
            sxy += (double(t + 1) - tMean) * (adjusted[t] - yMean);
            sxx += (double(t + 1) - tMean) * (double(t + 1) - tMean);
        }
        double slope = sxy / sxx, level = yMean - slope * tMean;
        if (std::abs(level + slope) < 1e-8) {
            level *= 1 + 0.001;
            slope *= 1 - 0.001;
        }
        state = {level, slope};
    }
    state.insert(state.end(), seasons.begin(), seasons.end());
    return state;
}

/// R's initparam() with the default bounds.
Smoothing startingSmoothing(EtsForm form)
{
    Smoothing p;
    const double m = hasSeason(form) ? period : 1;
    p.alpha = lowerBound + 0.2 * (upperBound - lowerBound) / m;
    if (hasTrend(form))
        p.beta = lowerBound + 0.1 * (std::min(upperBound, p.alpha) - lowerBound);
    if (hasSeason(form))
        p.gamma = lowerBound + 0.05 * (std::min(upperBound, 1 - p.alpha) - lowerBound);
    if (form.trend == EtsForm::Trend::Damped)
        p.phi = phiLower + 0.99 * (phiUpper - phiLower);
    return p;
}

/// The optimiser's vector: α, β, γ, φ where the form has them, then the initial states.
Smoothing smoothingFrom(const std::vector<double> &v, EtsForm form)
{
    Smoothing p;
    std::size_t i = 0;
    p.alpha = v[i++];
    if (hasTrend(form))
        p.beta = v[i++];
    if (hasSeason(form))
        p.gamma = v[i++];
    if (form.trend == EtsForm::Trend::Damped)
        p.phi = v[i++];
    return p;
}

int smoothingCount(EtsForm form)
{
    return 1 + hasTrend(form) + hasSeason(form) + (form.trend == EtsForm::Trend::Damped);
}

/// The full state from the estimated one: the last seasonal state makes them sum to 12 (× s)
/// or 0 (+ s). Nothing where a multiplicative seasonal state is negative (R's lik: Inf).
std::optional<State> completeState(const double *estimated, EtsForm form)
{
    State x;
    x.level = *estimated++;
    if (hasTrend(form))
        x.growth = *estimated++;
    if (hasSeason(form)) {
        double sum = 0;
        for (int j = 0; j < period - 1; ++j) {
            x.ring[std::size_t(j)] = estimated[j];
            sum += estimated[j];
        }
        x.ring[period - 1] = (form.season == EtsForm::Season::Multiplicative ? period : 0) - sum;
        if (form.season == EtsForm::Season::Multiplicative
            && *std::min_element(x.ring.begin(), x.ring.end()) < 0)
            return std::nullopt;
    }
    return x;
}

/// R's objective (EtsTargetFunction::eval): infinite outside the bounds or where the filter fails.
double objective(const std::vector<double> &y, EtsForm form, const std::vector<double> &v)
{
    const Smoothing p = smoothingFrom(v, form);
    if (!withinBounds(form, p))
        return INFINITY;
    const std::size_t k = std::size_t(smoothingCount(form));
    auto x = completeState(v.data() + k, form);
    if (!x)
        return INFINITY;
    const double value = criterion(y, form, p, *x);
    if (std::isnan(value))
        return INFINITY;
    return std::max(value, -1e10); // R: no reward for a perfect fit beyond this
}

} // namespace

std::string EtsForm::code() const
{
    std::string s(1, error == Error::Additive ? 'A' : 'M');
    s += trend == Trend::None ? ",N" : trend == Trend::Additive ? ",A" : ",Ad";
    s += season == Season::None ? ",N" : season == Season::Additive ? ",A" : ",M";
    return s;
}

std::vector<EtsForm> EtsForm::admissible(bool positiveData)
{
    std::vector<EtsForm> forms;
    for (Error e : {Error::Additive, Error::Multiplicative}) {
        if (e == Error::Multiplicative && !positiveData)
            continue;
        for (Trend t : {Trend::None, Trend::Additive}) {
            for (Season s : {Season::None, Season::Additive, Season::Multiplicative}) {
                if (s == Season::Multiplicative && (e == Error::Additive || !positiveData))
                    continue;
                // R's order: damped before undamped.
                if (t == Trend::Additive)
                    forms.push_back({e, Trend::Damped, s});
                forms.push_back({e, t, s});
            }
        }
    }
    return forms;
}

std::optional<double> etsCriterion(const std::vector<double> &y, EtsForm form, double alpha, double beta, double gamma,
                                   double phi, const std::vector<double> &initialState)
{
    State x = stateFrom(initialState, form);
    const double value = criterion(y, form, {alpha, beta, gamma, phi}, x);
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

void EtsFit::update(double y)
{
    State x = stateFrom(state, form);
    updateState(x, form, {alpha, beta, gamma, phi}, y);
    state = vectorFrom(x, form);
    ++n;
}

std::vector<double> EtsFit::forecast(int h) const
{
    const State x = stateFrom(state, form);
    std::vector<double> f;
    for (int k = 0; k < h; ++k)
        f.push_back(forecastAt(x, form, phi, k));
    return f;
}

std::vector<double> EtsFit::simulateTotals(int h, int paths, std::uint64_t seed) const
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> standard; // scaled below: σ may be 0, which it may not take
    const double sigma = std::sqrt(sigma2);
    const State start = stateFrom(state, form);
    const Smoothing p{alpha, beta, gamma, phi};
    std::vector<double> totals;
    totals.reserve(std::size_t(paths));
    for (int i = 0; i < paths; ++i) {
        State x = start;
        double total = 0;
        for (int k = 0; k < h; ++k) {
            const double f = forecastAt(x, form, phi, 0);
            const double e = sigma * standard(engine);
            const double y = form.error == EtsForm::Error::Additive ? f + e : f * (1 + std::max(-1.0, e));
            total += y;
            updateState(x, form, p, y);
        }
        totals.push_back(total);
    }
    std::sort(totals.begin(), totals.end());
    return totals;
}

namespace {

/// The fit's figures at given parameters and initial state: likelihood, AICc with `estimated`
/// parameters (σ aside), σ², the state moved over y. Nothing where the filter fails.
std::optional<EtsFit> fitAt(const std::vector<double> &y, EtsForm form, const Smoothing &p, const State &x0,
                            std::size_t estimated)
{
    EtsFit fit;
    fit.form = form;
    fit.alpha = p.alpha;
    fit.beta = p.beta;
    fit.gamma = p.gamma;
    fit.phi = p.phi;
    fit.initialState = vectorFrom(x0, form);
    State x = x0;
    double sse = 0;
    const double lik = criterion(y, form, p, x, &sse);
    if (!std::isfinite(lik))
        return std::nullopt;
    fit.state = vectorFrom(x, form);
    fit.n = int(y.size());
    fit.parameters = int(estimated) + 1;
    fit.logLikelihood = -0.5 * lik;
    const double np = fit.parameters;
    fit.aicc = lik + 2 * np + 2 * np * (np + 1) / (fit.n - np - 1);
    fit.sigma2 = sse / double(fit.n - int(estimated));
    return fit;
}

std::vector<double> smoothingVector(const Smoothing &p, EtsForm form)
{
    std::vector<double> v{p.alpha};
    if (hasTrend(form))
        v.push_back(p.beta);
    if (hasSeason(form))
        v.push_back(p.gamma);
    if (form.trend == EtsForm::Trend::Damped)
        v.push_back(p.phi);
    return v;
}

} // namespace

std::optional<EtsFit> fitEtsForm(const std::vector<double> &y, EtsForm form, const EtsFit *earlier)
{
    std::vector<double> v;
    std::vector<double> steps;
    double relTol = std::sqrt(std::numeric_limits<double>::epsilon()); // R's
    int maxEvaluations = 2000;                                         // R's
    if (earlier && earlier->form == form) {
        // From the optimum on fewer values, which the new one lies near: a simplex of a few
        // per cent around it, a criterion to 1e-6 (a log-likelihood to about 1e-3), and at most 300
        // evaluations: each year starts from the last, so the search goes on over the years.
        v = {earlier->alpha};
        if (hasTrend(form))
            v.push_back(earlier->beta);
        if (hasSeason(form))
            v.push_back(earlier->gamma);
        if (form.trend == EtsForm::Trend::Damped)
            v.push_back(earlier->phi);
        v.insert(v.end(), earlier->initialState.begin(), earlier->initialState.end() - (hasSeason(form) ? 1 : 0));
        const double level = std::abs(v[std::size_t(smoothingCount(form))]);
        for (double x : v)
            steps.push_back(0.05 * std::abs(x) + 1e-3 * std::max(1.0, std::min(std::abs(x), level)));
        relTol = 1e-6;
        maxEvaluations = 300;
    } else {
        const Smoothing start = startingSmoothing(form);
        v = {start.alpha};
        if (hasTrend(form))
            v.push_back(start.beta);
        if (hasSeason(form))
            v.push_back(start.gamma);
        if (form.trend == EtsForm::Trend::Damped)
            v.push_back(start.phi);
        const std::vector<double> states = initialState(y, form);
        v.insert(v.end(), states.begin(), states.end());
    }
    const auto estimated = v.size();
    if (estimated + 1 >= y.size())
        return std::nullopt;
    const NelderMeadResult best = nelderMead([&](const std::vector<double> &p) { return objective(y, form, p); }, v,
                                             relTol, maxEvaluations, steps);
    if (!std::isfinite(best.value) || best.value >= 1e35)
        return std::nullopt;

    const std::size_t k = std::size_t(smoothingCount(form));
    auto x = completeState(best.x.data() + k, form);
    if (!x)
        return std::nullopt;
    return fitAt(y, form, smoothingFrom(best.x, form), *x, estimated);
}

std::optional<EtsFit> EtsSelection::best() const
{
    const EtsFit *best = nullptr;
    for (const EtsFit &fit : fits) {
        if (std::isfinite(fit.aicc) && (!best || fit.aicc < best->aicc))
            best = &fit;
    }
    return best ? std::optional<EtsFit>(*best) : std::nullopt;
}

EtsSelection selectEts(const std::vector<double> &y, const EtsSelection *earlier)
{
    EtsSelection selection;
    if (y.size() < 2 * period)
        return selection;
    if (std::all_of(y.begin(), y.end(), [&](double v) { return v == y.front(); })) {
        // R's ets gives a constant series simple exponential smoothing with α = 0.99999.
        EtsFit fit;
        fit.alpha = 0.99999;
        fit.initialState = fit.state = {y.front()};
        fit.n = int(y.size());
        fit.parameters = 2;
        selection.fits.push_back(fit);
        return selection;
    }
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    for (const EtsForm &form : EtsForm::admissible(positive)) {
        const EtsFit *start = nullptr;
        if (earlier) {
            for (const EtsFit &fit : earlier->fits) {
                if (fit.form == form)
                    start = &fit;
            }
        }
        if (auto fit = fitEtsForm(y, form, start))
            selection.fits.push_back(std::move(*fit));
    }
    return selection;
}

namespace {

/// One form fitted quickly: the initial states from R's initstate() (not estimated), the
/// smoothing parameters by Nelder–Mead from `start` to a criterion within 1e-4 relative (a
/// log-likelihood to about 0.01), at most `maxEvaluations` filters; none: `start` as it is.
std::optional<EtsFit> fitQuick(const std::vector<double> &y, EtsForm form, Smoothing start, int maxEvaluations)
{
    const std::vector<double> states = initialState(y, form);
    const auto x0 = completeState(states.data(), form);
    if (!x0)
        return std::nullopt;
    // The states count as estimated, as in R's AICc: they come from the data, and a seasonal
    // form must pay for its twelve states to be chosen over a plain one.
    const std::size_t estimated = std::size_t(smoothingCount(form)) + states.size();
    if (estimated + 1 >= y.size())
        return std::nullopt;
    if (!withinBounds(form, start))
        start = startingSmoothing(form);
    if (maxEvaluations > 0) {
        const auto objective = [&](const std::vector<double> &v) {
            const Smoothing p = smoothingFrom(v, form);
            if (!withinBounds(form, p))
                return double(INFINITY);
            State x = *x0;
            const double value = criterion(y, form, p, x);
            return std::isnan(value) ? double(INFINITY) : std::max(value, -1e10);
        };
        const std::vector<double> v = smoothingVector(start, form);
        // Steps of 0.05 in every parameter: they all lie in [0, 1], and the optimum moves little.
        const NelderMeadResult best = nelderMead(objective, v, 1e-4, maxEvaluations, std::vector<double>(v.size(), 0.05));
        if (!std::isfinite(best.value) || best.value >= 1e35)
            return std::nullopt;
        start = smoothingFrom(best.x, form);
    }
    return fitAt(y, form, start, *x0, estimated);
}

} // namespace

EtsSelection selectEtsQuick(const std::vector<double> &all, const EtsSelection *earlier)
{
    if (all.size() < 2 * period)
        return {};
    const std::vector<double> y(all.end() - std::ptrdiff_t(std::min<std::size_t>(all.size(), etsQuickYears * period)),
                                all.end());
    if (std::all_of(y.begin(), y.end(), [&](double v) { return v == y.front(); }))
        return selectEts(y);
    const bool positive = std::all_of(y.begin(), y.end(), [](double v) { return v > 0; });
    EtsSelection selection;
    for (const EtsForm &form : EtsForm::admissible(positive)) {
        const EtsFit *before = nullptr;
        if (earlier) {
            for (const EtsFit &fit : earlier->fits) {
                if (fit.form == form)
                    before = &fit;
            }
        }
        // The first year, every form is searched from R's starting values; a year later the
        // estimates move little, so each form is scored at last year's parameters and only the
        // most likely searched again (below).
        const auto fit = before ? fitQuick(y, form, {before->alpha, before->beta, before->gamma, before->phi}, 0)
                                : fitQuick(y, form, startingSmoothing(form), 100);
        if (fit)
            selection.fits.push_back(*fit);
    }
    if (earlier) {
        // The others' AICc lies too far above to win; they keep their parameters for next year.
        std::vector<EtsFit *> ranked;
        for (EtsFit &fit : selection.fits)
            ranked.push_back(&fit);
        const std::size_t finalists = std::min<std::size_t>(ranked.size(), 2);
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(finalists), ranked.end(),
                          [](const EtsFit *a, const EtsFit *b) { return a->aicc < b->aicc; });
        for (std::size_t i = 0; i < finalists; ++i) {
            EtsFit &fit = *ranked[i];
            if (auto refit = fitQuick(y, fit.form, {fit.alpha, fit.beta, fit.gamma, fit.phi}, 30))
                fit = *refit;
        }
    }
    return selection;
}

std::optional<EtsFit> fitEts(const std::vector<double> &y)
{
    return selectEts(y).best();
}

} // namespace chiso
