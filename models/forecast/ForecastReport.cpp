#include "ForecastReport.h"
#include "analytics/Snapshot.h"

namespace chiso {

ForecastReport buildForecastReport(const Snapshot &snapshot, const QList<Indicator> &indicators, YearMonth asOf,
                                   const QString &region, const QString &onlyIndicator)
{
    ForecastReport report{asOf, region, {}, {}};
    for (const Indicator &indicator : indicators) {
        if (!onlyIndicator.isEmpty() && indicator.code != onlyIndicator)
            continue;
        if (indicator.kind == IndicatorKind::Flow) {
            const auto plan = snapshot.plan(indicator.code, region, asOf.year);
            report.flows.append(forecastFlowYearEnd(indicator, FlowHistory::fromSnapshot(snapshot, indicator.code, region),
                                                    asOf.year, asOf.month,
                                                    plan ? std::optional<double>(plan->value) : std::nullopt));
        } else if (indicator.kind == IndicatorKind::Level) {
            report.levels.append(forecastLevelYearEnd(indicator, snapshot, region, asOf.year, asOf.month));
        }
    }
    return report;
}

} // namespace chiso
