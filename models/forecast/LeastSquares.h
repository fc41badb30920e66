#pragma once

#include <Eigen/Dense>
#include <optional>
#include <vector>

namespace chiso {

/// A two-sided interval.
struct Interval {
    double lower = 0;
    double upper = 0;
};

/// An ordinary least-squares fit y = Xβ + ε, with what R's lm() reports: coefficients,
/// standard errors, residual standard error, R² (about the mean where the model has an
/// intercept, about zero where it has none, as R does).
struct LinearFit {
    Eigen::VectorXd coefficients;
    Eigen::VectorXd standardErrors;
    Eigen::MatrixXd xtxInverse; ///< (XᵀX)⁻¹
    double sigma = 0;           ///< residual standard error
    int dfResidual = 0;         ///< n − p
    double rSquared = 0;

    /// A prediction at a row of the design (the same columns as X).
    struct Prediction {
        double fit = 0;
        double seFit = 0;  ///< standard error of the fitted mean
        double sePred = 0; ///< standard error of a new observation: σ·√(1 + x₀ᵀ(XᵀX)⁻¹x₀)
        int df = 0;

        /// predict(..., interval = "prediction", level = level)
        Interval predictionInterval(double level) const;
        /// predict(..., interval = "confidence", level = level)
        Interval confidenceInterval(double level) const;
        /// P(new observation ≥ threshold) under the fitted t distribution.
        double probabilityAtLeast(double threshold) const;
    };
    Prediction predict(const Eigen::VectorXd &row) const;
};

/// Fits by a Householder QR decomposition. Nothing where there are no residual degrees
/// of freedom (n ≤ p) or the design is rank-deficient.
std::optional<LinearFit> fitLeastSquares(const Eigen::MatrixXd &design, const Eigen::VectorXd &y, bool hasIntercept);

/// The design of a polynomial in x: columns 1 (if intercept), x, x², … up to degree.
Eigen::MatrixXd polynomialDesign(const std::vector<double> &x, int degree, bool intercept);
Eigen::VectorXd polynomialRow(double x, int degree, bool intercept);

} // namespace chiso
