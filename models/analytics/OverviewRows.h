#pragma once

#include "KpiCardFigures.h"

#include <QList>

namespace chiso {

/// One indicator on the overview: its bullet's marks, or why it has none.
struct OverviewRow {
    enum class Missing {
        None,     ///< a bullet: a figure and a plan
        NoFigure, ///< no figure of the year up to the period
        NoPlan,   ///< a figure, but no plan stored (a source may still state a share)
    };
    const KpiRow *row = nullptr;
    KpiCardFigures figures;
    Missing missing = Missing::None;
};

/// The overview's indicators, furthest ahead of the expected pace first: those with a variance
/// by it (largest first), then those with a bullet but no status (largest share first), then
/// those without a bullet, in the report's order. Rows point into `report`.
QList<OverviewRow> overviewRows(const KpiReport &report, const ForecastReport &forecasts);

} // namespace chiso
