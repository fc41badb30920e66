#include "ForecastReport.h"
#include "analytics/Snapshot.h"

namespace chiso {

std::map<QString, FlowHistory> flowHistories(const Snapshot &snapshot, const QList<Indicator> &indicators,
                                             const QString &region)
{
    std::map<QString, FlowHistory> histories;
    for (const Indicator &indicator : indicators) {
        if (indicator.kind == IndicatorKind::Flow)
            histories.emplace(indicator.code, FlowHistory::fromSnapshot(snapshot, indicator.code, region));
    }
    return histories;
}

std::vector<BacktestCase> pooledBacktest(const Snapshot &snapshot, const QList<Indicator> &indicators, int beforeYear,
                                         const QString &region)
{
    std::vector<BacktestCase> pooled;
    for (const auto &[code, history] : flowHistories(snapshot, indicators, region)) {
        for (BacktestCase c : runBacktest(history, beforeYear)) {
            c.indicator = code;
            pooled.push_back(c);
        }
    }
    return pooled;
}

ForecastReport buildForecastReport(const Snapshot &snapshot, const QList<Indicator> &indicators, YearMonth asOf,
                                   const QString &region, const QString &onlyIndicator)
{
    ForecastReport report{asOf, region, {}, {}};
    const std::vector<BacktestCase> pooled = pooledBacktest(snapshot, indicators, asOf.year, region);
    for (const Indicator &indicator : indicators) {
        if (!onlyIndicator.isEmpty() && indicator.code != onlyIndicator)
            continue;
        if (indicator.kind == IndicatorKind::Flow) {
            const auto plan = snapshot.plan(indicator.code, region, asOf.year);
            report.flows.append(forecastFlowYearEnd(indicator, FlowHistory::fromSnapshot(snapshot, indicator.code, region),
                                                    asOf.year, asOf.month,
                                                    plan ? std::optional<double>(plan->value) : std::nullopt, pooled));
        } else if (indicator.kind == IndicatorKind::Level) {
            report.levels.append(forecastLevelYearEnd(indicator, snapshot, region, asOf.year, asOf.month));
        }
    }
    return report;
}

} // namespace chiso
