// Accuracy on public monthly series (R's datasets, exported by
// tests/data/forecast/export_monthly_series.R): for every year and cut-off m = 1..11, the
// year's total forecast from its year-to-date, each method seeing only what was known then.
#include "forecast/YearEndForecast.h"

#include <QFile>
#include <QStringList>
#include <gtest/gtest.h>
#include <iomanip>
#include <iostream>
#include <map>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

FlowHistory loadMonthly(const QString &name)
{
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/monthly_") + name + u".csv"_s);
    std::map<int, std::map<int, double>> monthly;
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.readLine(); // header
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() == 3)
            monthly[fields[0].toInt()][fields[1].toInt()] = fields[2].toDouble();
    }
    return FlowHistory::fromMonthlyValues(monthly);
}

struct Accuracy {
    std::map<QString, std::pair<double, int>> byMethod;                     // summed APE and count
    std::map<std::pair<QString, int>, std::pair<double, int>> byMethodMonth; // the same per cut-off
    void add(const QString &method, double forecast, double actual, int month)
    {
        const double ape = std::abs(forecast - actual) / actual;
        auto &[sum, n] = byMethod[method];
        sum += ape;
        ++n;
        auto &[monthSum, monthN] = byMethodMonth[{method, month}];
        monthSum += ape;
        ++monthN;
    }
    std::map<QString, std::pair<int, int>> covered80; // inside the 80 % interval, and with one
    std::map<QString, std::pair<int, int>> covered95;
    void cover(const QString &method, const MethodForecast &m, double actual)
    {
        if (m.interval80) {
            auto &[inside, n] = covered80[method];
            inside += m.interval80->lower <= actual && actual <= m.interval80->upper;
            ++n;
        }
        if (m.interval95) {
            auto &[inside, n] = covered95[method];
            inside += m.interval95->lower <= actual && actual <= m.interval95->upper;
            ++n;
        }
    }
    double mape(const QString &method) const
    {
        const auto it = byMethod.find(method);
        return it == byMethod.end() ? -1 : it->second.first / it->second.second;
    }
};

/// Every year after the first; those with three earlier years also into `threeYears` (the
/// cases issue 20 names) and `seriesThreeYears` (this series' alone).
Accuracy evaluate(const FlowHistory &history, Accuracy &threeYears, Accuracy &seriesThreeYears)
{
    Accuracy accuracy;
    Indicator indicator;
    const int firstYear = history.years().begin()->first;
    for (const auto &[year, months] : history.years()) {
        if (year == firstYear)
            continue; // no past year to learn from
        const double actual = *history.total(year);
        for (int month = 1; month <= 11; ++month) {
            const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(year, month), year, month, std::nullopt);
            EXPECT_TRUE(f.preferredForecast());
            if (!f.preferredForecast())
                continue;
            for (Accuracy *a : {&accuracy, &threeYears, &seriesThreeYears}) {
                if (a != &accuracy && year < firstYear + 3)
                    continue;
                a->add(u"preferred"_s, f.preferredForecast()->point.value, actual, month);
                a->cover(u"preferred"_s, *f.preferredForecast(), actual);
                for (const MethodForecast &m : f.methods) {
                    if (!m.point.available())
                        continue;
                    a->add(flowMethodCode(m.point.method), m.point.value, actual, month);
                    a->cover(flowMethodCode(m.point.method), m, actual);
                }
            }
        }
    }
    return accuracy;
}

} // namespace

TEST(PublicSeries, PreferredMethodBeatsTheRunRateOnAverage)
{
    double preferredSum = 0;
    double runRateSum = 0;
    Accuracy all; // every case of every series
    Accuracy threeYears; // those with three earlier years
    const QStringList datasets = {u"AirPassengers"_s, u"USAccDeaths"_s, u"UKDriverDeaths"_s, u"nottem"_s, u"SeatbeltsFront"_s, u"SeatbeltsRear"_s, u"gas"_s, u"wineind"_s};
    for (const QString &name : datasets) {
        const FlowHistory history = loadMonthly(name);
        ASSERT_GE(history.years().size(), 6u) << name.toStdString();
        Accuracy seriesThreeYears;
        const Accuracy accuracy = evaluate(history, threeYears, seriesThreeYears);
        std::cout << name.toStdString() << " MAPE %:";
        for (const auto &[method, sums] : accuracy.byMethod)
            std::cout << ' ' << method.toStdString() << '=' << 100.0 * sums.first / sums.second << " (n=" << sums.second << ')';
        std::cout << '\n' << name.toStdString() << " with three earlier years, MAPE %:";
        for (const auto &[method, sums] : seriesThreeYears.byMethod)
            std::cout << ' ' << method.toStdString() << '=' << std::setprecision(3) << 100.0 * sums.first / sums.second
                      << std::setprecision(6) << " (n=" << sums.second << ')';
        std::cout << '\n' << name.toStdString() << " inside 80 % interval:";
        for (const auto &[method, counts] : accuracy.covered80)
            std::cout << ' ' << method.toStdString() << '=' << 100.0 * counts.first / counts.second << " (n=" << counts.second << ')';
        std::cout << '\n' << name.toStdString() << " inside 95 % interval:";
        for (const auto &[method, counts] : accuracy.covered95)
            std::cout << ' ' << method.toStdString() << '=' << 100.0 * counts.first / counts.second << " (n=" << counts.second << ')';
        std::cout << '\n';
        for (const auto &[method, sums] : accuracy.byMethod) {
            std::cout << "  " << method.toStdString() << " by cut-off:";
            for (int month = 1; month <= 11; ++month) {
                const auto it = accuracy.byMethodMonth.find({method, month});
                if (it != accuracy.byMethodMonth.end())
                    std::cout << ' ' << month << "M=" << std::fixed << std::setprecision(1)
                              << 100.0 * it->second.first / it->second.second;
            }
            std::cout << std::defaultfloat << std::setprecision(6) << '\n';
        }
        for (const auto &[method, sums] : accuracy.byMethod) {
            all.byMethod[method].first += sums.first;
            all.byMethod[method].second += sums.second;
        }
        for (auto [from, to] : {std::pair{&accuracy.covered80, &all.covered80}, std::pair{&accuracy.covered95, &all.covered95}}) {
            for (const auto &[method, counts] : *from) {
                (*to)[method].first += counts.first;
                (*to)[method].second += counts.second;
            }
        }
        EXPECT_LT(accuracy.mape(u"preferred"_s), accuracy.mape(u"run_rate"_s)) << name.toStdString();
        preferredSum += accuracy.mape(u"preferred"_s);
        runRateSum += accuracy.mape(u"run_rate"_s);
    }
    for (const auto &[title, total] : {std::pair{"all", &all}, std::pair{"with three earlier years", &threeYears}}) {
    std::cout << title << ": MAPE % / inside 80 % / inside 95 % (cases)\n";
    for (const auto &[method, sums] : total->byMethod) {
        std::cout << "  " << std::left << std::setw(18) << method.toStdString() << std::right << std::fixed
                  << std::setprecision(2) << 100.0 * sums.first / sums.second;
        for (const auto *covered : {&total->covered80, &total->covered95}) {
            const auto it = covered->find(method);
            if (it != covered->end())
                std::cout << "  " << std::setprecision(1) << 100.0 * it->second.first / it->second.second;
        }
        std::cout << "  (" << sums.second << ")\n" << std::defaultfloat << std::setprecision(6);
    }
    }
    EXPECT_LT(preferredSum / datasets.size(), runRateSum / datasets.size());
    // Issue 20's targets on its cases: at or below the best of R on the same: the mean of its
    // ets, auto.arima and thetaf, 2.12 % (each alone 2.27, 2.24 and 2.40 %:
    // bench/r/compare_public_series.R, README), and intervals that hold what they say.
    EXPECT_LE(threeYears.mape(u"preferred"_s), 0.0212);
    const auto [inside80, cases80] = threeYears.covered80.at(u"preferred"_s);
    const auto [inside95, cases95] = threeYears.covered95.at(u"preferred"_s);
    EXPECT_EQ(cases80, threeYears.byMethod.at(u"preferred"_s).second); // every forecast has its interval
    EXPECT_GE(double(inside80) / cases80, 0.78);
    EXPECT_LE(double(inside80) / cases80, 0.82);
    EXPECT_GE(double(inside95) / cases95, 0.93);
    EXPECT_LE(double(inside95) / cases95, 0.97);
}
// The fits kept between calls (ETS's yearly chain, theta's and the airline model's) must not
// leak one question into the next: a long series asked at several as-of months, in an order
// that leaves other years' fits behind, answers as it does with nothing kept.
TEST(PublicSeries, TheSameFiguresGiveTheSameForecastWhateverWasAskedBefore)
{
    const FlowHistory history = loadMonthly(u"gas"_s);
    const int last = history.years().rbegin()->first;
    Indicator indicator;
    std::vector<std::pair<int, int>> asked;
    for (int year : {last, last - 7, last - 1, last - 20})
        for (int month : {2, 6, 11})
            asked.emplace_back(year, month);
    std::vector<FlowForecast> inTurn;
    for (const auto &[year, month] : asked)
        inTurn.push_back(forecastFlowYearEnd(indicator, history.knownAt(year, month), year, month, std::nullopt));
    for (std::size_t i = 0; i < asked.size(); ++i) {
        const auto &[year, month] = asked[i];
        forgetMonthlyFits();
        const FlowForecast alone = forecastFlowYearEnd(indicator, history.knownAt(year, month), year, month, std::nullopt);
        ASSERT_EQ(alone.methods.size(), inTurn[i].methods.size());
        for (qsizetype m = 0; m < alone.methods.size(); ++m) {
            SCOPED_TRACE(qPrintable(flowMethodCode(alone.methods[m].point.method) + u" %1-%2"_s.arg(year).arg(month)));
            EXPECT_EQ(alone.methods[m].point.available(), inTurn[i].methods[m].point.available());
            if (!alone.methods[m].point.available())
                continue;
            EXPECT_EQ(alone.methods[m].point.value, inTurn[i].methods[m].point.value);
            EXPECT_EQ(alone.methods[m].interval80.has_value(), inTurn[i].methods[m].interval80.has_value());
            if (alone.methods[m].interval80 && inTurn[i].methods[m].interval80) {
                EXPECT_EQ(alone.methods[m].interval80->lower, inTurn[i].methods[m].interval80->lower);
                EXPECT_EQ(alone.methods[m].interval80->upper, inTurn[i].methods[m].interval80->upper);
            }
        }
    }
}
