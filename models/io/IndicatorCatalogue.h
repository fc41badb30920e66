#pragma once

#include "domain/Indicator.h"

#include <QList>
#include <QSqlDatabase>

namespace chiso {

/// The indicator catalogue shipped in the binary (datasets/indicators.csv): codes, kinds,
/// units and names in Vietnamese and English. Throws StoreError if it cannot be read.
QList<Indicator> bundledIndicatorCatalogue();

/// Writes the bundled catalogue into a database's indicator table (new codes only).
void installIndicatorCatalogue(QSqlDatabase &db);

} // namespace chiso
