#pragma once

#include "analytics/KpiReport.h"
#include "report/Formatter.h"

#include <QByteArray>
#include <QString>

namespace chiso {

/// Writes the monthly KPI table for people (an aligned text table in the reader's language)
/// or for programs (CSV and JSON with plain numbers, '.' as decimal point).
namespace KpiReportWriter {
    /// The column titles of the KPI table, and one row's cells, as people read them.
    QStringList headers();
    QStringList cells(const KpiRow &row, const KpiReport &report, const Formatter &format);
    /// Where a row's figure comes from: source, address, quote, and other sources' values.
    QString sourceDescription(const KpiRow &row, const Formatter &format);
    /// Why the row's figure is the one used where other sources give others ("Used: the
    /// office's choice, by hoa on …"); empty where no other source differs.
    QString preferenceText(const KpiRow &row, const Formatter &format);
    /// The same in a few words, for a card: "office's choice", "later basis"…
    QString preferenceReason(const KpiRow &row);
    /// The derived figures a row shows or rests on (marked † in its cells), one line each:
    /// "Sector revenue, 8/2023: 2,280,408, derived as …".
    QStringList derivedNotes(const KpiRow &row, const Formatter &format);

    QString table(const KpiReport &report, const Formatter &format);
    QByteArray csv(const KpiReport &report, Language language);
    QByteArray json(const KpiReport &report, Language language);
}

/// Writes the KPI table as CSV for Excel: UTF-8 with a byte-order mark (without one, Excel
/// misreads Vietnamese letters), atomically. False with a message on failure.
bool saveKpiTableCsv(const KpiReport &report, Language language, const QString &path, QString *error);

} // namespace chiso
