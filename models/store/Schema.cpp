#include "Schema.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

// Each entry upgrades version i to i + 1. Append; never edit a migration that has shipped.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            uR"(CREATE TABLE indicator (
                code TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('flow', 'level', 'month_flow')),
                unit TEXT NOT NULL CHECK (unit IN ('vnd_bn', 'persons', 'percent', 'per100')),
                name_vi TEXT NOT NULL,
                name_en TEXT NOT NULL,
                unit_vi TEXT NOT NULL,
                unit_en TEXT NOT NULL,
                decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
                sort_order INTEGER NOT NULL DEFAULT 0))"_s,
            uR"(CREATE TABLE source (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                url TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                published TEXT))"_s,
            // Who entered figures, when and from what (a file, the monthly form): one row per
            // import or save, so that each figure row stays small.
            uR"(CREATE TABLE entry (
                id INTEGER PRIMARY KEY,
                entered_at TEXT NOT NULL,
                entered_by TEXT NOT NULL,
                origin TEXT NOT NULL DEFAULT ''))"_s,
            // The unique keys lead with the period: figures arrive month by month and are read
            // by year, so new rows land at the end of the index and reports scan a range of it.
            uR"(CREATE TABLE observation (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                value REAL NOT NULL,
                basis TEXT NOT NULL CHECK (basis IN ('actual', 'estimate', 'reported', 'measured')),
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (year, month, indicator, region, basis, source_id)))"_s,
            uR"(CREATE TABLE plan (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                target REAL NOT NULL,
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (year, indicator, region, source_id)))"_s,
            uR"(CREATE TABLE claim (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                kind TEXT NOT NULL CHECK (kind IN ('growth', 'share')),
                value REAL NOT NULL,
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (year, month, indicator, region, kind, source_id)))"_s,
        },
        {
            // A finding the analyst has looked at, with what they concluded.
            uR"(CREATE TABLE acknowledgement (
                finding_key TEXT PRIMARY KEY,
                comment TEXT NOT NULL,
                acknowledged_at TEXT NOT NULL,
                acknowledged_by TEXT NOT NULL))"_s,
        },
        {
            // The same tables with each CHECK of a list written as OR-ed equalities. SQLite
            // evaluates `basis IN ('actual', …)` by filling a temporary table on every insert:
            // that alone made importing 1,000,000 figures take 6.0 s instead of 3.5 s.
            // CHECK constraints cannot be altered in place, hence the copy (rows keep their ids).
            uR"(CREATE TABLE observation_v3 (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                value REAL NOT NULL,
                basis TEXT NOT NULL CHECK (basis = 'actual' OR basis = 'estimate' OR basis = 'reported' OR basis = 'measured'),
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (year, month, indicator, region, basis, source_id)))"_s,
            uR"(INSERT INTO observation_v3 (id, indicator, region, year, month, value, basis, source_id, quote, note, entry_id)
                SELECT id, indicator, region, year, month, value, basis, source_id, quote, note, entry_id FROM observation)"_s,
            u"DROP TABLE observation"_s,
            u"ALTER TABLE observation_v3 RENAME TO observation"_s,
            uR"(CREATE TABLE claim_v3 (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                kind TEXT NOT NULL CHECK (kind = 'growth' OR kind = 'share'),
                value REAL NOT NULL,
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (year, month, indicator, region, kind, source_id)))"_s,
            uR"(INSERT INTO claim_v3 (id, indicator, region, year, month, kind, value, source_id, quote, note, entry_id)
                SELECT id, indicator, region, year, month, kind, value, source_id, quote, note, entry_id FROM claim)"_s,
            u"DROP TABLE claim"_s,
            u"ALTER TABLE claim_v3 RENAME TO claim"_s,
        },
        {
            // A ministry's database holds every unit's figures, and every view and command reads
            // one unit's: with the region first in the unique keys, that is a range of the keys'
            // own indexes. A second index led by the region would do the same for reading, but
            // cost every import a third more (1,000,000 rows: 3.1 s became 4.2 s); a key that
            // leads with the region costs an import nothing more than one led by the period.
            // The copies keep every row and id, and the checks of version 3.
            uR"(CREATE TABLE observation_v4 (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                value REAL NOT NULL,
                basis TEXT NOT NULL CHECK (basis = 'actual' OR basis = 'estimate' OR basis = 'reported' OR basis = 'measured'),
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (region, year, month, indicator, basis, source_id)))"_s,
            uR"(INSERT INTO observation_v4 (id, indicator, region, year, month, value, basis, source_id, quote, note, entry_id)
                SELECT id, indicator, region, year, month, value, basis, source_id, quote, note, entry_id FROM observation)"_s,
            u"DROP TABLE observation"_s,
            u"ALTER TABLE observation_v4 RENAME TO observation"_s,
            uR"(CREATE TABLE plan_v4 (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                target REAL NOT NULL,
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (region, year, indicator, source_id)))"_s,
            uR"(INSERT INTO plan_v4 (id, indicator, region, year, target, source_id, quote, note, entry_id)
                SELECT id, indicator, region, year, target, source_id, quote, note, entry_id FROM plan)"_s,
            u"DROP TABLE plan"_s,
            u"ALTER TABLE plan_v4 RENAME TO plan"_s,
            uR"(CREATE TABLE claim_v4 (
                id INTEGER PRIMARY KEY,
                indicator TEXT NOT NULL REFERENCES indicator(code),
                region TEXT NOT NULL DEFAULT 'VN',
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                kind TEXT NOT NULL CHECK (kind = 'growth' OR kind = 'share'),
                value REAL NOT NULL,
                source_id INTEGER NOT NULL REFERENCES source(id),
                quote TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (region, year, month, indicator, kind, source_id)))"_s,
            uR"(INSERT INTO claim_v4 (id, indicator, region, year, month, kind, value, source_id, quote, note, entry_id)
                SELECT id, indicator, region, year, month, kind, value, source_id, quote, note, entry_id FROM claim)"_s,
            u"DROP TABLE claim"_s,
            u"ALTER TABLE claim_v4 RENAME TO claim"_s,
        },
    };
    return steps;
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw StoreError(QCoreApplication::translate("Store", "Could not update the database schema: %1")
                             .arg(query.lastError().text()));
}

} // namespace

namespace {

/// The tables each schema version has, with their columns (of the current version).
const QHash<QString, QStringList> &columnsOfTables()
{
    static const QHash<QString, QStringList> tables = {
        {u"indicator"_s, {u"code"_s, u"kind"_s, u"unit"_s, u"name_vi"_s, u"name_en"_s, u"unit_vi"_s, u"unit_en"_s, u"decimals"_s, u"sort_order"_s}},
        {u"source"_s, {u"id"_s, u"key"_s, u"url"_s, u"title"_s, u"published"_s}},
        {u"entry"_s, {u"id"_s, u"entered_at"_s, u"entered_by"_s, u"origin"_s}},
        {u"observation"_s, {u"id"_s, u"indicator"_s, u"region"_s, u"year"_s, u"month"_s, u"value"_s, u"basis"_s, u"source_id"_s,
                            u"quote"_s, u"note"_s, u"entry_id"_s}},
        {u"plan"_s, {u"id"_s, u"indicator"_s, u"region"_s, u"year"_s, u"target"_s, u"source_id"_s, u"quote"_s, u"note"_s, u"entry_id"_s}},
        {u"claim"_s, {u"id"_s, u"indicator"_s, u"region"_s, u"year"_s, u"month"_s, u"kind"_s, u"value"_s, u"source_id"_s, u"quote"_s,
                      u"note"_s, u"entry_id"_s}},
        {u"acknowledgement"_s, {u"finding_key"_s, u"comment"_s, u"acknowledged_at"_s, u"acknowledged_by"_s}},
    };
    return tables;
}

QStringList tablesOfVersion(int version)
{
    QStringList tables = {u"indicator"_s, u"source"_s, u"entry"_s, u"observation"_s, u"plan"_s, u"claim"_s};
    if (version >= 2)
        tables.append(u"acknowledgement"_s);
    return tables;
}

} // namespace

void checkIsChisoDatabase(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    const auto fail = [&path](const QString &why) {
        throw StoreError(QCoreApplication::translate("Store", "%1 is not a Chỉ Số database: %2").arg(path, why));
    };
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        fail(query.lastError().text());
    const int version = query.value(0).toInt();
    QStringList tables;
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s))
        fail(query.lastError().text());
    while (query.next())
        tables.append(query.value(0).toString());
    if (version > currentSchemaVersion())
        return; // migrate() says it is from a newer version
    if (version == 0) {
        if (tables.isEmpty())
            fail(QCoreApplication::translate("Store", "it is an empty SQLite database. Create a Chỉ Số database with: chiso init --db PATH"));
        fail(QCoreApplication::translate("Store", "it holds tables of another program (%1). Chỉ Số does not change it; create a "
                                                  "database of its own with: chiso init --db PATH")
                 .arg(tables.mid(0, 5).join(u", "_s) + (tables.size() > 5 ? u", …"_s : QString())));
    }
    QStringList missing;
    for (const QString &table : tablesOfVersion(version)) {
        if (!tables.contains(table)) {
            missing.append(table);
            continue;
        }
        if (version != currentSchemaVersion())
            continue; // older versions' columns are the migrations' business
        QStringList columns;
        if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(table))) // a name of ours, not input
            fail(query.lastError().text());
        while (query.next())
            columns.append(query.value(1).toString());
        for (const QString &column : columnsOfTables().value(table)) {
            if (!columns.contains(column))
                missing.append(table + u'.' + column);
        }
    }
    if (!missing.isEmpty())
        fail(QCoreApplication::translate("Store", "it says it is of schema %1, but it lacks %2. Another program has changed it; "
                                                  "open a backup or create a new database with: chiso init --db PATH")
                 .arg(version)
                 .arg(missing.join(u", "_s)));
}

int currentSchemaVersion()
{
    return int(migrations().size());
}

void migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    auto storedVersion = [&query] {
        exec(query, u"PRAGMA user_version"_s);
        return query.next() ? query.value(0).toInt() : 0;
    };
    int version = storedVersion();
    if (version > currentSchemaVersion())
        throw StoreError(QCoreApplication::translate("Store",
            "This database was written by a newer version of Chỉ Số (schema %1; this version knows up to %2). "
            "Update the application or open another database.")
                             .arg(version).arg(currentSchemaVersion()));
    if (version == currentSchemaVersion())
        return;
    // Foreign keys off while tables are copied and renamed, as SQLite prescribes for changing a
    // table: a row another tool left without its parent is carried over, not a reason to refuse
    // the whole database.
    const ForeignKeysOff foreignKeysOff(db);
    while (version < currentSchemaVersion()) {
        // IMMEDIATE, and the version read again inside: a second program opening the same
        // database at the same moment (a script while the window starts) waits for the
        // first, then finds the step done instead of doing it twice.
        exec(query, u"BEGIN IMMEDIATE"_s);
        try {
            version = storedVersion();
            if (version < currentSchemaVersion()) {
                for (const QString &sql : migrations().at(version))
                    exec(query, sql);
                // PRAGMA takes no bound parameters; the version is an integer of ours, not input.
                exec(query, u"PRAGMA user_version = %1"_s.arg(version + 1));
                ++version;
            }
        } catch (...) {
            db.rollback();
            throw;
        }
        if (!db.commit())
            throw StoreError(QCoreApplication::translate("Store", "Could not update the database schema: %1")
                                 .arg(db.lastError().text()));
    }
}

ForeignKeysOff::ForeignKeysOff(QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = OFF"_s);
}

ForeignKeysOff::~ForeignKeysOff()
{
    QSqlQuery(m_db).exec(u"PRAGMA foreign_keys = ON"_s);
}

} // namespace chiso
