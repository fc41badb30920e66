#pragma once

#include "DatabaseAddress.h"
#include "Login.h"
#include "domain/Figure.h"
#include "domain/Indicator.h"
#include "domain/ReportingUnit.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace chiso {

/// The analyst's database: indicators, figures with their sources, plans and claims, in an
/// SQLite file or on a PostgreSQL server. What differs between the two is the Backend's.
class Backend;
class FigureBatch;

class Store
{
public:
    /// Opens an existing database: a file, or a server named by a postgresql:// address.
    /// Throws StoreError, before writing anything, if it is missing or unreachable, is not a
    /// Chỉ Số database (another program's, empty, or tables that do not match its version),
    /// or was written by a newer version of the app.
    static std::unique_ptr<Store> open(const QString &database);
    /// The same, with the password for a server (empty: libpq's ~/.pgpass and PGPASSWORD).
    static std::unique_ptr<Store> open(const DatabaseAddress &address, const QString &password = {});
    /// Creates a new database file holding the indicator catalogue, and nothing else.
    /// Throws StoreError if the file exists already or cannot be written.
    static std::unique_ptr<Store> create(const QString &path);
    /// Prepares a database on a server: the schema and the catalogue in an empty database,
    /// or the migrations an older one lacks. Refuses another program's tables.
    static std::unique_ptr<Store> prepareServer(const DatabaseAddress &address, const QString &password = {});

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// The first year a figure may have (the schema's check): figures(region, {FirstYear, y})
    /// reads every year up to y.
    static constexpr int FirstYear = 1900;

    /// The connection, for the store's own parts and for tests that look at raw rows.
    QSqlDatabase &database();
    Backend &backend() { return *m_backend; }
    /// The file's path or the server's address (without a password), for messages.
    QString location() const;
    bool isServer() const;
    /// Who this connection writes as, and what the server lets it write.
    const Login &login() const;
    /// Whether the server still answers (a file always does).
    bool isConnected() const;
    /// The same database opened again (a server's connection that was lost), with the password
    /// it was opened with: kept in this process's memory only, for this.
    std::unique_ptr<Store> openAgain() const;

    /// The catalogue, in display order.
    const QList<Indicator> &indicators() const { return m_indicators; }
    const Indicator *indicator(const QString &code) const;

    /// The reporting units and the mergers between them (read when the database is opened).
    const UnitCatalogue &units() const { return m_units; }
    /// Adds units the office defines (a ministry department, an enterprise) in one
    /// transaction: all of them or none. The caller has checked them (UnitImporter); the
    /// database refuses a code and start it holds already. Throws StoreError.
    void addUnits(const QList<ReportingUnit> &units);

    /// Every stored figure, plan and claim with its source, in a stable order
    /// (indicator display order, region, year, month, kind, source, basis).
    /// With years, only those of the years in [first, last].
    QList<Figure> figures(std::optional<std::pair<int, int>> years = std::nullopt) const;
    /// The same for one region: what a view of that region needs, a range of the unique
    /// keys' indexes (they lead with the region) however many other regions the database holds.
    QList<Figure> figures(const QString &region, std::optional<std::pair<int, int>> years = std::nullopt) const;
    /// Hands every figure (of one region, if given) to `visit` as it is read, in the order of
    /// figures(), keeping none: an export of a million figures in constant memory.
    void forEachFigure(const std::function<void(const Figure &)> &visit, const std::optional<QString> &region = std::nullopt) const;

    /// The regions holding any figure, plan or claim, in code order. One index seek per region
    /// and table: ask only where the list is shown.
    QStringList regions() const;
    /// Whether a region holds any figure, plan or claim (three index seeks).
    bool holdsFigures(const QString &region) const;
    /// The latest period for which a region holds a value of one of `indicators` (any
    /// indicator if empty), whatever was known when.
    std::optional<YearMonth> latestPeriod(const QString &region, const QStringList &indicators = {}) const;
    /// The values (not plans or stated figures) stored for a region.
    qsizetype valueCount(const QString &region) const;

    /// How a save treats a figure someone else changed since the user read it (Figure::entryId).
    enum class WhenChanged {
        Refuse,   ///< throw ConflictError: another login's work is never overwritten unknowingly
        Overwrite ///< the user chose to overwrite it knowingly
    };
    struct Saved {
        QList<std::optional<Figure>> previous; ///< for each saved figure, the one it replaced (with its entry)
        qint64 entry = 0;                      ///< the entry the figures were stored under
    };
    /// Stores figures typed by the user, each replacing the value of the same figure from the
    /// same source if there is one, under one entry (who, when, origin), and removes each of
    /// removed (the same record, indicator, region, period, basis and source), in one
    /// transaction: all of it is stored or none. With Refuse, each figure's stored row must be
    /// the one it was read as (entryId; 0: none stored), or nothing is stored and ConflictError
    /// says who changed it. Throws StoreError.
    Saved saveFigures(const QList<Figure> &figures, const QString &origin, const QList<Figure> &removed = {},
                      WhenChanged whenChanged = WhenChanged::Overwrite);
    /// Begins an import: one write transaction holding every figure added to the batch,
    /// recorded under one entry (who, when, origin). Throws StoreError.
    std::unique_ptr<FigureBatch> beginImport(const QString &enteredBy, const QString &origin);

    /// What the analyst concluded about a finding (Finding::key()).
    struct Acknowledgement {
        QString comment;
        QString at;
        QString by;
    };
    QHash<QString, Acknowledgement> acknowledgements() const;
    void acknowledge(const QString &findingKey, const QString &comment);
    void reopen(const QString &findingKey);
    /// The same, refused with StoreError (nothing written) if the acknowledgement is no longer
    /// what the caller read (asRead; nullopt: none): another analyst acknowledged, changed or
    /// reopened it since. Never a silent last writer wins.
    void acknowledge(const QString &findingKey, const QString &comment, const std::optional<Acknowledgement> &asRead);
    void reopen(const QString &findingKey, const std::optional<Acknowledgement> &asRead);

    /// A unit's monthly form received: for which unit and month, when and by whom (its entry).
    struct Submission {
        QString unit;
        YearMonth period;
        QDateTime at; ///< UTC
        QString by;
    };
    /// The submissions of a year's months up to `lastMonth`, in time order.
    QList<Submission> submissions(int year, int lastMonth = 12) const;

    /// A setting the office shares (stored in the database), or `fallback` where none is set.
    QString setting(const QString &name, const QString &fallback = {}) const;
    void setSetting(const QString &name, const QString &value);

    /// Counts of stored rows, for messages and tests.
    struct Counts { int values = 0; int plans = 0; int claims = 0; int sources = 0; };
    Counts counts() const;

private:
    explicit Store(std::unique_ptr<Backend> backend);
    static std::unique_ptr<Store> prepare(std::unique_ptr<Backend> backend, bool mayBeEmpty);
    void loadIndicators();
    void loadUnits();
    void writeAlone(class Statement &statement, const std::function<void()> &checkFirst = {});
    /// Stores a comment (nullopt: removes the acknowledgement), after checkFirst if given.
    void writeAcknowledgement(const QString &findingKey, const std::optional<QString> &comment, const std::function<void()> &checkFirst);
    /// Throws StoreError if the finding's acknowledgement is not `asRead` (in the caller's transaction).
    void checkAcknowledgementUnchanged(const QString &findingKey, const std::optional<Acknowledgement> &asRead);

    std::unique_ptr<Backend> m_backend;
    QString m_password;
    QList<Indicator> m_indicators;
    UnitCatalogue m_units;
};

} // namespace chiso
