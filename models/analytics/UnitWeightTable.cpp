#include "UnitWeightTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {

UnitWeightTable::UnitWeightTable(const QList<UnitWeight> &weights, const UnitCatalogue &units) : m_units(units)
{
    for (const UnitWeight &w : weights)
        m_byUnit[w.basis + u'|' + w.region].append(w);
    for (QList<UnitWeight> &years : m_byUnit)
        std::sort(years.begin(), years.end(), [](const UnitWeight &a, const UnitWeight &b) { return a.year < b.year; });
}

std::optional<UnitWeightTable::Found> UnitWeightTable::weight(const QString &basis, const QString &region, YearMonth at) const
{
    const auto it = m_byUnit.constFind(basis + u'|' + region);
    if (it == m_byUnit.constEnd())
        return std::nullopt;
    const ReportingUnit *unit = m_units.find(region, at);
    const UnitWeight *chosen = nullptr;
    for (const UnitWeight &w : *it) {
        // The unit at the end of the weight's year; before the code's first unit, its first.
        const ReportingUnit *owner = m_units.find(region, {w.year, 12});
        if (!owner && unit)
            owner = m_units.findInYear(region, w.year);
        if (unit && owner && owner != unit)
            continue;
        if (w.year <= at.year) {
            chosen = &w;
        } else {
            if (!chosen)
                chosen = &w;
            break;
        }
    }
    if (!chosen)
        return std::nullopt;
    return Found{chosen->value, chosen->year};
}

} // namespace chiso
