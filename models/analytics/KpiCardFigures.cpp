#include "KpiCardFigures.h"
#include "forecast/ForecastReport.h"

#include <algorithm>
#include <cmath>

namespace chiso {

double bulletEnd(double value, std::optional<double> expected, std::optional<double> forecast)
{
    const double largest = std::max({1.0, value, expected.value_or(0), forecast.value_or(0)});
    // Rounded to a tenth after adding 0.05: 1.0 → 1.1, 1.0178 → 1.1, 1.06 → 1.2. The small
    // epsilon keeps 1.1 from turning into 1.2 through its binary representation.
    return std::ceil((largest + 0.05) * 10.0 - 1e-9) / 10.0;
}

namespace {

std::optional<int> direction(const KpiRow &row)
{
    const auto shown = shownGrowth(row);
    if (!shown)
        return std::nullopt;
    const double v = shown->kind == ShownGrowth::Kind::Computed ? shown->computed.value : shown->statedPercent;
    return v > 0 ? 1 : v < 0 ? -1 : 0;
}

void addForecast(KpiCardFigures &card, const KpiRow &row, const ForecastReport &forecasts)
{
    const QString &code = row.indicator.code;
    for (const FlowForecast &f : forecasts.flows) {
        if (f.indicator.code != code)
            continue;
        if (const MethodForecast *m = f.preferredForecast()) {
            card.forecast = m->point.value;
            card.forecast80 = m->interval80;
            card.probabilityMeetingPlan = m->probabilityMeetingPlan;
            card.method = m->point.method;
            card.forecastFromMonth = f.month;
        }
    }
    for (const LevelForecast &l : forecasts.levels) {
        if (l.indicator.code == code && l.available) {
            card.forecast = l.point;
            card.forecast80 = l.interval80;
            card.probabilityMeetingPlan = l.probabilityMeetingTarget;
        }
    }
    if (card.forecast && row.plan)
        card.forecastShareOfPlan = completion(*card.forecast, row.plan->value);
}

Sparkline sparkline(const KpiRow &row, const Snapshot &snapshot, YearMonth period, const QString &region)
{
    Sparkline s;
    for (const Figure &f : snapshot.series(row.indicator.code, region)) {
        if (f.year == period.year && f.month <= period.month)
            s.thisYear.append({double(f.month), f.value});
        else if (f.year == period.year - 1)
            s.lastYear.append({double(f.month), f.value});
    }
    if (row.plan)
        s.plan = row.plan->value;
    QList<double> ys;
    for (const QPointF &p : s.thisYear + s.lastYear)
        ys.append(p.y());
    if (s.plan)
        ys.append(*s.plan);
    if (ys.isEmpty())
        return s;
    const auto [low, high] = std::minmax_element(ys.cbegin(), ys.cend());
    if (row.indicator.isFlow()) {
        // Year-to-date totals start the year at nothing: the line climbs from the bottom.
        s.low = 0;
        s.high = *high > 0 ? *high : 1;
    } else {
        // A level moves little in a year: its own range, a tenth of it as margin either side
        // (1 % of the value where every reading is the same).
        const double margin = *high > *low ? (*high - *low) * 0.1 : std::max(std::abs(*high) * 0.01, 1e-9);
        s.low = *low - margin;
        s.high = *high + margin;
    }
    return s;
}

} // namespace

std::optional<double> variancePoints(const KpiRow &row)
{
    if (row.status == Status::Unknown || !row.pace || !row.share)
        return std::nullopt;
    return (*row.share - row.pace->expectedShare) * 100.0;
}

KpiCardFigures kpiCardFigures(const KpiRow &row, const ForecastReport &forecasts)
{
    KpiCardFigures card;
    card.variancePoints = variancePoints(row);
    const bool assessed = card.variancePoints.has_value();
    card.direction = direction(row);
    addForecast(card, row, forecasts);
    if (row.share) {
        BulletScale bullet;
        bullet.value = *row.share;
        if (assessed)
            bullet.expected = row.pace->expectedShare;
        bullet.forecast = card.forecastShareOfPlan;
        bullet.end = bulletEnd(bullet.value, bullet.expected, bullet.forecast);
        card.bullet = bullet;
    }
    return card;
}

KpiCardFigures kpiCardFigures(const KpiRow &row, const Snapshot &snapshot, const ForecastReport &forecasts,
                              YearMonth period, const QString &region)
{
    KpiCardFigures card = kpiCardFigures(row, forecasts);
    card.sparkline = sparkline(row, snapshot, period, region);
    return card;
}

} // namespace chiso
