#include "Store.h"
#include "Backend.h"
#include "FigureBatch.h"
#include "Schema.h"
#include "StoreError.h"
#include "Statement.h"
#include "io/BundledUnits.h"
#include "io/IndicatorCatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QVariant>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace chiso {

Store::Store(std::unique_ptr<Backend> backend)
    : m_backend(std::move(backend))
{
}

Store::~Store() = default;

QSqlDatabase &Store::database()
{
    return m_backend->db();
}

QString Store::location() const
{
    return m_backend->address().display();
}

const Login &Store::login() const
{
    return m_backend->login();
}

bool Store::isServer() const
{
    return m_backend->isServer();
}

std::unique_ptr<Store> Store::prepare(std::unique_ptr<Backend> backend, bool mayBeEmpty)
{
    // Nothing is written before the database is known to be ours; and the tables and the
    // version are read while no other client can be migrating them.
    backend->lockSchema();
    {
        const auto unlock = qScopeGuard([&backend] { backend->unlockSchema(); });
        checkIsChisoDatabase(*backend, mayBeEmpty);
        backend->configure();
        migrate(*backend);
    }
    backend->beginSession();
    installIndicatorCatalogue(*backend); // indicators added by a newer build
    std::unique_ptr<Store> store(new Store(std::move(backend)));
    store->loadIndicators();
    store->loadUnits();
    return store;
}

std::unique_ptr<Store> Store::open(const QString &database)
{
    QString error;
    const auto address = DatabaseAddress::parse(database, &error);
    if (!address)
        throw StoreError(error);
    return open(*address);
}

std::unique_ptr<Store> Store::open(const DatabaseAddress &address, const QString &password)
{
    auto store = prepare(Backend::connect(address, false, password), false);
    store->m_password = password;
    return store;
}

bool Store::isConnected() const
{
    if (!isServer())
        return true;
    QSqlQuery ping(m_backend->db());
    return ping.exec(u"SELECT 1"_s);
}

std::unique_ptr<Store> Store::openAgain() const
{
    return open(m_backend->address(), m_password);
}

std::unique_ptr<Store> Store::create(const QString &path)
{
    return prepare(Backend::connect(DatabaseAddress::ofFile(path), true), true);
}

std::unique_ptr<Store> Store::prepareServer(const DatabaseAddress &address, const QString &password)
{
    return prepare(Backend::connect(address, false, password), true);
}

void Store::loadIndicators()
{
    m_indicators.clear();
    QSqlQuery query(m_backend->db());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT code, kind, unit, name_vi, name_en, unit_vi, unit_en, decimals, sort_order, weighted_by "
                    "FROM indicator ORDER BY sort_order, code"_s))
        throw StoreError(QCoreApplication::translate("Store", "Cannot read the indicators: %1").arg(query.lastError().text()));
    while (query.next()) {
        Indicator indicator;
        indicator.code = query.value(0).toString();
        indicator.kind = indicatorKindFromCode(query.value(1).toString()).value_or(IndicatorKind::Flow);
        indicator.unit = unitFromCode(query.value(2).toString()).value_or(Unit::BillionVnd);
        indicator.nameVi = query.value(3).toString();
        indicator.nameEn = query.value(4).toString();
        indicator.unitVi = query.value(5).toString();
        indicator.unitEn = query.value(6).toString();
        indicator.decimals = query.value(7).toInt();
        indicator.sortOrder = query.value(8).toInt();
        indicator.weightedBy = query.value(9).toString();
        m_indicators.append(indicator);
    }
}

void Store::loadUnits()
{
    QList<ReportingUnit> units;
    QSqlQuery query(m_backend->db());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT code, valid_from, valid_until, kind, name_vi, name_en, centre_lat, centre_lon, indicators FROM unit "
                    "ORDER BY code, valid_from"_s))
        throw StoreError(m_backend->explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the units")));
    while (query.next()) {
        ReportingUnit unit;
        unit.code = query.value(0).toString();
        unit.validFrom = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        unit.validUntil = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        unit.kind = unitKindFromCode(query.value(3).toString()).value_or(UnitKind::Other);
        unit.nameVi = query.value(4).toString();
        unit.nameEn = query.value(5).toString();
        if (!query.value(6).isNull())
            unit.centreLat = query.value(6).toDouble();
        if (!query.value(7).isNull())
            unit.centreLon = query.value(7).toDouble();
        unit.indicators = query.value(8).toString().split(u' ', Qt::SkipEmptyParts);
        units.append(unit);
    }
    QList<UnitMerger> mergers;
    if (!query.exec(u"SELECT old_code, new_code, since FROM unit_merger ORDER BY since, new_code, old_code"_s))
        throw StoreError(m_backend->explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the units")));
    while (query.next())
        mergers.append({query.value(0).toString(), query.value(1).toString(), QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    m_units = UnitCatalogue(units, mergers);
}

namespace {

/// What the server's grants keep to the office refused first, in a sentence of ours.
void refuseUnlessOffice(const Login &login, OfficeWork work)
{
    if (const QString why = onlyTheOffice(login, work); !why.isEmpty())
        throw StoreError(why + u' ' + QCoreApplication::translate("Store", "Nothing was stored."));
}

} // namespace

void Store::addUnits(const QList<ReportingUnit> &units)
{
    refuseUnlessOffice(m_backend->login(), OfficeWork::AddUnits);
    m_backend->beginWrite();
    try {
        insertUnits(*m_backend, units, {});
        m_backend->commit();
    } catch (...) {
        m_backend->rollback();
        throw;
    }
    loadUnits();
}

const Indicator *Store::indicator(const QString &code) const
{
    for (const Indicator &indicator : m_indicators) {
        if (indicator.code == code)
            return &indicator;
    }
    return nullptr;
}

namespace {

/// Which figures a read takes: of one region, of some years, or all.
struct FigureFilter {
    std::optional<QString> region;
    std::optional<std::pair<int, int>> years;
};

/// Compares text as SQLite's BINARY collation does (UTF-8 bytes, that is code points), where
/// QString's comparison of UTF-16 units differs beyond U+FFFF.
int compareAsSqlite(QStringView a, QStringView b)
{
    const auto codePointOrder = [](char16_t unit) { return unit >= 0xE000 ? unit - 0x800 : unit >= 0xD800 ? unit + 0x2000 : int(unit); };
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a[i] != b[i])
            return codePointOrder(a[i].unicode()) < codePointOrder(b[i].unicode()) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

/// Reads the figures the filter takes, in a stable order (see Store::figures), one at a time.
/// With the catalogue's sort orders, SQLite reads and this sorts: the same order, without
/// SQLite's sorter copying every row's text (a third of reading a region's 30 years). Without
/// them (everything, streamed), SQLite sorts, spilling to disk rather than holding a million rows.
void readFigures(const QSqlDatabase &db, const FigureFilter &filter, const std::function<void(const Figure &)> &visit,
                 const QHash<QString, int> *sortOrders = nullptr)
{
    // One query over the three tables keeps the order stable and the code in one place. Each
    // arm joins its own sources and meets the conditions with the index of its unique key,
    // so that SQLite streams the arms instead of copying them into a temporary table first.
    QStringList conditions;
    if (filter.region)
        conditions.append(u"t.region = ?"_s);
    if (filter.years)
        conditions.append(u"t.year BETWEEN ? AND ?"_s);
    const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    const QString catalogue = sortOrders ? QString() : u" JOIN indicator AS i ON i.code = t.indicator"_s;
    const auto arm = [&](QStringView kind, QStringView table, QStringView month, QStringView value, QStringView basis) {
        return u"SELECT %1, t.indicator, t.region, t.year, %2, %3, %4, s.url, s.title, s.published, t.quote, t.note, t.id, s.key, "
               "s.id, t.entry_id%5 "
               "FROM %6 AS t JOIN source AS s ON s.id = t.source_id%7%8"_s
            .arg(kind, month, value, basis, sortOrders ? QString() : u", i.sort_order"_s, table, catalogue, where);
    };
    QString sql = arm(u"0", u"observation", u"t.month", u"t.value", u"t.basis") + u" UNION ALL "_s
                  + arm(u"1", u"plan", u"12", u"t.target", u"''") + u" UNION ALL "_s
                  + arm(u"CASE t.kind WHEN 'growth' THEN 2 ELSE 3 END", u"claim", u"t.month", u"t.value", u"''");
    // i.sort_order, indicator, region, year, month, kind, s.key, basis
    if (!sortOrders)
        sql += u" ORDER BY 17, 2, 3, 4, 5, 1, 14, 7"_s;

    // The native statement: QSqlQuery's cached QVariant rows cost more than the query itself.
    Statement query(db, sql);
    int parameter = 0;
    for (int branch = 0; branch < 3; ++branch) {
        if (filter.region)
            query.bind(parameter++, *filter.region);
        if (filter.years) {
            query.bind(parameter++, filter.years->first);
            query.bind(parameter++, filter.years->second);
        }
    }
    struct Row {
        int sortOrder;
        QString sourceKey;
        QString basis;
        Figure figure;
    };
    std::vector<Row> rows;
    // A region's thousands of rows cite a few dozen sources: each is read once.
    struct Cited {
        Source source;
        QString key;
    };
    QHash<qint64, Cited> sources;
    Figure f;
    while (query.next()) {
        f.kind = static_cast<RecordKind>(query.columnInt(0));
        f.indicator = query.columnText(1);
        f.region = query.columnText(2);
        f.year = int(query.columnInt(3));
        f.month = int(query.columnInt(4));
        f.value = query.columnDouble(5);
        const QString basis = query.columnText(6);
        f.basis = basisFromCode(basis).value_or(Basis::None);
        auto cited = sources.find(query.columnInt(14));
        if (cited == sources.end()) {
            Source source{query.columnText(7), query.columnText(8), QDate::fromString(query.columnText(9), Qt::ISODate)};
            cited = sources.insert(query.columnInt(14), {source, query.columnText(13)});
        }
        f.source = cited->source;
        f.quote = query.columnText(10);
        f.note = query.columnText(11);
        f.id = query.columnInt(12);
        f.entryId = query.columnInt(15);
        if (!sortOrders) {
            visit(f);
            continue;
        }
        // As the join with the catalogue would: a row of an indicator it lacks is left out.
        const auto order = sortOrders->constFind(f.indicator);
        if (order != sortOrders->constEnd())
            rows.push_back({*order, cited->key, basis, f});
    }
    if (!sortOrders)
        return;
    // ORDER BY i.sort_order, r.indicator, r.region, r.year, r.month, r.kind, s.key, r.basis
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.sortOrder != b.sortOrder)
            return a.sortOrder < b.sortOrder;
        const Figure &x = a.figure;
        const Figure &y = b.figure;
        if (const int c = compareAsSqlite(x.indicator, y.indicator))
            return c < 0;
        if (const int c = compareAsSqlite(x.region, y.region))
            return c < 0;
        if (x.year != y.year)
            return x.year < y.year;
        if (x.month != y.month)
            return x.month < y.month;
        if (x.kind != y.kind)
            return x.kind < y.kind;
        if (const int c = compareAsSqlite(a.sourceKey, b.sourceKey))
            return c < 0;
        return compareAsSqlite(a.basis, b.basis) < 0;
    });
    for (const Row &row : rows)
        visit(row.figure);
}

QList<Figure> collect(const QSqlDatabase &db, const FigureFilter &filter, const QHash<QString, int> *sortOrders = nullptr)
{
    QList<Figure> result;
    readFigures(db, filter, [&result](const Figure &f) { result.append(f); }, sortOrders);
    return result;
}

} // namespace

QList<Figure> Store::figures(std::optional<std::pair<int, int>> years) const
{
    return collect(m_backend->db(), {std::nullopt, years});
}

QList<Figure> Store::figures(const QString &region, std::optional<std::pair<int, int>> years) const
{
    QHash<QString, int> sortOrders;
    for (const Indicator &indicator : m_indicators)
        sortOrders.insert(indicator.code, indicator.sortOrder);
    return collect(m_backend->db(), {region, years}, &sortOrders);
}

void Store::forEachFigure(const std::function<void(const Figure &)> &visit, const std::optional<QString> &region) const
{
    // Every row read once and sorted: the 64 MiB page cache that imports want would fill for
    // nothing, and SQLite's sorter takes as much again before it spills to a temporary file.
    // A small cache keeps an export of millions within a few tens of MiB.
    QSqlQuery pragma(m_backend->db());
    QString configured; // PRAGMA takes no bound parameter: the value is SQLite's own, read back
    if (!region && !isServer() && pragma.exec(u"PRAGMA cache_size"_s) && pragma.next()) {
        configured = pragma.value(0).toString();
        pragma.exec(u"PRAGMA cache_size = -8192"_s);
    }
    const auto restore = qScopeGuard([&] {
        if (!configured.isEmpty())
            pragma.exec(u"PRAGMA cache_size = %1"_s.arg(configured.toLongLong()));
    });
    readFigures(m_backend->db(), {region, std::nullopt}, visit);
}

QStringList Store::regions() const
{
    // Each distinct region found by one seek in its index (from the last one found to the
    // next), not by reading every row: a few hundred regions among millions of figures.
    QString sql;
    for (const QString &table : {u"observation"_s, u"plan"_s, u"claim"_s}) {
        if (!sql.isEmpty())
            sql += u" UNION "_s;
        sql += uR"(SELECT region FROM (
            WITH RECURSIVE walk(region) AS (
                SELECT min(region) FROM %1
                UNION ALL
                SELECT (SELECT min(region) FROM %1 WHERE region > walk.region) FROM walk WHERE walk.region IS NOT NULL)
            SELECT region FROM walk WHERE region IS NOT NULL) AS %1_regions)"_s.arg(table);
    }
    Statement query(m_backend->db(), sql + u" ORDER BY 1"_s);
    QStringList result;
    while (query.next())
        result.append(query.columnText(0));
    return result;
}

bool Store::holdsFigures(const QString &region) const
{
    Statement query(m_backend->db(), u"SELECT EXISTS (SELECT 1 FROM observation WHERE region = ?) OR EXISTS (SELECT 1 FROM plan WHERE region = ?) "
                          "OR EXISTS (SELECT 1 FROM claim WHERE region = ?)"_s);
    for (int i = 0; i < 3; ++i)
        query.bind(i, region);
    return query.next() && query.columnInt(0) != 0;
}

std::optional<YearMonth> Store::latestPeriod(const QString &region, const QStringList &indicators) const
{
    QString sql = u"SELECT year, month FROM observation WHERE region = ?"_s;
    if (!indicators.isEmpty()) {
        QStringList marks(indicators.size(), u"?"_s);
        sql += u" AND indicator IN (%1)"_s.arg(marks.join(u", "_s));
    }
    // Walks the region's range of its unique key from the latest period back to the first of
    // those indicators.
    Statement query(m_backend->db(), sql + u" ORDER BY year DESC, month DESC LIMIT 1"_s);
    query.bind(0, region);
    for (int i = 0; i < indicators.size(); ++i)
        query.bind(i + 1, indicators.at(i));
    if (!query.next())
        return std::nullopt;
    return YearMonth{int(query.columnInt(0)), int(query.columnInt(1))};
}

qsizetype Store::valueCount(const QString &region) const
{
    Statement query(m_backend->db(), u"SELECT count(*) FROM observation WHERE region = ?"_s);
    query.bind(0, region);
    return query.next() ? qsizetype(query.columnInt(0)) : 0;
}

namespace {

/// The table and the key columns of a figure, for the statements of saveFigure/removeFigure.
struct FigureTable {
    QString table;
    QString valueColumn;
    QString keyCondition;
};

FigureTable tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Value:
        return {u"observation"_s, u"value"_s,
                u"year = ? AND month = ? AND indicator = ? AND region = ? AND basis = ? AND source_id = ?"_s};
    case RecordKind::Plan:
        return {u"plan"_s, u"target"_s, u"year = ? AND indicator = ? AND region = ? AND source_id = ?"_s};
    default:
        return {u"claim"_s, u"value"_s, u"year = ? AND month = ? AND indicator = ? AND region = ? AND kind = ? AND source_id = ?"_s};
    }
}

void bindKey(Statement &statement, int first, const Figure &f, qint64 sourceId)
{
    int i = first;
    statement.bind(i++, f.year);
    if (f.kind != RecordKind::Plan)
        statement.bind(i++, f.month);
    statement.bind(i++, f.indicator);
    statement.bind(i++, f.region);
    if (f.kind == RecordKind::Value)
        statement.bind(i++, basisCode(f.basis));
    else if (f.kind != RecordKind::Plan)
        statement.bind(i++, f.kind == RecordKind::StatedGrowth ? u"growth"_s : u"share"_s);
    statement.bind(i++, sourceId);
}

qint64 sourceId(QSqlDatabase &db, const Source &source, bool create)
{
    Statement find(db, u"SELECT id FROM source WHERE key = ?"_s);
    find.bind(0, source.key());
    if (find.next())
        return find.columnInt(0);
    if (!create)
        return 0;
    Statement insert(db, u"INSERT INTO source (key, url, title, published) VALUES (?, ?, ?, ?) RETURNING id"_s);
    insert.bind(0, source.key());
    insert.bind(1, source.url);
    insert.bind(2, source.title);
    if (source.published.isValid())
        insert.bind(3, source.published.toString(Qt::ISODate));
    else
        insert.bindNull(3);
    insert.next();
    return insert.columnInt(0);
}

/// The entry that the figures of one save are recorded under: who, when, from where.
qint64 insertEntry(QSqlDatabase &db, const QString &origin, const QString &user)
{
    Statement entry(db, u"INSERT INTO entry (entered_at, entered_by, origin) VALUES (?, ?, ?) RETURNING id"_s);
    entry.bind(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    entry.bind(1, user);
    entry.bind(2, origin);
    entry.next();
    return entry.columnInt(0);
}

/// The history's condition for a figure's key, in bindKey's order.
QString historyKeyCondition(RecordKind kind)
{
    QString condition = tableOf(kind).keyCondition;
    condition.replace(u"basis = ?"_s, u"detail = ?"_s).replace(u"kind = ?"_s, u"detail = ?"_s);
    return u"record = ? AND "_s + condition;
}

/// Who last changed the figure with this key, from the history.
[[noreturn]] void throwConflict(QSqlDatabase &db, const Figure &figure, qint64 sourceId, std::optional<double> valueNow)
{
    // Its own row of the history, or an insertion spanning rows, its row among them.
    const FigureTable t = tableOf(figure.kind);
    Statement last(db, u"SELECT login, changed_at, action FROM history WHERE (%1) OR (record = ? AND last_row_id IS NOT NULL "
                       "AND (SELECT id FROM %2 WHERE %3) BETWEEN row_id AND last_row_id) ORDER BY id DESC LIMIT 1"_s
                           .arg(historyKeyCondition(figure.kind), t.table, t.keyCondition));
    const int keyFields = int(t.keyCondition.count(u'?'));
    last.bind(0, t.table);
    bindKey(last, 1, figure, sourceId);
    last.bind(1 + keyFields, t.table);
    bindKey(last, 2 + keyFields, figure, sourceId);
    ConflictError::Change change;
    change.value = valueNow;
    if (last.next()) {
        change.login = last.columnText(0);
        change.at = last.columnText(1);
        change.action = last.columnText(2);
    }
    const QString value = valueNow ? QString::number(*valueNow, 'g', 15) : QString();
    const QString who = change.login.isEmpty() ? QCoreApplication::translate("Store", "another user") : change.login;
    const QString what = u"%1 %2 %3/%4"_s.arg(figure.indicator, figure.region).arg(figure.month).arg(figure.year);
    throw ConflictError(valueNow ? QCoreApplication::translate("Store", "%1 changed %2 since you read it: it is %3 now (%4). Nothing was saved; "
                                                                        "reload to see it, or save again to overwrite it knowingly.")
                                       .arg(who, what, value, change.at)
                                 : QCoreApplication::translate("Store", "%1 removed %2 since you read it (%3). Nothing was saved; "
                                                                        "reload to see it, or save again to overwrite it knowingly.")
                                       .arg(who, what, change.at),
                        figure, change);
}

/// Stores one figure under an entry, replacing the same figure from the same source; returns
/// the figure it replaced. The caller holds the transaction. With Refuse, the stored row must
/// be the one the figure was read as (its entryId).
std::optional<Figure> upsertFigure(QSqlDatabase &db, const Figure &figure, qint64 entryId, Store::WhenChanged whenChanged,
                                   const QString &lockRow)
{
    const bool refuse = whenChanged == Store::WhenChanged::Refuse;
    const qint64 source = sourceId(db, figure.source, true);
    const FigureTable t = tableOf(figure.kind);
    // On a server the row is locked as it is read: a second save of the same figure waits
    // here, then reads what the first stored, and so sees the conflict.
    Statement existing(db, u"SELECT id, %1, quote, note, entry_id FROM %2 WHERE %3%4"_s.arg(t.valueColumn, t.table, t.keyCondition, lockRow));
    bindKey(existing, 0, figure, source);
    std::optional<Figure> previous;
    if (existing.next()) {
        previous = figure;
        previous->id = existing.columnInt(0);
        previous->value = existing.columnDouble(1);
        previous->quote = existing.columnText(2);
        previous->note = existing.columnText(3);
        previous->entryId = existing.columnInt(4);
        if (refuse && previous->entryId != figure.entryId)
            throwConflict(db, figure, source, previous->value);
        Statement update(db, u"UPDATE %1 SET %2 = ?, quote = ?, note = ?, entry_id = ? WHERE id = ?"_s.arg(t.table, t.valueColumn));
        update.bind(0, figure.value);
        update.bind(1, figure.quote);
        update.bind(2, figure.note);
        update.bind(3, entryId);
        update.bind(4, previous->id);
        update.next();
    } else {
        if (refuse && figure.entryId != 0)
            throwConflict(db, figure, source, std::nullopt);
        QString columns = u"year, indicator, region, source_id, %1, quote, note, entry_id"_s.arg(t.valueColumn);
        QString marks = u"?, ?, ?, ?, ?, ?, ?, ?"_s;
        if (figure.kind != RecordKind::Plan) {
            columns += u", month"_s;
            marks += u", ?"_s;
        }
        if (figure.kind == RecordKind::Value) {
            columns += u", basis"_s;
            marks += u", ?"_s;
        } else if (figure.kind != RecordKind::Plan) {
            columns += u", kind"_s;
            marks += u", ?"_s;
        }
        // Another session storing the same figure at this moment: its row wins, this one is
        // not inserted, and the user is told (rather than the unique key's bare refusal).
        Statement insert(db, u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING RETURNING %4"_s.arg(t.table, columns, marks, t.valueColumn));
        int i = 0;
        insert.bind(i++, figure.year);
        insert.bind(i++, figure.indicator);
        insert.bind(i++, figure.region);
        insert.bind(i++, source);
        insert.bind(i++, figure.value);
        insert.bind(i++, figure.quote);
        insert.bind(i++, figure.note);
        insert.bind(i++, entryId);
        if (figure.kind != RecordKind::Plan)
            insert.bind(i++, figure.month);
        if (figure.kind == RecordKind::Value)
            insert.bind(i++, basisCode(figure.basis));
        else if (figure.kind != RecordKind::Plan)
            insert.bind(i++, figure.kind == RecordKind::StatedGrowth ? u"growth"_s : u"share"_s);
        if (!insert.next()) {
            Statement now(db, u"SELECT %1 FROM %2 WHERE %3"_s.arg(t.valueColumn, t.table, t.keyCondition));
            bindKey(now, 0, figure, source);
            throwConflict(db, figure, source, now.next() ? std::optional<double>(now.columnDouble(0)) : std::nullopt);
        }
    }
    return previous;
}

void deleteFigure(QSqlDatabase &db, const Figure &figure, Store::WhenChanged whenChanged, const QString &lockRow)
{
    const qint64 source = sourceId(db, figure.source, false);
    const FigureTable t = tableOf(figure.kind);
    if (whenChanged == Store::WhenChanged::Refuse) {
        std::optional<double> valueNow;
        qint64 entryNow = 0;
        if (source != 0) {
            Statement existing(db, u"SELECT %1, entry_id FROM %2 WHERE %3%4"_s.arg(t.valueColumn, t.table, t.keyCondition, lockRow));
            bindKey(existing, 0, figure, source);
            if (existing.next()) {
                valueNow = existing.columnDouble(0);
                entryNow = existing.columnInt(1);
            }
        }
        if (entryNow != figure.entryId)
            throwConflict(db, figure, source, valueNow);
    }
    if (source == 0)
        return;
    Statement remove(db, u"DELETE FROM %1 WHERE %2"_s.arg(t.table, t.keyCondition));
    bindKey(remove, 0, figure, source);
    remove.next();
}

} // namespace

namespace {

const QString reviewColumns = u"r.unit, r.year, r.month, r.id, r.action, r.comment, r.reviewed_at, r.reviewed_by, r.submission_id"_s;

/// The review action on the statement's current row (selected as reviewColumns).
Review reviewOf(const Statement &row)
{
    Review review;
    review.unit = row.columnText(0);
    review.period = {int(row.columnInt(1)), int(row.columnInt(2))};
    review.id = row.columnInt(3);
    review.action = reviewActionFromCode(row.columnText(4)).value_or(ReviewAction::Approve);
    review.comment = row.columnText(5);
    review.at = QDateTime::fromString(row.columnText(6), Qt::ISODate);
    review.at.setTimeSpec(Qt::UTC);
    review.by = row.columnText(7);
    review.submission = row.columnInt(8);
    return review;
}

/// The review actions on a unit's month, oldest first (latestOnly: the last one alone).
QList<Review> reviewsOf(const QSqlDatabase &db, const QString &unit, YearMonth period, bool latestOnly)
{
    Statement query(db, u"SELECT %1 FROM review AS r WHERE r.unit = ? AND r.year = ? AND r.month = ? ORDER BY r.id%2"_s.arg(
                            reviewColumns, latestOnly ? u" DESC LIMIT 1"_s : QString()));
    query.bind(0, unit);
    query.bind(1, period.year);
    query.bind(2, period.month);
    QList<Review> list;
    while (query.next())
        list.append(reviewOf(query));
    return list;
}

std::optional<Review> latestReview(const QSqlDatabase &db, const QString &unit, YearMonth period)
{
    const QList<Review> latest = reviewsOf(db, unit, period, true);
    return latest.isEmpty() ? std::nullopt : std::optional(latest.first());
}

/// Refuses, before anything is written, figures of a month the office approved: the
/// database's triggers would refuse them too, but without naming the unit and month.
void refuseLockedMonths(const QSqlDatabase &db, const QList<Figure> &figures)
{
    QList<std::pair<QString, YearMonth>> seen;
    for (const Figure &figure : figures) {
        if (figure.kind == RecordKind::Plan)
            continue; // a plan is the year's, not a month's form
        const std::pair key{figure.region, figure.period()};
        if (seen.contains(key))
            continue;
        seen.append(key);
        const std::optional<Review> latest = latestReview(db, key.first, key.second);
        if (latest && latest->action == ReviewAction::Approve)
            throw StoreError(QCoreApplication::translate("Store", "Unit %1's form for %2/%3 is approved and locked; the office must reopen it first.")
                                 .arg(key.first)
                                 .arg(key.second.month)
                                 .arg(key.second.year));
    }
}

} // namespace

Store::Saved Store::saveFigures(const QList<Figure> &figures, const QString &origin, const QList<Figure> &removed, WhenChanged whenChanged)
{
    m_backend->beginWrite();
    QSqlDatabase &db = m_backend->db();
    const QString lockRow = m_backend->isServer() ? u" FOR UPDATE"_s : QString(); // SQLite's write lock is the whole file's
    try {
        refuseLockedMonths(db, figures + removed);
        Saved saved;
        if (!figures.isEmpty()) {
            saved.entry = insertEntry(db, origin, m_backend->login().name);
            for (const Figure &figure : figures)
                saved.previous.append(upsertFigure(db, figure, saved.entry, whenChanged, lockRow));
        }
        for (const Figure &figure : removed)
            deleteFigure(db, figure, whenChanged, lockRow);
        m_backend->commit();
        return saved;
    } catch (...) {
        m_backend->rollback();
        throw;
    }
}

QHash<QString, Store::Acknowledgement> Store::acknowledgements() const
{
    QHash<QString, Acknowledgement> result;
    QSqlQuery query(m_backend->db());
    if (!query.exec(u"SELECT finding_key, comment, acknowledged_at, acknowledged_by FROM acknowledgement"_s))
        throw StoreError(QCoreApplication::translate("Store", "Cannot read the acknowledgements: %1").arg(query.lastError().text()));
    while (query.next())
        result.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    return result;
}

FigureChoices Store::figureChoices() const
{
    FigureChoices choices;
    const auto all = acknowledgements();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (auto choice = FigureChoice::fromStorage(it.key(), it->comment, it->at, it->by))
            choices.insert(choice->key(), *choice);
    }
    return choices;
}

void Store::chooseFigure(const QString &indicator, const QString &region, YearMonth period, const QString &sourceKey,
                         const std::optional<FigureChoice> &asRead)
{
    const QString key = FigureChoice::storageKey(indicator, region, period);
    const auto check = [&] {
        Statement now(m_backend->db(), u"SELECT comment, acknowledged_at, acknowledged_by FROM acknowledgement WHERE finding_key = ?%1"_s.arg(
                                           m_backend->isServer() ? u" FOR UPDATE"_s : QString()));
        now.bind(0, key);
        std::optional<FigureChoice> stored;
        if (now.next())
            stored = FigureChoice::fromStorage(key, now.columnText(0), now.columnText(1), now.columnText(2));
        const auto same = [](const FigureChoice &a, const FigureChoice &b) { return a.sourceKey == b.sourceKey && a.at == b.at && a.by == b.by; };
        if (stored.has_value() == asRead.has_value() && (!stored || same(*stored, *asRead)))
            return;
        if (stored)
            throw StoreError(QCoreApplication::translate("Store", "%1 chose the figure of %2 at %3 since you read it. Nothing was changed; "
                                                                  "look at it again first.")
                                 .arg(stored->by, stored->sourceKey, stored->at));
        throw StoreError(QCoreApplication::translate("Store", "Someone removed the choice of this figure since you read it. Nothing was "
                                                              "changed; look at it again first."));
    };
    writeAcknowledgement(key, sourceKey.isEmpty() ? std::nullopt : std::optional<QString>(sourceKey), check);
}

void Store::acknowledge(const QString &findingKey, const QString &comment)
{
    writeAcknowledgement(findingKey, comment, {});
}

void Store::acknowledge(const QString &findingKey, const QString &comment, const std::optional<Acknowledgement> &asRead)
{
    writeAcknowledgement(findingKey, comment, [&] { checkAcknowledgementUnchanged(findingKey, asRead); });
}

void Store::reopen(const QString &findingKey)
{
    writeAcknowledgement(findingKey, std::nullopt, {});
}

void Store::reopen(const QString &findingKey, const std::optional<Acknowledgement> &asRead)
{
    writeAcknowledgement(findingKey, std::nullopt, [&] { checkAcknowledgementUnchanged(findingKey, asRead); });
}

void Store::writeAcknowledgement(const QString &findingKey, const std::optional<QString> &comment, const std::function<void()> &checkFirst)
{
    // The figure choices are kept with the acknowledgements, and are the office's too.
    refuseUnlessOffice(m_backend->login(), FigureChoice::isStorageKey(findingKey) ? OfficeWork::ChooseFigure : OfficeWork::Acknowledge);
    if (!comment) {
        Statement remove(m_backend->db(), u"DELETE FROM acknowledgement WHERE finding_key = ?"_s);
        remove.bind(0, findingKey);
        writeAlone(remove, checkFirst);
        return;
    }
    Statement statement(m_backend->db(), u"INSERT INTO acknowledgement (finding_key, comment, acknowledged_at, acknowledged_by) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (finding_key) DO UPDATE SET comment = excluded.comment, "
                              "acknowledged_at = excluded.acknowledged_at, acknowledged_by = excluded.acknowledged_by"_s);
    statement.bind(0, findingKey);
    statement.bind(1, *comment);
    statement.bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    statement.bind(3, m_backend->login().name);
    writeAlone(statement, checkFirst);
}

void Store::checkAcknowledgementUnchanged(const QString &findingKey, const std::optional<Acknowledgement> &asRead)
{
    Statement now(m_backend->db(), u"SELECT comment, acknowledged_at, acknowledged_by FROM acknowledgement WHERE finding_key = ?%1"_s.arg(
                                       m_backend->isServer() ? u" FOR UPDATE"_s : QString()));
    now.bind(0, findingKey);
    std::optional<Acknowledgement> stored;
    if (now.next())
        stored = Acknowledgement{now.columnText(0), now.columnText(1), now.columnText(2)};
    const bool same = stored.has_value() == asRead.has_value()
        && (!stored || (stored->comment == asRead->comment && stored->at == asRead->at && stored->by == asRead->by));
    if (same)
        return;
    if (stored)
        throw StoreError(QCoreApplication::translate("Store", "%1 acknowledged this finding at %2 since you read it: \"%3\". "
                                                              "Nothing was changed; look at it again first.")
                             .arg(stored->by, stored->at, stored->comment));
    throw StoreError(QCoreApplication::translate("Store", "Someone reopened this finding since you read it. Nothing was changed; look at it again first."));
}

void Store::writeAlone(Statement &statement, const std::function<void()> &checkFirst)
{
    // In a write transaction of its own: a server waits its bounded time for a lock another
    // session holds, then says "busy", where a statement on its own would wait for ever.
    m_backend->beginWrite();
    try {
        if (checkFirst)
            checkFirst();
        statement.next();
        m_backend->commit();
    } catch (...) {
        m_backend->rollback();
        throw;
    }
}

std::unique_ptr<FigureBatch> Store::beginImport(const QString &enteredBy, const QString &origin)
{
    return FigureBatch::begin(*m_backend, enteredBy, origin);
}

QList<Store::Submission> Store::submissions(int year, int lastMonth) const
{
    QSqlQuery query(m_backend->db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.unit, s.year, s.month, e.entered_at, e.entered_by, s.id FROM submission AS s JOIN entry AS e ON e.id = s.entry_id "
                  "WHERE s.year = ? AND s.month <= ? ORDER BY e.entered_at, s.id"_s);
    query.bindValue(0, year);
    query.bindValue(1, lastMonth);
    if (!query.exec())
        throw StoreError(m_backend->explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the submissions")));
    QList<Submission> list;
    while (query.next()) {
        QDateTime at = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        at.setTimeSpec(Qt::UTC);
        list.append({query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()}, at, query.value(4).toString(),
                     query.value(5).toLongLong()});
    }
    return list;
}

void Store::recordSubmissions(const QList<Submission> &forms, const QString &origin)
{
    m_backend->beginWrite();
    try {
        QSqlDatabase &db = m_backend->db();
        Statement entry(db, u"INSERT INTO entry (entered_at, entered_by, origin) VALUES (?, ?, ?) RETURNING id"_s);
        Statement submission(db, u"INSERT INTO submission (unit, year, month, entry_id) VALUES (?, ?, ?, ?)"_s);
        for (const Submission &form : forms) {
            entry.bind(0, form.at.toUTC().toString(Qt::ISODate));
            entry.bind(1, form.by);
            entry.bind(2, origin);
            entry.next();
            const qint64 id = entry.columnInt(0);
            entry.reset();
            submission.bind(0, form.unit);
            submission.bind(1, form.period.year);
            submission.bind(2, form.period.month);
            submission.bind(3, id);
            submission.next();
            submission.reset();
        }
        m_backend->commit();
    } catch (...) {
        m_backend->rollback();
        throw;
    }
}

QList<UnitWeight> Store::unitWeights() const
{
    Statement query(m_backend->db(), u"SELECT w.basis, w.region, w.year, w.value, s.url, s.title, s.published FROM unit_weight AS w "
                                     "JOIN source AS s ON s.id = w.source_id ORDER BY w.basis, w.region, w.year"_s);
    QList<UnitWeight> weights;
    while (query.next()) {
        UnitWeight w{query.columnText(0), query.columnText(1), int(query.columnInt(2)), query.columnDouble(3),
                     {query.columnText(4), query.columnText(5), QDate::fromString(query.columnText(6), Qt::ISODate)}};
        weights.append(w);
    }
    return weights;
}

void Store::saveUnitWeights(const QList<UnitWeight> &weights, const QString &origin)
{
    refuseUnlessOffice(m_backend->login(), OfficeWork::StoreWeights);
    m_backend->beginWrite();
    try {
        QSqlDatabase &db = m_backend->db();
        const qint64 entry = insertEntry(db, origin, m_backend->login().name);
        Statement upsert(db, u"INSERT INTO unit_weight (basis, region, year, value, source_id, entry_id) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (basis, region, year) DO UPDATE SET value = excluded.value, source_id = excluded.source_id, "
                             "entry_id = excluded.entry_id"_s);
        for (const UnitWeight &w : weights) {
            upsert.bind(0, w.basis);
            upsert.bind(1, w.region);
            upsert.bind(2, w.year);
            upsert.bind(3, w.value);
            upsert.bind(4, sourceId(db, w.source, true));
            upsert.bind(5, entry);
            upsert.next();
            upsert.reset();
        }
        m_backend->commit();
    } catch (...) {
        m_backend->rollback();
        throw;
    }
}

QList<Review> Store::reviews(const QString &unit, YearMonth period) const
{
    return reviewsOf(m_backend->db(), unit, period, false);
}

QHash<QString, Review> Store::latestReviews(YearMonth period) const
{
    Statement query(m_backend->db(), u"SELECT %1 FROM review AS r WHERE r.year = ? AND r.month = ? ORDER BY r.id"_s.arg(reviewColumns));
    query.bind(0, period.year);
    query.bind(1, period.month);
    QHash<QString, Review> latest;
    while (query.next()) {
        const Review review = reviewOf(query);
        latest.insert(review.unit, review); // in id order: the last one stays
    }
    return latest;
}

QList<std::pair<QString, YearMonth>> Store::lockedMonths() const
{
    QSqlQuery query(m_backend->db());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT r.unit, r.year, r.month FROM review AS r WHERE r.action = 'approve' AND r.id = "
                    "(SELECT max(l.id) FROM review AS l WHERE l.unit = r.unit AND l.year = r.year AND l.month = r.month)"_s))
        throw StoreError(m_backend->explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the reviews")));
    QList<std::pair<QString, YearMonth>> list;
    while (query.next())
        list.append({query.value(0).toString(), {query.value(1).toInt(), query.value(2).toInt()}});
    return list;
}

ReviewState Store::review(const QString &unit, YearMonth period, ReviewAction action, const QString &comment)
{
    const Login &login = m_backend->login();
    const QString month = u"%1/%2"_s.arg(period.month).arg(period.year);
    if (login.role != Login::Role::Office)
        throw StoreError(QCoreApplication::translate("Store", "Only an office login may approve, return or reopen a unit's form; %1 is not one.")
                             .arg(login.name));
    if (action != ReviewAction::Approve && comment.trimmed().isEmpty())
        throw StoreError(action == ReviewAction::Return
                             ? QCoreApplication::translate("Store", "Say why unit %1's form for %2 is returned: a return needs a comment.").arg(unit, month)
                             : QCoreApplication::translate("Store", "Say why unit %1's form for %2 is reopened: a reopening needs a reason.").arg(unit, month));
    m_backend->beginWrite();
    QSqlDatabase &db = m_backend->db();
    try {
        // Two office logins acting on the same month at once: the second waits, then sees the first's action.
        if (m_backend->isServer()) {
            Statement lock(db, u"SELECT pg_advisory_xact_lock(hashtext(?))"_s);
            lock.bind(0, u"review %1 %2"_s.arg(unit, period.toIsoString()));
            lock.next();
        }
        Statement last(db, u"SELECT coalesce(max(id), 0) FROM submission WHERE unit = ? AND year = ? AND month = ?"_s);
        last.bind(0, unit);
        last.bind(1, period.year);
        last.bind(2, period.month);
        const qint64 latestSubmission = last.next() ? last.columnInt(0) : 0;
        const ReviewState state = reviewState(latestReview(db, unit, period), latestSubmission);
        const auto refuse = [](const QString &why) { throw StoreError(why); };
        switch (action) {
        case ReviewAction::Approve:
        case ReviewAction::Return: {
            const QString verb = action == ReviewAction::Approve ? QCoreApplication::translate("Store", "approve")
                                                                 : QCoreApplication::translate("Store", "return");
            if (state == ReviewState::Missing)
                refuse(QCoreApplication::translate("Store", "Unit %1 has sent no form for %2: there is nothing to %3.").arg(unit, month, verb));
            if (state == ReviewState::Returned)
                refuse(QCoreApplication::translate("Store", "Unit %1's form for %2 was returned and no new form has come since: there is nothing to %3.")
                           .arg(unit, month, verb));
            if (state == ReviewState::Approved)
                refuse(action == ReviewAction::Approve
                           ? QCoreApplication::translate("Store", "Unit %1's form for %2 is approved already.").arg(unit, month)
                           : QCoreApplication::translate("Store", "Unit %1's form for %2 is approved and locked: reopen it first, saying why, "
                                                                  "then return it.")
                                 .arg(unit, month));
            break;
        }
        case ReviewAction::Reopen:
            if (state != ReviewState::Approved)
                refuse(QCoreApplication::translate("Store", "Unit %1's form for %2 is not approved: there is nothing to reopen.").arg(unit, month));
            break;
        }
        Statement insert(db, u"INSERT INTO review (unit, year, month, action, comment, submission_id, reviewed_at, reviewed_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        insert.bind(0, unit);
        insert.bind(1, period.year);
        insert.bind(2, period.month);
        insert.bind(3, reviewActionCode(action));
        insert.bind(4, comment.trimmed());
        insert.bind(5, latestSubmission);
        insert.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        insert.bind(7, login.name);
        insert.next();
        m_backend->commit();
        return action == ReviewAction::Approve ? ReviewState::Approved : action == ReviewAction::Return ? ReviewState::Returned : ReviewState::Submitted;
    } catch (...) {
        m_backend->rollback();
        throw;
    }
}

QString Store::setting(const QString &name, const QString &fallback) const
{
    QSqlQuery query(m_backend->db());
    query.prepare(u"SELECT value FROM setting WHERE name = ?"_s);
    query.bindValue(0, name);
    if (!query.exec())
        throw StoreError(m_backend->explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the settings")));
    return query.next() ? query.value(0).toString() : fallback;
}

void Store::setSetting(const QString &name, const QString &value)
{
    m_backend->beginWrite();
    try {
        QSqlQuery query(m_backend->db());
        query.prepare(u"INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
        query.bindValue(0, name);
        query.bindValue(1, value);
        if (!query.exec())
            throw StoreError(m_backend->explain(query.lastError(), QCoreApplication::translate("Store", "The change could not be saved")));
        m_backend->commit();
    } catch (...) {
        m_backend->rollback();
        throw;
    }
}

Store::Counts Store::counts() const
{
    QSqlQuery query(m_backend->db());
    if (!query.exec(u"SELECT (SELECT count(*) FROM observation), (SELECT count(*) FROM plan), "
                    "(SELECT count(*) FROM claim), (SELECT count(*) FROM source)"_s)
        || !query.next())
        throw StoreError(QCoreApplication::translate("Store", "Cannot count the figures: %1").arg(query.lastError().text()));
    return {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()};
}

} // namespace chiso
