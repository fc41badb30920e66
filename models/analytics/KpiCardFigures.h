#pragma once

#include "KpiReport.h"
#include "forecast/LeastSquares.h"
#include "forecast/FlowMethods.h"

#include <QList>
#include <QPointF>
#include <optional>

namespace chiso {

struct ForecastReport;

/// A bullet bar's marks, each as a share of the plan (1 = the plan): how far the figure has
/// come, how far it should have come by now, and where the year is forecast to end.
struct BulletScale {
    /// The bar's full length: the largest of the plan, the figure, the pace and the forecast,
    /// plus 5 % of the plan, rounded up to a tenth, so that every mark fits with room after it.
    double end = 1.1;
    double value = 0;                ///< completion: figure / plan
    std::optional<double> expected;  ///< the expected pace (none where the status is withheld)
    std::optional<double> forecast;  ///< the year-end (levels: December) forecast / plan
};

/// A sparkline's drawing: the year-to-date path of this year and last, on months 1–12.
struct Sparkline {
    QList<QPointF> thisYear;  ///< (month, figure) up to the cut-off
    QList<QPointF> lastYear;  ///< (month, figure) of the year before
    std::optional<double> plan; ///< drawn as a line: flows climb to it by December
    double low = 0;   ///< the vertical range: flows from zero; levels from their lowest, with a margin
    double high = 1;
};

/// What a dashboard card (or the overview's bullet) shows beyond the KPI row, computed here so
/// that the views only draw.
struct KpiCardFigures {
    /// Completion minus the expected pace, in percentage points of the plan (+0.96: ahead by
    /// 0.96 pp). None where the status is withheld or nothing is expected.
    std::optional<double> variancePoints;
    /// The direction of the shown growth (computed or stated): +1 up, −1 down, 0 flat.
    std::optional<int> direction;
    std::optional<double> forecast;        ///< the preferred year-end forecast (levels: December)
    std::optional<Interval> forecast80;
    std::optional<double> forecastShareOfPlan; ///< forecast / plan
    std::optional<double> probabilityMeetingPlan;
    std::optional<FlowMethod> method;      ///< flows: the preferred method
    int forecastFromMonth = 0;             ///< flows: the cut-off the forecast starts from
    std::optional<BulletScale> bullet;     ///< needs a plan and a figure
    Sparkline sparkline;
};

/// The bar's end for these marks (see BulletScale::end).
double bulletEnd(double value, std::optional<double> expected, std::optional<double> forecast);

/// Completion minus the expected pace in percentage points, where the row has a status.
std::optional<double> variancePoints(const KpiRow &row);

/// The figures that need no snapshot: variance, direction, forecast and bullet (no sparkline).
KpiCardFigures kpiCardFigures(const KpiRow &row, const ForecastReport &forecasts);

/// The card figures of one KPI row at the report's period, from the snapshot and forecasts
/// the row was built from.
KpiCardFigures kpiCardFigures(const KpiRow &row, const Snapshot &snapshot, const ForecastReport &forecasts,
                              YearMonth period, const QString &region);

} // namespace chiso
