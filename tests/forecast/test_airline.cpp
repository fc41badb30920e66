// The airline model, seasonal ARIMA(0,1,1)(0,1,1)₁₂ by conditional least squares, against R's
// arima(method = "CSS") (tests/data/forecast/make_airline_reference.R), and its year-end use.
#include "forecast/Airline.h"
#include "forecast/FlowMethods.h"
#include "forecast/YearEndForecast.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <cmath>
#include <random>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

struct Reference {
    QString name;
    std::vector<double> z;
    double theta = 0;
    double seasonalTheta = 0;
    double sigma2 = 0;
    double sumOfSquares = 0;
    std::vector<double> forecast;
    bool logarithms() const { return name.startsWith(u"log"_s); }
    std::vector<double> values() const
    {
        std::vector<double> x;
        for (double v : z)
            x.push_back(logarithms() ? std::exp(v) : v);
        return x;
    }
};

std::vector<double> numbers(const QJsonValue &value)
{
    std::vector<double> result;
    for (const QJsonValue &v : value.toArray())
        result.push_back(v.toDouble());
    return result;
}

std::vector<Reference> references()
{
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/airline_reference.json"));
    std::vector<Reference> result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QJsonValue &c : QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray()) {
        const QJsonObject o = c.toObject();
        result.push_back({o.value(u"name"_s).toString(), numbers(o.value(u"z"_s)), o.value(u"theta"_s).toDouble(),
                          o.value(u"seasonal_theta"_s).toDouble(), o.value(u"sigma2"_s).toDouble(),
                          o.value(u"sum_of_squares"_s).toDouble(), numbers(o.value(u"forecast"_s))});
    }
    return result;
}

} // namespace

TEST(Airline, SumOfSquaresAtRsCoefficientsIsRs)
{
    const auto cases = references();
    ASSERT_EQ(cases.size(), 3u);
    for (const Reference &r : cases)
        EXPECT_NEAR(airlineSumOfSquares(r.z, r.theta, r.seasonalTheta), r.sumOfSquares, 1e-10 * r.sumOfSquares)
            << r.name.toStdString();
}

// R minimises the same sum with BFGS, we with Nelder–Mead: both reach the minimum of a smooth
// function of two parameters, so the estimates agree to the width of its flat bottom.
TEST(Airline, FitReachesRsConditionalLeastSquares)
{
    for (const Reference &r : references()) {
        const auto fit = fitAirline(r.values());
        ASSERT_TRUE(fit) << r.name.toStdString();
        EXPECT_EQ(fit->logarithms, r.logarithms()) << r.name.toStdString();
        EXPECT_NEAR(fit->theta, r.theta, 2e-3) << r.name.toStdString();
        EXPECT_NEAR(fit->seasonalTheta, r.seasonalTheta, 2e-3) << r.name.toStdString();
        EXPECT_LE(airlineSumOfSquares(fit->z, fit->theta, fit->seasonalTheta), r.sumOfSquares * (1 + 1e-7))
            << r.name.toStdString();
        EXPECT_NEAR(fit->sigma2, r.sigma2, 1e-4 * r.sigma2) << r.name.toStdString();
    }
}

// R forecasts from its Kalman filter's state, we from the conditional residuals (the first 13
// taken as 0). The start is forgotten as |Θ| to the power of the years: the two agree to 1 % a
// month on the first two cases (Θ ≈ −0.5); the third, its zero month pulling Θ to −0.89
// (0.89¹⁶ ≈ 0.15 of the start still felt), to 3.5 %.
TEST(Airline, NextYearFollowsRsForecast)
{
    for (const Reference &r : references()) {
        const auto fit = fitAirline(r.values());
        ASSERT_TRUE(fit);
        const std::vector<double> f = fit->forecast(12);
        ASSERT_EQ(f.size(), 12u);
        const double tolerance = std::abs(r.seasonalTheta) < 0.6 ? 0.01 : 0.035;
        for (std::size_t k = 0; k < 12; ++k) {
            const double expected = r.logarithms() ? std::exp(r.forecast[k]) : r.forecast[k];
            EXPECT_NEAR(f[k], expected, tolerance * std::abs(expected)) << r.name.toStdString() << " month " << k + 1;
        }
    }
}

// By hand, on the values' scale: the next two months' sum errs by (1 + ψ₁) e₁ + e₂ with
// ψ₁ = 1 + θ, so its variance is σ² ((2 + θ)² + 1).
TEST(Airline, TwoMonthsSumVarianceByHand)
{
    const Reference r = references().at(2); // on the values
    auto fit = fitAirline(r.values());
    ASSERT_TRUE(fit);
    ASSERT_FALSE(fit->logarithms);
    const double expected = std::sqrt(fit->sigma2 * ((2 + fit->theta) * (2 + fit->theta) + 1));
    EXPECT_NEAR(fit->sumStandardDeviation(2), expected, 1e-9 * expected);
    EXPECT_NEAR(fit->sumStandardDeviation(1), std::sqrt(fit->sigma2), 1e-12);
}

// The sum of the remaining months along simulated paths of the model spreads as computed.
TEST(Airline, SumStandardDeviationMatchesSimulatedPaths)
{
    const Reference r = references().at(0); // logarithms: to first order through e^z
    const auto fit = fitAirline(r.values());
    ASSERT_TRUE(fit);
    std::mt19937_64 engine(7);
    std::normal_distribution<double> innovation(0, std::sqrt(fit->sigma2));
    constexpr int paths = 20000;
    constexpr int h = 7;
    double sum = 0, sumSquares = 0;
    for (int i = 0; i < paths; ++i) {
        AirlineFit path = *fit;
        double total = 0;
        for (int k = 0; k < h; ++k) {
            const double next = std::log(path.forecast(1).front()) + innovation(engine);
            path.update(std::exp(next));
            total += std::exp(next);
        }
        sum += total;
        sumSquares += total * total;
    }
    const double simulated = std::sqrt(sumSquares / paths - (sum / paths) * (sum / paths));
    EXPECT_NEAR(fit->sumStandardDeviation(h), simulated, 0.03 * simulated); // 20,000 paths: ±1 %
}

TEST(Airline, NeedsThreeYears)
{
    const std::vector<double> x = references().at(0).values();
    EXPECT_FALSE(fitAirline({x.begin(), x.begin() + 35}));
    EXPECT_TRUE(fitAirline({x.begin(), x.begin() + 36}));
}

TEST(Airline, YearEndWithAnIntervalWhereEveryMonthIsKnown)
{
    // USAccDeaths 1973–1978 as year-to-date figures; the year-end of 1978 from May.
    const Reference r = references().at(1);
    std::map<int, std::map<int, double>> monthly;
    const std::vector<double> x = r.values();
    for (std::size_t i = 0; i < x.size(); ++i)
        monthly[1973 + int(i / 12)][int(i % 12) + 1] = x[i];
    const FlowHistory history = FlowHistory::fromMonthlyValues(monthly);
    const FlowForecast f = forecastFlowYearEnd(Indicator{}, history.knownAt(1978, 5), 1978, 5, std::nullopt);
    const MethodForecast *airline = f.method(FlowMethod::Airline);
    ASSERT_TRUE(airline && airline->point.available());
    const double actual = *history.total(1978);
    EXPECT_NEAR(airline->point.value, actual, 0.03 * actual);
    ASSERT_TRUE(airline->interval80 && airline->interval95);
    EXPECT_LT(airline->interval95->lower, airline->interval80->lower);
    EXPECT_GT(airline->interval95->upper, airline->interval80->upper);
    EXPECT_GE(airline->interval80->lower, *history.at(1978, 5)); // not below the year to date
    EXPECT_EQ(flowMethodCode(FlowMethod::Airline), u"airline"_s);
}

TEST(Airline, TwoYearsOfMonthsAreTooFew)
{
    std::map<int, std::map<int, double>> monthly;
    for (int year : {2022, 2023})
        for (int m = 1; m <= 12; ++m)
            monthly[year][m] = 100 + m;
    const MethodPoint p = forecastFlow(FlowMethod::Airline, FlowHistory::fromMonthlyValues(monthly).knownAt(2023, 6), 2023, 6);
    EXPECT_EQ(p.missing, MissingData::TooFewYearsForAirline);
}

// A month revised below zero this year has no logarithm: the model is fitted on the values, and
// the year still gets a forecast (USAccDeaths, May 1978 revised to −500).
TEST(Airline, ANegativeMonthThisYearFitsTheValues)
{
    const std::vector<double> x = references().at(1).values();
    std::map<int, std::map<int, double>> monthly;
    for (std::size_t i = 0; i < x.size(); ++i)
        monthly[1973 + int(i / 12)][int(i % 12) + 1] = x[i];
    monthly[1978][5] = -500;
    const FlowHistory history = FlowHistory::fromMonthlyValues(monthly);
    const MethodPoint p = forecastFlow(FlowMethod::Airline, history.knownAt(1978, 6), 1978, 6);
    ASSERT_TRUE(p.available());
    ASSERT_TRUE(p.distribution);
    EXPECT_GT(p.distribution->sd, 0);
    // The rest of the year is forecast as it turned out, within the model's spread.
    EXPECT_NEAR(p.value, *history.total(1978), 3 * p.distribution->sd);
    const auto onValues = fitAirline(std::vector<double>(x.begin(), x.begin() + 60), false);
    ASSERT_TRUE(onValues);
    EXPECT_FALSE(onValues->logarithms);
}

// A break: from July of last year every month half as large again (as when a ministry's scope
// grows). The airline model alone carries last year's jump into this year's July (its seasonal
// difference: 187,775 against 158,436); the preferred forecast, weighing it with the others by
// their past errors, is not pulled off course.
TEST(Airline, ABreakLastYearDoesNotPullThePreferredForecastOffCourse)
{
    std::vector<double> x = references().at(1).values(); // USAccDeaths 1973–1978
    for (std::size_t i = 4 * 12 + 6; i < x.size(); ++i)
        x[i] *= 1.5;
    std::map<int, std::map<int, double>> monthly;
    for (std::size_t i = 0; i < x.size(); ++i)
        monthly[1973 + int(i / 12)][int(i % 12) + 1] = x[i];
    const FlowHistory history = FlowHistory::fromMonthlyValues(monthly);
    const FlowForecast f = forecastFlowYearEnd(Indicator{}, history.knownAt(1978, 6), 1978, 6, std::nullopt);
    ASSERT_TRUE(f.method(FlowMethod::Airline)->point.available());
    ASSERT_TRUE(f.preferredForecast());
    const double actual = *history.total(1978);
    EXPECT_NEAR(f.preferredForecast()->point.value, actual, 0.03 * actual);
}
