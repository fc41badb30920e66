#pragma once

#include "analytics/UnitTiles.h"

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <optional>

class QPainter;

namespace chiso::ui {

/// What a tile map shows: the layout, each province's place on the colour scale and its words.
struct TileMapData {
    struct Tile {
        QString label;   ///< on the tile: the province's code
        QString name;    ///< under the code where the tile is large enough
        QString tooltip; ///< the province's figures
        std::optional<int> step; ///< step of the colour scale; none: no figure
    };
    TileLayout layout;
    QHash<QString, Tile> tiles;
    QString title;
    /// One line per step of the scale, least first: "100 – 200 tỷ đồng".
    QStringList legend;
    QString noValue; ///< the legend's line for a province without a figure
    QString selected; ///< the province drawn with a frame
};

/// Paints a tile map with its title and legend into a rectangle: the window's map, its PNG and
/// SVG, and the briefing's page draw the same picture.
void paintTileMap(QPainter &painter, const QRectF &area, const TileMapData &data, const QFont &font);
/// The tile under a point of a map painted into `area`; empty where there is none.
QString tileAt(const QRectF &area, const TileMapData &data, const QFont &font, const QPointF &point);

/// A tile-grid map of the provinces: hover for a province's figures, click to choose it,
/// double-click to open it.
class TileMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TileMapWidget(QWidget *parent = nullptr);
    void setData(TileMapData data);
    const TileMapData &data() const { return m_data; }
    void setSelected(const QString &code);
    QSize sizeHint() const override { return {520, 560}; }

Q_SIGNALS:
    void unitClicked(const QString &code);
    void unitActivated(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    TileMapData m_data;
};

} // namespace chiso::ui
