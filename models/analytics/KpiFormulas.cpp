#include "KpiFormulas.h"

namespace chiso {

std::optional<Change> yearOnYearChange(const Indicator &indicator, double current, double previous)
{
    if (indicator.isPercent())
        return Change{current - previous, true};
    if (previous == 0)
        return std::nullopt;
    return Change{current / previous - 1.0, false};
}

std::optional<double> completion(double value, double target)
{
    if (target == 0)
        return std::nullopt;
    return value / target;
}

Pace flowPace(int month, std::optional<double> lastYearSameMonth, std::optional<double> lastYearTotal)
{
    if (lastYearSameMonth && lastYearTotal && *lastYearTotal > 0)
        return {*lastYearSameMonth / *lastYearTotal, Pace::Basis::LastYearProfile};
    return {month / 12.0, Pace::Basis::Calendar};
}

std::optional<Pace> levelPace(int month, std::optional<double> lastDecember, double target)
{
    if (!lastDecember || target == 0)
        return std::nullopt;
    const double expected = *lastDecember + (target - *lastDecember) * month / 12.0;
    return Pace{expected / target, Pace::Basis::LinearPath};
}

Status paceStatus(double completion, double expectedShare, double tolerancePoints)
{
    const double gapPoints = (completion - expectedShare) * 100.0;
    if (gapPoints > tolerancePoints)
        return Status::Ahead;
    if (gapPoints < -tolerancePoints)
        return Status::Behind;
    return Status::OnTrack;
}

} // namespace chiso
