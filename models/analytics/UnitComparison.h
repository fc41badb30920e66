#pragma once

#include "KpiFormulas.h"
#include "domain/Figure.h"
#include "domain/Indicator.h"
#include "domain/ReportingUnit.h"
#include "domain/YearMonth.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace chiso {

class Snapshot;
class Store;

/// Where one province stands on one indicator in one month, beside the others.
struct UnitStanding {
    ReportingUnit unit;
    std::optional<double> value;    ///< the preferred figure of the month
    std::optional<double> lastYear; ///< the same month a year earlier, across the 2025 merger
    std::optional<Change> growth;
    std::optional<double> plan;
    std::optional<double> planShare; ///< value / plan
    /// 1 for the largest; units of equal figures share a rank (1, 2, 2, 4); 0 where there is no figure.
    int valueRank = 0;
    int growthRank = 0;
    int planShareRank = 0;
    /// The year's figures up to the month, one per month that has one: (month, value).
    QList<std::pair<int, double>> yearToDate;
    /// Why a figure is missing where the merger left it without one (a share with no weights).
    QStringList notes;
};

/// A unit whose figure for a month comes from two sources that disagree: what it reported,
/// and what a system measured.
struct SourceGap {
    ReportingUnit unit;
    Figure reported;
    Figure measured;
    /// measured − reported, in the indicator's unit (percentage points for a share).
    double gap = 0;
    /// gap / reported; nothing for a reported zero.
    std::optional<double> relativeGap;
};

/// The provinces of one month side by side: each one's figures as known for that month's
/// briefing (the period is the as-of cut-off, as everywhere in the window), read once for
/// every indicator. A province formed on 1 July 2025 is compared with the sum of the old ones
/// it absorbed a year earlier (unitFigures()).
class UnitComparison
{
public:
    /// Reads the figures of the month's year and the year before of every province that
    /// existed in the month. Throws StoreError.
    UnitComparison(const Store &store, YearMonth period);
    ~UnitComparison();
    UnitComparison(UnitComparison &&) noexcept;
    UnitComparison &operator=(UnitComparison &&) noexcept;

    YearMonth period() const { return m_period; }
    /// The provinces compared, in code order.
    QList<ReportingUnit> units() const;

    /// Every province's standing on the indicator, the largest value first (those without a
    /// value last, in code order).
    QList<UnitStanding> standings(const Indicator &indicator) const;
    /// The provinces with both a reported and a measured figure of the indicator for the
    /// month, the largest gap (in absolute terms) first.
    QList<SourceGap> gaps(const Indicator &indicator) const;

private:
    struct Unit;
    YearMonth m_period;
    QList<std::shared_ptr<const Unit>> m_units;
};

/// Ranks by a figure: 1 for the largest, equal figures sharing the rank, 0 for none.
QList<int> competitionRanks(const QList<std::optional<double>> &figures);

} // namespace chiso
