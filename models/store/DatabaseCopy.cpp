#include "DatabaseCopy.h"
#include "Backend.h"
#include "History.h"
#include "Statement.h"
#include "Store.h"
#include "StoreError.h"
#include "io/BundledDataset.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

enum class Type { Integer, Real, Text, NullableInteger, NullableText, NullableReal };
struct Column {
    QString name;
    Type type;
};
struct Table {
    QString name;
    QList<Column> columns;
    bool hasId;
};

/// The tables in an order that satisfies their foreign keys, with what each column holds.
const QList<Table> &tables()
{
    static const QList<Table> list = {
        {u"unit"_s, {{u"code"_s, Type::Text}, {u"valid_from"_s, Type::Text}, {u"valid_until"_s, Type::Text}, {u"kind"_s, Type::Text},
                     {u"name_vi"_s, Type::Text}, {u"name_en"_s, Type::Text}, {u"centre_lat"_s, Type::NullableReal},
                     {u"centre_lon"_s, Type::NullableReal}, {u"indicators"_s, Type::Text}}, false},
        {u"unit_merger"_s, {{u"old_code"_s, Type::Text}, {u"new_code"_s, Type::Text}, {u"since"_s, Type::Text}}, false},
        {u"source"_s, {{u"id"_s, Type::Integer}, {u"key"_s, Type::Text}, {u"url"_s, Type::Text}, {u"title"_s, Type::Text},
                       {u"published"_s, Type::NullableText}}, true},
        {u"entry"_s, {{u"id"_s, Type::Integer}, {u"entered_at"_s, Type::Text}, {u"entered_by"_s, Type::Text}, {u"origin"_s, Type::Text}}, true},
        {u"submission"_s, {{u"id"_s, Type::Integer}, {u"unit"_s, Type::Text}, {u"year"_s, Type::Integer}, {u"month"_s, Type::Integer},
                           {u"entry_id"_s, Type::Integer}}, true},
        {u"observation"_s, {{u"id"_s, Type::Integer}, {u"indicator"_s, Type::Text}, {u"region"_s, Type::Text}, {u"year"_s, Type::Integer},
                            {u"month"_s, Type::Integer}, {u"value"_s, Type::Real}, {u"basis"_s, Type::Text}, {u"source_id"_s, Type::Integer},
                            {u"quote"_s, Type::Text}, {u"note"_s, Type::Text}, {u"entry_id"_s, Type::Integer}}, true},
        {u"plan"_s, {{u"id"_s, Type::Integer}, {u"indicator"_s, Type::Text}, {u"region"_s, Type::Text}, {u"year"_s, Type::Integer},
                     {u"target"_s, Type::Real}, {u"source_id"_s, Type::Integer}, {u"quote"_s, Type::Text}, {u"note"_s, Type::Text},
                     {u"entry_id"_s, Type::Integer}}, true},
        {u"claim"_s, {{u"id"_s, Type::Integer}, {u"indicator"_s, Type::Text}, {u"region"_s, Type::Text}, {u"year"_s, Type::Integer},
                      {u"month"_s, Type::Integer}, {u"kind"_s, Type::Text}, {u"value"_s, Type::Real}, {u"source_id"_s, Type::Integer},
                      {u"quote"_s, Type::Text}, {u"note"_s, Type::Text}, {u"entry_id"_s, Type::Integer}}, true},
        {u"unit_weight"_s, {{u"id"_s, Type::Integer}, {u"basis"_s, Type::Text}, {u"region"_s, Type::Text}, {u"year"_s, Type::Integer},
                            {u"value"_s, Type::Real}, {u"source_id"_s, Type::Integer}, {u"entry_id"_s, Type::Integer}}, true},
        {u"setting"_s, {{u"name"_s, Type::Text}, {u"value"_s, Type::Text}}, false},
        {u"acknowledgement"_s, {{u"finding_key"_s, Type::Text}, {u"comment"_s, Type::Text}, {u"acknowledged_at"_s, Type::Text},
                                {u"acknowledged_by"_s, Type::Text}}, false},
        // The history as it was (HistorySchema.h): the copy's own insertions are not recorded.
        {u"history"_s, {{u"id"_s, Type::Integer}, {u"changed_at"_s, Type::Text}, {u"login"_s, Type::Text}, {u"action"_s, Type::Text},
                        {u"record"_s, Type::Text}, {u"row_id"_s, Type::NullableInteger}, {u"indicator"_s, Type::NullableText},
                        {u"region"_s, Type::NullableText}, {u"year"_s, Type::NullableInteger}, {u"month"_s, Type::NullableInteger},
                        {u"detail"_s, Type::NullableText}, {u"source_id"_s, Type::NullableInteger}, {u"old_value"_s, Type::NullableReal},
                        {u"new_value"_s, Type::NullableReal}, {u"old_text"_s, Type::NullableText}, {u"new_text"_s, Type::NullableText},
                        {u"last_row_id"_s, Type::NullableInteger}}, true},
        // Last: an approval locks its month, and the month's figures are copied before it.
        {u"review"_s, {{u"id"_s, Type::Integer}, {u"unit"_s, Type::Text}, {u"year"_s, Type::Integer}, {u"month"_s, Type::Integer},
                       {u"action"_s, Type::Text}, {u"comment"_s, Type::Text}, {u"submission_id"_s, Type::Integer},
                       {u"reviewed_at"_s, Type::Text}, {u"reviewed_by"_s, Type::Text}}, true},
    };
    return list;
}

QStringList namesOf(const Table &table)
{
    QStringList names;
    for (const Column &column : table.columns)
        names.append(column.name);
    return names;
}

/// The indicators as the source has them: the target's catalogue is this build's, which may
/// be newer or older.
void copyIndicators(Store &source, Backend &target)
{
    Statement read(source.database(), u"SELECT code, kind, unit, name_vi, name_en, unit_vi, unit_en, decimals, sort_order, weighted_by FROM indicator"_s);
    Statement write(target.db(), u"INSERT INTO indicator (code, kind, unit, name_vi, name_en, unit_vi, unit_en, decimals, sort_order, weighted_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
                                 "unit = excluded.unit, name_vi = excluded.name_vi, name_en = excluded.name_en, unit_vi = excluded.unit_vi, "
                                 "unit_en = excluded.unit_en, decimals = excluded.decimals, sort_order = excluded.sort_order, "
                                 "weighted_by = excluded.weighted_by"_s);
    while (read.next()) {
        for (int i = 0; i < 7; ++i)
            write.bind(i, read.columnText(i));
        write.bind(7, read.columnInt(7));
        write.bind(8, read.columnInt(8));
        write.bind(9, read.columnText(9));
        write.next();
        write.reset();
    }
}

qint64 copyTable(Store &source, Backend &target, const Table &table)
{
    const QStringList names = namesOf(table);
    Statement read(source.database(), u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(names.join(u", "_s), table.name));
    auto rows = target.bulkRows(table.name, names);
    qint64 count = 0;
    while (read.next()) {
        for (int i = 0; i < table.columns.size(); ++i) {
            const Type type = table.columns[i].type;
            const bool nullable = type == Type::NullableInteger || type == Type::NullableReal || type == Type::NullableText;
            if (nullable && read.columnIsNull(i))
                rows->nullField();
            else if (type == Type::Integer || type == Type::NullableInteger)
                rows->field(read.columnInt(i));
            else if (type == Type::Real || type == Type::NullableReal)
                rows->field(read.columnDouble(i));
            else
                rows->field(read.columnText(i));
        }
        rows->endRow();
        ++count;
    }
    rows->finish();
    if (table.hasId)
        target.continueIdsAfterCopy(table.name);
    return count;
}

} // namespace

qint64 copyDatabase(Store &source, const QString &target)
{
    const bool newFile = !DatabaseAddress::namesServer(target);
    std::unique_ptr<Store> copy = createDatabase(target, /*empty=*/true); // refuses an existing file or a server holding figures
    Backend &backend = copy->backend();
    qint64 rows = 0;
    try {
        const Store::Counts counts = copy->counts();
        if (counts.sources > 0 || !copy->acknowledgements().isEmpty())
            throw StoreError(QCoreApplication::translate("Store", "%1 holds sources or acknowledgements already; copy into an empty database.")
                                 .arg(copy->location()));
        if (latestChange(*copy) > 0) // figures once stored and removed: the copy's history would meet theirs
            throw StoreError(QCoreApplication::translate("Store", "%1 holds a history of changes already; copy into an empty database.")
                                 .arg(copy->location()));
        backend.beginWrite();
        try {
            backend.pauseInsertionHistory();
            copyIndicators(source, backend);
            // The units as the source has them (its own, the office's), in place of the
            // bundled ones the new database was created with.
            QSqlQuery clear(backend.db());
            for (const QString &table : {u"unit_merger"_s, u"unit"_s}) {
                if (!clear.exec(u"DELETE FROM "_s + table))
                    throw StoreError(backend.explain(clear.lastError(), QCoreApplication::translate("Store", "The database refused an operation")));
            }
            for (const Table &table : tables())
                rows += copyTable(source, backend, table);
            backend.resumeInsertionHistory();
            backend.commit();
        } catch (...) {
            backend.rollback();
            throw;
        }
    } catch (...) {
        copy.reset();
        if (newFile) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(target + suffix);
        }
        throw;
    }
    return rows;
}

} // namespace chiso
