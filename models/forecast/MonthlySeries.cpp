#include "MonthlySeries.h"

#include <boost/math/distributions/normal.hpp>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace chiso {

std::optional<std::vector<double>> monthlyValues(const FlowHistory &known, int year, int month)
{
    // Walks the years' maps rather than asking for each month: the backtest asks at every
    // cut-off of every year, twice.
    const auto &years = known.years();
    auto complete = [&](std::map<int, std::map<int, double>>::const_iterator y, int upTo) {
        int expected = 1;
        for (auto m = y->second.begin(); m != y->second.end() && expected <= upTo; ++m) {
            if (m->first != expected++)
                return false;
        }
        return expected > upTo;
    };
    const auto current = years.find(year);
    if (current == years.end() || current == years.begin() || !complete(current, month))
        return std::nullopt;
    auto first = std::prev(current);
    if (first->first != year - 1 || !complete(first, 12))
        return std::nullopt;
    while (first != years.begin()) {
        const auto before = std::prev(first);
        if (before->first != first->first - 1 || !complete(before, 12))
            break;
        first = before;
    }
    std::vector<double> values;
    values.reserve(std::size_t((year - first->first) * 12 + month));
    for (auto y = first;; ++y) {
        double before = 0;
        const int upTo = y == current ? month : 12;
        for (const auto &[m, ytd] : y->second) {
            if (m > upTo)
                break;
            values.push_back(ytd - before); // a revision down makes a negative month: kept
            before = ytd;
        }
        if (y == current)
            break;
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
    // The centred 2×12 moving average, its inner eleven months a running sum.
    double inner = 0;
    for (std::size_t k = 1; k < period && k < n; ++k)
        inner += x[k];
    for (std::size_t t = period / 2; t + period / 2 < n; ++t) {
        if (t > period / 2)
            inner += x[t + period / 2 - 1] - x[t - period / 2];
        const double trend = (0.5 * (x[t - period / 2] + x[t + period / 2]) + inner) / period;
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
