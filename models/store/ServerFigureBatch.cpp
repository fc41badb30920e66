#include "Backend.h"
#include "FigureBatchParts.h"
#include "StoreError.h"
#include "CopyText.h"
#include "PostgresBackend.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QVariant>
#include <array>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// One of the three tables figures go to, as the staging table's `tbl` numbers them.
struct Target {
    int number;
    QString table;
    QString valueColumn;
    QString kindColumn;  ///< basis or kind, empty for plans
    bool hasMonth;
};

const std::array<Target, 3> &targets()
{
    static const std::array<Target, 3> list = {{
        {0, u"observation"_s, u"value"_s, u"basis"_s, true},
        {1, u"plan"_s, u"target"_s, QString(), false},
        {2, u"claim"_s, u"value"_s, u"kind"_s, true},
    }};
    return list;
}

int targetOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Value: return 0;
    case RecordKind::Plan: return 1;
    default: return 2;
    }
}

/// The condition that a staged row `s` (with its source `src`) and a stored row `o` are the
/// same figure.
QString sameFigure(const Target &t)
{
    QString condition = u"o.region = s.region AND o.year = s.year AND o.indicator = s.indicator AND o.source_id = src.id"_s;
    if (t.hasMonth)
        condition += u" AND o.month = s.month"_s;
    if (!t.kindColumn.isEmpty())
        condition += u" AND o.%1 = s.kind"_s.arg(t.kindColumn);
    return condition;
}

/// Figures copied into a temporary staging table as they come (COPY: one round trip a
/// megabyte, not one a row), then checked and stored by a few statements over the whole
/// import: what is new goes in with INSERT … SELECT, and what collided is looked up by joins.
class ServerFigureBatch : public FigureBatch
{
public:
    ServerFigureBatch(Backend &backend, const QString &enteredBy, const QString &origin)
        : m_backend(backend), m_db(backend.db())
    {
        m_backend.beginWrite();
        m_open = true;
        try {
            m_knowledge = std::make_unique<ImportKnowledge>(m_db, m_backend.login());
            m_entryId = insertImportEntry(m_db, enteredBy, origin);
            run(uR"(CREATE TEMPORARY TABLE chiso_staging (
                line BIGINT NOT NULL, cell TEXT NOT NULL, tbl INTEGER NOT NULL,
                indicator TEXT COLLATE "C" NOT NULL, region TEXT COLLATE "C" NOT NULL, year INTEGER NOT NULL,
                month INTEGER NOT NULL, kind TEXT COLLATE "C" NOT NULL, value DOUBLE PRECISION NOT NULL,
                source_key TEXT COLLATE "C" NOT NULL, quote TEXT NOT NULL, note TEXT NOT NULL) ON COMMIT DROP)"_s);
            auto *postgres = dynamic_cast<PostgresBackend *>(&m_backend);
            if (postgres && postgres->copiesNatively() && !postgres->rowSecurityApplies(u"observation"_s) && m_replay.open() && m_others.open()) {
                m_direct = postgres;
                run(u"SAVEPOINT chiso_direct"_s);
                openDirect();
            } else {
                m_rows = m_backend.bulkRows(u"chiso_staging"_s, stagingColumns());
            }
        } catch (...) {
            m_rows.reset();
            m_observations.reset();
            m_backend.rollback();
            throw;
        }
    }

    ~ServerFigureBatch() override
    {
        m_rows.reset(); // ends a COPY still open, so that the rollback can be sent
        m_observations.reset();
        if (m_open)
            m_backend.rollback();
    }

    Result add(const Figure &f, qint64 line, const QString &cell) override
    {
        Result result{Outcome::Added, line, cell, f};
        ImportKnowledge::SourceUse source;
        if (auto refused = m_knowledge->refusal(f, line, cell, source))
            return *refused;
        const QString date = f.source.published.isValid() ? f.source.published.toString(Qt::ISODate) : QString();
        if (source.id == 0) {
            NewSource added{0, source.key, f.source.url, f.source.title, date};
            if (m_direct) { // the figures COPYed straight in refer to it by its id: stored now
                const bool copying = m_observations != nullptr;
                const bool stillDirect = copying && endDirect();
                added.id = source.id = insertSource(added);
                if (stillDirect) {
                    m_sourcesStoredEarly.append(added);
                    openDirect();
                }
            } else { // stored at settle(), once the COPY has ended
                m_newSources.append(added);
                source.id = -1;
            }
            m_knowledge->remember(source.key, source.id, date);
        } else if (source.learnsDate) {
            m_datesLearnt.append({source.key, date});
        }
        const int target = targetOf(f.kind);
        ++m_staged[size_t(target)];
        if (m_direct && target == 0) {
            // Formatted once: the same bytes go to the table and, behind the line and the
            // cell, to the replay file.
            m_row.clear();
            m_row.field(f.indicator);
            m_row.field(f.region);
            m_row.field(f.year);
            m_row.field(f.month);
            m_row.field(f.value);
            m_row.field(basisCode(f.basis));
            m_row.field(source.id);
            m_row.field(f.quote);
            m_row.field(f.note);
            m_row.field(m_entryId);
            m_row.endRow();
            if (m_observations)
                m_observations->rows(m_row.bytes());
            m_replayText.field(line);
            m_replayText.field(cell);
            m_replayText.endRowWith(m_row.bytes());
        } else if (m_rows) {
            writeStaged(*m_rows, f, line, cell, target, source.key);
        } else {
            writeStaged(m_othersText, f, line, cell, target, source.key);
        }
        if (m_replayText.size() >= FileChunk)
            spill(m_replayText, m_replay);
        if (m_othersText.size() >= FileChunk)
            spill(m_othersText, m_others);
        return result;
    }

    Settled settle(int limit) override
    {
        Settled settled;
        if (m_direct) {
            if (m_observations && endDirect()) {
                run(u"RELEASE SAVEPOINT chiso_direct"_s);
                settled.added += m_staged[0];
                m_staged[0] = 0; // stored: nothing of them to stage
            }
            spill(m_replayText, m_replay);
            spill(m_othersText, m_others);
            storeSources();
            if (m_staged[0] > 0) // the key refused the COPY: every figure goes through staging
                stageReplay();
            m_others.seek(0);
            m_direct->copyText(u"chiso_staging"_s, stagingColumns(), m_others);
        } else {
            m_rows->finish();
            m_rows.reset();
            storeSources();
        }
        run(u"ANALYZE chiso_staging"_s); // a million staged rows: let the planner know
        QList<Result> problems;
        for (const Target &t : targets()) {
            const qint64 staged = m_staged[size_t(t.number)];
            if (staged == 0)
                continue;
            const qint64 inserted = insertNew(t);
            settled.added += inserted;
            if (inserted == staged)
                continue; // nothing collided: no figure was stored before nor repeated
            settled.unchanged += countUnchanged(t);
            settled.problems += collectConflicts(t, limit, problems) + collectRepeats(t, limit, problems);
        }
        std::stable_sort(problems.begin(), problems.end(), [](const Result &a, const Result &b) { return a.line < b.line; });
        settled.first = problems.mid(0, limit);
        return settled;
    }

    bool isDeferred() const override { return true; }

    void recordSubmission(const QString &unit, YearMonth period) override
    {
        insertSubmission(m_db, m_entryId, unit, period);
    }
    void commit() override
    {
        m_open = false;
        m_backend.commit();
    }

private:
    struct NewSource {
        qint64 id = 0;
        QString key, url, title, published;
    };
    static constexpr qsizetype FileChunk = 1 << 20;

    static QStringList stagingColumns()
    {
        return {u"line"_s, u"cell"_s, u"tbl"_s, u"indicator"_s, u"region"_s, u"year"_s, u"month"_s, u"kind"_s, u"value"_s,
                u"source_key"_s, u"quote"_s, u"note"_s};
    }

    /// A month's new figures are COPYed straight into `observation` (inside a savepoint), as
    /// fast as the table takes them; the same row, after its line and cell, goes to a temporary
    /// file. Should the unique key refuse one (a figure stored before, or repeated in the
    /// file), the savepoint is undone and that file staged and checked as a whole.
    void openDirect()
    {
        m_observations = m_direct->openTextCopy(u"observation"_s, directColumns());
    }
    static QStringList directColumns()
    {
        return {u"indicator"_s, u"region"_s, u"year"_s, u"month"_s, u"value"_s, u"basis"_s, u"source_id"_s, u"quote"_s, u"note"_s, u"entry_id"_s};
    }

    /// The replay file into the staging table: its rows are the direct COPY's, after their line
    /// and cell, and name their source by its id.
    void stageReplay()
    {
        m_replay.seek(0);
        run(uR"(CREATE TEMPORARY TABLE chiso_replay (
                line BIGINT NOT NULL, cell TEXT NOT NULL, indicator TEXT COLLATE "C" NOT NULL, region TEXT COLLATE "C" NOT NULL,
                year INTEGER NOT NULL, month INTEGER NOT NULL, value DOUBLE PRECISION NOT NULL, basis TEXT COLLATE "C" NOT NULL,
                source_id BIGINT NOT NULL, quote TEXT NOT NULL, note TEXT NOT NULL, entry_id BIGINT NOT NULL) ON COMMIT DROP)"_s);
        m_direct->copyText(u"chiso_replay"_s, QStringList{u"line"_s, u"cell"_s} + directColumns(), m_replay);
        run(u"INSERT INTO chiso_staging (line, cell, tbl, indicator, region, year, month, kind, value, source_key, quote, note) "
            "SELECT r.line, r.cell, 0, r.indicator, r.region, r.year, r.month, r.basis, r.value, s.key, r.quote, r.note "
            "FROM chiso_replay AS r JOIN source AS s ON s.id = r.source_id"_s);
    }
    /// Ends the COPY straight into `observation`: true if the table took every row, false if
    /// the unique key refused one (the savepoint then undone). Throws for anything else.
    bool endDirect()
    {
        try {
            m_observations->finish();
            m_observations.reset();
            return true;
        } catch (const StoreError &) {
            m_observations.reset();
            if (m_direct->copyFailureState() != u"23505"_s) // unique_violation
                throw;
        }
        run(u"ROLLBACK TO SAVEPOINT chiso_direct"_s);
        // Undone with the savepoint: stored again under the ids the replay's rows name.
        for (const NewSource &source : std::as_const(m_sourcesStoredEarly))
            insertSource(source);
        m_sourcesStoredEarly.clear();
        return false;
    }

    /// Stores a source under its id if it has one (else under a new id); returns the id.
    qint64 insertSource(const NewSource &source)
    {
        QSqlQuery insert = prepared(source.id > 0 ? u"INSERT INTO source (key, url, title, published, id) VALUES (?, ?, ?, ?, ?) RETURNING id"_s
                                                  : u"INSERT INTO source (key, url, title, published) VALUES (?, ?, ?, ?) RETURNING id"_s);
        insert.bindValue(0, source.key);
        insert.bindValue(1, source.url.isNull() ? u""_s : source.url);
        insert.bindValue(2, source.title.isNull() ? u""_s : source.title);
        insert.bindValue(3, source.published.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(source.published));
        if (source.id > 0)
            insert.bindValue(4, source.id);
        exec(insert);
        return insert.next() ? insert.value(0).toLongLong() : 0;
    }

    template<typename Rows>
    static void writeStaged(Rows &rows, const Figure &f, qint64 line, const QString &cell, int target, const QString &sourceKey)
    {
        rows.field(line);
        rows.field(cell);
        rows.field(target);
        rows.field(f.indicator);
        rows.field(f.region);
        rows.field(f.year);
        rows.field(f.kind == RecordKind::Plan ? 12 : f.month);
        rows.field(f.kind == RecordKind::Value      ? basisCode(f.basis)
                   : f.kind == RecordKind::Plan     ? QString()
                   : f.kind == RecordKind::StatedGrowth ? u"growth"_s
                                                        : u"share"_s);
        rows.field(f.value);
        rows.field(sourceKey);
        rows.field(f.quote);
        rows.field(f.note);
        rows.endRow();
    }

    void spill(CopyText &text, QTemporaryFile &file)
    {
        if (text.size() == 0)
            return;
        if (file.write(text.bytes()) != text.size())
            throw StoreError(QCoreApplication::translate("FigureImporter", "The import could not be saved: %1").arg(file.errorString()));
        text.clear();
    }

    void run(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            throw StoreError(m_backend.explain(query.lastError(), QCoreApplication::translate("FigureImporter", "The database refused the import")));
    }
    QSqlQuery prepared(const QString &sql)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            throw StoreError(m_backend.explain(query.lastError(), QCoreApplication::translate("FigureImporter", "The database refused the import")));
        return query;
    }
    void exec(QSqlQuery &query)
    {
        if (!query.exec())
            throw StoreError(m_backend.explain(query.lastError(), QCoreApplication::translate("FigureImporter", "The database refused the import")));
    }

    void storeSources()
    {
        for (const NewSource &source : std::as_const(m_newSources))
            insertSource(source);
        for (const auto &[key, date] : std::as_const(m_datesLearnt)) {
            QSqlQuery update = prepared(u"UPDATE source SET published = ? WHERE key = ?"_s);
            update.bindValue(0, date);
            update.bindValue(1, key);
            exec(update);
        }
    }

    /// Stores the staged figures of one table that are new; returns how many. First as if all
    /// were (a month's new figures): a plain INSERT … SELECT. Should one be stored already or
    /// repeated in the file, the unique key refuses it, and the statement is undone and run
    /// again taking only what is new, in line order, so that of a figure repeated in the file
    /// the first line is the one stored. ON CONFLICT alone would cost every import half as
    /// much again.
    qint64 insertNew(const Target &t)
    {
        QString columns = u"indicator, region, year, %1, source_id, quote, note, entry_id"_s.arg(t.valueColumn);
        QString values = u"s.indicator, s.region, s.year, s.value, src.id, s.quote, s.note, ?"_s;
        if (t.hasMonth) {
            columns += u", month"_s;
            values += u", s.month"_s;
        }
        if (!t.kindColumn.isEmpty()) {
            columns += u", "_s + t.kindColumn;
            values += u", s.kind"_s;
        }
        const QString insert = u"INSERT INTO %1 (%2) SELECT %3 FROM chiso_staging AS s JOIN source AS src ON src.key = s.source_key "
                               "WHERE s.tbl = ?"_s.arg(t.table, columns, values);
        run(u"SAVEPOINT chiso_all_new"_s);
        QSqlQuery allNew = prepared(insert);
        allNew.bindValue(0, m_entryId);
        allNew.bindValue(1, t.number);
        if (allNew.exec()) {
            run(u"RELEASE SAVEPOINT chiso_all_new"_s);
            return allNew.numRowsAffected();
        }
        if (allNew.lastError().nativeErrorCode() != u"23505"_s) // unique_violation
            throw StoreError(m_backend.explain(allNew.lastError(), QCoreApplication::translate("FigureImporter", "The database refused the import")));
        run(u"ROLLBACK TO SAVEPOINT chiso_all_new"_s);
        QSqlQuery onlyNew = prepared(insert + u" ORDER BY s.line ON CONFLICT DO NOTHING"_s);
        onlyNew.bindValue(0, m_entryId);
        onlyNew.bindValue(1, t.number);
        exec(onlyNew);
        return onlyNew.numRowsAffected();
    }

    /// Staged figures stored before this import with the same value.
    qint64 countUnchanged(const Target &t)
    {
        QSqlQuery count = prepared(u"SELECT count(*) FROM chiso_staging AS s JOIN source AS src ON src.key = s.source_key "
                                   "JOIN %1 AS o ON %2 WHERE s.tbl = ? AND o.entry_id <> ? AND o.%3 = s.value"_s
                                       .arg(t.table, sameFigure(t), t.valueColumn));
        count.bindValue(0, t.number);
        count.bindValue(1, m_entryId);
        exec(count);
        return count.next() ? count.value(0).toLongLong() : 0;
    }

    /// Staged figures stored before this import with another value: counted, the first listed.
    qint64 collectConflicts(const Target &t, int limit, QList<Result> &problems)
    {
        QSqlQuery query = prepared(u"SELECT s.line, s.cell, s.indicator, s.region, s.year, s.month, s.value, o.%3, count(*) OVER () "
                                   "FROM chiso_staging AS s JOIN source AS src ON src.key = s.source_key JOIN %1 AS o ON %2 "
                                   "WHERE s.tbl = ? AND o.entry_id <> ? AND o.%3 <> s.value ORDER BY s.line LIMIT ?"_s
                                       .arg(t.table, sameFigure(t), t.valueColumn));
        query.bindValue(0, t.number);
        query.bindValue(1, m_entryId);
        query.bindValue(2, limit);
        exec(query);
        return readProblems(query, Outcome::Conflict, problems);
    }

    /// Staged figures that an earlier line of this import stored: counted, the first listed.
    qint64 collectRepeats(const Target &t, int limit, QList<Result> &problems)
    {
        const QString partition = u"s.indicator, s.region, s.year, s.month, s.kind, s.source_key"_s;
        QSqlQuery query = prepared(u"SELECT s.line, s.cell, s.indicator, s.region, s.year, s.month, s.value, s.first_line, count(*) OVER () "
                                   "FROM (SELECT s.*, min(s.line) OVER (PARTITION BY %3) AS first_line FROM chiso_staging AS s "
                                   "WHERE s.tbl = ?) AS s JOIN source AS src ON src.key = s.source_key JOIN %1 AS o ON %2 "
                                   "WHERE o.entry_id = ? AND s.line <> s.first_line ORDER BY s.line LIMIT ?"_s
                                       .arg(t.table, sameFigure(t), partition));
        query.bindValue(0, t.number);
        query.bindValue(1, m_entryId);
        query.bindValue(2, limit);
        exec(query);
        return readProblems(query, Outcome::RepeatedInFile, problems);
    }

    /// The rows of a problem query (line, cell, indicator, region, year, month, value, what was
    /// found, the count of all): listed, and the count of all returned.
    static qint64 readProblems(QSqlQuery &query, Outcome outcome, QList<Result> &problems)
    {
        qint64 total = 0;
        while (query.next()) {
            Result result;
            result.outcome = outcome;
            result.line = query.value(0).toLongLong();
            result.cell = query.value(1).toString();
            result.figure.indicator = query.value(2).toString();
            result.figure.region = query.value(3).toString();
            result.figure.year = query.value(4).toInt();
            result.figure.month = query.value(5).toInt();
            result.figure.value = query.value(6).toDouble();
            if (outcome == Outcome::Conflict)
                result.storedValue = query.value(7).toDouble();
            else
                result.earlierLine = query.value(7).toLongLong();
            total = query.value(8).toLongLong();
            problems.append(result);
        }
        return total;
    }

    Backend &m_backend;
    QSqlDatabase &m_db;
    bool m_open = false;
    std::unique_ptr<ImportKnowledge> m_knowledge;
    qint64 m_entryId = 0;
    std::unique_ptr<BulkRows> m_rows;     ///< the staging COPY, where figures are not COPYed straight in
    PostgresBackend *m_direct = nullptr;  ///< set where they are (libpq linked)
    std::unique_ptr<TextCopy> m_observations;
    CopyText m_row;                       ///< the row being COPYed straight in
    QTemporaryFile m_replay;
    QTemporaryFile m_others;
    CopyText m_replayText;
    CopyText m_othersText;
    QList<NewSource> m_sourcesStoredEarly;
    std::array<qint64, 3> m_staged{};
    QList<NewSource> m_newSources;
    QList<std::pair<QString, QString>> m_datesLearnt;
};

} // namespace

std::unique_ptr<FigureBatch> beginServerBatch(Backend &backend, const QString &enteredBy, const QString &origin)
{
    return std::make_unique<ServerFigureBatch>(backend, enteredBy, origin);
}

} // namespace chiso
