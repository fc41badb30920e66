#include "TileMap.h"
#include "StatusColors.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace chiso::ui {
namespace {

/// Where the grid goes in the area: the title above, the legend to the right, square tiles.
struct Geometry {
    QRectF title;
    QRectF grid;
    QRectF legend;
    qreal cell = 0;
};

QRectF tileRect(const Geometry &g, const UnitTile &tile);

Geometry geometry(const QRectF &area, const TileMapData &data, const QFontMetricsF &metrics)
{
    Geometry g;
    const qreal line = metrics.height();
    g.title = QRectF(area.left(), area.top(), area.width(), data.title.isEmpty() ? 0 : line * 1.6);
    qreal legendWidth = metrics.horizontalAdvance(data.noValue);
    for (const QString &text : data.legend)
        legendWidth = std::max(legendWidth, metrics.horizontalAdvance(text));
    legendWidth += line * 2.0;
    const qreal legendHeight = (data.legend.size() + 1) * line * 1.45;
    const int columns = std::max(1, data.layout.columns);
    const int rows = std::max(1, data.layout.rows);
    const QRectF rest(area.left(), g.title.bottom(), area.width(), area.height() - g.title.height());
    // The country leaves room to the west (Laos, Cambodia, the gulf): the legend goes there
    // where it meets no tile, so that the tiles take the whole area; else in a strip to the right.
    g.cell = std::max<qreal>(1.0, std::min(rest.width() / columns, rest.height() / rows));
    g.grid = QRectF(rest.left(), rest.top(), g.cell * columns, g.cell * rows);
    for (int row = rows / 3; row < rows; ++row) {
        const QRectF candidate(g.grid.left(), g.grid.top() + row * g.cell, legendWidth, legendHeight);
        if (candidate.bottom() > g.grid.bottom())
            break;
        const bool free = std::none_of(data.layout.tiles.cbegin(), data.layout.tiles.cend(),
                                       [&](const UnitTile &tile) { return tileRect(g, tile).intersects(candidate); });
        if (free) {
            g.legend = candidate;
            return g;
        }
    }
    const qreal width = rest.width() - legendWidth - line;
    g.cell = std::max<qreal>(1.0, std::min(width / columns, rest.height() / rows));
    g.grid = QRectF(rest.left(), rest.top(), g.cell * columns, g.cell * rows);
    g.legend = QRectF(g.grid.right() + line, rest.top(), legendWidth, legendHeight);
    return g;
}

QRectF tileRect(const Geometry &g, const UnitTile &tile)
{
    const qreal gap = std::max<qreal>(1.0, g.cell * 0.06);
    return QRectF(g.grid.left() + tile.column * g.cell + gap / 2, g.grid.top() + tile.row * g.cell + gap / 2, g.cell - gap, g.cell - gap);
}

QColor tileColour(const TileMapData::Tile &tile, int steps)
{
    return tile.step ? sequentialColor(*tile.step, steps) : noValueColor();
}

/// Black or white, whichever reads on the tile.
QColor inkOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? Qt::black : Qt::white;
}

} // namespace

void paintTileMap(QPainter &painter, const QRectF &area, const TileMapData &data, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont titleFont = font;
    titleFont.setBold(true);
    const QFontMetricsF metrics(font, painter.device());
    const Geometry g = geometry(area, data, metrics);
    const QColor text = painter.pen().color();
    painter.setFont(titleFont);
    painter.drawText(g.title, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, data.title);

    const int steps = int(data.legend.size());
    QFont codeFont = font;
    codeFont.setPixelSize(std::max(6, int(g.cell * 0.3)));
    codeFont.setBold(true);
    QFont nameFont = font;
    nameFont.setPixelSize(std::max(5, int(g.cell * 0.15)));
    // Names only where they can be read: tiles of about 11 mm (44 pixels on a screen) or more.
    const bool names = g.cell >= painter.device()->logicalDpiX() * 0.45;
    for (const UnitTile &tile : data.layout.tiles) {
        const TileMapData::Tile shown = data.tiles.value(tile.code);
        const QRectF r = tileRect(g, tile);
        const QColor fill = tileColour(shown, steps);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(r, r.width() * 0.08, r.width() * 0.08);
        painter.setPen(inkOn(fill));
        painter.setFont(codeFont);
        if (names) {
            painter.drawText(r.adjusted(0, 0, 0, -r.height() * 0.35), Qt::AlignCenter, shown.label);
            painter.setFont(nameFont);
            painter.drawText(r.adjusted(2, r.height() * 0.55, -2, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             QFontMetricsF(nameFont, painter.device()).elidedText(shown.name, Qt::ElideRight, r.width() - 4));
        } else {
            painter.drawText(r, Qt::AlignCenter, shown.label);
        }
        if (tile.code == data.selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(text, std::max<qreal>(2.0, g.cell * 0.08)));
            painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), r.width() * 0.08, r.width() * 0.08);
        }
    }

    // The legend: the scale from least (top) to most, then the grey of no figure.
    painter.setFont(font);
    const qreal line = metrics.height();
    const qreal swatch = line * 1.1;
    qreal y = g.legend.top();
    auto legendLine = [&](const QColor &fill, const QString &words) {
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.5));
        painter.setBrush(fill);
        painter.drawRect(QRectF(g.legend.left(), y, swatch, swatch));
        painter.setPen(text);
        painter.drawText(QRectF(g.legend.left() + swatch + line * 0.4, y, g.legend.width(), swatch), Qt::AlignVCenter | Qt::AlignLeft, words);
        y += line * 1.45;
    };
    for (int step = 0; step < steps; ++step)
        legendLine(sequentialColor(step, steps), data.legend[step]);
    legendLine(noValueColor(), data.noValue);
    painter.restore();
}

QString tileAt(const QRectF &area, const TileMapData &data, const QFont &font, const QPointF &point)
{
    const QFontMetricsF metrics(font);
    const Geometry g = geometry(area, data, metrics);
    for (const UnitTile &tile : data.layout.tiles) {
        if (tileRect(g, tile).contains(point))
            return tile.code;
    }
    return {};
}

TileMapWidget::TileMapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(260, 280);
}

void TileMapWidget::setData(TileMapData data)
{
    m_data = std::move(data);
    update();
}

void TileMapWidget::setSelected(const QString &code)
{
    if (m_data.selected == code)
        return;
    m_data.selected = code;
    update();
}

void TileMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    paintTileMap(painter, QRectF(rect()).adjusted(8, 8, -8, -8), m_data, font());
}

bool TileMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = tileAt(QRectF(rect()).adjusted(8, 8, -8, -8), m_data, font(), help->pos());
        if (code.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), m_data.tiles.value(code).tooltip, this);
        return true;
    }
    return QWidget::event(event);
}

void TileMapWidget::mousePressEvent(QMouseEvent *event)
{
    const QString code = tileAt(QRectF(rect()).adjusted(8, 8, -8, -8), m_data, font(), event->position());
    if (!code.isEmpty()) {
        setSelected(code);
        Q_EMIT unitClicked(code);
    }
}

void TileMapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString code = tileAt(QRectF(rect()).adjusted(8, 8, -8, -8), m_data, font(), event->position());
    if (!code.isEmpty())
        Q_EMIT unitActivated(code);
}

} // namespace chiso::ui
