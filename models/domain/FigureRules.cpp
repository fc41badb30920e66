#include "FigureRules.h"

#include <QCoreApplication>
#include <cmath>

namespace chiso {

QString valueProblem(const Indicator *indicator, RecordKind kind, double value, const QString &shown)
{
    const bool isFigure = kind == RecordKind::Value || kind == RecordKind::Plan;
    if (!std::isfinite(value) || std::abs(value) >= 1e15)
        return QCoreApplication::translate("FigureCsv", "the number %1 is too large to be a figure of the sector").arg(shown);
    if (isFigure && value < 0)
        return QCoreApplication::translate("FigureCsv", "a figure or plan cannot be negative, found %1").arg(shown);
    if (isFigure && indicator && indicator->isPercent() && value > 100)
        return QCoreApplication::translate("FigureCsv", "a share in per cent cannot exceed 100, found %1").arg(shown);
    if (kind == RecordKind::StatedGrowth && value < -100)
        return QCoreApplication::translate("FigureCsv", "a fall of more than 100% is impossible, found %1").arg(shown);
    if (kind == RecordKind::StatedShare && value < 0)
        return QCoreApplication::translate("FigureCsv", "a share of the plan cannot be negative, found %1").arg(shown);
    return {};
}

} // namespace chiso
