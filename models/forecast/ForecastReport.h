#pragma once

#include "Calibration.h"
#include "YearEndForecast.h"
#include "domain/YearMonth.h"

#include <QList>
#include <optional>

namespace chiso {

class Snapshot;

/// Year-end forecasts of every flow and level indicator at a cut-off.
struct ForecastReport {
    YearMonth asOf;
    QString region;
    QList<FlowForecast> flows;
    QList<LevelForecast> levels;
};

/// The year-to-date histories of every flow indicator of the region, by code.
std::map<QString, FlowHistory> flowHistories(const Snapshot &snapshot, const QList<Indicator> &indicators,
                                             const QString &region);

/// The backtest cases of every flow indicator of the region before a year, each with its
/// indicator: what sizes an indicator's intervals where its own past is too thin.
std::vector<BacktestCase> pooledBacktest(const Snapshot &snapshot, const QList<Indicator> &indicators, int beforeYear,
                                         const QString &region);

/// Forecasts for year asOf.year from what the snapshot holds up to asOf (build the snapshot
/// with the same as-of). With an indicator code, only that indicator.
ForecastReport buildForecastReport(const Snapshot &snapshot, const QList<Indicator> &indicators, YearMonth asOf,
                                   const QString &region = QStringLiteral("VN"), const QString &onlyIndicator = {});

} // namespace chiso
