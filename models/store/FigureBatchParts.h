#pragma once

#include "FigureBatch.h"
#include "Login.h"
#include "Statement.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <optional>

namespace chiso {

/// What both kinds of batch read at the start of an import and keep checking against: the
/// catalogue's codes and the known sources, as they stand inside the import's transaction.
class ImportKnowledge
{
public:
    ImportKnowledge(const QSqlDatabase &db, const Login &login);

    bool knowsIndicator(const QString &code) const { return m_indicators.contains(code); }

    struct SourceUse {
        qint64 id = 0;            ///< 0: a source new to the database
        bool refused = false;     ///< known with another date (storedDate)
        bool learnsDate = false;  ///< known without a date: the import's date is to be kept
        QString storedDate;
        QString key;
    };
    /// What an import's source is to the database; remembers a new source (with `id`, 0 until
    /// stored) so that later rows citing it agree with it.
    SourceUse use(const Source &source);
    /// What a foreign key would check, from the catalogue as it stands in the import's
    /// transaction, and the source's date: the refusal of figure `f`, or nothing and in
    /// `source` what its source is to the database.
    std::optional<FigureBatch::Result> refusal(const Figure &f, qint64 line, const QString &cell, SourceUse &source);
    void remember(const QString &key, qint64 id, const QString &published)
    {
        m_sources.insert(key, {id, published});
        if (key == m_last.key)
            m_last.id = id;
    }

private:
    struct Known { qint64 id; QString published; };
    Login m_login;
    QSet<QString> m_indicators;
    QHash<QString, Known> m_sources;
    // The same text object as the row before means the same source: no hashing a million keys.
    QString m_lastKey;
    QDate m_lastDate;
    SourceUse m_last;
};

/// The entry an import's figures are recorded under; returns its id.
void insertSubmission(const QSqlDatabase &db, qint64 entryId, const QString &unit, YearMonth period);
qint64 insertImportEntry(const QSqlDatabase &db, const QString &enteredBy, const QString &origin);

std::unique_ptr<FigureBatch> beginSqliteBatch(Backend &backend, const QString &enteredBy, const QString &origin);
std::unique_ptr<FigureBatch> beginServerBatch(Backend &backend, const QString &enteredBy, const QString &origin);

} // namespace chiso
