#pragma once

#include "domain/Figure.h"
#include "domain/Indicator.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace chiso {

/// The analyst's database: indicators, figures with their sources, plans and claims,
/// in one SQLite file (WAL, foreign keys on, schema versioned by PRAGMA user_version).
class Store
{
public:
    /// Opens an existing database. Throws StoreError, before writing anything, if the file is
    /// missing, is not a Chỉ Số database (another program's, empty, or tables that do not
    /// match its version), or was written by a newer version of the app.
    static std::unique_ptr<Store> open(const QString &path);
    /// Creates a new database holding the indicator catalogue, and nothing else.
    /// Throws StoreError if the file exists already or cannot be written.
    static std::unique_ptr<Store> create(const QString &path);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// The first year a figure may have (the schema's check): figures(region, {FirstYear, y})
    /// reads every year up to y.
    static constexpr int FirstYear = 1900;

    QSqlDatabase &database() { return m_db; }
    const QString &path() const { return m_path; }

    /// The catalogue, in display order.
    const QList<Indicator> &indicators() const { return m_indicators; }
    const Indicator *indicator(const QString &code) const;

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

    /// Stores figures typed by the user, each replacing the value of the same figure from the
    /// same source if there is one, under one entry (who, when, origin), and removes each of
    /// removed (the same record, indicator, region, period, basis and source), in one
    /// transaction: all of it is stored or none. Returns, for each saved figure, the figure it
    /// replaced. Throws StoreError.
    QList<std::optional<Figure>> saveFigures(const QList<Figure> &figures, const QString &origin,
                                             const QList<Figure> &removed = {});

    /// What the analyst concluded about a finding (Finding::key()).
    struct Acknowledgement {
        QString comment;
        QString at;
        QString by;
    };
    QHash<QString, Acknowledgement> acknowledgements() const;
    void acknowledge(const QString &findingKey, const QString &comment);
    void reopen(const QString &findingKey);

    /// Counts of stored rows, for messages and tests.
    struct Counts { int values = 0; int plans = 0; int claims = 0; int sources = 0; };
    Counts counts() const;

private:
    Store(QSqlDatabase db, QString path);
    void probe();
    void configure();
    void loadIndicators();

    QSqlDatabase m_db;
    QString m_path;
    QList<Indicator> m_indicators;
};

/// Why SQLite could not open the database at `path` (its own words in `error`): a read-only
/// disk or folder or a full disk, said as such, for a message a user can act on.
QString whyCannotOpen(const QString &path, const QString &error);

} // namespace chiso
