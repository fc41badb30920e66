// Forecast speed (issue 3): every indicator, every method, with backtests, on the bundled
// dataset and on a generated one of 64 regions × 50 flow indicators × 10 years of monthly cut-offs.
#include "analytics/Snapshot.h"
#include "forecast/ForecastReport.h"
#include "io/BundledDataset.h"
#include "store/Store.h"

#include <QCoreApplication>
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
