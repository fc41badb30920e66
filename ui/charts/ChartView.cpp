#include "ChartView.h"
#include "ChartExport.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QVBoxLayout>
#include <memory>

namespace chiso::ui {

ChartView::ChartView(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    setObjectName(objectName);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The view's menu is this widget's (its actions), wherever in the chart the click falls.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ChartView::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

QChart *ChartView::chart() const
{
    return m_view->chart();
}

bool ChartView::save(const QString &path, QString *error)
{
    // A view never shown has not laid out its inner view yet.
    layout()->activate();
    m_view->resize(size());
    return saveChart(m_view, path, error);
}

void paintChart(QPainter *painter, QChart *chart, const QRectF &target, const QSizeF &logicalSize, const PrintedChartFonts &fonts)
{
    std::unique_ptr<QChart> owned(chart);
    if (!painter)
        return;
    QGraphicsScene scene;
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setTitleFont(fonts.title);
    chart->legend()->setFont(fonts.legend);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(fonts.axisLabels);
        axis->setTitleFont(fonts.axisTitles);
    }
    scene.addItem(owned.release());
    chart->resize(logicalSize);
    scene.setSceneRect(QRectF(QPointF(0, 0), logicalSize));
    scene.render(painter, target, scene.sceneRect());
}

} // namespace chiso::ui
