#include "Airline.h"
#include "NelderMead.h"

#include <algorithm>
#include <cmath>

namespace chiso {
namespace {

constexpr int period = 12;
constexpr int conditioning = 1 + period; // values lost to the two differences

/// The model's forecast of z at t ≥ 13 from the values and residuals before it:
/// (1 − B)(1 − B¹²) z = (1 + θB)(1 + ΘB¹²) e with eₜ = 0.
double expectedAt(const std::vector<double> &z, const std::vector<double> &e, std::size_t t, double theta,
                  double seasonalTheta)
{
    return z[t - 1] + z[t - period] - z[t - period - 1] + theta * e[t - 1] + seasonalTheta * e[t - period]
           + theta * seasonalTheta * e[t - period - 1];
}

/// The residual at t: its value less the forecast from the ones before.
double residual(const std::vector<double> &z, const std::vector<double> &e, std::size_t t, double theta,
                double seasonalTheta)
{
    return z[t] - expectedAt(z, e, t, theta, seasonalTheta);
}

std::vector<double> residuals(const std::vector<double> &z, double theta, double seasonalTheta)
{
    std::vector<double> e(z.size(), 0.0);
    for (std::size_t t = conditioning; t < z.size(); ++t)
        e[t] = residual(z, e, t, theta, seasonalTheta);
    return e;
}

/// ψ weights of z's innovations: z_{n+k} − ẑ_{n+k} = Σ_{i<k} ψᵢ e_{n+k−i}.
std::vector<double> psiWeights(double theta, double seasonalTheta, int h)
{
    std::vector<double> psi(std::size_t(std::max(h, 1)), 0.0);
    auto at = [&](int j) { return j < 0 ? 0.0 : psi[std::size_t(j)]; };
    for (int j = 0; j < h; ++j) {
        const double ma = j == 0 ? 1.0 : j == 1 ? theta : j == period ? seasonalTheta : j == period + 1 ? theta * seasonalTheta : 0.0;
        psi[std::size_t(j)] = ma + at(j - 1) + at(j - period) - at(j - period - 1);
    }
    return psi;
}

/// The point forecasts of z for the next h months.
std::vector<double> forecastZ(const AirlineFit &fit, int h)
{
    std::vector<double> z = fit.z;
    std::vector<double> e = fit.e;
    for (int k = 0; k < h; ++k) {
        z.push_back(expectedAt(z, e, z.size(), fit.theta, fit.seasonalTheta)); // the innovation expected: 0
        e.push_back(0.0);
    }
    return {z.end() - h, z.end()};
}

} // namespace

double airlineSumOfSquares(const std::vector<double> &z, double theta, double seasonalTheta)
{
    double sum = 0;
    for (double r : residuals(z, theta, seasonalTheta))
        sum += r * r;
    return sum;
}

void AirlineFit::update(double x)
{
    const double value = logarithms ? std::log(x) : x;
    ++n;
    const std::size_t t = z.size();
    if (t < std::size_t(conditioning)) {
        z.push_back(value);
        e.push_back(0.0);
        return;
    }
    // A month more than three standard deviations off (a revision, a slip) moves the model as a
    // month three off would: the model files the month as its forecast plus the clipped error
    // (a robust filter), so one bad month does not shift the rest of the year. The year-to-date
    // figure itself is never changed; a real break still moves the model, by 3σ a month.
    const double expected = expectedAt(z, e, t, theta, seasonalTheta);
    const double limit = 3 * std::sqrt(sigma2);
    const double error = std::clamp(value - expected, -limit, limit);
    z.push_back(expected + error);
    e.push_back(error);
}

std::vector<double> AirlineFit::forecast(int h) const
{
    std::vector<double> values = forecastZ(*this, h);
    if (logarithms) {
        for (double &v : values)
            v = std::exp(v);
    }
    return values;
}

double AirlineFit::sumStandardDeviation(int h) const
{
    if (h <= 0)
        return 0;
    const std::vector<double> psi = psiWeights(theta, seasonalTheta, h);
    // Each month's weight in the sum: 1 on the values' scale, e^ẑ through the logarithm.
    const std::vector<double> weight = logarithms ? forecast(h) : std::vector<double>(std::size_t(h), 1.0);
    double variance = 0;
    for (int j = 0; j < h; ++j) { // the innovation of month j reaches months k ≥ j
        double reach = 0;
        for (int k = j; k < h; ++k)
            reach += weight[std::size_t(k)] * psi[std::size_t(k - j)];
        variance += reach * reach;
    }
    return std::sqrt(sigma2 * variance);
}

std::optional<AirlineFit> fitAirline(const std::vector<double> &x, bool logarithms)
{
    if (x.size() < std::size_t(3 * period))
        return std::nullopt;
    AirlineFit fit;
    fit.logarithms = logarithms && std::all_of(x.begin(), x.end(), [](double v) { return v > 0; });
    fit.z.reserve(x.size() + period);
    for (double v : x)
        fit.z.push_back(fit.logarithms ? std::log(v) : v);
    // Invertible models only: |θ|, |Θ| < 1; the bound stops the simplex short of the edge,
    // where the conditional sum of squares has spurious minima.
    const auto objective = [&](const std::vector<double> &p) {
        if (std::abs(p[0]) > 0.98 || std::abs(p[1]) > 0.98)
            return 1e35;
        return airlineSumOfSquares(fit.z, p[0], p[1]);
    };
    // R's optim stops at a relative change of 1.5e-8 (its reltol): as exact as R, and 3 % of a
    // long series' forecast time sooner than 1e-10 (the pins against R and the public series'
    // accuracy unchanged).
    const NelderMeadResult best = nelderMead(objective, {-0.4, -0.6}, 1.5e-8, 500, {0.1, 0.1});
    if (!std::isfinite(best.value) || best.value >= 1e35)
        return std::nullopt;
    fit.theta = best.x[0];
    fit.seasonalTheta = best.x[1];
    fit.e = residuals(fit.z, fit.theta, fit.seasonalTheta);
    fit.n = int(x.size());
    fit.sigma2 = best.value / double(x.size() - conditioning);
    return fit;
}

} // namespace chiso
