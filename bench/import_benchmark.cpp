// Import speed on a generated CSV of 1,000,000 observations (issue 2): rows/s and peak memory.
// Compare with sqlite3's own .import of the same file: bench/compare_sqlite_import.sh.
//
//   bench_import generate FILE [ROWS]   writes the CSV
//   bench_import [benchmark flags]      generates it in a temporary folder, then measures
#include "io/BundledDataset.h"
#include "io/FigureImporter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 defaultRows = 1'000'000;
QString g_csvPath;

/// Unique figures: 15 indicators × 64 regions × 12 months × as many years as needed.
bool generate(const QString &path, qint64 rows)
{
    static const char *codes[] = {"revenue", "profit", "state_budget", "gdp_contribution", "workforce",
                                  "fibre_households_pct", "internet_users_pct", "fixed_broadband_per100",
                                  "mobile_broadband_per100", "smartphone_users_pct", "online_public_services_pct",
                                  "online_public_services_fullprocess_of_eligible_pct", "online_public_services_use_pct",
                                  "revenue_single_month", "state_budget_single_month"};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n");
    QByteArray line;
    qint64 written = 0;
    for (int year = 1900; year <= 2100 && written < rows; ++year) {
        for (int region = 0; region < 64 && written < rows; ++region) {
            for (int code = 0; code < 15 && written < rows; ++code) {
                for (int month = 1; month <= 12 && written < rows; ++month, ++written) {
                    const double value = (written * 7919 % 100000) / 1000.0; // 0..99.999: valid for shares too
                    line = "value,";
                    line += codes[code];
                    line += ",P" + QByteArray::number(region) + ',' + QByteArray::number(year) + ','
                            + QByteArray::number(month) + ',' + QByteArray::number(value, 'f', 3)
                            + ",estimate,https://example.vn/report-" + QByteArray::number(year) + ",Báo cáo "
                            + QByteArray::number(year) + ",," + "\"ước đạt, theo báo cáo\",\n";
                    file.write(line);
                }
            }
        }
    }
    return true;
}

long peakResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void BM_ImportCsv(benchmark::State &state)
{
    qint64 rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = createDatabase(dir.filePath(u"bench.sqlite"_s), /*empty=*/true);
        FigureImporter importer(*store);
        state.ResumeTiming();
        const ImportReport report = importer.importFile(g_csvPath);
        if (!report.committed()) {
            state.SkipWithError(report.issues.value(0).toString().toStdString().c_str());
            return;
        }
        rows = report.added;
    }
    state.counters["rows"] = double(rows);
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["peak_rss_MiB"] = double(peakResidentKiB()) / 1024.0;
}
BENCHMARK(BM_ImportCsv)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 3 && QByteArrayView(argv[1]) == "generate")
        return generate(QString::fromLocal8Bit(argv[2]), argc >= 4 ? QByteArray(argv[3]).toLongLong() : defaultRows) ? 0 : 1;

    QTemporaryDir dir;
    g_csvPath = dir.filePath(u"observations.csv"_s);
    if (!generate(g_csvPath, defaultRows))
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
