// Forecast speed (issue 3): every indicator, every method, with backtests, on the bundled
// dataset and on a generated one of 64 regions × 50 flow indicators × 10 years of monthly cut-offs.
#include "analytics/Snapshot.h"
#include "forecast/Ets.h"
#include "forecast/ForecastReport.h"
#include "forecast/YearEndForecast.h"
#include "io/BundledDataset.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cmath>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

void BM_ForecastBundled(benchmark::State &state)
{
    QTemporaryDir dir;
    auto store = createDatabase(dir.filePath(u"bundled.sqlite"_s));
    for (auto _ : state) {
        // Reading the figures is part of what the user waits for: VN's, up to the cut-off's year.
        const Snapshot snapshot(store->figures(u"VN"_s, std::pair{Store::FirstYear, 2024}), YearMonth{2024, 6});
        const ForecastReport report = buildForecastReport(snapshot, store->indicators(), {2024, 6});
        benchmark::DoNotOptimize(report.flows.size());
    }
}
BENCHMARK(BM_ForecastBundled)->Unit(benchmark::kMillisecond);

void BM_ForecastGenerated(benchmark::State &state)
{
    // 3,200 series with a seasonal, growing monthly flow; year-to-date cut-offs for all 12 months.
    std::vector<FlowHistory> series;
    for (int s = 0; s < 64 * 50; ++s) {
        std::map<int, std::map<int, double>> monthly;
        for (int year = 2015; year < 2025; ++year) {
            for (int month = 1; month <= 12; ++month)
                monthly[year][month] = 100.0 + s % 17 + 3.0 * (year - 2015) + 10.0 * std::sin(month + s);
        }
        series.push_back(FlowHistory::fromMonthlyValues(monthly));
    }
    Indicator indicator;
    for (auto _ : state) {
        for (const FlowHistory &history : series) {
            const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(2024, 6), 2024, 6, 1500.0);
            benchmark::DoNotOptimize(f.preferred);
        }
    }
    state.counters["series"] = double(series.size());
}
BENCHMARK(BM_ForecastGenerated)->Unit(benchmark::kMillisecond)->Iterations(1);

/// A public monthly series of tests/data/forecast, as year-to-date figures.
FlowHistory publicSeries(const QString &name)
{
    QFile file(QStringLiteral(CHISO_TEST_DATA "/forecast/monthly_") + name + u".csv"_s);
    std::map<int, std::map<int, double>> monthly;
    if (file.open(QIODevice::ReadOnly)) {
        file.readLine();
        while (!file.atEnd()) {
            const QList<QByteArray> f = file.readLine().trimmed().split(',');
            if (f.size() == 3)
                monthly[f[0].toInt()][f[1].toInt()] = f[2].toDouble();
        }
    }
    return FlowHistory::fromMonthlyValues(monthly);
}

const QStringList &publicSeriesNames()
{
    static const QStringList names = {u"AirPassengers"_s, u"USAccDeaths"_s, u"UKDriverDeaths"_s, u"nottem"_s,
                                      u"SeatbeltsFront"_s, u"SeatbeltsRear"_s, u"gas"_s, u"wineind"_s};
    return names;
}

// One ETS choice (15 forms by maximum likelihood from R's starting values) on ten years.
void BM_EtsSelection(benchmark::State &state)
{
    std::vector<double> values;
    const FlowHistory nottem = publicSeries(u"nottem"_s);
    for (const auto &[year, months] : nottem.years()) {
        double before = 0;
        for (const auto &[month, ytd] : months) {
            values.push_back(ytd - before);
            before = ytd;
        }
    }
    values.resize(120);
    for (auto _ : state)
        benchmark::DoNotOptimize(fitEts(values));
}
BENCHMARK(BM_EtsSelection)->Unit(benchmark::kMillisecond);

// A series' year-end forecast at June of its last year with every method and its backtest over
// every earlier year, the ETS fits forgotten first: a yearly ETS choice for each year (each
// started from the year before's), as `chiso forecast` meets a series for the first time.
void BM_ForecastPublicSeriesWithEts(benchmark::State &state)
{
    const FlowHistory history = publicSeries(publicSeriesNames()[int(state.range(0))]);
    const int year = history.years().rbegin()->first;
    const FlowHistory known = history.knownAt(year, 6);
    Indicator indicator;
    for (auto _ : state) {
        forgetMonthlyFits();
        const FlowForecast f = forecastFlowYearEnd(indicator, known, year, 6, std::nullopt);
        benchmark::DoNotOptimize(f.preferred);
    }
    state.SetLabel(publicSeriesNames()[int(state.range(0))].toStdString() + ", "
                   + std::to_string(history.years().size()) + " years");
}
BENCHMARK(BM_ForecastPublicSeriesWithEts)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
