#include "FigureBatchParts.h"
#include "Backend.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace chiso {

std::unique_ptr<FigureBatch> FigureBatch::begin(Backend &backend, const QString &enteredBy, const QString &origin)
{
    if (!backend.login().mayWriteAnything())
        throw StoreError(QCoreApplication::translate("Store", "The login %1 may only read %2: nothing was imported. "
                                                              "An office login can give it more rights (chiso server add-user).")
                             .arg(backend.login().name, backend.address().display()));
    return backend.isServer() ? beginServerBatch(backend, enteredBy, origin) : beginSqliteBatch(backend, enteredBy, origin);
}

ImportKnowledge::ImportKnowledge(const QSqlDatabase &db, const Login &login)
    : m_login(login)
{
    Statement indicators(db, u"SELECT code FROM indicator"_s);
    while (indicators.next())
        m_indicators.insert(indicators.columnText(0));
    Statement sources(db, u"SELECT id, key, published FROM source"_s);
    while (sources.next())
        m_sources.insert(sources.columnText(1), {sources.columnInt(0), sources.columnText(2)});
}

ImportKnowledge::SourceUse ImportKnowledge::use(const Source &source)
{
    const QString key = source.key();
    if (!m_lastKey.isNull() && key.constData() == m_lastKey.constData() && source.published == m_lastDate && !m_last.refused
        && !m_last.learnsDate && m_last.id != 0)
        return m_last;
    SourceUse use;
    use.key = key;
    const QString date = source.published.isValid() ? source.published.toString(Qt::ISODate) : QString();
    const auto found = m_sources.find(key);
    if (found != m_sources.end()) {
        use.id = found->id;
        if (!date.isEmpty() && !found->published.isEmpty() && date != found->published) {
            use.refused = true;
            use.storedDate = found->published;
        } else if (!date.isEmpty() && found->published.isEmpty()) { // a date learnt now is kept, not dropped
            use.learnsDate = true;
            found->published = date;
        }
    }
    m_lastKey = key;
    m_lastDate = source.published;
    m_last = use;
    return use;
}

std::optional<FigureBatch::Result> ImportKnowledge::refusal(const Figure &f, qint64 line, const QString &cell, SourceUse &source)
{
    if (!knowsIndicator(f.indicator))
        return FigureBatch::Result{FigureBatch::Outcome::UnknownIndicator, line, cell, f};
    if (!m_login.mayWrite(f.region)) {
        FigureBatch::Result result{FigureBatch::Outcome::RegionNotWritable, line, cell, f};
        result.storedDate = m_login.region; // the region the login may write
        return result;
    }
    source = use(f.source);
    if (source.refused) {
        FigureBatch::Result result{FigureBatch::Outcome::SourceDateDiffers, line, cell, f};
        result.storedDate = source.storedDate;
        return result;
    }
    return std::nullopt;
}

void insertSubmission(const QSqlDatabase &db, qint64 entryId, const QString &unit, YearMonth period)
{
    Statement submission(db, u"INSERT INTO submission (unit, year, month, entry_id) VALUES (?, ?, ?, ?)"_s);
    submission.bind(0, unit);
    submission.bind(1, period.year);
    submission.bind(2, period.month);
    submission.bind(3, entryId);
    submission.next();
}

qint64 insertImportEntry(const QSqlDatabase &db, const QString &enteredBy, const QString &origin)
{
    Statement entry(db, u"INSERT INTO entry (entered_at, entered_by, origin) VALUES (?, ?, ?) RETURNING id"_s);
    entry.bind(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    entry.bind(1, enteredBy);
    entry.bind(2, origin);
    entry.next();
    return entry.columnInt(0);
}

} // namespace chiso
