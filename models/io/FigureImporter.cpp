#include "FigureImporter.h"
#include "FigureCsvFormat.h"
#include "FileChecks.h"
#include "ParsedFigureStream.h"
#include "xlsx/XlsxFigureRows.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/Statement.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
#include <cerrno>
#include <vector>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {


QString defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? u"unknown"_s : name;
}

QString describe(const Figure &f)
{
    return u"%1 %2 %3/%4"_s.arg(f.indicator, f.region).arg(f.month).arg(f.year);
}

enum Table { Observation, Plan, Claim, TableCount };

Table tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Value: return Observation;
    case RecordKind::Plan: return Plan;
    default: return Claim;
    }
}

/// The prepared statements and bookkeeping of one import transaction.
class ImportSession
{
public:
    ImportSession(QSqlDatabase &db, const QString &enteredBy, const QString &origin)
        : m_db(db)
    {
        const std::array<const char16_t *, TableCount> tables = {u"observation", u"plan", u"claim"};
        for (int t = 0; t < TableCount; ++t) {
            Statement maxId(m_db, u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(QStringView(tables[t])));
            maxId.next();
            m_firstNewId[t] = maxId.columnInt(0) + 1;
        }
        Statement indicators(m_db, u"SELECT code FROM indicator"_s);
        while (indicators.next())
            m_indicators.insert(indicators.columnText(0));
        Statement sources(m_db, u"SELECT id, key, published FROM source"_s);
        while (sources.next())
            m_sources.insert(sources.columnText(1), {sources.columnInt(0), sources.columnText(2)});

        Statement entry(m_db, u"INSERT INTO entry (entered_at, entered_by, origin) VALUES (?, ?, ?)"_s);
        entry.bind(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        entry.bind(1, enteredBy);
        entry.bind(2, origin);
        entry.next();
        m_entryId = entry.lastInsertId();

        m_insert[Observation] = std::make_unique<Statement>(m_db,
            u"INSERT OR IGNORE INTO observation (indicator, region, year, month, value, basis, source_id, quote, note, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_insert[Plan] = std::make_unique<Statement>(m_db,
            u"INSERT OR IGNORE INTO plan (indicator, region, year, target, source_id, quote, note, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_insert[Claim] = std::make_unique<Statement>(m_db,
            u"INSERT OR IGNORE INTO claim (indicator, region, year, month, kind, value, source_id, quote, note, entry_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        m_existing[Observation] = std::make_unique<Statement>(m_db,
            u"SELECT id, value FROM observation WHERE indicator = ? AND region = ? AND year = ? AND month = ? "
            "AND basis = ? AND source_id = ?"_s);
        m_existing[Plan] = std::make_unique<Statement>(m_db,
            u"SELECT id, target FROM plan WHERE indicator = ? AND region = ? AND year = ? AND source_id = ?"_s);
        m_existing[Claim] = std::make_unique<Statement>(m_db,
            u"SELECT id, value FROM claim WHERE indicator = ? AND region = ? AND year = ? AND month = ? "
            "AND kind = ? AND source_id = ?"_s);
        m_insertSource = std::make_unique<Statement>(m_db,
            u"INSERT INTO source (key, url, title, published) VALUES (?, ?, ?, ?)"_s);
    }

    enum class Outcome { Added, Unchanged, Conflict, RepeatedInFile, SourceDateDiffers, UnknownIndicator };
    struct Result {
        Outcome outcome;
        double storedValue = 0;
        qint64 earlierLine = 0;
        QString storedDate;
    };

    Result store(const Figure &f, qint64 line)
    {
        Result result{Outcome::Added};
        // What a foreign key would check, from the catalogue as it stands in this transaction
        // (the file was read against the one known when the database was opened).
        if (!m_indicators.contains(f.indicator))
            return {Outcome::UnknownIndicator};
        const qint64 sourceId = sourceFor(f.source, result);
        if (sourceId == 0)
            return result;
        const Table table = tableOf(f.kind);
        Statement &insert = *m_insert[table];
        bindKey(insert, f, sourceId, /*forInsert=*/true);
        insert.next();
        const bool added = insert.changes() > 0;
        insert.reset();
        if (added) {
            m_lines[table].push_back(line);
            return result;
        }
        Statement &existing = *m_existing[table];
        bindKey(existing, f, sourceId, /*forInsert=*/false);
        if (!existing.next())
            throw StoreError(QCoreApplication::translate("FigureImporter", "The database refused the import: %1")
                                 .arg(describe(f)));
        const qint64 id = existing.columnInt(0);
        result.storedValue = existing.columnDouble(1);
        existing.reset();
        const qint64 index = id - m_firstNewId[table];
        if (index >= 0 && index < qint64(m_lines[table].size())) {
            result.outcome = Outcome::RepeatedInFile;
            result.earlierLine = m_lines[table][size_t(index)];
        } else {
            result.outcome = result.storedValue == f.value ? Outcome::Unchanged : Outcome::Conflict;
        }
        return result;
    }

private:
    struct KnownSource { qint64 id; QString published; };

    qint64 sourceFor(const Source &source, Result &result)
    {
        const QString key = source.key();
        if (m_lastSourceId != 0 && key.constData() == m_lastSourceKey.constData() && source.published == m_lastSourceDate)
            return m_lastSourceId; // the same text object as the row before: the same source
        m_lastSourceId = lookUpSource(source, key, result);
        m_lastSourceKey = key;
        m_lastSourceDate = source.published;
        return m_lastSourceId;
    }

    qint64 lookUpSource(const Source &source, const QString &key, Result &result)
    {
        const QString date = source.published.isValid() ? source.published.toString(Qt::ISODate) : QString();
        const auto found = m_sources.find(key);
        if (found != m_sources.end()) {
            if (!date.isEmpty() && !found->published.isEmpty() && date != found->published) {
                result.outcome = Outcome::SourceDateDiffers;
                result.storedDate = found->published;
                return 0;
            }
            if (!date.isEmpty() && found->published.isEmpty()) { // a date learnt now is kept, not dropped
                Statement update(m_db, u"UPDATE source SET published = ? WHERE id = ?"_s);
                update.bind(0, date);
                update.bind(1, found->id);
                update.next();
                found->published = date;
            }
            return found->id;
        }
        m_insertSource->bind(0, key);
        m_insertSource->bind(1, source.url);
        m_insertSource->bind(2, source.title);
        if (date.isEmpty())
            m_insertSource->bindNull(3);
        else
            m_insertSource->bind(3, date);
        m_insertSource->next();
        const qint64 id = m_insertSource->lastInsertId();
        m_insertSource->reset();
        m_sources.insert(key, {id, date});
        return id;
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

    QSqlDatabase &m_db;
    qint64 m_entryId = 0;
    std::array<std::unique_ptr<Statement>, TableCount> m_insert;
    std::array<std::unique_ptr<Statement>, TableCount> m_existing;
    std::unique_ptr<Statement> m_insertSource;
    QSet<QString> m_indicators;
    QHash<QString, KnownSource> m_sources;
    QString m_lastSourceKey;
    QDate m_lastSourceDate;
    qint64 m_lastSourceId = 0;
    std::array<qint64, TableCount> m_firstNewId{};
    // The line of each row this import added, by id − first new id: tells a row repeated
    // within the file from a figure stored before, without a second index of keys.
    std::array<std::vector<qint64>, TableCount> m_lines;
};


} // namespace

FigureImporter::FigureImporter(Store &store)
    : m_store(store), m_enteredBy(defaultUserName())
{
}

ImportReport FigureImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    ImportReport report;
    auto refuse = [&](const QString &message) {
        report.issues.append({path, 0, QString(), message, QString()});
        report.issueCount = 1;
        return report;
    };
    // stat's own answer: a link loop or a forbidden folder is not "no such file".
    if (const QString unreachable = FileChecks::whyUnreachable(path); !unreachable.isEmpty())
        return refuse(unreachable);
    if (info.isDir())
        return refuse(QCoreApplication::translate("FigureImporter", "this is a folder, not a CSV file"));
    // Opening a FIFO waits for a writer, and a device never ends: neither holds a file of figures.
    if (const QString kind = FileChecks::specialKind(path); !kind.isEmpty())
        return refuse(QCoreApplication::translate("FigureImporter", "this is %1, not a file: import a CSV file or a workbook").arg(kind));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const int error = errno;
        return refuse(QCoreApplication::translate("FigureImporter", "cannot read the file: %1").arg(FileChecks::reason(error, file.errorString())));
    }
    if (info.suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
        file.close();
        return importRows(path, [&](const RowSink &sink) {
            return XlsxFigureRows::read(path, m_store.indicators(), sink, [this](double share) {
                if (m_progress && !m_progress(qint64(share * 1000), 1000))
                    m_cancelRequested = true;
            });
        });
    }
    return importDevice(&file, path);
}

ImportReport FigureImporter::importDevice(QIODevice *device, const QString &displayName)
{
    const qint64 total = device->size();
    ImportReport report = importRows(displayName, [&](const RowSink &sink) {
        ParsedFigureStream stream(device, displayName, m_store.indicators());
        for (auto batch = stream.nextBatch(); !batch.empty(); batch = stream.nextBatch()) {
            for (ParsedFigureStream::Row &row : batch) {
                if (!sink(std::move(row)))
                    return QList<ImportIssue>();
            }
            if (m_progress && !m_progress(stream.bytesRead(), total)) {
                m_cancelRequested = true;
                return QList<ImportIssue>();
            }
        }
        return stream.fileIssues();
    });
    if (report.committed() && m_progress)
        m_progress(total, total);
    return report;
}

ImportReport FigureImporter::importRows(const QString &displayName, const std::function<QList<ImportIssue>(const RowSink &)> &produce)
{
    ImportReport report;
    m_cancelRequested = false;
    auto addIssue = [&](const ImportIssue &issue) {
        ++report.issueCount;
        if (report.issues.size() < m_issueLimit)
            report.issues.append(issue);
    };
    QSqlDatabase &db = m_store.database();
    // SQLite's foreign keys cost three look-ups a row, a quarter of a large import: here the
    // importer checks the same itself (the indicator against the catalogue read in the
    // transaction; the source and the entry are rows it read or wrote in it).
    const ForeignKeysOff foreignKeysOff(db);
    // IMMEDIATE: take the write lock now, waiting the busy timeout for it, rather than fail at
    // the first insert should another program write in between.
    QSqlQuery begin(db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
        const QString code = begin.lastError().nativeErrorCode();
        if (code == u"5"_s || code == u"6"_s) // SQLITE_BUSY, SQLITE_LOCKED
            throw StoreError(QCoreApplication::translate("Store", "The database is busy: another program is writing to it. "
                                                                  "Try again in a moment."));
        throw StoreError(QCoreApplication::translate("FigureImporter", "The database refused the import: %1").arg(begin.lastError().text()));
    }

    try {
        ImportSession session(db, m_enteredBy, displayName);
        const RowSink sink = [&](ParsedFigureStream::Row &&row) {
            ++report.rows;
            for (const auto &issue : row.issues)
                addIssue(issue);
            if (row.figure && report.issueCount == 0) { // once anything is refused, only checking goes on
                const Figure &figure = *row.figure;
                const auto result = session.store(figure, row.line);
                switch (result.outcome) {
                case ImportSession::Outcome::Added: ++report.added; break;
                case ImportSession::Outcome::Unchanged: ++report.unchanged; break;
                case ImportSession::Outcome::Conflict:
                    addIssue({displayName, row.line, u"value"_s,
                              QCoreApplication::translate("FigureImporter", "conflict: the stored figure %1 from this source is %2; this file says %3")
                                  .arg(describe(figure), QString::fromUtf8(FigureCsv::formatNumber(result.storedValue)),
                                       QString::fromUtf8(FigureCsv::formatNumber(figure.value))),
                              row.cell});
                    break;
                case ImportSession::Outcome::RepeatedInFile:
                    addIssue({displayName, row.line, QString(),
                              QCoreApplication::translate("FigureImporter", "duplicate row: line %1 already gives %2 from the same source")
                                  .arg(result.earlierLine).arg(describe(figure)),
                              row.cell});
                    break;
                case ImportSession::Outcome::UnknownIndicator:
                    addIssue({displayName, row.line, u"indicator"_s,
                              QCoreApplication::translate("FigureImporter", "'%1' is no longer an indicator of this database "
                                                                            "(another program changed its list): open it again")
                                  .arg(figure.indicator),
                              row.cell});
                    break;
                case ImportSession::Outcome::SourceDateDiffers:
                    addIssue({displayName, row.line, u"source_date"_s,
                              QCoreApplication::translate("FigureImporter", "this source is already known with the date %1").arg(result.storedDate),
                              row.cell});
                    break;
                }
            }
            return !m_cancelRequested;
        };
        const QList<ImportIssue> fileIssues = produce(sink);
        report.cancelled = m_cancelRequested;
        if (!report.cancelled) {
            for (const auto &issue : fileIssues)
                addIssue(issue);
        }
    } catch (...) {
        db.rollback();
        throw;
    }

    if (!report.committed()) {
        db.rollback();
        report.added = 0;
        report.unchanged = 0;
        return report;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        throw StoreError(QCoreApplication::translate("FigureImporter", "The import could not be saved: %1").arg(error));
    }
    return report;
}

} // namespace chiso
