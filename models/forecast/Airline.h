#pragma once

#include <optional>
#include <vector>

namespace chiso {

/// The "airline" seasonal ARIMA(0,1,1)(0,1,1)₁₂ of Box & Jenkins (their Series G, R's
/// AirPassengers) on the logarithms of the monthly values (on the values themselves where one
/// is zero or negative): (1 − B)(1 − B¹²) zₜ = (1 + θB)(1 + ΘB¹²) eₜ. Two parameters, fitted by
/// conditional least squares (R's arima(method = "CSS")). One model rather than a search over
/// orders: a search on a few years of a ministry's months chooses by noise, and this one form
/// follows a changing level and a changing seasonal pattern, which is what such series do.
struct AirlineFit {
    double theta = 0;        ///< θ, the non-seasonal moving average, in (−1, 1)
    double seasonalTheta = 0; ///< Θ, the seasonal moving average, in (−1, 1)
    double sigma2 = 0;       ///< innovation variance: the residuals' mean square, as R's CSS fit
    bool logarithms = true;  ///< fitted to ln(x)
    int n = 0;               ///< values filtered (fitted, then updated)
    std::vector<double> z;   ///< the series as modelled (ln x or x)
    std::vector<double> e;   ///< the residuals, 0 for the first 13

    /// Files the next month's value with the parameters as fitted; one more than 3σ from the
    /// model's forecast is filed as 3σ off (a robust filter: a revision does not shift the year).
    void update(double x);
    /// The next h months' forecasts on the values' scale (for logarithms, e^ẑ: the median).
    std::vector<double> forecast(int h) const;
    /// The standard deviation of the sum of the next h months' values: exact on the model's scale
    /// from its ψ weights (the sum's errors are linear in the future innovations, so the months'
    /// errors are summed with their correlation), to first order through e^z for logarithms.
    double sumStandardDeviation(int h) const;
};

/// Fits the airline model to monthly values starting in January, on their logarithms where every
/// value is positive and `logarithms` allows. Nothing for fewer than three years, or where the
/// fit does not reach an invertible model.
std::optional<AirlineFit> fitAirline(const std::vector<double> &x, bool logarithms = true);

/// The residual sum of squares of the airline model on z at θ, Θ (conditional: residuals before
/// the 14th value taken as 0), as R's arima(method = "CSS") minimises it. For tests against R.
double airlineSumOfSquares(const std::vector<double> &z, double theta, double seasonalTheta);

} // namespace chiso
