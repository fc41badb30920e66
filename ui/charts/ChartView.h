#pragma once

#include <QFont>
#include <QRectF>
#include <QWidget>

class QChart;
class QChartView;
class QPainter;

namespace chiso::ui {

/// A chart on screen. QtCharts' own view stays inside, so that the window and its views know
/// this widget and the builders of Charts.h only (a move to Qt Graphs touches ui/charts/).
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(const QString &objectName, QWidget *parent = nullptr);
    /// Shows `chart`, taking it, in place of the chart shown, which is deleted.
    void setChart(QChart *chart);
    QChart *chart() const;
    /// Saves what the view shows: PNG at the screen's pixel ratio, or SVG (vector) when the
    /// path ends in .svg. Written atomically; false with a message on failure.
    bool save(const QString &path, QString *error);

private:
    QChartView *m_view;
};

/// The fonts a chart is printed with (the briefing's, not the screen's).
struct PrintedChartFonts {
    QFont title;
    QFont legend;
    QFont axisLabels;
    QFont axisTitles;
};

/// Paints `chart` (taking it) into `target` of a page: vector, laid out at `logicalSize` (a
/// screen-sized layout, in pixels at 96 dpi) and scaled, so that its fonts print readably.
void paintChart(QPainter *painter, QChart *chart, const QRectF &target, const QSizeF &logicalSize, const PrintedChartFonts &fonts);

} // namespace chiso::ui
