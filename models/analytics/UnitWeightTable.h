#pragma once

#include "domain/ReportingUnit.h"
#include "domain/UnitWeight.h"
#include "domain/YearMonth.h"

#include <QHash>
#include <QList>
#include <optional>

namespace chiso {

/// The units' weights by basis and unit, for weighted means. A year's weight is that of the
/// unit holding the code at the end of the year: in 2025, code 08's weight is the new Tuyên
/// Quang's (old Tuyên Quang and Hà Giang together), so old Tuyên Quang's months of 2025 take
/// its 2024 weight. Of the years that belong to the unit, the latest up to the month's year is
/// used; a province formed in a merger that has none yet takes the sum of its old provinces'
/// (as they were before the merger); else the unit's earliest year after.
class UnitWeightTable
{
public:
    UnitWeightTable(const QList<UnitWeight> &weights, const UnitCatalogue &units);

    struct Found {
        double value = 0;
        int year = 0; ///< the year whose weight it is
    };
    std::optional<Found> weight(const QString &basis, const QString &region, YearMonth at) const;

private:
    QHash<QString, QList<UnitWeight>> m_byUnit; ///< basis|region -> its years, in order
    const UnitCatalogue &m_units;
};

} // namespace chiso
