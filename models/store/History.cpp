#include "History.h"
#include "HistorySchema.h"
#include "Statement.h"
#include "Store.h"

#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// A condition with the values it binds, in order.
struct Conditions {
    QStringList sql;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound)
    {
        sql.append(condition);
        values.append(bound);
    }
    QString where() const { return sql.isEmpty() ? QString() : u" WHERE "_s + sql.join(u" AND "_s); }
    void bindTo(Statement &query, int first = 0) const
    {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::QString)
                query.bind(first + i, v.toString());
            else
                query.bind(first + i, v.toLongLong());
        }
    }
};

/// The filter's conditions on a figure's own key, over the alias `a`.
void addKeyConditions(Conditions &c, const HistoryFilter &filter, const QString &a)
{
    if (!filter.indicator.isEmpty())
        c.add(a + u".indicator = ?"_s, {filter.indicator});
    if (!filter.region.isEmpty())
        c.add(a + u".region = ?"_s, {filter.region});
    if (filter.rowId)
        c.add(a + u".row_id = ?"_s, {*filter.rowId});
}

/// A figure's key from six columns from `first` on: indicator, region, year, month, detail, source.
void readKey(Statement &query, int first, HistoryChange &c)
{
    c.indicator = query.columnText(first);
    c.region = query.columnText(first + 1);
    c.year = query.columnIsNull(first + 2) ? 0 : int(query.columnInt(first + 2));
    c.month = query.columnIsNull(first + 3) ? 0 : int(query.columnInt(first + 3));
    c.detail = query.columnText(first + 4);
    c.source = query.columnText(first + 5);
}

HistoryChange readChange(Statement &query)
{
    HistoryChange c;
    c.id = query.columnInt(0);
    c.at = query.columnText(1);
    c.login = query.columnText(2);
    c.action = query.columnText(3);
    c.record = query.columnText(4);
    c.rowId = query.columnIsNull(5) ? 0 : query.columnInt(5);
    readKey(query, 6, c);
    if (!query.columnIsNull(12))
        c.oldValue = query.columnDouble(12);
    if (!query.columnIsNull(13))
        c.newValue = query.columnDouble(13);
    c.oldText = query.columnText(14);
    c.newText = query.columnText(15);
    return c;
}

/// The history's own rows the filter keeps, an insertion spanning rows kept whatever the
/// filter says of a figure's key (its rows are filtered when they are read): `newestFirst`,
/// at most `limit` (0: all) below the id `below` (0: any). The last column says whether the
/// row spans rows (its last_row_id).
QList<std::pair<HistoryChange, qint64>> readRows(Store &store, const HistoryFilter &filter, bool newestFirst, int limit, qint64 below)
{
    Conditions c;
    if (!filter.indicator.isEmpty())
        c.add(u"(h.indicator = ? OR h.last_row_id IS NOT NULL)"_s, {filter.indicator});
    if (!filter.region.isEmpty())
        c.add(u"(h.region = ? OR h.last_row_id IS NOT NULL)"_s, {filter.region});
    if (filter.rowId)
        c.add(u"(h.row_id = ? OR (h.last_row_id IS NOT NULL AND h.row_id <= ? AND h.last_row_id >= ?))"_s,
              {*filter.rowId, *filter.rowId, *filter.rowId});
    if (filter.since)
        c.add(u"h.changed_at >= ?"_s, {filter.since->toString(Qt::ISODate)});
    if (!filter.record.isEmpty())
        c.add(u"h.record = ?"_s, {filter.record});
    if (filter.afterId > 0)
        c.add(u"h.id > ?"_s, {filter.afterId});
    if (below > 0)
        c.add(u"h.id < ?"_s, {below});
    QString sql = u"SELECT h.id, h.changed_at, h.login, h.action, h.record, h.row_id, h.indicator, h.region, h.year, h.month, h.detail, "
                  "s.key, h.old_value, h.new_value, h.old_text, h.new_text, h.last_row_id FROM history AS h "
                  "LEFT JOIN source AS s ON s.id = h.source_id"_s
        + c.where() + (newestFirst ? u" ORDER BY h.id DESC"_s : u" ORDER BY h.id"_s);
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    Statement query(store.database(), sql);
    c.bindTo(query);
    QList<std::pair<HistoryChange, qint64>> rows;
    while (query.next())
        rows.append({readChange(query), query.columnIsNull(16) ? 0 : query.columnInt(16)});
    return rows;
}

/// The figures an insertion spanning rows (its row_id to `last`) stands for, that the filter keeps.
QList<HistoryChange> insertedFigures(Store &store, const HistoryChange &insertion, qint64 last, const HistoryFilter &filter, bool newestFirst,
                                     int limit)
{
    Conditions c;
    addKeyConditions(c, filter, u"x"_s);
    QString sql = u"SELECT x.row_id, x.indicator, x.region, x.year, x.month, x.detail, s.key, x.value FROM (%1) AS x "
                  "LEFT JOIN source AS s ON s.id = x.source_id"_s.arg(history::insertedRows(insertion.record))
        + c.where() + (newestFirst ? u" ORDER BY x.row_id DESC"_s : u" ORDER BY x.row_id"_s);
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    Statement query(store.database(), sql);
    int i = 0;
    for (const qint64 bound : {insertion.id, insertion.rowId, last, insertion.rowId, last})
        query.bind(i++, bound);
    c.bindTo(query, i);
    QList<HistoryChange> figures;
    while (query.next()) {
        HistoryChange f = insertion;
        f.rowId = query.columnInt(0);
        readKey(query, 1, f);
        f.newValue = query.columnDouble(7);
        figures.append(f);
    }
    return figures;
}

} // namespace

QList<HistoryChange> readHistory(Store &store, const HistoryFilter &filter, int limit)
{
    // The latest `limit`, gathered newest first, a page of the history's rows at a time: an
    // insertion spanning rows may stand for none of the figures the filter keeps.
    const bool newestFirst = limit > 0;
    QList<HistoryChange> result;
    qint64 below = 0;
    while (true) {
        const auto rows = readRows(store, filter, newestFirst, limit, below);
        for (const auto &[change, last] : rows) {
            if (last == 0)
                result.append(change);
            else
                result.append(insertedFigures(store, change, last, filter, newestFirst, limit > 0 ? limit - int(result.size()) : 0));
            if (limit > 0 && result.size() >= limit)
                break;
        }
        if (limit == 0 || result.size() >= limit || rows.size() < limit)
            break;
        below = rows.last().first.id;
    }
    if (newestFirst)
        std::reverse(result.begin(), result.end());
    return result;
}

qint64 latestChange(Store &store)
{
    Statement query(store.database(), u"SELECT coalesce(max(id), 0) FROM history"_s);
    return query.next() ? query.columnInt(0) : 0;
}

} // namespace chiso
