#pragma once

#include "YearMonth.h"
#include "i18n/Language.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace chiso {

/// What a reporting unit is: the whole country, a province, or another body the office adds
/// (a ministry department, an enterprise).
enum class UnitKind { Country, Province, Other };

std::optional<UnitKind> unitKindFromCode(const QString &code);
QString unitKindCode(UnitKind kind);

/// A reporting unit: a code and the period it existed. A code alone does not name one unit
/// across 1 July 2025 (15 was Yên Bái and is Lào Cai), so a unit is its code *and* its period.
struct ReportingUnit {
    QString code;
    QString nameVi;
    QString nameEn;
    UnitKind kind = UnitKind::Other;
    QDate validFrom;  ///< null: since before any figure
    QDate validUntil; ///< null: still in existence
    std::optional<double> centreLat;
    std::optional<double> centreLon;

    QString name(Language language) const { return language == Language::Vietnamese ? nameVi : nameEn; }
    /// Whether the unit existed in any day of the month (of the year).
    bool existsIn(YearMonth period) const;
    bool existsInYear(int year) const;
    /// Whether two units of one code would both exist on some day.
    bool overlaps(const ReportingUnit &other) const;
};

/// One old unit absorbed into a new one on a date (Nghị quyết 202/2025/QH15: 63 provinces
/// became 34 on 1 July 2025). The old unit is `oldCode` until the day before `since`, the new
/// one `newCode` from `since`.
struct UnitMerger {
    QString oldCode;
    QString newCode;
    QDate since;
};

/// The units a database knows and the mergers between them.
class UnitCatalogue
{
public:
    UnitCatalogue() = default;
    UnitCatalogue(QList<ReportingUnit> units, QList<UnitMerger> mergers);

    const QList<ReportingUnit> &units() const { return m_units; }
    const QList<UnitMerger> &mergers() const { return m_mergers; }

    /// The unit of that code in that month (in that year, for a yearly plan), if any.
    const ReportingUnit *find(const QString &code, YearMonth period) const;
    const ReportingUnit *findInYear(const QString &code, int year) const;
    /// Every unit that has had the code, earliest first.
    QList<const ReportingUnit *> withCode(const QString &code) const;
    /// The units that `code` absorbed when it was formed, with the date it was: empty where it
    /// was not formed by a merger (or absorbed only itself: 11 units in 2025 were not merged).
    QList<UnitMerger> formedFrom(const QString &code) const;

private:
    QList<ReportingUnit> m_units;
    QList<UnitMerger> m_mergers;
    QHash<QString, QList<qsizetype>> m_byCode; ///< an import asks once a row
};

} // namespace chiso
