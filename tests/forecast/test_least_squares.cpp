// Least squares and Student's t against R 4.2's lm(), predict() and qt()/pt() on fixed data
// (tests/data/forecast/make_lm_reference.R wrote lm_reference.json).
#include "forecast/LeastSquares.h"
#include "forecast/StudentT.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

QJsonObject reference()
{
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/lm_reference.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toDouble());
    return out;
}

/// Agreement to 1e-9, relative to the size of the number (absolute below 1).
void expectClose(double actual, double expected, const std::string &what)
{
    EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::abs(expected))) << what;
}

} // namespace

TEST(LeastSquares, MatchesRLmOnEveryReferenceCase)
{
    const QJsonArray cases = reference()[u"cases"_s].toArray();
    ASSERT_GE(cases.size(), 9);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const std::string name = c[u"name"_s].toString().toStdString();
        const QString formula = c[u"formula"_s].toString();
        const bool intercept = !formula.contains(u"0 +"_s);
        const int degree = formula.contains(u"x^2"_s) ? 2 : 1;
        const std::vector<double> x = numbers(c[u"x"_s]);
        const std::vector<double> y = numbers(c[u"y"_s]);
        const auto fit = fitLeastSquares(polynomialDesign(x, degree, intercept),
                                         Eigen::Map<const Eigen::VectorXd>(y.data(), Eigen::Index(y.size())), intercept);
        ASSERT_TRUE(fit) << name;
        const std::vector<double> coefficients = numbers(c[u"coefficients"_s]);
        const std::vector<double> errors = numbers(c[u"std_errors"_s]);
        ASSERT_EQ(fit->coefficients.size(), Eigen::Index(coefficients.size())) << name;
        for (size_t i = 0; i < coefficients.size(); ++i) {
            expectClose(fit->coefficients(Eigen::Index(i)), coefficients[i], name + " coefficient");
            expectClose(fit->standardErrors(Eigen::Index(i)), errors[i], name + " std error");
        }
        expectClose(fit->sigma, c[u"sigma"_s].toDouble(), name + " sigma");
        EXPECT_EQ(fit->dfResidual, c[u"df_residual"_s].toInt()) << name;
        expectClose(fit->rSquared, c[u"r_squared"_s].toDouble(), name + " R2");

        const std::vector<double> newX = numbers(c[u"new_x"_s]);
        for (size_t i = 0; i < newX.size(); ++i) {
            const auto p = fit->predict(polynomialRow(newX[i], degree, intercept));
            expectClose(p.fit, numbers(c[u"fit"_s])[i], name + " fit");
            expectClose(p.seFit, numbers(c[u"se_fit"_s])[i], name + " se.fit");
            const Interval pi80 = p.predictionInterval(0.80);
            const Interval pi95 = p.predictionInterval(0.95);
            const Interval ci95 = p.confidenceInterval(0.95);
            expectClose(pi80.lower, numbers(c[u"pi80_lower"_s])[i], name + " pi80 lower");
            expectClose(pi80.upper, numbers(c[u"pi80_upper"_s])[i], name + " pi80 upper");
            expectClose(pi95.lower, numbers(c[u"pi95_lower"_s])[i], name + " pi95 lower");
            expectClose(pi95.upper, numbers(c[u"pi95_upper"_s])[i], name + " pi95 upper");
            expectClose(ci95.lower, numbers(c[u"ci95_lower"_s])[i], name + " ci95 lower");
            expectClose(ci95.upper, numbers(c[u"ci95_upper"_s])[i], name + " ci95 upper");
        }
    }
}

TEST(LeastSquares, RefusesFitsWithoutResidualDegreesOfFreedom)
{
    const std::vector<double> x = {1, 2};
    const Eigen::VectorXd y = Eigen::Vector2d(3, 5);
    EXPECT_FALSE(fitLeastSquares(polynomialDesign(x, 1, true), y, true)); // n = p
    const std::vector<double> same = {2, 2, 2};
    EXPECT_FALSE(fitLeastSquares(polynomialDesign(same, 1, true), Eigen::Vector3d(1, 2, 3), true)); // rank 1
}

TEST(StudentT, QuantilesAndCdfMatchR)
{
    const QJsonObject ref = reference();
    const QJsonArray quantiles = ref[u"t_quantiles"_s].toArray();
    ASSERT_GE(quantiles.size(), 180);
    for (const QJsonValue &v : quantiles) {
        const QJsonObject q = v.toObject();
        expectClose(studentTQuantile(q[u"p"_s].toDouble(), q[u"df"_s].toDouble()), q[u"q"_s].toDouble(), "qt");
    }
    const QJsonArray cdf = ref[u"t_cdf"_s].toArray();
    ASSERT_GE(cdf.size(), 49);
    for (const QJsonValue &v : cdf) {
        const QJsonObject c = v.toObject();
        expectClose(studentTCdf(c[u"t"_s].toDouble(), c[u"df"_s].toDouble()), c[u"p"_s].toDouble(), "pt");
    }
}
