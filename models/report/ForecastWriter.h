#pragma once

#include "forecast/ForecastReport.h"
#include "report/Formatter.h"

#include <QByteArray>
#include <QString>

namespace chiso {

/// Writes year-end forecasts and backtest scores for people (text tables in the reader's
/// language) or programs (JSON with plain numbers).
namespace ForecastWriter {
    QString methodName(FlowMethod method);
    QString missingReason(MissingData missing);
    /// How a method's interval was sized, where the reader needs telling (pooled or none).
    QString intervalNote(const MethodForecast &forecast, int cutOffMonth);
    QString preferenceReason(const FlowForecast &forecast, const Formatter &format);
    /// "rests on 8/2023 derived †" for a method that leans on figures no source gives.
    QString derivedInputsNote(const MethodPoint &point, const Formatter &format);

    QString table(const ForecastReport &report, const Formatter &format);
    QByteArray json(const ForecastReport &report, Language language);
    /// MAPE and MASE of every method at every cut-off month, over the years before the report's.
    QString backtestTable(const ForecastReport &report, const Formatter &format);
    QByteArray backtestJson(const ForecastReport &report);
    /// Share of past actuals inside each method's 80 % and 95 % intervals, per cut-off group.
    QString calibrationTable(const std::vector<CalibrationCell> &cells, const Formatter &format);
    QByteArray calibrationJson(const ForecastReport &report, const std::vector<CalibrationCell> &cells);
}

} // namespace chiso
