#include "Theta.h"
#include "MonthlySeries.h"

#include <boost/math/tools/minima.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chiso {
namespace {

constexpr int period = 12;
constexpr double alphaMin = 1e-4; // R's ets "usual" bounds
constexpr double alphaMax = 0.9999;

/// R's thetaf test: |r₁₂| / √((1 + 2 Σ_{k<12} r_k²) / n) above the normal's 95 % quantile,
/// for a series of more than two years that is not constant.
bool seasonalByAutocorrelation(const std::vector<double> &x)
{
    const auto n = x.size();
    if (n <= 2 * period)
        return false;
    const double mean = std::accumulate(x.begin(), x.end(), 0.0) / double(n);
    double denominator = 0;
    for (double v : x)
        denominator += (v - mean) * (v - mean);
    if (denominator == 0)
        return false;
    double r[period + 1] = {};
    for (int k = 1; k <= period; ++k) {
        double sum = 0;
        for (std::size_t t = 0; t + std::size_t(k) < n; ++t)
            sum += (x[t] - mean) * (x[t + std::size_t(k)] - mean);
        r[k] = sum / denominator;
    }
    double squares = 0;
    for (int k = 1; k < period; ++k)
        squares += r[k] * r[k];
    const double stat = std::sqrt((1 + 2 * squares) / double(n));
    return std::abs(r[period]) / stat > 1.6448536269514722; // qnorm(0.95)
}

/// Simple exponential smoothing's one-step errors for a smoothing α are linear in the initial
/// level: eₜ = aₜ − (1−α)^(t−1)·ℓ₀. The least-squares ℓ₀ follows in closed form, so only α is
/// searched. Returns the sum of squared errors and sets ℓ₀ and the final level.
double sesSquaredErrors(const std::vector<double> &z, double alpha, double *level0, double *levelN)
{
    double levelFromZero = 0; // the level with ℓ₀ = 0
    double weight = 1;        // (1−α)^(t−1)
    double aa = 0, ab = 0, bb = 0;
    for (double v : z) {
        const double a = v - levelFromZero;
        aa += a * a;
        ab += a * weight;
        bb += weight * weight;
        levelFromZero += alpha * a;
        weight *= 1 - alpha;
    }
    const double l0 = ab / bb;
    if (level0)
        *level0 = l0;
    if (levelN)
        *levelN = levelFromZero + weight * l0; // ℓₙ = ℓₙ(ℓ₀=0) + (1−α)ⁿ ℓ₀
    return std::max(0.0, aa - ab * ab / bb);
}

double bestAlpha(const std::vector<double> &z)
{
    // A grid first (the error need not be unimodal in α), then Brent's method around the best.
    constexpr int steps = 20;
    double best = alphaMin;
    double bestValue = sesSquaredErrors(z, best, nullptr, nullptr);
    for (int i = 1; i <= steps; ++i) {
        const double a = alphaMin + (alphaMax - alphaMin) * i / steps;
        const double value = sesSquaredErrors(z, a, nullptr, nullptr);
        if (value < bestValue) {
            best = a;
            bestValue = value;
        }
    }
    // Brent's method around the best grid point: parabolic steps reach 1e-7 in about ten
    // filters where golden section alone needed thirty.
    const double width = (alphaMax - alphaMin) / steps;
    const auto [alpha, value] = boost::math::tools::brent_find_minima(
        [&](double a) { return sesSquaredErrors(z, a, nullptr, nullptr); }, std::max(alphaMin, best - width),
        std::min(alphaMax, best + width), 24);
    return value <= bestValue ? alpha : best;
}

} // namespace

std::optional<ThetaFit> fitTheta(const std::vector<double> &x)
{
    if (x.size() < 6)
        return std::nullopt;
    ThetaFit fit;
    fit.n = int(x.size());
    std::vector<double> z = x;
    if (seasonalByAutocorrelation(x)) {
        fit.multiplicative = std::all_of(x.begin(), x.end(), [](double v) { return v > 0; });
        fit.seasonalIndex = classicalSeasonalFigure(x, fit.multiplicative);
        const bool nearZero = std::any_of(fit.seasonalIndex.begin(), fit.seasonalIndex.end(),
                                          [](double s) { return std::abs(s) < 1e-4; });
        fit.seasonal = !fit.seasonalIndex.empty() && !(fit.multiplicative && nearZero);
        if (fit.seasonal) {
            for (std::size_t t = 0; t < z.size(); ++t)
                z[t] = fit.multiplicative ? x[t] / fit.seasonalIndex[t % period] : x[t] - fit.seasonalIndex[t % period];
        } else {
            fit.seasonalIndex.clear();
            fit.multiplicative = false;
        }
    }
    fit.alpha = bestAlpha(z);
    const double sse = sesSquaredErrors(z, fit.alpha, &fit.level0, &fit.level);
    fit.sigma2 = sse / double(fit.n - 2);
    // Half the least-squares slope of z on 0..n−1.
    const double n = fit.n;
    const double tMean = (n - 1) / 2;
    const double zMean = std::accumulate(z.begin(), z.end(), 0.0) / n;
    double sxy = 0, sxx = 0;
    for (int t = 0; t < fit.n; ++t) {
        sxy += (t - tMean) * (z[std::size_t(t)] - zMean);
        sxx += (t - tMean) * (t - tMean);
    }
    fit.drift = sxy / sxx / 2;
    return fit;
}

void ThetaFit::update(double x)
{
    double z = x;
    if (seasonal) {
        const double s = seasonalIndex[std::size_t(n % period)];
        z = multiplicative ? x / s : x - s;
    }
    level += alpha * (z - level);
    ++n;
}

std::vector<double> ThetaFit::forecast(int h) const
{
    std::vector<double> result;
    const double a = std::max(1e-10, alpha);
    const double start = (1 - std::pow(1 - a, n)) / a;
    for (int k = 0; k < h; ++k) {
        double f = level + drift * (k + start);
        if (seasonal) {
            const double s = seasonalIndex[std::size_t((n + k) % period)];
            f = multiplicative ? f * s : f + s;
        }
        result.push_back(f);
    }
    return result;
}

double ThetaFit::sumVariance(int h) const
{
    auto scale = [&](int k) { return seasonal && multiplicative ? seasonalIndex[std::size_t((n + k) % period)] : 1.0; };
    double variance = 0;
    double later = 0; // Σ of the scales after month j
    for (int j = h - 1; j >= 0; --j) {
        const double c = scale(j) + alpha * later;
        variance += c * c;
        later += scale(j);
    }
    return sigma2 * variance;
}

} // namespace chiso
