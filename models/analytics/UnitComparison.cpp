#include "UnitComparison.h"
#include "Snapshot.h"
#include "UnitSeries.h"
#include "store/Store.h"

#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {

struct UnitComparison::Unit {
    ReportingUnit unit;
    Snapshot snapshot;
    QStringList notes;
};

QList<int> competitionRanks(const QList<std::optional<double>> &figures)
{
    QList<int> ranks;
    ranks.reserve(figures.size());
    for (const std::optional<double> &figure : figures) {
        if (!figure) {
            ranks.append(0);
            continue;
        }
        const auto above = std::count_if(figures.cbegin(), figures.cend(), [&figure](const std::optional<double> &other) {
            return other && *other > *figure;
        });
        ranks.append(int(above) + 1);
    }
    return ranks;
}

UnitComparison::UnitComparison(const Store &store, YearMonth period) : m_period(period)
{
    for (const ReportingUnit &unit : store.units().units()) {
        if (unit.kind != UnitKind::Province || !unit.existsIn(period))
            continue;
        UnitFigures figures = unitFigures(store, unit.code, period, std::pair{period.year - 1, period.year}, period);
        m_units.append(std::make_shared<const Unit>(Unit{unit, Snapshot(figures.figures, period), figures.notes}));
    }
    std::sort(m_units.begin(), m_units.end(), [](const auto &a, const auto &b) { return a->unit.code < b->unit.code; });
}

UnitComparison::~UnitComparison() = default;
UnitComparison::UnitComparison(UnitComparison &&) noexcept = default;
UnitComparison &UnitComparison::operator=(UnitComparison &&) noexcept = default;

QList<ReportingUnit> UnitComparison::units() const
{
    QList<ReportingUnit> units;
    for (const auto &unit : m_units)
        units.append(unit->unit);
    return units;
}

QList<UnitStanding> UnitComparison::standings(const Indicator &indicator) const
{
    const auto [year, month] = std::pair{m_period.year, m_period.month};
    QList<UnitStanding> rows;
    for (const auto &data : m_units) {
        UnitStanding row;
        row.unit = data->unit;
        const QString &code = data->unit.code;
        const Snapshot &snapshot = data->snapshot;
        if (const auto current = snapshot.value(indicator.code, code, year, month))
            row.value = current->value;
        if (const auto previous = snapshot.value(indicator.code, code, year - 1, month))
            row.lastYear = previous->value;
        if (const auto plan = snapshot.plan(indicator.code, code, year))
            row.plan = plan->value;
        if (row.value && row.lastYear)
            row.growth = yearOnYearChange(indicator, *row.value, *row.lastYear);
        if (row.value && row.plan)
            row.planShare = completion(*row.value, *row.plan);
        for (int m = 1; m <= month; ++m) {
            if (const auto figure = snapshot.value(indicator.code, code, year, m))
                row.yearToDate.append({m, figure->value});
        }
        // unitFigures() begins each note with the indicator's code.
        for (const QString &note : data->notes) {
            if (note.startsWith(indicator.code + u' '))
                row.notes.append(note);
        }
        rows.append(row);
    }
    QList<std::optional<double>> values, growths, shares;
    for (const UnitStanding &row : std::as_const(rows)) {
        values.append(row.value);
        growths.append(row.growth ? std::optional(row.growth->value) : std::nullopt);
        shares.append(row.planShare);
    }
    const QList<int> valueRanks = competitionRanks(values);
    const QList<int> growthRanks = competitionRanks(growths);
    const QList<int> shareRanks = competitionRanks(shares);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].valueRank = valueRanks[i];
        rows[i].growthRank = growthRanks[i];
        rows[i].planShareRank = shareRanks[i];
    }
    // Stable: equal ranks keep code order, and the units without a value come last.
    std::stable_sort(rows.begin(), rows.end(), [](const UnitStanding &a, const UnitStanding &b) {
        return (a.valueRank == 0 ? INT_MAX : a.valueRank) < (b.valueRank == 0 ? INT_MAX : b.valueRank);
    });
    return rows;
}

QList<SourceGap> UnitComparison::gaps(const Indicator &indicator) const
{
    QList<SourceGap> gaps;
    for (const auto &data : m_units) {
        // The sources in the order a snapshot prefers them: the first of each basis counts.
        const QList<Figure> all = data->snapshot.all(RecordKind::Value, indicator.code, data->unit.code, m_period.year, m_period.month);
        const auto ofBasis = [&all](Basis basis) {
            const auto found = std::find_if(all.cbegin(), all.cend(), [basis](const Figure &f) { return f.basis == basis; });
            return found == all.cend() ? std::nullopt : std::optional(*found);
        };
        const std::optional<Figure> reported = ofBasis(Basis::Reported);
        const std::optional<Figure> measured = ofBasis(Basis::Measured);
        if (!reported || !measured)
            continue;
        SourceGap gap{data->unit, *reported, *measured, measured->value - reported->value, std::nullopt};
        if (reported->value != 0)
            gap.relativeGap = gap.gap / reported->value;
        gaps.append(gap);
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const SourceGap &a, const SourceGap &b) { return std::abs(a.gap) > std::abs(b.gap); });
    return gaps;
}

} // namespace chiso
