#pragma once

#include "io/BundledDataset.h"
#include "io/FigureExporter.h"
#include "store/Store.h"
#include "support/PgServer.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QString>
#include <memory>
#include <ostream>

/// Lets GoogleTest print a QString that failed a comparison as text.
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

/// A database in a temporary folder, removed with the folder; or, when the run is against
/// a server (CHISO_TEST_BACKEND=postgresql), a new database on the throw-away server, with a
/// temporary folder all the same for the test's files.
class TestDatabase
{
public:
    explicit TestDatabase(bool empty = false)
        : m_path(testsUseServer() ? PgServer::shared().createDatabase() : m_dir.filePath(QStringLiteral("test.sqlite"))),
          store(chiso::createDatabase(m_path, empty))
    {
    }
    /// The file's path or the server's address: what --db takes.
    const QString &path() const { return m_path; }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    /// Writes a file in the temporary folder and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(file(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;

public:
    std::unique_ptr<chiso::Store> store;
};

/// Adds units of kind "other", valid always, for regions of a test's own (HN, P0, …) that
/// the catalogue does not know: a figure's region must be a unit of its period.
inline void addUnits(chiso::Store &store, const QStringList &codes)
{
    QList<chiso::ReportingUnit> units;
    for (const QString &code : codes)
        units.append({code, code, code, chiso::UnitKind::Other, {}, {}, std::nullopt, std::nullopt});
    store.addUnits(units);
}

/// PREFIX0 … PREFIX{n-1}, or with `width`, zero-padded: P000 ….
inline QStringList numberedCodes(const QString &prefix, int n, int width = 0, int first = 0)
{
    QStringList codes;
    for (int i = first; i < first + n; ++i)
        codes.append(prefix + QString::number(i).rightJustified(width, QLatin1Char('0')));
    return codes;
}

/// Everything a store holds, in the export format: equal before and after means "unchanged".
/// Runs SQL on the store's own connection, as another program would write; the database's error
/// text, or empty if it ran.
inline QString rawSql(chiso::Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql) ? QString() : query.lastError().text();
}

inline QByteArray exportAll(chiso::Store &store)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    chiso::FigureExporter::writeCsv(store.figures(), &buffer);
    return buffer.data();
}
