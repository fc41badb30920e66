#include "ReportingUnit.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {

std::optional<UnitKind> unitKindFromCode(const QString &code)
{
    if (code == u"country"_s)
        return UnitKind::Country;
    if (code == u"province"_s)
        return UnitKind::Province;
    if (code == u"other"_s)
        return UnitKind::Other;
    return std::nullopt;
}

QString unitKindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Country: return u"country"_s;
    case UnitKind::Province: return u"province"_s;
    case UnitKind::Other: break;
    }
    return u"other"_s;
}

bool ReportingUnit::existsIn(YearMonth period) const
{
    const QDate first(period.year, period.month, 1);
    return (validFrom.isNull() || validFrom <= period.lastDay()) && (validUntil.isNull() || validUntil >= first);
}

bool ReportingUnit::existsInYear(int year) const
{
    return (validFrom.isNull() || validFrom.year() <= year) && (validUntil.isNull() || validUntil.year() >= year);
}

bool ReportingUnit::overlaps(const ReportingUnit &other) const
{
    const bool startsBeforeOtherEnds = validFrom.isNull() || other.validUntil.isNull() || validFrom <= other.validUntil;
    const bool otherStartsBeforeThisEnds = other.validFrom.isNull() || validUntil.isNull() || other.validFrom <= validUntil;
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
}

UnitCatalogue::UnitCatalogue(QList<ReportingUnit> units, QList<UnitMerger> mergers)
    : m_units(std::move(units)), m_mergers(std::move(mergers))
{
    for (qsizetype i = 0; i < m_units.size(); ++i)
        m_byCode[m_units[i].code].append(i);
}

const ReportingUnit *UnitCatalogue::find(const QString &code, YearMonth period) const
{
    for (const qsizetype i : m_byCode.value(code)) {
        if (m_units[i].existsIn(period))
            return &m_units[i];
    }
    return nullptr;
}

const ReportingUnit *UnitCatalogue::findInYear(const QString &code, int year) const
{
    for (const qsizetype i : m_byCode.value(code)) {
        if (m_units[i].existsInYear(year))
            return &m_units[i];
    }
    return nullptr;
}

QList<const ReportingUnit *> UnitCatalogue::withCode(const QString &code) const
{
    QList<const ReportingUnit *> found;
    for (const qsizetype i : m_byCode.value(code))
        found.append(&m_units[i]);
    std::sort(found.begin(), found.end(), [](const ReportingUnit *a, const ReportingUnit *b) {
        return a->validFrom.isNull() ? !b->validFrom.isNull() : (!b->validFrom.isNull() && a->validFrom < b->validFrom);
    });
    return found;
}

QList<UnitMerger> UnitCatalogue::formedFrom(const QString &code) const
{
    QList<UnitMerger> members;
    for (const UnitMerger &merger : m_mergers) {
        if (merger.newCode == code)
            members.append(merger);
    }
    if (members.size() == 1 && members.first().oldCode == code)
        members.clear();
    return members;
}

} // namespace chiso
