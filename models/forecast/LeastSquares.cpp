#include "LeastSquares.h"
#include "StudentT.h"

#include <cmath>

namespace chiso {

std::optional<LinearFit> fitLeastSquares(const Eigen::MatrixXd &design, const Eigen::VectorXd &y, bool hasIntercept)
{
    const Eigen::Index n = design.rows();
    const Eigen::Index p = design.cols();
    if (n != y.size() || n <= p || p == 0)
        return std::nullopt;
    // Householder QR without pivoting: the designs here are small polynomials, and a rank
    // deficiency shows as a vanishing diagonal of R.
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(design);
    const auto r = qr.matrixQR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
    const double scale = qr.matrixQR().diagonal().cwiseAbs().maxCoeff();
    if (scale == 0 || qr.matrixQR().diagonal().cwiseAbs().minCoeff() <= scale * 1e-12)
        return std::nullopt;

    LinearFit fit;
    fit.coefficients = qr.solve(y);
    const double rss = (y - design * fit.coefficients).squaredNorm();
    fit.dfResidual = int(n - p);
    fit.sigma = std::sqrt(rss / fit.dfResidual);
    // (XᵀX)⁻¹ = R⁻¹R⁻ᵀ from the QR factor, without forming XᵀX.
    const Eigen::MatrixXd rInverse = r.solve(Eigen::MatrixXd::Identity(p, p));
    fit.xtxInverse = rInverse * rInverse.transpose();
    fit.standardErrors = fit.sigma * fit.xtxInverse.diagonal().array().sqrt();
    const double total = hasIntercept ? (y.array() - y.mean()).square().sum() : y.squaredNorm();
    fit.rSquared = total > 0 ? 1.0 - rss / total : 0.0;
    return fit;
}

LinearFit::Prediction LinearFit::predict(const Eigen::VectorXd &row) const
{
    const double leverage = row.dot(xtxInverse * row);
    return {row.dot(coefficients), sigma * std::sqrt(leverage), sigma * std::sqrt(1.0 + leverage), dfResidual};
}

Interval LinearFit::Prediction::predictionInterval(double level) const
{
    const double t = studentTQuantile(0.5 + level / 2.0, df);
    return {fit - t * sePred, fit + t * sePred};
}

Interval LinearFit::Prediction::confidenceInterval(double level) const
{
    const double t = studentTQuantile(0.5 + level / 2.0, df);
    return {fit - t * seFit, fit + t * seFit};
}

double LinearFit::Prediction::probabilityAtLeast(double threshold) const
{
    if (sePred == 0)
        return fit >= threshold ? 1.0 : 0.0;
    return 1.0 - studentTCdf((threshold - fit) / sePred, df);
}

Eigen::VectorXd polynomialRow(double x, int degree, bool intercept)
{
    Eigen::VectorXd row(degree + (intercept ? 1 : 0));
    int column = 0;
    if (intercept)
        row(column++) = 1.0;
    double power = 1.0;
    for (int d = 1; d <= degree; ++d) {
        power *= x;
        row(column++) = power;
    }
    return row;
}

Eigen::MatrixXd polynomialDesign(const std::vector<double> &x, int degree, bool intercept)
{
    Eigen::MatrixXd design(Eigen::Index(x.size()), degree + (intercept ? 1 : 0));
    for (size_t i = 0; i < x.size(); ++i)
        design.row(Eigen::Index(i)) = polynomialRow(x[i], degree, intercept).transpose();
    return design;
}

} // namespace chiso
