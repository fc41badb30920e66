// The theta method on monthly values against R's forecast::thetaf (forecast 8.20, on the cases
// of tests/data/forecast/make_theta_reference.R), and its year-end use and edge cases.
#include "forecast/FlowMethods.h"
#include "forecast/MonthlySeries.h"
#include "forecast/Theta.h"
#include "forecast/YearEndForecast.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <cmath>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

std::vector<double> loadUpTo(const QString &name, int endYear, int endMonth)
{
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/monthly_") + name + u".csv"_s);
    std::vector<double> values;
    if (!file.open(QIODevice::ReadOnly))
        return values;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() == 3 && (f[0].toInt() < endYear || (f[0].toInt() == endYear && f[1].toInt() <= endMonth)))
            values.push_back(f[2].toDouble());
    }
    return values;
}

FlowHistory historyOf(const std::map<int, std::map<int, double>> &monthly)
{
    return FlowHistory::fromMonthlyValues(monthly);
}

} // namespace

TEST(Theta, AgreesWithRsThetaf)
{
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/theta_reference.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()[u"cases"_s].toArray();
    ASSERT_EQ(cases.size(), 4);
    for (const QJsonValue &c : cases) {
        const QString name = c[u"series"_s].toString();
        SCOPED_TRACE(name.toStdString());
        const std::vector<double> x = loadUpTo(name, c[u"year"_s].toInt(), c[u"month"_s].toInt());
        ASSERT_EQ(int(x.size()), c[u"n"_s].toInt());
        const auto fit = fitTheta(x);
        ASSERT_TRUE(fit);
        const int h = c[u"h"_s].toInt();
        const std::vector<double> mean = fit->forecast(h);
        // R minimises the same squared errors with Nelder–Mead over (α, ℓ₀) and stops at its
        // tolerance; we profile ℓ₀ out exactly and search α alone, so we reach the optimum at
        // least as closely: α and σ² agree to 1e-4 relative, the forecasts to 1e-5.
        const double alpha = c[u"alpha"_s][0].toDouble();
        EXPECT_NEAR(fit->alpha, alpha, 1e-4 * std::max(alpha, 0.01));
        EXPECT_NEAR(fit->sigma2, c[u"sigma2"_s][0].toDouble(), 1e-4 * c[u"sigma2"_s][0].toDouble());
        EXPECT_NEAR(fit->drift, c[u"drift"_s][0].toDouble(), 1e-6 * std::abs(c[u"drift"_s][0].toDouble()) + 1e-9);
        for (int k = 0; k < h; ++k)
            EXPECT_NEAR(mean[std::size_t(k)], c[u"mean"_s][k].toDouble(), 1e-5 * std::abs(c[u"mean"_s][k].toDouble())) << k;
        if (!fit->seasonal) {
            // Without seasonality our first month's spread is R's: mean − z₀.₉·σ.
            const double se = std::sqrt(fit->sumVariance(1));
            EXPECT_NEAR(mean[0] - 1.2815515655446004 * se, c[u"lower80"_s][0].toDouble(), 1e-4 * mean[0]);
        }
    }
}

TEST(Theta, TheYearEndSumsTheMonthsErrorsAsTheModelLinksThem)
{
    // A non-seasonal fit: the sum of the next h months errs by Σⱼ εⱼ (1 + α(h − j)), so its
    // variance is σ² Σⱼ (1 + α(h − j))² — for h = 3: σ² ((1 + 2α)² + (1 + α)² + 1).
    const auto fit = fitTheta(loadUpTo(u"UKDriverDeaths"_s, 1970, 6));
    ASSERT_TRUE(fit && !fit->seasonal);
    const double a = fit->alpha;
    EXPECT_NEAR(fit->sumVariance(3), fit->sigma2 * ((1 + 2 * a) * (1 + 2 * a) + (1 + a) * (1 + a) + 1), 1e-9 * fit->sumVariance(3));
    // Wider than the months' own variances added up (which would treat them as independent).
    EXPECT_GT(fit->sumVariance(3), fit->sigma2 * (3 + (1 + 2) * a * a));
}

TEST(Theta, TheYearEndForecastWithItsInterval)
{
    // AirPassengers to May 1957: the theta method fitted on 1949–1956, its level moved over
    // Jan–May 1957; the year is Jan–May plus its seven forecasts.
    std::map<int, std::map<int, double>> monthly;
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/monthly_AirPassengers.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    file.readLine();
    double janToMay = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        monthly[f[0].toInt()][f[1].toInt()] = f[2].toDouble();
        if (f[0].toInt() == 1957 && f[1].toInt() <= 5)
            janToMay += f[2].toDouble();
    }
    const FlowHistory history = historyOf(monthly);
    const MethodPoint p = forecastFlow(FlowMethod::Theta, history.knownAt(1957, 5), 1957, 5);
    ASSERT_TRUE(p.available() && p.distribution);
    auto fit = fitTheta(loadUpTo(u"AirPassengers"_s, 1956, 12));
    ASSERT_TRUE(fit);
    const std::vector<double> upToMay = loadUpTo(u"AirPassengers"_s, 1957, 5);
    for (auto month = upToMay.begin() + 8 * 12; month != upToMay.end(); ++month)
        fit->update(*month);
    double rest = 0;
    for (double f : fit->forecast(7))
        rest += f;
    EXPECT_NEAR(p.value, janToMay + rest, 1e-9 * p.value);
    // R's thetaf fitted again at May: 398.851 + 439.323 + 435.503 + 387.436 + 337.708 + 294.295
    // + 335.046 = 2628.162. Five more months move the yearly fit's forecast by under 1 %.
    EXPECT_NEAR(rest, 2628.1621144876, 0.01 * 2628.16);
    Indicator indicator;
    const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(1957, 5), 1957, 5, 4000.0);
    const MethodForecast *theta = f.method(FlowMethod::Theta);
    ASSERT_TRUE(theta && theta->interval80 && theta->interval95);
    EXPECT_EQ(theta->intervalBasis, IntervalBasis::Model);
    EXPECT_LT(theta->interval95->lower, theta->interval80->lower);
    EXPECT_NEAR((theta->interval80->lower + theta->interval80->upper) / 2, p.value, 1e-6);
    // The interval: the point ± z₀.₉ √(the sum's variance), from the same fit.
    const double half = 1.2815515655446004 * std::sqrt(fit->sumVariance(7));
    EXPECT_NEAR(theta->interval80->lower, p.value - half, 1e-6);
    EXPECT_NEAR(theta->interval80->upper, p.value + half, 1e-6);
    ASSERT_TRUE(theta->probabilityMeetingPlan);
    EXPECT_GT(*theta->probabilityMeetingPlan, 0.99); // 4,000 lies far below
}

TEST(Theta, EdgeCases)
{
    // A year and a month of a flat series with a zero month: no seasonality to find, a flat
    // forecast of the level, every month counted.
    std::map<int, std::map<int, double>> monthly;
    for (int m = 1; m <= 12; ++m)
        monthly[2020][m] = m == 7 ? 0 : 10;
    monthly[2021][1] = 10;
    monthly[2021][2] = 10;
    MethodPoint p = forecastFlow(FlowMethod::Theta, historyOf(monthly), 2021, 2);
    ASSERT_TRUE(p.available()) << "shorter than two years";
    // Within a tenth of 2021's 20 and ten more months at last year's pace of 110 / 12.
    const double pace = 20 + 10 * 110.0 / 12;
    EXPECT_GT(p.value, 0.9 * pace);
    EXPECT_LT(p.value, 1.1 * pace);

    // A negative month (a revision) in a seasonal series: the additive decomposition, as a
    // ratio cannot divide by it, and a finite forecast.
    monthly.clear();
    for (int y = 2015; y <= 2020; ++y)
        for (int m = 1; m <= 12; ++m)
            monthly[y][m] = 100 + 50 * std::sin(m * 0.5236) + 2 * (y - 2015);
    monthly[2019][3] = -20;
    monthly[2020].erase(9), monthly[2020].erase(10), monthly[2020].erase(11), monthly[2020].erase(12);
    const FlowHistory revised = historyOf(monthly);
    const auto x = monthlyValues(revised, 2020, 8);
    ASSERT_TRUE(x);
    EXPECT_EQ(x->size(), 5u * 12 + 8);
    EXPECT_DOUBLE_EQ((*x)[4 * 12 + 2], -20);
    const auto fit = fitTheta(*x);
    ASSERT_TRUE(fit);
    EXPECT_TRUE(fit->seasonal);
    EXPECT_FALSE(fit->multiplicative);
    p = forecastFlow(FlowMethod::Theta, revised, 2020, 8);
    ASSERT_TRUE(p.available());
    EXPECT_TRUE(std::isfinite(p.value));

    // Cut-off 12: the year is known, whatever the method.
    monthly[2020][9] = monthly[2020][10] = monthly[2020][11] = monthly[2020][12] = 100;
    const FlowHistory whole = historyOf(monthly);
    p = forecastFlow(FlowMethod::Theta, whole, 2020, 12);
    EXPECT_DOUBLE_EQ(p.value, *whole.total(2020));

    // A missing month: not a monthly series.
    FlowHistory gap = historyOf(monthly);
    FlowHistory holed;
    for (const auto &[year, months] : gap.years())
        for (const auto &[month, value] : months)
            if (!(year == 2019 && month == 12))
                holed.set(year, month, value);
    EXPECT_EQ(forecastFlow(FlowMethod::Theta, holed, 2020, 8).missing, MissingData::NotEveryMonth);
    // This year's months must all be there too.
    FlowHistory partial = whole.knownAt(2020, 8);
    FlowHistory sparse;
    for (const auto &[year, months] : partial.years())
        for (const auto &[month, value] : months)
            if (!(year == 2020 && month == 5))
                sparse.set(year, month, value);
    EXPECT_EQ(forecastFlow(FlowMethod::Theta, sparse, 2020, 8).missing, MissingData::NotEveryMonth);
}
