// The Compare provinces tab as an analyst uses it, on generated figures of every province
// (support/GeneratedUnitFigures.h): the window's region chosen first, a tile clicked, the
// ranking sorted, the map and the small multiples saved.
#include "TestDatabase.h"
#include "support/GeneratedUnitFigures.h"

#include "MainWindow.h"
#include "StatusColors.h"
#include "charts/ChartExport.h"
#include "compare/CompareView.h"
#include "briefing/BriefingRenderer.h"
#include "session/Analysis.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QProcess>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

class CompareWindow : public testing::Test
{
protected:
    void SetUp() override
    {
        GeneratedUnitFigures generated;
        generated.firstYear = 2024;
        generated.lastYear = 2025;
        generated.lastMonth = 8;
        generated.write(*db.store);
        window = std::make_unique<ui::MainWindow>(*db.store, Language::English);
        window->resize(1366, 768);
        window->analysis().setPeriod({2025, 8});
    }
    TestDatabase db;
    std::unique_ptr<ui::MainWindow> window;

    /// The centre of a province's tile on the widget, found by asking the map itself.
    QPoint tileCentre(ui::TileMapWidget *map, const QString &code)
    {
        const QRectF area = QRectF(map->rect()).adjusted(8, 8, -8, -8);
        for (int y = 0; y < map->height(); y += 3) {
            for (int x = 0; x < map->width(); x += 3) {
                if (ui::tileAt(area, map->data(), map->font(), QPointF(x, y)) == code)
                    return {x + 6, y + 6};
            }
        }
        return {-1, -1};
    }
};

QString selectedCode(QTableWidget *table)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    return selected.isEmpty() ? QString() : table->item(selected.first()->row(), 1)->text();
}

} // namespace

TEST_F(CompareWindow, TheWindowsRegionIsChosenAndClickingATileChoosesItsProvinceInTheRanking)
{
    window->analysis().setRegion(u"79"_s);
    ASSERT_TRUE(window->showView(u"map:revenue"_s));
    window->show();
    QApplication::processEvents();
    ui::CompareView *compare = window->compareView();
    QTableWidget *ranking = compare->rankingTable();
    ASSERT_EQ(ranking->rowCount(), 34);
    EXPECT_EQ(selectedCode(ranking), u"79"_s);
    EXPECT_EQ(compare->tileMap()->data().selected, u"79"_s);

    ui::TileMapWidget *map = compare->tileMap();
    const QPoint hanoi = tileCentre(map, u"01"_s);
    ASSERT_GE(hanoi.x(), 0);
    QMouseEvent press(QEvent::MouseButtonPress, hanoi, map->mapToGlobal(hanoi), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(map, &press);
    EXPECT_EQ(selectedCode(ranking), u"01"_s);
    EXPECT_EQ(map->data().selected, u"01"_s);
    // The tooltip gives the province's figures.
    EXPECT_TRUE(map->data().tiles.value(u"01"_s).tooltip.contains(u"Hanoi"_s));
    EXPECT_TRUE(map->data().tiles.value(u"01"_s).tooltip.contains(u"Share of plan"_s));
}

TEST_F(CompareWindow, TheRankingSortsByValueGrowthOrShareOfPlanAndTheMapFollows)
{
    ASSERT_TRUE(window->showView(u"ranking:revenue"_s));
    ui::CompareView *compare = window->compareView();
    for (const ui::Measure measure : {ui::Measure::Value, ui::Measure::Growth, ui::Measure::PlanShare}) {
        compare->setMeasure(measure);
        QTableWidget *ranking = compare->rankingTable();
        // Column 0 is the rank by the chosen measure: never falling down the sorted table.
        int previous = 1;
        for (int row = 0; row < ranking->rowCount(); ++row) {
            const int rank = ranking->item(row, 0)->text().toInt();
            ASSERT_GT(rank, 0) << "every generated province has every figure";
            EXPECT_GE(rank, previous) << int(measure) << " row " << row;
            previous = rank;
        }
        // The first row's province is on the scale's top step.
        const QString first = ranking->item(0, 1)->text();
        EXPECT_EQ(compare->tileMap()->data().tiles.value(first).step, 4) << int(measure);
    }
}

TEST_F(CompareWindow, TheMapAndTheSmallMultiplesAreSavedAsPngAndSvg)
{
    ASSERT_TRUE(window->showView(u"multiples:revenue"_s));
    window->show();
    QApplication::processEvents();
    ui::CompareView *compare = window->compareView();
    for (QWidget *widget : {static_cast<QWidget *>(compare->smallMultiples()), static_cast<QWidget *>(compare->tileMap())}) {
        widget->resize(700, 600);
        QString error;
        const QString png = db.file(widget->objectName() + u".png"_s);
        const QString svg = db.file(widget->objectName() + u".svg"_s);
        ASSERT_TRUE(ui::saveWidget(widget, png, u"title"_s, &error)) << error.toStdString();
        ASSERT_TRUE(ui::saveWidget(widget, svg, u"title"_s, &error)) << error.toStdString();
        const QImage image(png);
        ASSERT_FALSE(image.isNull());
        QFile file(svg);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.readAll().contains("<svg"));
    }
    // The map's picture holds the scale's top colour (its largest province) and the legend.
    const QImage map(db.file(u"tileMap.png"_s));
    bool top = false;
    for (int y = 0; y < map.height() && !top; ++y) {
        for (int x = 0; x < map.width() && !top; ++x)
            top = map.pixelColor(x, y) == ui::sequentialColor(4, 5);
    }
    EXPECT_TRUE(top);
}

TEST_F(CompareWindow, TheBriefingCarriesAByProvinceSectionOnTheIndicatorAskedFor)
{
    ui::BriefingRenderer::Options options;
    options.language = Language::English;
    options.byProvince = u"profit"_s;
    const QString pdf = db.file(u"briefing.pdf"_s);
    QString error;
    ASSERT_TRUE(ui::BriefingRenderer(window->analysis(), options).writePdf(pdf, &error)) << error.toStdString();
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    EXPECT_TRUE(words.contains(u"By province"_s));
    const QString name = db.store->indicator(u"profit"_s)->nameEn;
    EXPECT_TRUE(words.contains(u"%1, August 2025: 34 of 34 provinces have a figure."_s.arg(name))) << words.right(2000).toStdString();
    // Every generated province has a profit a year earlier too: growth is compared.
    EXPECT_TRUE(words.contains(u"Fastest growth on the same period of 2024:"_s));
}
