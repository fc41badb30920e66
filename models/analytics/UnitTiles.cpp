#include "UnitTiles.h"

#include <QHash>
#include <QPoint>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace chiso {
namespace {

struct Place {
    QString code;
    double lat = 0;
    double lon = 0;
};

/// Where a province lies: its centre, or that of the unit it was merged into.
std::optional<Place> placeOf(const UnitCatalogue &catalogue, const ReportingUnit &unit)
{
    if (unit.centreLat && unit.centreLon)
        return Place{unit.code, *unit.centreLat, *unit.centreLon};
    for (const UnitMerger &merger : catalogue.mergers()) {
        if (merger.oldCode != unit.code)
            continue;
        const ReportingUnit *into = catalogue.find(merger.newCode, {merger.since.year(), merger.since.month()});
        if (into && into->centreLat && into->centreLon)
            return Place{unit.code, *into->centreLat, *into->centreLon};
    }
    return std::nullopt;
}

} // namespace

const UnitTile *TileLayout::find(const QString &code) const
{
    const auto found = std::find_if(tiles.cbegin(), tiles.cend(), [&code](const UnitTile &tile) { return tile.code == code; });
    return found == tiles.cend() ? nullptr : &*found;
}

TileLayout tileLayout(const UnitCatalogue &catalogue, YearMonth period)
{
    QList<Place> places;
    for (const ReportingUnit &unit : catalogue.units()) {
        if (unit.kind == UnitKind::Province && unit.existsIn(period)) {
            if (const auto place = placeOf(catalogue, unit))
                places.append(*place);
        }
    }
    TileLayout layout;
    if (places.isEmpty())
        return layout;
    // A cell in degrees, taller than wide: the country is long from north to south, and a
    // degree of longitude is shorter than one of latitude there. Chosen by looking at the maps.
    const bool many = places.size() > 40;
    const double cellLon = many ? 0.45 : 0.55;
    const double cellLat = many ? 0.6 : 0.9;
    double north = places.first().lat;
    double west = places.first().lon;
    for (const Place &p : std::as_const(places)) {
        north = std::max(north, p.lat);
        west = std::min(west, p.lon);
    }
    struct Wanted {
        QString code;
        double x;
        double y;
    };
    QList<Wanted> wanted;
    for (const Place &p : std::as_const(places))
        wanted.append({p.code, (p.lon - west) / cellLon, (north - p.lat) / cellLat});
    // North to south, west to east: each takes the free cell nearest its place.
    std::sort(wanted.begin(), wanted.end(), [](const Wanted &a, const Wanted &b) {
        return std::tie(a.y, a.x, a.code) < std::tie(b.y, b.x, b.code);
    });
    QSet<std::pair<int, int>> taken;
    QList<UnitTile> placed;
    for (const Wanted &w : std::as_const(wanted)) {
        const int cx = int(std::lround(w.x));
        const int cy = int(std::lround(w.y));
        std::optional<std::pair<double, QPoint>> best;
        // Rings around the nearest cell; a cell of ring r is at least r − 0.5 away, so once the
        // best is nearer than that no further ring can beat it.
        for (int r = 0; !best || best->first > (r - 0.5) * (r - 0.5); ++r) {
            for (int dy = -r; dy <= r; ++dy) {
                for (int dx = -r; dx <= r; ++dx) {
                    if (std::max(std::abs(dx), std::abs(dy)) != r)
                        continue;
                    const int gx = cx + dx;
                    const int gy = cy + dy;
                    if (taken.contains({gx, gy}))
                        continue;
                    const double d = (gx - w.x) * (gx - w.x) + (gy - w.y) * (gy - w.y);
                    if (!best || d < best->first)
                        best = std::pair{d, QPoint(gx, gy)};
                }
            }
        }
        taken.insert({best->second.x(), best->second.y()});
        placed.append({w.code, best->second.x(), best->second.y()});
    }
    // Empty rows and columns dropped: the map keeps its order and loses its gaps.
    std::map<int, int> columns, rows;
    for (const UnitTile &tile : std::as_const(placed)) {
        columns[tile.column] = 0;
        rows[tile.row] = 0;
    }
    int next = 0;
    for (auto &[from, to] : columns)
        to = next++;
    layout.columns = next;
    next = 0;
    for (auto &[from, to] : rows)
        to = next++;
    layout.rows = next;
    for (UnitTile tile : std::as_const(placed)) {
        tile.column = columns[tile.column];
        tile.row = rows[tile.row];
        layout.tiles.append(tile);
    }
    std::sort(layout.tiles.begin(), layout.tiles.end(), [](const UnitTile &a, const UnitTile &b) { return a.code < b.code; });
    return layout;
}

} // namespace chiso
