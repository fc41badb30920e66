#include "MonthlySeries.h"

#include <boost/math/distributions/normal.hpp>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace chiso {

std::optional<std::vector<double>> monthlyValues(const FlowHistory &known, int year, int month)
{
    auto complete = [&](int y, int upTo) {
        for (int m = 1; m <= upTo; ++m) {
            if (!known.at(y, m))
                return false;
        }
        return true;
    };
    if (!complete(year, month) || !complete(year - 1, 12))
        return std::nullopt;
    int first = year - 1;
    while (complete(first - 1, 12))
        --first;
    std::vector<double> values;
    values.reserve(std::size_t((year - first) * 12 + month));
    for (int y = first; y <= year; ++y) {
        double before = 0;
        for (int m = 1; m <= (y == year ? month : 12); ++m) {
            const double ytd = *known.at(y, m);
            values.push_back(ytd - before); // a revision down makes a negative month: kept
            before = ytd;
        }
    }
    return values;
}

// R's decompose(): a centred 2×12 moving average as trend; each position's mean ratio (or
// difference) to it, normalised to mean 1 (or 0). Empty where a position has no value.
std::vector<double> classicalSeasonalFigure(const std::vector<double> &x, bool multiplicative)
{
    constexpr int period = 12;
    const auto n = x.size();
    std::vector<double> sums(period, 0.0);
    std::vector<int> counts(period, 0);
    for (std::size_t t = period / 2; t + period / 2 < n; ++t) {
        double trend = 0.5 * (x[t - period / 2] + x[t + period / 2]);
        for (std::size_t k = t - period / 2 + 1; k < t + period / 2; ++k)
            trend += x[k];
        trend /= period;
        sums[t % period] += multiplicative ? x[t] / trend : x[t] - trend;
        ++counts[t % period];
    }
    std::vector<double> figure(period);
    for (int j = 0; j < period; ++j) {
        if (counts[j] == 0)
            return {};
        figure[j] = sums[j] / counts[j];
    }
    const double mean = std::accumulate(figure.begin(), figure.end(), 0.0) / period;
    for (double &f : figure)
        f = multiplicative ? f / mean : f - mean;
    return figure;
}

Interval YearEndDistribution::interval(double level) const
{
    const double tail = (1.0 - level) / 2.0;
    if (!samples.empty()) {
        // Type-7 quantiles (R's default): linear between order statistics.
        auto quantile = [&](double p) {
            const double h = (double(samples.size()) - 1.0) * p;
            const auto lo = std::size_t(std::floor(h));
            const std::size_t hi = std::min(lo + 1, samples.size() - 1);
            return samples[lo] + (h - double(lo)) * (samples[hi] - samples[lo]);
        };
        return {quantile(tail), quantile(1.0 - tail)};
    }
    if (sd <= 0)
        return {mean, mean};
    const double z = boost::math::quantile(boost::math::normal(), 1.0 - tail);
    return {mean - z * sd, mean + z * sd};
}

double YearEndDistribution::probabilityAtLeast(double threshold) const
{
    if (!samples.empty()) {
        const auto below = std::lower_bound(samples.begin(), samples.end(), threshold);
        return double(samples.end() - below) / double(samples.size());
    }
    if (sd <= 0)
        return mean >= threshold ? 1.0 : 0.0;
    return boost::math::cdf(boost::math::complement(boost::math::normal(mean, sd), threshold));
}

} // namespace chiso
