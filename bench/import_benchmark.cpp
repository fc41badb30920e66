// Import speed on a generated CSV of 1,000,000 observations (issue 2): rows/s and peak memory.
// Compare with sqlite3's own .import of the same file: bench/compare_sqlite_import.sh.
//
//   bench_import generate FILE [ROWS]   writes the CSV
//   bench_import regions FILE [ROWS]    writes other regions' figures, ROWS values and more (bench/scale.sh)
//   bench_import [benchmark flags]      generates it in a temporary folder, then measures
#include "io/BundledDataset.h"
#include "io/FigureImporter.h"
#include "io/UnitImporter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cmath>
#include <sys/resource.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 defaultRows = 1'000'000;
QString g_csvPath;

/// The units a generated file's regions are (a figure's region must be a unit): PATH.units.csv,
/// for `chiso units import` before the figures.
bool writeUnits(const QString &path, const QList<QByteArray> &codes)
{
    QFile file(path + u".units.csv"_s);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("code,name_vi,name_en,kind\n");
    for (const QByteArray &code : codes)
        file.write(code + ",Đơn vị " + code + ",Unit " + code + ",other\n");
    return true;
}

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
    QList<QByteArray> units;
    for (int region = 0; region < 64; ++region)
        units.append("P" + QByteArray::number(region));
    if (!writeUnits(path, units))
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

/// Other regions' figures, as a ministry's shared database holds them (issue 16): as many
/// regions as `rows` values need, each with 11 indicators × 30 years (1995–2024) × 12 months
/// of values (year-to-date flows with a season, levels on an S-curve), a second, reported
/// source for June and December of the flows, a plan a year and a stated growth for June
/// and December. None is VN's. Deterministic: the same file every time.
bool generateRegions(const QString &path, qint64 rows)
{
    static const char *flows[] = {"revenue", "profit", "state_budget", "gdp_contribution"};
    static const char *levels[] = {"workforce", "fibre_households_pct", "internet_users_pct", "fixed_broadband_per100",
                                   "mobile_broadband_per100", "smartphone_users_pct", "online_public_services_pct"};
    constexpr int firstYear = 1995;
    constexpr int years = 30;
    constexpr int valuesPerRegion = 11 * years * 12;
    const int regions = int((rows + valuesPerRegion - 1) / valuesPerRegion);
    QList<QByteArray> units;
    for (int r = 0; r < regions; ++r)
        units.append("P" + QByteArray::number(r + 1).rightJustified(3, '0'));
    if (!writeUnits(path, units))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n");
    QByteArray out;
    const auto line = [&out](const char *record, const char *indicator, const QByteArray &region, int year, int month, double value,
                             const char *basis, const QByteArray &source) {
        out += record;
        out += ',';
        out += indicator;
        out += ',' + region + ',' + QByteArray::number(year) + ',' + QByteArray::number(month) + ','
               + QByteArray::number(value, 'f', 1) + ',' + basis + ",https://example.vn/" + region + '/' + QByteArray::number(year)
               + source + (source.isEmpty() ? ",Báo cáo " : ",Báo cáo giấy ") + region + ' ' + QByteArray::number(year) + ",,,\n";
    };
    // A fixed wobble in [-1, 1] for each (region, indicator, year, month).
    const auto noise = [](int r, int i, int y, int m) { return std::sin(r * 12.9898 + i * 78.233 + y * 37.719 + m * 4.581); };
    for (int r = 0; r < regions; ++r) {
        const QByteArray region = "P" + QByteArray::number(r + 1).rightJustified(3, '0');
        const double size = 20 + (r * 37 % 400);
        for (int i = 0; i < 4; ++i) {
            const auto ytd = [&](int year, int month) {
                double total = 0;
                for (int m = 1; m <= month; ++m)
                    total += size * (i + 1) * 100 * std::pow(1.08, year - firstYear) * (1 + 0.25 * std::sin(m * 0.52))
                             * (1 + 0.03 * noise(r, i, year, m));
                return std::round(total);
            };
            for (int year = firstYear; year < firstYear + years; ++year) {
                for (int month = 1; month <= 12; ++month) {
                    const double value = ytd(year, month);
                    line("value", flows[i], region, year, month, value, "estimate", {});
                    if (month % 6 == 0) {
                        line("value", flows[i], region, year, month, std::round(value * 1.004), "reported", "/paper");
                        if (year > firstYear)
                            line("stated_growth", flows[i], region, year, month,
                                 std::round((value / ytd(year - 1, month) - 1) * 1000) / 10, "", {});
                    }
                }
                line("plan", flows[i], region, year, 12, std::round(ytd(year, 12) * 1.03), "", {});
            }
            file.write(out);
            out.clear();
        }
        for (int i = 0; i < 7; ++i) {
            const bool percent = QByteArrayView(levels[i]).endsWith("_pct");
            const auto level = [&](int year, int month) {
                const double t = (year - firstYear) + month / 12.0;
                if (!percent && i == 0) // workforce, persons
                    return std::round(size * 150 * std::pow(1.03, t) * (1 + 0.01 * noise(r, i, year, month)));
                const double ceiling = percent ? 98.0 : 40.0 + 20 * i;
                return std::round(ceiling / (1 + std::exp(-(t - 12 - i) / 3.0)) * (1 + 0.01 * noise(r, i, year, month)) * 10) / 10;
            };
            for (int year = firstYear; year < firstYear + years; ++year) {
                for (int month = 1; month <= 12; ++month)
                    line("value", levels[i], region, year, month, std::min(level(year, month), percent ? 100.0 : 1e12), "measured", {});
                line("plan", levels[i], region, year, 12, std::min(level(year, 12) * 1.02, percent ? 100.0 : 1e12), "", {});
            }
            file.write(out);
            out.clear();
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
        if (!UnitImporter(*store).importFile(g_csvPath + u".units.csv"_s).committed()) {
            state.SkipWithError("the units file was refused");
            return;
        }
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
    if (argc >= 3 && QByteArrayView(argv[1]) == "regions")
        return generateRegions(QString::fromLocal8Bit(argv[2]), argc >= 4 ? QByteArray(argv[3]).toLongLong() : defaultRows) ? 0 : 1;

    QTemporaryDir dir;
    g_csvPath = dir.filePath(u"observations.csv"_s);
    if (!generate(g_csvPath, defaultRows))
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
