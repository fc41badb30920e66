// The yardstick for the window's start-up (issue 4): a bare program that shows one
// QChartView with one line series, renders it to BMP and exits, as `chiso --screenshot x.bmp`
// does, writing the file the same way (QSaveFile, which syncs it to disk).
#include <QApplication>
#include <QChartView>
#include <QLineSeries>
#include <QPixmap>
#include <QSaveFile>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    for (int m = 1; m <= 12; ++m)
        series->append(m, m * m);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    const QPixmap pixmap = view.grab();
    QSaveFile file(QStringLiteral("/tmp/bare_chart.bmp"));
    return file.open(QIODevice::WriteOnly) && pixmap.save(&file, "bmp") && file.commit() ? 0 : 1;
}
