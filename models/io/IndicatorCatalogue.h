#pragma once

#include "domain/Indicator.h"

#include <QList>

namespace chiso {

class Backend;

/// The indicator catalogue shipped in the binary (datasets/indicators.csv): codes, kinds,
/// units and names in Vietnamese and English. Throws StoreError if it cannot be read.
QList<Indicator> bundledIndicatorCatalogue();

/// Writes the bundled catalogue into a database's indicator table (new codes only).
void installIndicatorCatalogue(Backend &backend);

} // namespace chiso
