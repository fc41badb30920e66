#pragma once

#include "domain/ReportingUnit.h"

namespace chiso {

class Backend;

/// The reporting units shipped in the binary: VN, the 63 provinces until 30 June 2025
/// (datasets/provinces-until-2025-06.csv), the 34 from 1 July 2025
/// (datasets/provinces-from-2025-07.csv) and the mergers between them. Throws StoreError if
/// the files are damaged (a merger one file gives and the other does not).
UnitCatalogue bundledUnitCatalogue();

/// The day the 34 provinces came into force (Nghị quyết 202/2025/QH15).
QDate provinceMergerDate();

/// Fills a new unit table inside the caller's transaction (the migration that creates it):
/// the bundled units and mergers, then a unit of kind "other" for each region the figures
/// already stored use that the catalogue does not know, so that no figure loses its unit.
void installUnitCatalogue(Backend &backend);

/// Writes units and mergers inside the caller's transaction. Throws StoreError.
void insertUnits(Backend &backend, const QList<ReportingUnit> &units, const QList<UnitMerger> &mergers);

} // namespace chiso
