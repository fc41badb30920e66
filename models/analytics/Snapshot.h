#pragma once

#include "domain/Figure.h"
#include "domain/FigureChoice.h"
#include "domain/YearMonth.h"

#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <optional>

namespace chiso {

/// The figures an analysis may see: everything stored, or only what was known at a cut-off.
/// Where several sources give the same figure, one is preferred (see preferred()).
class Snapshot
{
public:
    /// With choices, the office's chosen source's value of a figure comes first wherever it
    /// gives one (a choice of a source that gives none changes nothing).
    explicit Snapshot(const QList<Figure> &figures, std::optional<YearMonth> asOf = std::nullopt, const FigureChoices &choices = {});

    /// What was known when the briefing for month asOf was prepared: figures for periods up
    /// to asOf, published (Figure::knownFrom) by the end of the month after it. Plans count
    /// from their publication, or from the start of their year where that is unknown.
    static bool isKnownAt(const Figure &figure, YearMonth asOf);

    const std::optional<YearMonth> &asOf() const { return m_asOf; }

    /// All figures of one kind for one period, the preferred first: the office's choice, the latest basis
    /// (actual over measured over estimate over reported), then the latest publication, then
    /// the value most sources agree on, then the first stored.
    QList<Figure> all(RecordKind kind, const QString &indicator, const QString &region, int year, int month) const;
    std::optional<Figure> preferred(RecordKind kind, const QString &indicator, const QString &region, int year, int month) const;
    std::optional<Figure> value(const QString &indicator, const QString &region, int year, int month) const
    {
        return preferred(RecordKind::Value, indicator, region, year, month);
    }
    std::optional<Figure> plan(const QString &indicator, const QString &region, int year) const
    {
        return preferred(RecordKind::Plan, indicator, region, year, 12);
    }
    /// Why the preferred value of a figure is the one used, where sources give different values.
    enum class Preference {
        Alone,            ///< no other source gives another value
        Chosen,           ///< the office chose its source
        LaterBasis,       ///< a later basis (actual over measured over estimate over reported)
        LaterPublication, ///< published later
        MoreSources,      ///< more sources give it
        FirstStored,      ///< none of those tells them apart: the first stored
    };
    Preference preferredBecause(const QString &indicator, const QString &region, int year, int month) const;
    /// The office's choice for a figure, where it made one (whether or not its source is visible).
    std::optional<FigureChoice> choice(const QString &indicator, const QString &region, YearMonth period) const;
    /// The latest reading of a level in a year, up to a month.
    std::optional<Figure> latestValueUpTo(const QString &indicator, const QString &region, int year, int month) const;
    /// A claim about a figure, from the given source where it makes one, else the preferred.
    std::optional<Figure> claim(RecordKind kind, const QString &indicator, const QString &region, int year, int month,
                                const Source &preferredSource) const;
    /// The preferred figure of every period of an indicator, in time order.
    QList<Figure> series(const QString &indicator, const QString &region) const;
    /// Every visible figure, plan and claim.
    const QList<Figure> &figures() const { return m_all; }
    /// The latest period holding any figure, among the given indicators (all if empty).
    std::optional<YearMonth> latestPeriod(const QStringList &indicators = {}) const { return latestPeriod(m_values, indicators); }
    /// The same over a list of figures (only values count), without building a snapshot.
    static std::optional<YearMonth> latestPeriod(const QList<Figure> &figures, const QStringList &indicators = {});

private:
    /// What identifies one figure, whatever its source: compared field by field, not as text,
    /// since every lookup makes one (a region's 30 years are some 100,000 lookups).
    struct Key {
        RecordKind kind;
        QString indicator;
        QString region;
        int year;
        int month;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, int(key.kind), key.indicator, key.region, key.year, key.month);
        }
    };
    /// An indicator of a region.
    using Series = std::pair<QString, QString>;

    std::optional<YearMonth> m_asOf;
    FigureChoices m_choices;
    QHash<Key, QList<Figure>> m_byKey;
    QHash<Series, QList<YearMonth>> m_periods; ///< the periods holding values, in time order
    QList<Figure> m_values;
    QList<Figure> m_all;
};

} // namespace chiso
