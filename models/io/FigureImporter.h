#pragma once

#include "ImportIssue.h"
#include "ParsedFigureStream.h"
#include "xlsx/XlsxFigureRows.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <functional>

namespace chiso {

class Store;

/// What an import did, or why it did nothing.
struct ImportReport {
    qint64 rows = 0;      ///< data rows read
    qint64 added = 0;     ///< figures newly stored
    qint64 unchanged = 0; ///< figures already stored from the same source with the same value
    qint64 issueCount = 0;      ///< all problems found (issues holds the first ones)
    QList<ImportIssue> issues;  ///< refused lines and conflicts, in line order
    bool cancelled = false;
    /// A unit's form recorded as its submission: the unit and the month.
    std::optional<std::pair<QString, YearMonth>> submission;

    /// Counts a problem and keeps it among the first `limit` listed.
    void add(const ImportIssue &issue, qsizetype limit = 200)
    {
        ++issueCount;
        if (issues.size() < limit)
            issues.append(issue);
    }

    /// True if the figures were stored; false means the database was left as it was.
    bool committed() const { return issueCount == 0 && !cancelled; }
};

/// Imports figures from CSV into the store as one transaction: every row is checked, and
/// one bad row, one conflict with a stored figure, or a cancel leaves the database unchanged.
/// A figure already stored from the same source with the same value changes nothing.
class FigureImporter
{
public:
    /// Called now and then with bytes read and total bytes; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit FigureImporter(Store &store);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// The most issues kept in the report (all are counted).
    void setIssueLimit(int limit) { m_issueLimit = limit; }
    /// Who is recorded as having entered the figures (default: the user's login name).
    void setEnteredBy(const QString &name) { m_enteredBy = name; }

    /// The unit and month the next files must be the monthly form of (the office receiving a
    /// unit's form): another file is refused, saying which of the two differs.
    void expectForm(const QString &unit, YearMonth period) { m_expected = std::pair{unit, period}; }

    /// A CSV file, or an Excel workbook (.xlsx: the import columns or the monthly template).
    /// A unit's own form (chiso template --unit), or any form when one is expected, is recorded
    /// as that unit's submission for its month, under the import's entry (who, when).
    ImportReport importFile(const QString &path);
    ImportReport importDevice(QIODevice *device, const QString &displayName);

private:
    using RowSink = std::function<bool(ParsedFigureStream::Row &&)>;
    /// One transaction around rows from any reader: `produce` feeds them to the sink (which
    /// returns false once cancelled) and returns the problems of the file as a whole.
    ImportReport importRows(const QString &displayName, const std::function<QList<ImportIssue>(const RowSink &)> &produce);

    Store &m_store;
    Progress m_progress;
    int m_issueLimit = 200;
    QString m_enteredBy;
    bool m_cancelRequested = false;
    std::optional<std::pair<QString, YearMonth>> m_expected;
    std::optional<XlsxFigureRows::Form> m_form; ///< the monthly form being imported, if it is one
};

} // namespace chiso
