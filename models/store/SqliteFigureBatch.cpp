#include "Backend.h"
#include "FigureBatchParts.h"
#include "HistorySchema.h"
#include "Review.h"
#include "SqliteBackend.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

enum Table { Observation, Plan, Claim, TableCount };

QString tableName(Table table)
{
    switch (table) {
    case Observation: return u"observation"_s;
    case Plan: return u"plan"_s;
    default: return u"claim"_s;
    }
}

Table tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Value: return Observation;
    case RecordKind::Plan: return Plan;
    default: return Claim;
    }
}

/// Each figure inserted as it comes (INSERT … ON CONFLICT DO NOTHING), and looked up only
/// when it was not: SQLite answers in microseconds, so every row's outcome is known at once.
class SqliteFigureBatch : public FigureBatch
{
public:
    SqliteFigureBatch(Backend &backend, const QString &enteredBy, const QString &origin)
        : m_backend(backend), m_db(backend.db())
    {
        // SQLite's foreign keys cost three look-ups a row, a quarter of a large import: the
        // batch checks the same itself (the indicator against the catalogue read in the
        // transaction; the source and the entry are rows it read or wrote in it).
        m_backend.setForeignKeys(false);
        try {
            m_backend.beginWrite();
        } catch (...) {
            m_backend.setForeignKeys(true);
            throw;
        }
        m_open = true;
        try {
            prepare(enteredBy, origin);
        } catch (...) {
            m_backend.rollback();
            m_backend.setForeignKeys(true);
            throw;
        }
    }

    void prepare(const QString &enteredBy, const QString &origin)
    {
        m_knowledge = std::make_unique<ImportKnowledge>(m_db, m_backend.login());
        m_entryId = insertImportEntry(m_db, enteredBy, origin);
        // The insertions' history is written once, at commit (HistorySchema.h says why): the
        // rows from these ids on are the import's, SQLite giving them in order under its lock.
        for (int t = 0; t < TableCount; ++t) {
            Statement last(m_db, u"SELECT coalesce(max(id), 0) + 1 FROM %1"_s.arg(tableName(Table(t))));
            last.next();
            m_firstNewId[t] = last.columnInt(0);
            Statement drop(m_db, u"DROP TRIGGER IF EXISTS %1"_s.arg(history::sqliteInsertTrigger(tableName(Table(t)))));
            drop.next();
        }
        // The file's own triggers check each inserted row's unit and month: a program a row,
        // a fifth of a million-figure import. For this transaction they go (SQLite's schema is
        // transactional: a rollback brings them back, and no other writer comes in under the
        // write lock); commit() checks the distinct months the import stored against the same
        // rules and puts them back, as they were, before the transaction ends.
        for (const QString &name : sqliteRules::importTriggers()) {
            Statement sql(m_db, u"SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND name = ?"_s);
            sql.bind(0, name);
            if (!sql.next())
                continue;
            m_droppedTriggers.append(sql.columnText(0));
            sql.reset();
            Statement drop(m_db, u"DROP TRIGGER main.%1"_s.arg(name));
            drop.next();
        }
        m_insert[Observation] = std::make_unique<Statement>(m_db,
            u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, quote, note, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s);
        m_insert[Plan] = std::make_unique<Statement>(m_db,
            u"INSERT INTO plan (indicator, region, year, target, source_id, quote, note, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s);
        m_insert[Claim] = std::make_unique<Statement>(m_db,
            u"INSERT INTO claim (indicator, region, year, month, kind, value, source_id, quote, note, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s);
        m_existing[Observation] = std::make_unique<Statement>(m_db,
            u"SELECT id, value FROM observation WHERE indicator = ? AND region = ? AND year = ? AND month = ? "
            "AND basis = ? AND source_id = ?"_s);
        m_existing[Plan] = std::make_unique<Statement>(m_db,
            u"SELECT id, target FROM plan WHERE indicator = ? AND region = ? AND year = ? AND source_id = ?"_s);
        m_existing[Claim] = std::make_unique<Statement>(m_db,
            u"SELECT id, value FROM claim WHERE indicator = ? AND region = ? AND year = ? AND month = ? "
            "AND kind = ? AND source_id = ?"_s);
        m_insertSource = std::make_unique<Statement>(m_db, u"INSERT INTO source (key, url, title, published) VALUES (?, ?, ?, ?) RETURNING id"_s);
    }

    ~SqliteFigureBatch() override
    {
        m_insert = {};
        m_existing = {};
        m_insertSource.reset();
        if (m_open) {
            m_backend.rollback(); // takes the dropped triggers back too: TEMP is in the transaction
            try {
                restoreInsertTriggers();
            } catch (const StoreError &) {
                // The connection is gone with the rollback's cause: nothing is left to record.
            }
        }
        m_backend.setForeignKeys(true);
    }

    void restoreInsertTriggers()
    {
        for (const QString &trigger : history::sqliteTemporaryTriggers()) {
            Statement create(m_db, trigger);
            create.next();
        }
    }

    Result add(const Figure &f, qint64 line, const QString &cell) override
    {
        Result result{Outcome::Added, line, cell, f};
        ImportKnowledge::SourceUse source;
        if (auto refused = m_knowledge->refusal(f, line, cell, source))
            return *refused;
        const qint64 sourceId = source.id != 0 ? source.id : insertSource(f.source, source.key);
        if (source.learnsDate) {
            Statement update(m_db, u"UPDATE source SET published = ? WHERE id = ?"_s);
            update.bind(0, f.source.published.toString(Qt::ISODate));
            update.bind(1, sourceId);
            update.next();
        }
        const Table table = tableOf(f.kind);
        Statement &insert = *m_insert[table];
        bindKey(insert, f, sourceId, /*forInsert=*/true);
        const bool added = insert.next();
        const qint64 newId = added ? insert.columnInt(0) : 0;
        insert.reset();
        if (added) {
            rememberLine(table, newId, line);
            m_months.insert({table, f.region, f.year, table == Plan ? 0 : f.month});
            return result;
        }
        Statement &existing = *m_existing[table];
        bindKey(existing, f, sourceId, /*forInsert=*/false);
        if (!existing.next())
            throw StoreError(QCoreApplication::translate("FigureImporter", "The database refused the import: %1")
                                 .arg(u"%1 %2 %3/%4"_s.arg(f.indicator, f.region).arg(f.month).arg(f.year)));
        const qint64 id = existing.columnInt(0);
        result.storedValue = existing.columnDouble(1);
        existing.reset();
        if (const qint64 earlier = lineOf(table, id)) {
            result.outcome = Outcome::RepeatedInFile;
            result.earlierLine = earlier;
        } else {
            result.outcome = result.storedValue == f.value ? Outcome::Unchanged : Outcome::Conflict;
        }
        return result;
    }

    Settled settle(int) override { return {}; }

    bool isDeferred() const override { return false; }

    void recordSubmission(const QString &unit, YearMonth period) override
    {
        insertSubmission(m_db, m_entryId, unit, period);
    }
    void commit() override
    {
        m_insert = {};
        m_existing = {};
        m_insertSource.reset();
        checkMonths();
        for (const QString &trigger : std::as_const(m_droppedTriggers)) {
            Statement create(m_db, trigger);
            create.next();
        }
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (int t = 0; t < TableCount; ++t) {
            Statement record(m_db, history::bulkInsertRecord(tableName(Table(t))));
            record.bind(0, now);
            record.bind(1, m_backend.login().name);
            record.bind(2, m_firstNewId[t]);
            record.next();
        }
        restoreInsertTriggers();
        m_open = false;
        m_backend.commit();
    }

private:
    /// A table's unit and month (a plan's year: month 0) that the import stored a row of.
    struct Month {
        Table table;
        QString region;
        int year;
        int month;
        bool operator==(const Month &) const = default;
        friend size_t qHash(const Month &m, size_t seed = 0) { return qHashMulti(seed, int(m.table), m.region, m.year, m.month); }
    };

    /// What the dropped triggers would have refused, asked once a month rather than once a row:
    /// a unit that did not exist in it, a month the office approved (since the importer read the
    /// locks, by another program).
    void checkMonths()
    {
        if (m_droppedTriggers.isEmpty())
            return;
        Statement monthly(m_db, sqliteRules::regionUncovered(false));
        Statement yearly(m_db, sqliteRules::regionUncovered(true));
        Statement locked(m_db, sqliteRules::monthLocked());
        const auto holds = [](Statement &rule, const Month &m) {
            rule.bind(0, m.region);
            rule.bind(1, m.year);
            if (m.table != Plan)
                rule.bind(2, m.month);
            const bool yes = rule.next() && rule.columnInt(0) != 0;
            rule.reset();
            return yes;
        };
        for (const Month &m : std::as_const(m_months)) {
            if (holds(m.table == Plan ? yearly : monthly, m))
                throw StoreError(QCoreApplication::translate("FigureImporter", "The database refused the import: %1")
                                     .arg(u"a row of %1 refers to a unit that does not exist in its period"_s.arg(tableName(m.table))));
            if (m.table != Plan && holds(locked, m))
                throw StoreError(lockedMonthText(m.region, YearMonth{m.year, m.month}));
        }
    }

    qint64 insertSource(const Source &source, const QString &key)
    {
        m_insertSource->bind(0, key);
        m_insertSource->bind(1, source.url);
        m_insertSource->bind(2, source.title);
        const QString date = source.published.isValid() ? source.published.toString(Qt::ISODate) : QString();
        if (date.isEmpty())
            m_insertSource->bindNull(3);
        else
            m_insertSource->bind(3, date);
        m_insertSource->next();
        const qint64 id = m_insertSource->columnInt(0);
        m_insertSource->reset();
        m_knowledge->remember(key, id, date);
        return id;
    }

    /// The line of each row this import added: under SQLite's write lock the rowids it gives
    /// one transaction are consecutive, so a vector indexed by id − first id holds them; should
    /// they not be (a database another tool filled with AUTOINCREMENT gaps), a hash does.
    void rememberLine(Table table, qint64 id, qint64 line)
    {
        Lines &lines = m_lines[table];
        if (lines.byOffset.empty() && lines.byId.isEmpty())
            lines.firstId = id;
        if (lines.byId.isEmpty() && id == lines.firstId + qint64(lines.byOffset.size())) {
            lines.byOffset.push_back(line);
            return;
        }
        lines.byId.insert(id, line);
    }
    qint64 lineOf(Table table, qint64 id) const
    {
        const Lines &lines = m_lines[table];
        const qint64 offset = id - lines.firstId;
        if (offset >= 0 && offset < qint64(lines.byOffset.size()))
            return lines.byOffset[size_t(offset)];
        return lines.byId.value(id, 0);
    }

    void bindKey(Statement &statement, const Figure &f, qint64 sourceId, bool forInsert)
    {
        int i = 0;
        statement.bind(i++, f.indicator);
        statement.bind(i++, f.region);
        statement.bind(i++, f.year);
        const Table table = tableOf(f.kind);
        if (table != Plan)
            statement.bind(i++, f.month);
        if (table == Claim)
            statement.bind(i++, f.kind == RecordKind::StatedGrowth ? u"growth"_s : u"share"_s);
        if (forInsert) {
            statement.bind(i++, f.value);
            if (table == Observation)
                statement.bind(i++, basisCode(f.basis));
            statement.bind(i++, sourceId);
            statement.bind(i++, f.quote);
            statement.bind(i++, f.note);
            statement.bind(i++, m_entryId);
        } else {
            if (table == Observation)
                statement.bind(i++, basisCode(f.basis));
            statement.bind(i++, sourceId);
        }
    }

    struct Lines {
        qint64 firstId = 0;
        std::vector<qint64> byOffset;
        QHash<qint64, qint64> byId;
    };

    Backend &m_backend;
    QSqlDatabase &m_db;
    bool m_open = false;
    std::unique_ptr<ImportKnowledge> m_knowledge;
    qint64 m_entryId = 0;
    std::array<std::unique_ptr<Statement>, TableCount> m_insert;
    std::array<std::unique_ptr<Statement>, TableCount> m_existing;
    std::unique_ptr<Statement> m_insertSource;
    std::array<Lines, TableCount> m_lines;
    std::array<qint64, TableCount> m_firstNewId{};
    QStringList m_droppedTriggers; ///< their SQL, to create them again at commit
    QSet<Month> m_months;
};

} // namespace

std::unique_ptr<FigureBatch> beginSqliteBatch(Backend &backend, const QString &enteredBy, const QString &origin)
{
    return std::make_unique<SqliteFigureBatch>(backend, enteredBy, origin);
}

} // namespace chiso
