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
    const ReportingUnit *unit = m_units.find(region, at);
    const UnitWeight *upTo = nullptr;  // the unit's latest up to the month's year
    const UnitWeight *after = nullptr; // else its earliest after
    const auto it = m_byUnit.constFind(basis + u'|' + region);
    if (it != m_byUnit.constEnd()) {
        for (const UnitWeight &w : *it) {
            // A weight belongs to the unit holding the code at the end of its year (the importer
            // takes only years in which some unit had the code).
            const ReportingUnit *owner = m_units.find(region, {w.year, 12});
            if (!owner)
                owner = m_units.findInYear(region, w.year);
            if (unit && owner && owner != unit)
                continue;
            if (w.year <= at.year)
                upTo = &w;
            else if (!after)
                after = &w;
        }
    }
    if (upTo)
        return Found{upTo->value, upTo->year};
    // A province formed in a merger before its own weights are published (a yearbook appears a
    // year late): the sum of the weights of those it absorbed, as they were before the merger.
    if (unit && !unit->validFrom.isNull()) {
        const QDate before = unit->validFrom.addDays(-1);
        QStringList members;
        for (const UnitMerger &merger : m_units.formedFrom(region)) {
            if (merger.since == unit->validFrom)
                members.append(merger.oldCode);
        }
        // A province the merger left as it was (Hà Nội) is its own predecessor.
        if (members.isEmpty() && m_units.find(region, {before.year(), before.month()}))
            members.append(region);
        std::optional<Found> sum;
        for (const QString &member : members) {
            const std::optional<Found> part = weight(basis, member, {before.year(), before.month()});
            if (!part) {
                sum.reset();
                break;
            }
            sum = Found{(sum ? sum->value : 0.0) + part->value, std::max(sum ? sum->year : 0, part->year)};
        }
        if (sum)
            return sum;
    }
    if (after)
        return Found{after->value, after->year};
    return std::nullopt;
}

} // namespace chiso
