#pragma once

#include "i18n/Language.h"
#include "store/History.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace chiso {

struct Indicator;

/// A recorded change as a reader of the language reads it, for the history's listings.
struct HistoryLine {
    QString at;     ///< the time in the reader's form, UTC
    QString login;
    QString action; ///< added, changed, removed
    QString what;   ///< "Revenue · VN · 6/2024 · actual", "acknowledgement of finding …"
    QString source; ///< the figure's source
    QString before; ///< the old value or comment, empty for an addition
    QString after;  ///< the new one, empty for a removal
};

HistoryLine describeChange(const HistoryChange &change, const QList<Indicator> &indicators, Language language);

/// The changes for another program, in either language the same: the database's own codes,
/// times in ISO 8601 UTC, values in their shortest exact form. CSV: a header and a line a
/// change, text guarded as export's is; JSON: {"changes": [...]}, null where a change has none.
QString historyCsv(const QList<HistoryChange> &changes);
QByteArray historyJson(const QList<HistoryChange> &changes);

} // namespace chiso
