#include "History.h"
#include "Statement.h"
#include "Store.h"

#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {

QList<HistoryChange> readHistory(Store &store, const HistoryFilter &filter, int limit)
{
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const QString &condition, const QVariant &value) {
        conditions.append(condition);
        values.append(value);
    };
    if (!filter.indicator.isEmpty())
        where(u"h.indicator = ?"_s, filter.indicator);
    if (!filter.region.isEmpty())
        where(u"h.region = ?"_s, filter.region);
    if (filter.since)
        where(u"h.changed_at >= ?"_s, filter.since->toString(Qt::ISODate));
    if (!filter.record.isEmpty())
        where(u"h.record = ?"_s, filter.record);
    if (filter.rowId)
        where(u"h.row_id = ?"_s, *filter.rowId);
    if (filter.afterId > 0)
        where(u"h.id > ?"_s, filter.afterId);
    QString sql = u"SELECT h.id, h.changed_at, h.login, h.action, h.record, h.row_id, h.indicator, h.region, h.year, h.month, h.detail, "
                  "s.key, h.old_value, h.new_value, h.old_text, h.new_text FROM history AS h LEFT JOIN source AS s ON s.id = h.source_id"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    // The latest `limit`, given back oldest first.
    sql += limit > 0 ? u" ORDER BY h.id DESC LIMIT %1"_s.arg(limit) : u" ORDER BY h.id"_s;
    Statement query(store.database(), sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString)
            query.bind(i, v.toString());
        else
            query.bind(i, v.toLongLong());
    }
    QList<HistoryChange> result;
    while (query.next()) {
        HistoryChange c;
        c.id = query.columnInt(0);
        c.at = query.columnText(1);
        c.login = query.columnText(2);
        c.action = query.columnText(3);
        c.record = query.columnText(4);
        c.rowId = query.columnIsNull(5) ? 0 : query.columnInt(5);
        c.indicator = query.columnText(6);
        c.region = query.columnText(7);
        c.year = query.columnIsNull(8) ? 0 : int(query.columnInt(8));
        c.month = query.columnIsNull(9) ? 0 : int(query.columnInt(9));
        c.detail = query.columnText(10);
        c.source = query.columnText(11);
        if (!query.columnIsNull(12))
            c.oldValue = query.columnDouble(12);
        if (!query.columnIsNull(13))
            c.newValue = query.columnDouble(13);
        c.oldText = query.columnText(14);
        c.newText = query.columnText(15);
        result.append(c);
    }
    if (limit > 0)
        std::reverse(result.begin(), result.end());
    return result;
}

qint64 latestChange(Store &store)
{
    Statement query(store.database(), u"SELECT coalesce(max(id), 0) FROM history"_s);
    return query.next() ? query.columnInt(0) : 0;
}

} // namespace chiso
