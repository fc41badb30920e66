#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace chiso {

class Store;

/// One change to a figure, plan, stated figure or acknowledgement, as the database recorded it.
struct HistoryChange {
    qint64 id = 0;
    QString at;      ///< ISO 8601, UTC
    QString login;
    QString action;  ///< insert, update, delete
    QString record;  ///< observation, plan, claim, acknowledgement
    qint64 rowId = 0;
    QString indicator;
    QString region;
    int year = 0;
    int month = 0;   ///< 0 for a plan
    QString detail;  ///< a value's basis, a stated figure's kind, an acknowledged finding's key
    QString source;  ///< the source's key
    std::optional<double> oldValue;
    std::optional<double> newValue;
    QString oldText; ///< an acknowledgement's comment
    QString newText;
};

struct HistoryFilter {
    QString indicator;
    QString region;
    std::optional<QDate> since;
    std::optional<qint64> rowId; ///< with record: one row's changes
    QString record;
    qint64 afterId = 0;          ///< only changes recorded after this one
};

/// The changes the filter keeps, oldest first, at most `limit` of the latest (0: all). What a
/// unit's login may read of it is the server's to decide (its row-level policy).
QList<HistoryChange> readHistory(Store &store, const HistoryFilter &filter, int limit = 0);
/// The id of the latest change recorded (0 if none): what a window remembers as "read up to".
qint64 latestChange(Store &store);

} // namespace chiso
