#pragma once

#include <optional>
#include <vector>

namespace chiso {

/// The theta method on monthly values (Assimakopoulos & Nikolopoulos 2000), in the form of
/// Hyndman & Billah (2003) that R's forecast::thetaf computes: simple exponential smoothing
/// with a drift of half the series' least-squares slope, on the seasonally adjusted series
/// where a lag-12 autocorrelation test finds seasonality (classical decomposition, multiplicative
/// as R's, additive where a month is zero or negative, which a ratio cannot divide by).
struct ThetaFit {
    int n = 0;
    bool seasonal = false;
    bool multiplicative = false;
    std::vector<double> seasonalIndex; ///< 12, by position in the year (x starts in January)
    double alpha = 0;  ///< smoothing of the level, in [1e-4, 0.9999] as R's ets bounds it
    double level0 = 0; ///< initial level, the least-squares one for this alpha
    double level = 0;  ///< the level after the last month
    double drift = 0;  ///< half the slope of the adjusted series on 0..n−1
    double sigma2 = 0; ///< one-step error variance: SSE / (n − 2), as R's ets

    /// Moves the level over the next month (the parameters, index and drift stay as fitted).
    void update(double x);
    /// The next h months' forecasts, seasonality restored (R's thetaf()$mean).
    std::vector<double> forecast(int h) const;
    /// The variance of the sum of the next h months: the model's errors are linear in the
    /// future innovations, Σⱼ εⱼ (sⱼ + α Σ_{k>j} s_k), so the sum's variance is exact (no
    /// parameter uncertainty), not the sum of the months' variances.
    double sumVariance(int h) const;
};

/// Fits the theta method to monthly values starting in January. Nothing for fewer than 6.
std::optional<ThetaFit> fitTheta(const std::vector<double> &x);

} // namespace chiso
