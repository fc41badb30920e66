#pragma once

#include "domain/ReportingUnit.h"
#include "domain/YearMonth.h"

#include <QList>
#include <QString>

namespace chiso {

/// One province's square on a tile map: a column and a row of a grid.
struct UnitTile {
    QString code;
    int column = 0;
    int row = 0;
};

/// A tile-grid map of the provinces of one month: every province one tile of a grid, near its
/// place on the map of Vietnam, no two on one cell. Columns run west to east, rows north to south.
struct TileLayout {
    QList<UnitTile> tiles;
    int columns = 0;
    int rows = 0;
    const UnitTile *find(const QString &code) const;
};

/// The tiles of the provinces that existed in the month: the 34 from July 2025, the 63 before.
/// A province's place is its centre; one without a centre of its own (the 63 old provinces)
/// takes that of the province it was merged into, and its neighbours in that merger take the
/// cells around it. The grid's cells are finer for the 63 so that they stay near their places;
/// rows and columns left empty are dropped.
TileLayout tileLayout(const UnitCatalogue &catalogue, YearMonth period);

} // namespace chiso
