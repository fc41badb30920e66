#include "ChartExport.h"
#include "io/OutputFile.h"

#include <QBuffer>
#include <QChartView>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace chiso::ui {

bool saveChart(QChartView *view, const QString &path, QString *error)
{
    return saveWidget(view, path, view->chart()->title(), error);
}

bool saveWidget(QWidget *view, const QString &path, const QString &title, QString *error)
{
    QByteArray bytes;
    const QSize size = view->size();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        QPainter painter(&svg);
        view->render(&painter);
        painter.end();
    } else {
        const qreal ratio = view->devicePixelRatioF();
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(view->palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    return chiso::OutputFile::save(path, bytes, error);
}

} // namespace chiso::ui
