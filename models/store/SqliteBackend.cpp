#include "SqliteBackend.h"
#include "HistorySchema.h"
#include "Schema.h"
#include "Statement.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>
#include <atomic>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// SQL comparing a month or year (text `period`, of `length` 7 or 4) with a unit's period.
QString unitCovers(const QString &unit, const QString &period, int length)
{
    const QString n = QString::number(length);
    return u"substr("_s + unit + u".valid_from, 1, "_s + n + u") <= "_s + period + u" AND ("_s + unit + u".valid_until = '' OR substr("_s
           + unit + u".valid_until, 1, "_s + n + u") >= "_s + period + u")"_s;
}

/// The trigger that refuses a row of `table` whose region is no unit of its month (`yearly`:
/// of its year, for plans). (Built by concatenation: printf's %04d would be read by QString::arg.)
QString unitTrigger(const QString &table, const QString &event, bool yearly)
{
    const QString period = yearly ? u"printf('%04d', NEW.year)"_s : u"printf('%04d-%02d', NEW.year, NEW.month)"_s;
    const QString name = table + (event.startsWith(u"INSERT"_s) ? u"_unit_on_insert"_s : u"_unit_on_update"_s);
    return u"CREATE TRIGGER "_s + name + u" BEFORE "_s + event + u" ON "_s + table
           + u" WHEN NOT EXISTS (SELECT 1 FROM unit AS u WHERE u.code = NEW.region AND "_s + unitCovers(u"u"_s, period, yearly ? 4 : 7)
           + u") BEGIN SELECT RAISE(ABORT, 'a row of "_s + table + u" refers to a unit that does not exist in its period'); END"_s;
}

/// The trigger that refuses to delete or change a unit figures still refer to: a figure of the
/// old unit's code and period that no unit (after the change) covers.
QString unitReferencedTrigger(const QString &event)
{
    const auto uncovered = [](const QString &table, bool yearly) {
        const QString period = yearly ? u"printf('%04d', f.year)"_s : u"printf('%04d-%02d', f.year, f.month)"_s;
        const int length = yearly ? 4 : 7;
        return u"EXISTS (SELECT 1 FROM "_s + table + u" AS f WHERE f.region = OLD.code AND "_s + unitCovers(u"OLD"_s, period, length)
               + u" AND NOT EXISTS (SELECT 1 FROM unit AS u WHERE u.code = f.region AND "_s + unitCovers(u"u"_s, period, length) + u"))"_s;
    };
    const QString name = event == u"DELETE"_s ? u"unit_referenced_on_delete"_s : u"unit_referenced_on_update"_s;
    return u"CREATE TRIGGER "_s + name + u" AFTER "_s + event + u" ON unit WHEN "_s + uncovered(u"observation"_s, false) + u" OR "_s
           + uncovered(u"claim"_s, false) + u" OR "_s + uncovered(u"plan"_s, true)
           + u" BEGIN SELECT RAISE(ABORT, 'figures still refer to a row of unit'); END"_s;
}

/// Whether the latest review action of the unit `unit` for the month `year`/`month` (SQL
/// expressions) approved it: one seek in the review table's index.
QString monthLocked(const QString &unit, const QString &year, const QString &month)
{
    return u"coalesce((SELECT r.action = 'approve' FROM review AS r WHERE r.unit = "_s + unit + u" AND r.year = "_s + year
           + u" AND r.month = "_s + month + u" ORDER BY r.id DESC LIMIT 1), 0)"_s;
}

/// The trigger that refuses `event` on a row of `table` in a month the office approved (the
/// old row's month, the new one's, or both). SQLite's RAISE takes no expression: the store
/// names the unit and month (Backend::explain, or its own checks before writing).
QString lockTrigger(const QString &table, const QString &event, const QString &unitColumn)
{
    QStringList conditions;
    if (event != u"INSERT"_s)
        conditions.append(monthLocked(u"OLD."_s + unitColumn, u"OLD.year"_s, u"OLD.month"_s));
    if (event != u"DELETE"_s)
        conditions.append(monthLocked(u"NEW."_s + unitColumn, u"NEW.year"_s, u"NEW.month"_s));
    return u"CREATE TRIGGER "_s + table + u"_locked_on_"_s + event.toLower() + u" BEFORE "_s + event + u" ON "_s + table + u" WHEN "_s
           + conditions.join(u" OR "_s)
           + u" BEGIN SELECT RAISE(ABORT, 'this unit''s form for the month is approved and locked; the office must reopen it first'); END"_s;
}

} // namespace

namespace sqliteRules {

QStringList importTriggers()
{
    return {u"observation_unit_on_insert"_s, u"observation_locked_on_insert"_s, u"claim_unit_on_insert"_s, u"claim_locked_on_insert"_s,
            u"plan_unit_on_insert"_s};
}

QString regionUncovered(bool yearly)
{
    // Each parameter once, as plain `?`: Qt's own SQLite driver (the build without the native
    // path) counts a numbered parameter used twice as two and refuses the statement.
    const QString period = yearly ? u"printf('%04d', ?)"_s : u"printf('%04d-%02d', ?, ?)"_s;
    return u"SELECT NOT EXISTS (SELECT 1 FROM unit AS u, (SELECT ? AS code, "_s + period
           + u" AS period) AS asked WHERE u.code = asked.code AND "_s + unitCovers(u"u"_s, u"asked.period"_s, yearly ? 4 : 7)
           + u")"_s;
}

QString monthLocked()
{
    return u"SELECT "_s + chiso::monthLocked(u"?"_s, u"?"_s, u"?"_s);
}

} // namespace sqliteRules

namespace {

// Each entry upgrades version i to i + 1. Append; never edit a migration that has shipped.
const QList<QStringList> &sqliteMigrations()
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
        {
            history::createTable(false),
        },
        {
            // The catalogue of reporting units (the provinces before and after 1 July 2025, the
            // country, units the office adds) and the mergers between them. A unit is its code
            // and its period ('' for an open end; dates YYYY-MM-DD): 15 was Yên Bái until
            // 2025-06-30 and is Lào Cai from 2025-07-01.
            uR"(CREATE TABLE unit (
                code TEXT NOT NULL,
                valid_from TEXT NOT NULL DEFAULT '',
                valid_until TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL CHECK (kind = 'country' OR kind = 'province' OR kind = 'other'),
                name_vi TEXT NOT NULL,
                name_en TEXT NOT NULL,
                centre_lat REAL,
                centre_lon REAL,
                PRIMARY KEY (code, valid_from)))"_s,
            uR"(CREATE TABLE unit_merger (
                old_code TEXT NOT NULL,
                new_code TEXT NOT NULL,
                since TEXT NOT NULL,
                PRIMARY KEY (since, old_code)))"_s,
            // A figure's region is a unit that existed in its month (a plan's: in its year). A
            // foreign key cannot say "in its period", so triggers do: one look-up in the unit's
            // key a row, as a foreign key would.
            unitTrigger(u"observation"_s, u"INSERT"_s, false),
            unitTrigger(u"observation"_s, u"UPDATE OF region, year, month"_s, false),
            unitTrigger(u"claim"_s, u"INSERT"_s, false),
            unitTrigger(u"claim"_s, u"UPDATE OF region, year, month"_s, false),
            unitTrigger(u"plan"_s, u"INSERT"_s, true),
            unitTrigger(u"plan"_s, u"UPDATE OF region, year"_s, true),
            // A unit may not go, nor change its code or period, while figures of that code fall
            // in its period and no other unit of the code covers them.
            unitReferencedTrigger(u"DELETE"_s),
            unitReferencedTrigger(u"UPDATE OF code, valid_from, valid_until"_s),
            // A unit's monthly form imported: which unit, for which month, under which entry
            // (who, when). A form sent again is another submission.
            uR"(CREATE TABLE submission (
                id INTEGER PRIMARY KEY,
                unit TEXT NOT NULL,
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                entry_id INTEGER NOT NULL REFERENCES entry(id)))"_s,
            u"CREATE INDEX submission_by_period ON submission (year, month, unit)"_s,
            // The office's settings that every client shares (the day of the month forms are due).
            uR"(CREATE TABLE setting (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL))"_s,
        },
        {
            // What a share is weighted by when units add up (households, population), and the
            // weights the office imports with their source: one value per basis, unit and year.
            u"ALTER TABLE indicator ADD COLUMN weighted_by TEXT NOT NULL DEFAULT ''"_s,
            weightBasesOfBundledIndicators(),
            // The indicators a unit reports, space-separated; empty: all that the form lists.
            u"ALTER TABLE unit ADD COLUMN indicators TEXT NOT NULL DEFAULT ''"_s,
            uR"(CREATE TABLE unit_weight (
                id INTEGER PRIMARY KEY,
                basis TEXT NOT NULL,
                region TEXT NOT NULL,
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                value REAL NOT NULL CHECK (value > 0),
                source_id INTEGER NOT NULL REFERENCES source(id),
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                UNIQUE (basis, region, year)))"_s,
        },
        {
            // The office's review of the units' forms, kept as it happened (append only): each
            // action names the latest form it judged, so that a form sent after a return is seen
            // as a new one. A return says why, a reopening too.
            uR"(CREATE TABLE review (
                id INTEGER PRIMARY KEY,
                unit TEXT NOT NULL,
                year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
                month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
                action TEXT NOT NULL CHECK (action = 'approve' OR action = 'return' OR action = 'reopen'),
                comment TEXT NOT NULL DEFAULT '',
                submission_id INTEGER NOT NULL REFERENCES submission(id),
                reviewed_at TEXT NOT NULL,
                reviewed_by TEXT NOT NULL,
                CHECK (action = 'approve' OR trim(comment) <> '')))"_s,
            u"CREATE INDEX review_by_month ON review (unit, year, month, id)"_s,
            u"CREATE TRIGGER review_kept_on_update BEFORE UPDATE ON review BEGIN SELECT RAISE(ABORT, 'a review is kept as it was: add an action instead'); END"_s,
            u"CREATE TRIGGER review_kept_on_delete BEFORE DELETE ON review BEGIN SELECT RAISE(ABORT, 'a review is kept as it was: add an action instead'); END"_s,
            // An approved month is locked for every writer, this program or another: its figures
            // and stated figures, and new forms for it, until the office reopens it.
            lockTrigger(u"observation"_s, u"INSERT"_s, u"region"_s),
            lockTrigger(u"observation"_s, u"UPDATE"_s, u"region"_s),
            lockTrigger(u"observation"_s, u"DELETE"_s, u"region"_s),
            lockTrigger(u"claim"_s, u"INSERT"_s, u"region"_s),
            lockTrigger(u"claim"_s, u"UPDATE"_s, u"region"_s),
            lockTrigger(u"claim"_s, u"DELETE"_s, u"region"_s),
            lockTrigger(u"submission"_s, u"INSERT"_s, u"unit"_s),
        },
        {}, // PostgreSQL's version 9 mended its statement triggers' plans: SQLite's row triggers are as they were
        {}, // and version 10 joined two of them and cached its ids
        {}, // and version 11 checked them without listing an import's months
        history::batchedInsertions(false),
    };
    return steps;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"chiso-sqlite-%1"_s.arg(++counter);
}

QSqlDatabase openConnection(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
    db.setDatabaseName(path);
    // Wait a bounded time for another process's write to finish instead of failing at once.
    const QByteArray timeout = qgetenv("CHISO_BUSY_TIMEOUT_MS");
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(timeout.isEmpty() ? 5000 : timeout.toInt()));
    if (!db.open()) {
        const QString error = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(QCoreApplication::translate("Store", "Cannot open the database %1: %2").arg(path, error));
    }
    return db;
}

/// Refuses what SQLite would turn into a database or wait on forever: a missing path, a
/// folder, a device or FIFO, a file that is not SQLite, naming the real cause.
void checkDatabaseFile(const QString &path)
{
    std::error_code error;
    const auto status = std::filesystem::status(std::filesystem::path(path.toStdU16String()), error);
    if (error && error != std::errc::no_such_file_or_directory)
        throw StoreError(QCoreApplication::translate("Store", "Cannot open the database %1: %2").arg(path, QString::fromLocal8Bit(error.message())));
    if (!std::filesystem::exists(status))
        throw StoreError(QCoreApplication::translate("Store", "There is no database at %1. Create one with: chiso init --db %1").arg(path));
    if (!std::filesystem::is_regular_file(status))
        throw StoreError(QCoreApplication::translate("Store", "%1 is not a database file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "Cannot open the database %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "%1 is not a Chỉ Số database: the file is empty. Create a database with: chiso init --db PATH")
                             .arg(path));
    if (header != QByteArray("SQLite format 3\0", 16))
        throw StoreError(QCoreApplication::translate("Store", "%1 is not a Chỉ Số database: it is not an SQLite file.").arg(path));
}

/// Prepared INSERTs of one row each: SQLite has no faster way in, and inside one transaction
/// these are what a bulk load would do.
class SqliteBulkRows : public BulkRows
{
public:
    SqliteBulkRows(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_insert(db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)))
    {
    }
    void field(qint64 value) override { m_insert.bind(m_index++, value); }
    void field(double value) override { m_insert.bind(m_index++, value); }
    void field(const QString &value) override { m_insert.bind(m_index++, value); }
    void nullField() override { m_insert.bindNull(m_index++); }
    void endRow() override
    {
        m_insert.next();
        m_insert.reset();
        m_index = 0;
    }
    void finish() override {}

private:
    Statement m_insert;
    int m_index = 0;
};

} // namespace

QString whyCannotOpen(const QString &path, const QString &error)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QStorageInfo disk(folder.absoluteFilePath());
    if (disk.isValid() && disk.isReadOnly())
        return QCoreApplication::translate("Store", "the disk holding %1 is read-only, and SQLite must write its journal beside the database (%2)")
            .arg(folder.absoluteFilePath(), error);
    if (!folder.isWritable())
        return QCoreApplication::translate("Store", "you may not write in the folder %1, and SQLite must write its journal beside the database (%2)")
            .arg(folder.absoluteFilePath(), error);
    if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
        return QCoreApplication::translate("Store", "the disk holding %1 is full (%2)").arg(folder.absoluteFilePath(), error);
    return error;
}

std::unique_ptr<Backend> SqliteBackend::connect(const DatabaseAddress &address, bool create)
{
    const QString &path = address.file;
    if (create) {
        if (QFileInfo::exists(path))
            throw StoreError(QCoreApplication::translate("Store", "%1 exists already; choose another path or remove it first.").arg(path));
    } else {
        checkDatabaseFile(path);
    }
    std::unique_ptr<SqliteBackend> backend(new SqliteBackend(openConnection(path), address));
    // The first statement opens the file (and, for a database in WAL mode, its shared-memory
    // index beside it): what fails here is the folder, the disk or the rights, not the content,
    // which checkDatabaseFile has seen.
    QSqlQuery query(backend->m_db);
    if (!query.exec(u"PRAGMA schema_version"_s))
        throw StoreError(QCoreApplication::translate("Store", "Cannot open the database %1: %2").arg(path, whyCannotOpen(path, query.lastError().text())));
    return backend;
}

void SqliteBackend::configure()
{
    QSqlQuery query(m_db);
    const QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                 u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            throw StoreError(QCoreApplication::translate("Store", "Cannot configure the database %1: %2").arg(m_address.file, query.lastError().text()));
    }
}

void SqliteBackend::beginSession()
{
    // The connection's own triggers: they vanish with it, and another program writing to the
    // file leaves no history (a file has one user at a time).
    QSqlQuery query(m_db);
    const auto fail = [this, &query] {
        throw StoreError(QCoreApplication::translate("Store", "Cannot configure the database %1: %2").arg(m_address.file, query.lastError().text()));
    };
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS chiso_session (login TEXT NOT NULL)"_s) || !query.exec(u"DELETE FROM chiso_session"_s))
        fail();
    query.prepare(u"INSERT INTO chiso_session (login) VALUES (?)"_s);
    query.bindValue(0, m_login.name);
    if (!query.exec())
        fail();
    for (const QString &trigger : history::sqliteTemporaryTriggers()) {
        if (!query.exec(trigger))
            fail();
    }
}

int SqliteBackend::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        throw StoreError(explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the schema version")));
    return query.value(0).toInt();
}

void SqliteBackend::setSchemaVersion(int version)
{
    // PRAGMA takes no bound parameters; the version is an integer of ours, not input.
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
        throw StoreError(explain(query.lastError(), QCoreApplication::translate("Store", "Could not update the database schema")));
}

QStringList SqliteBackend::tables()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s))
        throw StoreError(explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the tables")));
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList SqliteBackend::columns(const QString &table)
{
    QSqlQuery query(m_db);
    QStringList result;
    if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(table))) // a name of ours, not input
        throw StoreError(explain(query.lastError(), QCoreApplication::translate("Store", "Cannot read the tables")));
    while (query.next())
        result.append(query.value(1).toString());
    return result;
}

const QList<QStringList> &SqliteBackend::migrations() const
{
    return sqliteMigrations();
}

void SqliteBackend::beginMigration()
{
    // IMMEDIATE, and the version read again inside by the caller: a second program opening
    // the same database at the same moment waits for the first, then finds the step done.
    beginWrite();
}

void SqliteBackend::beginWrite()
{
    QSqlQuery begin(m_db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s))
        throw StoreError(explain(begin.lastError(), QCoreApplication::translate("Store", "The database refused to begin a change")));
}

void SqliteBackend::setForeignKeys(bool on)
{
    QSqlQuery(m_db).exec(on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s);
}

std::unique_ptr<BulkRows> SqliteBackend::bulkRows(const QString &table, const QStringList &columns)
{
    return std::make_unique<SqliteBulkRows>(m_db, table, columns);
}

void SqliteBackend::pauseInsertionHistory()
{
    // The connection's own triggers; SQLite's schema is transactional, the temporary one too.
    QSqlQuery query(m_db);
    for (const QString &table : history::recordedTableNames()) {
        if (!query.exec(u"DROP TRIGGER IF EXISTS %1"_s.arg(history::sqliteInsertTrigger(table))))
            throw StoreError(explain(query.lastError(), QCoreApplication::translate("Store", "The database refused an operation")));
    }
}

void SqliteBackend::resumeInsertionHistory()
{
    QSqlQuery query(m_db);
    for (const QString &trigger : history::sqliteTemporaryTriggers()) { // IF NOT EXISTS: the others stay as they are
        if (!query.exec(trigger))
            throw StoreError(explain(query.lastError(), QCoreApplication::translate("Store", "The database refused an operation")));
    }
}

QString SqliteBackend::explain(const QSqlError &error, const QString &context) const
{
    const QString code = error.nativeErrorCode();
    if (code == u"5"_s || code == u"6"_s) // SQLITE_BUSY, SQLITE_LOCKED
        return QCoreApplication::translate("Store", "The database is busy: another program is writing to it. Try again in a moment.");
    if (code == u"13"_s) // SQLITE_FULL
        return QCoreApplication::translate("Store", "The disk is full: nothing was stored. Free some space and try again.");
    return Backend::explain(error, context);
}

} // namespace chiso
