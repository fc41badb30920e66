#include "FigureImporter.h"
#include "CsvReader.h"
#include "FigureCsvFormat.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <array>
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

/// SQLite receives a null QString as NULL; the text columns hold '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
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
    ImportSession(QSqlDatabase &db, QString enteredBy)
        : m_db(db), m_enteredAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), m_enteredBy(std::move(enteredBy))
    {
        const std::array<const char16_t *, TableCount> tables = {u"observation", u"plan", u"claim"};
        QSqlQuery query(m_db);
        for (int t = 0; t < TableCount; ++t) {
            if (!query.exec(u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(QStringView(tables[t]))) || !query.next())
                fail(query);
            m_firstNewId[t] = query.value(0).toLongLong() + 1;
        }
        if (!query.exec(u"SELECT id, key, published FROM source"_s))
            fail(query);
        while (query.next())
            m_sources.insert(query.value(1).toString(), {query.value(0).toLongLong(), query.value(2).toString()});

        prepare(m_insert[Observation],
                u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, quote, note, entered_at, entered_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        prepare(m_insert[Plan],
                u"INSERT INTO plan (indicator, region, year, target, source_id, quote, note, entered_at, entered_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        prepare(m_insert[Claim],
                u"INSERT INTO claim (indicator, region, year, month, kind, value, source_id, quote, note, entered_at, entered_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        prepare(m_existing[Observation],
                u"SELECT id, value FROM observation WHERE indicator = ? AND region = ? AND year = ? AND month = ? "
                "AND basis = ? AND source_id = ?"_s);
        prepare(m_existing[Plan],
                u"SELECT id, target FROM plan WHERE indicator = ? AND region = ? AND year = ? AND source_id = ?"_s);
        prepare(m_existing[Claim],
                u"SELECT id, value FROM claim WHERE indicator = ? AND region = ? AND year = ? AND month = ? "
                "AND kind = ? AND source_id = ?"_s);
        prepare(m_insertSource, u"INSERT INTO source (key, url, title, published) VALUES (?, ?, ?, ?)"_s);
    }

    enum class Outcome { Added, Unchanged, Conflict, RepeatedInFile, SourceDateDiffers };
    struct Result {
        Outcome outcome;
        double storedValue = 0;
        qint64 earlierLine = 0;
        QString storedDate;
    };

    Result store(const Figure &f, qint64 line)
    {
        Result result{Outcome::Added};
        const qint64 sourceId = sourceFor(f.source, result);
        if (sourceId == 0)
            return result;
        const Table table = tableOf(f.kind);
        QSqlQuery &insert = m_insert[table];
        bindKey(insert, f, sourceId, /*forInsert=*/true);
        if (!insert.exec())
            fail(insert);
        if (insert.numRowsAffected() > 0) {
            m_lines[table].push_back(line);
            return result;
        }
        QSqlQuery &existing = m_existing[table];
        bindKey(existing, f, sourceId, /*forInsert=*/false);
        if (!existing.exec() || !existing.next())
            fail(existing);
        const qint64 id = existing.value(0).toLongLong();
        result.storedValue = existing.value(1).toDouble();
        existing.finish();
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

    [[noreturn]] void fail(const QSqlQuery &query)
    {
        throw StoreError(QCoreApplication::translate("FigureImporter", "The database refused the import: %1").arg(query.lastError().text()));
    }

    void prepare(QSqlQuery &query, const QString &sql)
    {
        query = QSqlQuery(m_db);
        if (!query.prepare(sql))
            fail(query);
    }

    qint64 sourceFor(const Source &source, Result &result)
    {
        const QString key = source.key();
        const QString date = source.published.isValid() ? source.published.toString(Qt::ISODate) : QString();
        const auto found = m_sources.constFind(key);
        if (found != m_sources.constEnd()) {
            if (!date.isEmpty() && !found->published.isEmpty() && date != found->published) {
                result.outcome = Outcome::SourceDateDiffers;
                result.storedDate = found->published;
                return 0;
            }
            return found->id;
        }
        m_insertSource.bindValue(0, key);
        m_insertSource.bindValue(1, text(source.url));
        m_insertSource.bindValue(2, text(source.title));
        m_insertSource.bindValue(3, date.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(date));
        if (!m_insertSource.exec())
            fail(m_insertSource);
        const qint64 id = m_insertSource.lastInsertId().toLongLong();
        m_sources.insert(key, {id, date});
        return id;
    }

    void bindKey(QSqlQuery &query, const Figure &f, qint64 sourceId, bool forInsert)
    {
        int i = 0;
        query.bindValue(i++, f.indicator);
        query.bindValue(i++, f.region);
        query.bindValue(i++, f.year);
        const Table table = tableOf(f.kind);
        if (table != Plan)
            query.bindValue(i++, f.month);
        if (table == Claim)
            query.bindValue(i++, f.kind == RecordKind::StatedGrowth ? u"growth"_s : u"share"_s);
        if (forInsert) {
            query.bindValue(i++, f.value);
            if (table == Observation)
                query.bindValue(i++, basisCode(f.basis));
            query.bindValue(i++, sourceId);
            query.bindValue(i++, text(f.quote));
            query.bindValue(i++, text(f.note));
            query.bindValue(i++, m_enteredAt);
            query.bindValue(i++, m_enteredBy);
        } else {
            if (table == Observation)
                query.bindValue(i++, basisCode(f.basis));
            query.bindValue(i++, sourceId);
        }
    }

    QSqlDatabase &m_db;
    QString m_enteredAt;
    QString m_enteredBy;
    std::array<QSqlQuery, TableCount> m_insert;
    std::array<QSqlQuery, TableCount> m_existing;
    QSqlQuery m_insertSource;
    QHash<QString, KnownSource> m_sources;
    std::array<qint64, TableCount> m_firstNewId{};
    // The line of each row this import added, by id − first new id: tells a row repeated
    // within the file from a figure stored before, without a second index of keys.
    std::array<std::vector<qint64>, TableCount> m_lines;
};

QString describe(const Figure &f)
{
    return u"%1 %2 %3/%4"_s.arg(f.indicator, f.region).arg(f.month).arg(f.year);
}

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
        report.issues.append({path, 0, QString(), message});
        report.issueCount = 1;
        return report;
    };
    if (!info.exists())
        return refuse(QCoreApplication::translate("FigureImporter", "there is no such file"));
    if (info.isDir())
        return refuse(QCoreApplication::translate("FigureImporter", "this is a folder, not a CSV file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("FigureImporter", "cannot read the file: %1").arg(file.errorString()));
    return importDevice(&file, path);
}

ImportReport FigureImporter::importDevice(QIODevice *device, const QString &displayName)
{
    ImportReport report;
    auto addIssue = [&](const ImportIssue &issue) {
        ++report.issueCount;
        if (report.issues.size() < m_issueLimit)
            report.issues.append(issue);
    };
    QSqlDatabase &db = m_store.database();
    if (!db.transaction())
        throw StoreError(QCoreApplication::translate("FigureImporter", "The database is busy or read-only, try again: %1").arg(db.lastError().text()));

    try {
        ImportSession session(db, m_enteredBy);
        FigureCsvParser parser(displayName, m_store.indicators());
        CsvReader reader(device);
        const qint64 total = device->size();
        bool haveHeader = false;
        QList<ImportIssue> issues;
        while (reader.next()) {
            const auto &fields = reader.fields();
            if (!haveHeader) {
                haveHeader = true;
                if (!parser.readHeader(fields, reader.line(), issues)) {
                    for (const auto &issue : std::as_const(issues))
                        addIssue(issue);
                    break;
                }
                continue;
            }
            if (fields.size() == 1 && fields.front().trimmed().isEmpty())
                continue; // a blank line
            ++report.rows;
            issues.clear();
            const auto figure = parser.readRecord(fields, reader.line(), issues);
            for (const auto &issue : std::as_const(issues))
                addIssue(issue);
            if (figure && report.issueCount == 0) {
                const auto result = session.store(*figure, reader.line());
                switch (result.outcome) {
                case ImportSession::Outcome::Added: ++report.added; break;
                case ImportSession::Outcome::Unchanged: ++report.unchanged; break;
                case ImportSession::Outcome::Conflict:
                    addIssue({displayName, reader.line(), u"value"_s,
                              QCoreApplication::translate("FigureImporter", "conflict: the stored figure %1 from this source is %2; this file says %3")
                                  .arg(describe(*figure), QString::fromUtf8(FigureCsv::formatNumber(result.storedValue)),
                                       QString::fromUtf8(FigureCsv::formatNumber(figure->value)))});
                    break;
                case ImportSession::Outcome::RepeatedInFile:
                    addIssue({displayName, reader.line(), QString(),
                              QCoreApplication::translate("FigureImporter", "duplicate row: line %1 already gives %2 from the same source")
                                  .arg(result.earlierLine).arg(describe(*figure))});
                    break;
                case ImportSession::Outcome::SourceDateDiffers:
                    addIssue({displayName, reader.line(), u"source_date"_s,
                              QCoreApplication::translate("FigureImporter", "this source is already known with the date %1").arg(result.storedDate)});
                    break;
                }
            }
            if (m_progress && report.rows % 4096 == 0 && !m_progress(reader.bytesRead(), total)) {
                report.cancelled = true;
                break;
            }
        }
        if (!reader.error().isEmpty())
            addIssue({displayName, reader.line(), QString(), reader.error()});
        else if (!haveHeader)
            addIssue({displayName, 0, QString(),
                      QCoreApplication::translate("FigureImporter", "the file is empty; expected a header line: %1").arg(FigureCsv::columns().join(QLatin1Char(',')))});
        else if (report.rows == 0 && report.issueCount == 0)
            addIssue({displayName, 0, QString(), QCoreApplication::translate("FigureImporter", "the file has a header but no figures")});
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
    if (m_progress)
        m_progress(device->size(), device->size());
    return report;
}

} // namespace chiso
