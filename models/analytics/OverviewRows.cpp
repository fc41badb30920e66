#include "OverviewRows.h"

#include <algorithm>

namespace chiso {

QList<OverviewRow> overviewRows(const KpiReport &report, const ForecastReport &forecasts)
{
    QList<OverviewRow> rows;
    for (const KpiRow &row : report.rows) {
        OverviewRow item;
        item.row = &row;
        item.figures = kpiCardFigures(row, forecasts);
        if (!row.current)
            item.missing = OverviewRow::Missing::NoFigure;
        else if (!item.figures.bullet)
            item.missing = OverviewRow::Missing::NoPlan;
        rows.append(item);
    }
    // Three groups; within a group, the order said above (stable: the report's order on ties).
    const auto group = [](const OverviewRow &r) { return r.missing != OverviewRow::Missing::None ? 2 : r.figures.variancePoints ? 0 : 1; };
    const auto key = [](const OverviewRow &r) {
        if (r.figures.variancePoints)
            return *r.figures.variancePoints;
        return r.figures.bullet ? r.figures.bullet->value : 0.0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const OverviewRow &a, const OverviewRow &b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        return group(a) < 2 && key(a) > key(b);
    });
    return rows;
}

} // namespace chiso
