#pragma once

#include "FlowHistory.h"
#include "LeastSquares.h"

#include <optional>
#include <vector>

namespace chiso {

/// The single-month values behind a flow's year-to-date figures, where it has every month
/// (issue 20.3): this year's months 1..month and the unbroken run of complete years before it
/// (at least last year), oldest first, starting in January. Figures only, never derived ones.
std::optional<std::vector<double>> monthlyValues(const FlowHistory &known, int year, int month);

/// R's decompose(): a centred 2×12 moving average as trend; each position's mean ratio (or
/// difference) to it, normalised to mean 1 (or 0). Empty where a position has no value.
/// Positions count from the first value (January where x starts in January).
std::vector<double> classicalSeasonalFigure(const std::vector<double> &x, bool multiplicative);

/// A year-end total's predictive distribution from a model of the monthly values: normal
/// (mean, sd) where the model is linear and Gaussian, else sorted sample paths' totals.
struct YearEndDistribution {
    double mean = 0;
    double sd = 0;
    std::vector<double> samples; ///< sorted; where not empty, it is the distribution

    Interval interval(double level) const;
    double probabilityAtLeast(double threshold) const;
};

} // namespace chiso
