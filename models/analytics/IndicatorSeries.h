#pragma once

#include "KpiFormulas.h"
#include "Snapshot.h"
#include "domain/Indicator.h"
#include "forecast/LeastSquares.h"

#include <QList>
#include <QPointF>
#include <optional>

namespace chiso {

struct ForecastReport;

/// What the charts of one indicator show, computed here so that the views only draw:
/// x is the month (1–12) of the year; levels use the reading months.
struct IndicatorSeries {
    Indicator indicator;
    int year = 0;
    QList<QPointF> thisYear;  ///< figures of the year up to the cut-off
    QList<QPointF> lastYear;  ///< figures of the year before (flows: with the derived ones, DerivedCutOffs.h)
    QList<QPointF> lastYearDerived; ///< flows: those of lastYear that no source gives but the database implies
    QList<QPointF> planPace;  ///< flows: plan × expected pace at each month; levels: the straight path
    QList<QPointF> growth;    ///< year-on-year growth at each cut-off: % (relative) or pp (shares)
    QList<int> growthDerivedMonths; ///< the cut-offs whose growth is against a derived figure
    bool planPaceDerived = false;   ///< the plan's pace rests on a derived figure somewhere
    QList<QPointF> flagged;   ///< figures of this year or last that a finding concerns
    bool growthInPoints = false;
    std::optional<double> plan;
    std::optional<double> forecast; ///< the preferred year-end forecast
    std::optional<Interval> forecast80;
    std::optional<Interval> forecast95;
    std::optional<double> share;         ///< completion at the cut-off
    std::optional<double> expectedShare; ///< pace at the cut-off
    Status status = Status::Unknown;
};

/// `flaggedPeriods`: periods of the indicator that open findings concern (marked on the charts).
IndicatorSeries buildIndicatorSeries(const Snapshot &snapshot, const Indicator &indicator, const ForecastReport &forecasts,
                                     YearMonth period, const QString &region, double tolerancePoints,
                                     const QList<YearMonth> &flaggedPeriods = {});

} // namespace chiso
