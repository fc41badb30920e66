#include "SmallMultiples.h"
#include "StatusColors.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace chiso::ui {

void paintSmallMultiples(QPainter &painter, const QRectF &area, const SmallMultiplesData &data, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor text = painter.pen().color();
    const QFontMetricsF metrics(font, painter.device());
    const qreal line = metrics.height();
    QFont titleFont = font;
    titleFont.setBold(true);
    painter.setFont(titleFont);
    const QRectF titleRect(area.left(), area.top(), area.width(), line * 1.6);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, data.title);
    const QRectF body(area.left(), titleRect.bottom(), area.width(), area.height() - titleRect.height());
    const qsizetype n = data.panels.size();
    if (n == 0) {
        painter.restore();
        return;
    }
    // As many columns as keep the panels about 1.6 times as wide as tall.
    int columns = 1;
    while (columns < n) {
        const int rows = int((n + columns - 1) / columns);
        if (body.width() / columns / (body.height() / rows) < 1.6)
            break;
        ++columns;
    }
    const int rows = int((n + columns - 1) / columns);
    const qreal w = body.width() / columns;
    const qreal h = body.height() / rows;
    QFont small = font;
    small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    const qreal smallLine = QFontMetricsF(small, painter.device()).height();
    const double span = data.top > data.bottom ? data.top - data.bottom : 1.0;
    const QColor lineColour = seriesColor(0, QPalette());
    for (qsizetype i = 0; i < n; ++i) {
        const SmallMultiplesData::Panel &panel = data.panels[i];
        const QRectF cell(body.left() + (i % columns) * w, body.top() + (i / columns) * h, w, h);
        const QRectF inner = cell.adjusted(3, 3, -3, -3);
        painter.setFont(small);
        painter.setPen(text);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), smallLine), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small, painter.device()).elidedText(panel.title, Qt::ElideRight, inner.width()));
        const QRectF plot(inner.left(), inner.top() + smallLine + 2, inner.width(), inner.height() - smallLine - 4);
        painter.setPen(QPen(panel.selected ? text : QColor(0xb0, 0xb0, 0xb0), panel.selected ? 2.0 : 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(plot);
        if (panel.points.isEmpty()) {
            painter.setPen(QColor(0x80, 0x80, 0x80));
            painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, data.emptyText);
            continue;
        }
        const auto at = [&](int month, double value) {
            const double x = data.lastMonth > 1 ? double(month - 1) / (data.lastMonth - 1) : 0.5;
            return QPointF(plot.left() + x * plot.width(), plot.bottom() - (value - data.bottom) / span * plot.height());
        };
        QPainterPath path;
        path.moveTo(at(panel.points.first().first, panel.points.first().second));
        for (const auto &[month, value] : panel.points)
            path.lineTo(at(month, value));
        painter.setPen(QPen(lineColour, 1.6));
        painter.drawPath(path);
        painter.setBrush(lineColour);
        for (const auto &[month, value] : panel.points)
            painter.drawEllipse(at(month, value), 1.8, 1.8);
    }
    // The shared scale, said once below the panels' title.
    painter.setFont(small);
    painter.setPen(text);
    painter.drawText(titleRect, Qt::AlignRight | Qt::AlignTop, data.bottomLabel + QStringLiteral(" – ") + data.topLabel);
    painter.restore();
}

SmallMultiplesWidget::SmallMultiplesWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(300, 240);
}

void SmallMultiplesWidget::setData(SmallMultiplesData data)
{
    m_data = std::move(data);
    update();
}

void SmallMultiplesWidget::setSelected(const QString &code)
{
    for (SmallMultiplesData::Panel &panel : m_data.panels)
        panel.selected = panel.code == code;
    update();
}

void SmallMultiplesWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    paintSmallMultiples(painter, QRectF(rect()).adjusted(8, 8, -8, -8), data(), font());
}

} // namespace chiso::ui
