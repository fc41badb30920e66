#pragma once

#include "analytics/IndicatorSeries.h"
#include "analytics/KpiReport.h"
#include "forecast/ForecastReport.h"
#include "report/Formatter.h"

#include <QPalette>

class QChart;

namespace chiso::ui {

/// The charts of Chỉ Số, built from what models/ computed. QtCharts stays behind these
/// functions, so that a move to Qt Graphs touches this folder only.

/// Year to date this year and last year, the plan's pace and the year-end forecast with its
/// 80 % band (flows); for levels, readings against the target.
QChart *yearToDateChart(const IndicatorSeries &series, const Formatter &format, const QPalette &palette);
/// Year-on-year growth at each cut-off, as bars.
QChart *growthChart(const IndicatorSeries &series, const Formatter &format, const QPalette &palette);
/// Progress toward the target: share of the plan reached, the expected pace and 100 %.
QChart *progressChart(const IndicatorSeries &series, const Formatter &format, const QPalette &palette);
/// A bullet per indicator, furthest ahead first: the share of the plan reached in its status's
/// colour, a tick at the expected pace, a diamond at the year-end forecast, a line at the plan;
/// each labelled with its status and variance. `withoutBullet`: also list, with the reason,
/// the indicators that have none (no figure, no plan).
QChart *overviewChart(const KpiReport &report, const ForecastReport &forecasts, const Formatter &format, const QPalette &palette,
                      bool withoutBullet = true);

} // namespace chiso::ui
