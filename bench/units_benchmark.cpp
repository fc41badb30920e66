// The monthly cycle's speed (#19): on 34 units × every indicator × 12 months × 10 years, a tenth
// of the figures from a second source, with their weights and forms: adding up a month (goal
// < 50 ms), the submissions of a month (goal < 100 ms); beside the yardstick of reading the
// year's figures alone, which both must do.
#include "cycle/AddingUp.h"
#include "cycle/Submissions.h"
#include "io/BundledDataset.h"
#include "store/FigureBatch.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

constexpr int FirstYear = 2026;
constexpr int Years = 10;

/// The database, made once for all the benchmarks.
Store &database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Store> store = [] {
        auto s = createDatabase(dir.filePath(u"units.sqlite"_s), true);
        QStringList units;
        for (const ReportingUnit &unit : s->units().units()) {
            if (unit.kind == UnitKind::Province && unit.existsIn({FirstYear, 1}))
                units.append(unit.code);
        }
        auto batch = s->beginImport(u"bench"_s, u"bench"_s);
        qint64 line = 0;
        QList<UnitWeight> weights;
        QList<Store::Submission> forms;
        for (const QString &unit : units) {
            for (int year = FirstYear; year < FirstYear + Years; ++year) {
                for (const QString &basis : {u"households"_s, u"population"_s, u"online_services"_s, u"eligible_services"_s})
                    weights.append({basis, unit, year, 1000.0 + unit.toInt(), {u"https://gso.gov.vn/"_s, QString(), {}}});
                for (int month = 1; month <= 12; ++month) {
                    forms.append({unit, {year, month}, QDateTime(QDate(year, month, 1).addMonths(1).addDays(2), QTime(9, 0), Qt::UTC), u"bench"_s});
                    for (const Indicator &indicator : s->indicators()) {
                        if (indicator.kind == IndicatorKind::MonthFlow)
                            continue;
                        Figure f;
                        f.indicator = indicator.code;
                        f.region = unit;
                        f.year = year;
                        f.month = month;
                        f.value = indicator.isFlow() ? 100.0 * month : 50.0 + (line % 7);
                        f.basis = Basis::Actual;
                        f.source.url = u"https://so.vn/%1"_s.arg(unit);
                        batch->add(f, ++line, QString());
                        if (line % 10 == 0) { // a tenth from a second source
                            f.source.url = u"https://other.vn/%1"_s.arg(unit);
                            f.basis = Basis::Reported;
                            batch->add(f, ++line, QString());
                        }
                    }
                }
            }
        }
        batch->settle(1);
        batch->commit();
        s->saveUnitWeights(weights, u"bench"_s);
        s->recordSubmissions(forms, u"bench"_s);
        return s;
    }();
    return *store;
}

const YearMonth Month{FirstYear + Years - 1, 6};

void BM_ReadYearOfFigures(benchmark::State &state)
{
    Store &store = database();
    for (auto _ : state)
        benchmark::DoNotOptimize(store.figures(std::pair{Month.year, Month.year}).size());
}
BENCHMARK(BM_ReadYearOfFigures)->Unit(benchmark::kMillisecond);

void BM_AddUpMonth(benchmark::State &state)
{
    Store &store = database();
    for (auto _ : state)
        benchmark::DoNotOptimize(addUp(store, Month.year, {Month.month}).size());
}
BENCHMARK(BM_AddUpMonth)->Unit(benchmark::kMillisecond);

void BM_SubmissionsMonth(benchmark::State &state)
{
    Store &store = database();
    for (auto _ : state)
        benchmark::DoNotOptimize(buildSubmissions(store, Month, 5).rows.size());
}
BENCHMARK(BM_SubmissionsMonth)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
