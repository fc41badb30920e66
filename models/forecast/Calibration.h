#pragma once

#include "FlowHistory.h"
#include "FlowMethods.h"

#include <QString>
#include <map>
#include <vector>

namespace chiso {

/// How often past actuals fell inside the intervals a method gave at a group of cut-offs.
struct CalibrationCell {
    FlowMethod method = FlowMethod::RunRate;
    int firstMonth = 1; ///< the cut-off group, months firstMonth..lastMonth
    int lastMonth = 11;
    int cases = 0;      ///< forecasts with an interval
    int inside80 = 0;
    int inside95 = 0;
    int withoutInterval = 0; ///< forecasts given without one
};

/// The cut-off groups reported: quarters (the last with 10–11), then all of 1–11.
const std::vector<std::pair<int, int>> &calibrationGroups();

/// Rolling origin over every indicator (code → history) and every year before `beforeYear`
/// with a known total, at each of its cut-offs: the forecast as it would have been made then
/// (its own past and the pooled past of all the indicators, nothing later), its intervals
/// checked against the year's outturn. Per method and cut-off group.
std::vector<CalibrationCell> calibrate(const std::map<QString, FlowHistory> &histories, int beforeYear);

} // namespace chiso
