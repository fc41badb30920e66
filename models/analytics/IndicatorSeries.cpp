#include "IndicatorSeries.h"
#include "DerivedCutOffs.h"
#include "forecast/ForecastReport.h"

#include <algorithm>

namespace chiso {

IndicatorSeries buildIndicatorSeries(const Snapshot &snapshot, const Indicator &indicator, const ForecastReport &forecasts,
                                     YearMonth period, const QString &region, double tolerancePoints,
                                     const QList<YearMonth> &flaggedPeriods)
{
    IndicatorSeries s;
    s.indicator = indicator;
    s.year = period.year;
    s.growthInPoints = indicator.isPercent();
    const QString &code = indicator.code;
    // Last year's cut-offs no source gives, as the KPI table derives them (nothing later than
    // the period): drawn, marked, and measured against, as there.
    std::map<int, double> lastYearDerived;
    if (indicator.isFlow()) {
        for (const auto &[p, d] : deriveCutOffs(snapshot, code, region)) {
            if (p.year == period.year - 1 && d.knownFrom <= period)
                lastYearDerived.emplace(p.month, d.value);
        }
    }
    const auto lastYear = [&](int month) -> std::optional<double> {
        if (const auto f = snapshot.value(code, region, period.year - 1, month))
            return f->value;
        const auto d = lastYearDerived.find(month);
        return d == lastYearDerived.end() ? std::nullopt : std::optional<double>(d->second);
    };
    for (const Figure &f : snapshot.series(code, region)) {
        if (flaggedPeriods.contains(f.period()) && (f.year == period.year || f.year == period.year - 1))
            s.flagged.append({double(f.month), f.value});
        if (f.year == period.year && f.month <= period.month) {
            s.thisYear.append({double(f.month), f.value});
            if (const auto previous = lastYear(f.month)) {
                if (const auto change = yearOnYearChange(indicator, f.value, *previous)) {
                    s.growth.append({double(f.month), change->percentagePoints ? change->value : change->value * 100.0});
                    if (!snapshot.value(code, region, f.year - 1, f.month))
                        s.growthDerivedMonths.append(f.month);
                }
            }
        } else if (f.year == period.year - 1) {
            s.lastYear.append({double(f.month), f.value});
        }
    }
    for (const auto &[month, value] : lastYearDerived) {
        s.lastYearDerived.append({double(month), value});
        s.lastYear.append({double(month), value});
    }
    std::sort(s.lastYear.begin(), s.lastYear.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    if (const auto plan = snapshot.plan(code, region, period.year))
        s.plan = plan->value;

    if (s.plan) {
        for (int month = 0; month <= 12; ++month) {
            if (indicator.isFlow()) {
                const double share = month == 0 ? 0.0 : flowPace(month, lastYear(month), lastYear(12)).expectedShare;
                s.planPace.append({double(month), *s.plan * share});
                if (month > 0 && lastYear(month) && lastYear(12) && (lastYearDerived.count(month) > 0 || lastYearDerived.count(12) > 0))
                    s.planPaceDerived = true;
            } else if (const auto pace = levelPace(month, lastYear(12), *s.plan)) {
                s.planPace.append({double(month), *s.plan * pace->expectedShare});
            }
        }
    }
    if (!s.thisYear.isEmpty() && s.plan) {
        const int month = int(s.thisYear.constLast().x());
        s.share = completion(s.thisYear.constLast().y(), *s.plan);
        const std::optional<Pace> pace = indicator.isFlow() ? std::optional(flowPace(month, lastYear(month), lastYear(12)))
                                                            : levelPace(month, lastYear(12), *s.plan);
        if (pace && s.share) {
            s.expectedShare = pace->expectedShare;
            s.status = paceStatus(*s.share, pace->expectedShare, tolerancePoints);
        }
    }
    for (const FlowForecast &f : forecasts.flows) {
        if (f.indicator.code != code)
            continue;
        if (const MethodForecast *m = f.preferredForecast()) {
            s.forecast = m->point.value;
            s.forecast80 = m->interval80;
            s.forecast95 = m->interval95;
        }
    }
    for (const LevelForecast &l : forecasts.levels) {
        if (l.indicator.code == code && l.available) {
            s.forecast = l.point;
            s.forecast80 = l.interval80;
            s.forecast95 = l.interval95;
        }
    }
    return s;
}

} // namespace chiso
