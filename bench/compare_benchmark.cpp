// The Compare provinces tab on a large database (issue 19.6): 10 years of every indicator of
// every province (the 63 until June 2025, the 34 after), a paper report beside the measured
// figure for a tenth of them (tests/support/GeneratedUnitFigures.h). Timed, each to a painted
// picture (QWidget::render into an image, as a repaint does):
//   - the tile map repainted,
//   - the ranking table repainted,
//   - another indicator chosen: standings, table, map and small multiples refilled and both repainted,
//   - the month's figures read (UnitComparison), what a change of month costs before that;
// and the yardstick: a bare QTableWidget of the same 34 × 8 cells and a widget painting 34
// plain rectangles with their codes, repainted the same way. The goal: under 50 ms a repaint.
//
//   bench_compare [benchmark options]
#include "LazyIconStyle.h"
#include "compare/CompareView.h"
#include "session/Analysis.h"
#include "store/Store.h"
#include "support/GeneratedUnitFigures.h"

#include "analytics/UnitComparison.h"
#include "io/BundledDataset.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Analysis> analysis;
    std::unique_ptr<ui::CompareView> view;
    qsizetype figures = 0;

    Fixture()
    {
        store = createDatabase(dir.filePath(u"compare.sqlite"_s), true);
        GeneratedUnitFigures generated;
        generated.firstYear = 2016;
        generated.lastYear = 2025;
        generated.lastMonth = 12;
        generated.write(*store);
        figures = generated.written;
        AnalysisSettings settings;
        settings.period = YearMonth{2025, 12};
        analysis = std::make_unique<Analysis>(*store, settings);
        view = std::make_unique<ui::CompareView>(*analysis, Language::Vietnamese);
        view->resize(1366, 700);
        view->showIndicator(u"revenue"_s);
        view->show();
        QApplication::processEvents();
    }
};

std::unique_ptr<Fixture> theFixture; // freed in main, before the application

Fixture &fixture()
{
    if (!theFixture)
        theFixture = std::make_unique<Fixture>();
    return *theFixture;
}

void paint(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    widget->render(&painter);
}

void BM_MapRepaint(benchmark::State &state)
{
    Fixture &f = fixture();
    ui::TileMapWidget *map = f.view->tileMap();
    for (auto _ : state)
        paint(map);
    state.counters["figures"] = double(f.figures);
}
BENCHMARK(BM_MapRepaint)->Unit(benchmark::kMillisecond);

void BM_RankingRepaint(benchmark::State &state)
{
    Fixture &f = fixture();
    QTableWidget *ranking = f.view->rankingTable();
    for (auto _ : state)
        paint(ranking);
}
BENCHMARK(BM_RankingRepaint)->Unit(benchmark::kMillisecond);

void BM_AnotherIndicatorRefilledAndRepainted(benchmark::State &state)
{
    Fixture &f = fixture();
    bool profit = false;
    for (auto _ : state) {
        profit = !profit;
        f.view->showIndicator(profit ? u"profit"_s : u"revenue"_s);
        paint(f.view->rankingTable());
        paint(f.view->tileMap());
    }
}
BENCHMARK(BM_AnotherIndicatorRefilledAndRepainted)->Unit(benchmark::kMillisecond);

void BM_AnotherIndicatorRefilled(benchmark::State &state)
{
    Fixture &f = fixture();
    bool profit = false;
    for (auto _ : state) {
        profit = !profit;
        f.view->showIndicator(profit ? u"profit"_s : u"revenue"_s);
    }
}
BENCHMARK(BM_AnotherIndicatorRefilled)->Unit(benchmark::kMillisecond);

void BM_StandingsOfAnotherIndicator(benchmark::State &state)
{
    Fixture &f = fixture();
    const UnitComparison comparison(*f.store, {2025, 12});
    bool profit = false;
    for (auto _ : state) {
        profit = !profit;
        benchmark::DoNotOptimize(comparison.standings(*f.store->indicator(profit ? u"profit"_s : u"revenue"_s)).size());
    }
}
BENCHMARK(BM_StandingsOfAnotherIndicator)->Unit(benchmark::kMillisecond);

void BM_MonthRead(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        const UnitComparison comparison(*f.store, {2025, 12});
        benchmark::DoNotOptimize(comparison.units().size());
    }
}
BENCHMARK(BM_MonthRead)->Unit(benchmark::kMillisecond);

/// 34 rounded squares with their numbers, in one colour: a tile map with nothing computed.
void paintPlainTiles(QImage &tiles)
{
    QPainter painter(&tiles);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(tiles.rect(), Qt::white);
    painter.setBrush(QColor(0x57, 0x5c, 0x6d));
    for (int i = 0; i < 34; ++i) {
        const QRectF r(10 + (i % 8) * 40, 10 + (i / 8) * 40, 36, 36);
        painter.drawRoundedRect(r, 3, 3);
        painter.drawText(r, Qt::AlignCenter, QString::number(i));
    }
}

/// The yardstick: the same cells and tiles with nothing computed, nothing formatted.
void BM_YardstickBareTableAndRectangles(benchmark::State &state)
{
    QTableWidget table(34, 8);
    table.resize(fixture().view->rankingTable()->size());
    for (int r = 0; r < 34; ++r) {
        for (int c = 0; c < 8; ++c)
            table.setItem(r, c, new QTableWidgetItem(QString::number(r * 1000 + c)));
    }
    table.resizeColumnsToContents();
    table.show();
    QWidget *map = fixture().view->tileMap();
    QImage tiles(map->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        paint(&table);
        paintPlainTiles(tiles);
    }
}
BENCHMARK(BM_YardstickBareTableAndRectangles)->Unit(benchmark::kMillisecond);

/// The yardstick of a refill: the bare table's 34 × 8 cells set anew and sized to them once,
/// then repainted with the plain tiles.
void BM_YardstickBareTableRefilledAndRepainted(benchmark::State &state)
{
    QTableWidget table(34, 8);
    table.resize(fixture().view->rankingTable()->size());
    table.show();
    QWidget *map = fixture().view->tileMap();
    QImage tiles(map->size(), QImage::Format_ARGB32_Premultiplied);
    int turn = 0;
    for (auto _ : state) {
        ++turn;
        for (int r = 0; r < 34; ++r) {
            for (int c = 0; c < 8; ++c)
                table.setItem(r, c, new QTableWidgetItem(QString::number(r * 1000 + c + turn)));
        }
        table.resizeColumnsToContents();
        paint(&table);
        paintPlainTiles(tiles);
    }
}
BENCHMARK(BM_YardstickBareTableRefilledAndRepainted)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(new ui::LazyIconStyle);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    theFixture.reset();
    return 0;
}
