#include "KpiReport.h"

#include <algorithm>

namespace chiso {
namespace {

std::optional<double> valueOf(const std::optional<Figure> &figure)
{
    return figure ? std::optional<double>(figure->value) : std::nullopt;
}

KpiRow buildRow(const Snapshot &snapshot, const Indicator &indicator, YearMonth period, const QString &region,
                double tolerancePoints)
{
    KpiRow row;
    row.indicator = indicator;
    const QString &code = indicator.code;
    row.current = indicator.isFlow() ? snapshot.value(code, region, period.year, period.month)
                                     : snapshot.latestValueUpTo(code, region, period.year, period.month);
    row.plan = snapshot.plan(code, region, period.year);
    if (!row.current) {
        for (const Figure &f : snapshot.series(code, region)) {
            if (f.period() <= period)
                row.lastReading = f;
        }
        return row;
    }

    const int month = row.current->month;
    for (const Figure &other : snapshot.all(RecordKind::Value, code, region, period.year, month)) {
        if (other.value != row.current->value && !row.otherValues.contains(other.value))
            row.otherValues.append(other.value);
    }
    row.preference = snapshot.preferredBecause(code, region, period.year, month);
    row.choice = snapshot.choice(code, region, {period.year, month});
    row.previous = snapshot.value(code, region, period.year - 1, month);
    std::optional<double> lastTotal = valueOf(snapshot.value(code, region, period.year - 1, 12));
    if (indicator.isFlow() && (!row.previous || !lastTotal)) {
        // What the database implies where no source gives last year's figures, from nothing
        // later than the row's own month.
        const auto derived = deriveCutOffs(snapshot, code, region);
        auto find = [&](int m) -> std::optional<DerivedCutOff> {
            const auto d = derived.find({period.year - 1, m});
            if (d == derived.end() || YearMonth{period.year, month} < d->second.knownFrom)
                return std::nullopt;
            return d->second;
        };
        if (!row.previous && (row.previousDerived = find(month))) {
            Figure f;
            f.indicator = code;
            f.region = region;
            f.year = period.year - 1;
            f.month = month;
            f.value = row.previousDerived->value;
            row.previous = f;
        }
        if (!lastTotal && (row.lastTotalDerived = find(12)))
            lastTotal = row.lastTotalDerived->value;
    }
    const bool impliedByOwnClaim = row.previousDerived && row.previousDerived->how == DerivedCutOff::How::StatedGrowth;
    if (row.previous && !impliedByOwnClaim)
        row.growth = yearOnYearChange(indicator, row.current->value, row.previous->value);
    row.statedGrowth = snapshot.claim(RecordKind::StatedGrowth, code, region, period.year, month, row.current->source);
    row.statedShare = snapshot.claim(RecordKind::StatedShare, code, region, period.year, month, row.current->source);

    if (!row.plan)
        return row;
    row.share = completion(row.current->value, row.plan->value);
    if (indicator.isFlow()) {
        row.pace = flowPace(month, valueOf(row.previous), lastTotal);
    } else {
        row.pace = levelPace(month, valueOf(snapshot.value(code, region, period.year - 1, 12)), row.plan->value);
    }
    if (row.share && row.pace) {
        row.status = paceStatus(*row.share, row.pace->expectedShare, tolerancePoints);
        if (indicator.isFlow() && row.pace->basis == Pace::Basis::Calendar)
            row.statusNote = KpiRow::StatusNote::CalendarFallback;
        else if (indicator.isFlow() && (row.previousDerived || row.lastTotalDerived))
            row.statusNote = KpiRow::StatusNote::DerivedBase;
    }
    return row;
}

} // namespace

QList<DerivedCutOff> KpiRow::derived() const
{
    QList<DerivedCutOff> result;
    if (previousDerived)
        result.append(*previousDerived);
    if (lastTotalDerived && pace && pace->basis == Pace::Basis::LastYearProfile)
        result.append(*lastTotalDerived);
    return result;
}

QList<YearMonth> paceBasePeriods(const KpiRow &row)
{
    if (!row.pace || !row.current)
        return {};
    const int lastYear = row.current->year - 1;
    switch (row.pace->basis) {
    case Pace::Basis::Calendar: return {};
    case Pace::Basis::LastYearProfile: return {{lastYear, row.current->month}, {lastYear, 12}};
    case Pace::Basis::LinearPath: return {{lastYear, 12}};
    }
    return {};
}

void withholdStatusOnFlaggedBases(KpiReport &report, const QList<std::pair<QString, YearMonth>> &flagged)
{
    for (KpiRow &row : report.rows) {
        for (const YearMonth &base : paceBasePeriods(row)) {
            if (!flagged.contains(std::pair(row.indicator.code, base)))
                continue;
            row.status = Status::Unknown;
            row.statusNote = KpiRow::StatusNote::FlaggedBase;
            row.flaggedBase = base;
            break;
        }
    }
}

std::optional<ShownGrowth> shownGrowth(const KpiRow &row)
{
    if (row.growth)
        return ShownGrowth{ShownGrowth::Kind::Computed, *row.growth, 0};
    if (row.statedGrowth)
        return ShownGrowth{ShownGrowth::Kind::Stated, {}, row.statedGrowth->value};
    return std::nullopt;
}

bool holdsFigures(const KpiReport &report)
{
    return std::any_of(report.rows.cbegin(), report.rows.cend(), [](const KpiRow &row) { return row.current.has_value(); });
}

QStringList flowIndicatorCodes(const QList<Indicator> &indicators)
{
    QStringList flows;
    for (const Indicator &indicator : indicators) {
        if (indicator.isFlow())
            flows.append(indicator.code);
    }
    return flows;
}

KpiReport buildKpiReport(const Snapshot &snapshot, const QList<Indicator> &indicators, YearMonth period,
                         const QString &region, double tolerancePoints)
{
    KpiReport report{period, snapshot.asOf(), region, tolerancePoints, {}};
    for (const Indicator &indicator : indicators) {
        if (indicator.kind == IndicatorKind::MonthFlow)
            continue;
        report.rows.append(buildRow(snapshot, indicator, period, region, tolerancePoints));
    }
    return report;
}

} // namespace chiso
