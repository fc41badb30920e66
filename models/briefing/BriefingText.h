#pragma once

#include "analytics/KpiReport.h"
#include "analytics/UnitComparison.h"
#include "forecast/ForecastReport.h"
#include "report/Formatter.h"

#include <QList>
#include <QString>

namespace chiso {

/// The written summary of the monthly briefing: one short paragraph per indicator, in the
/// style of the ministry's reports, with the forecast and where stated and computed figures
/// disagree. Plain text; the briefing lays it out.
namespace BriefingText {
    /// The paragraph of one indicator, or an empty string where there is nothing to say.
    QString paragraph(const KpiRow &row, const ForecastReport &forecasts, int year, const Formatter &format);
    /// "Highlights" ahead of the paragraphs: which indicators are ahead, on track, behind or not
    /// assessed, each with its distance to the expected pace in pp (the furthest ahead first),
    /// and which are forecast to fall short of their plan or to reach it.
    QStringList highlights(const KpiReport &report, const ForecastReport &forecasts, const Formatter &format);
    /// Paragraphs of every indicator with a figure, in catalogue order.
    QStringList summary(const KpiReport &report, const ForecastReport &forecasts, const Formatter &format);
    /// The "By province" section's words: how many provinces have a figure, the highest and
    /// lowest three by value, the fastest and slowest growth. Empty sentences are left out.
    QStringList byProvince(const QList<UnitStanding> &standings, const Indicator &indicator, YearMonth period, const Formatter &format);
    /// "Báo cáo tháng 6/2024" / "Monthly briefing, June 2024".
    QString title(YearMonth period, const Formatter &format, const QString &region = QStringLiteral("VN"));
}

} // namespace chiso
