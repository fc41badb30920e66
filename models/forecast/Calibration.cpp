#include "Calibration.h"
#include "YearEndForecast.h"

namespace chiso {

const std::vector<std::pair<int, int>> &calibrationGroups()
{
    static const std::vector<std::pair<int, int>> groups = {{1, 3}, {4, 6}, {7, 9}, {10, 11}, {1, 11}};
    return groups;
}

std::vector<CalibrationCell> calibrate(const std::map<QString, FlowHistory> &histories, int beforeYear)
{
    std::vector<CalibrationCell> cells;
    for (FlowMethod method : allFlowMethods()) {
        for (const auto &[first, last] : calibrationGroups())
            cells.push_back({method, first, last, 0, 0, 0, 0});
    }
    std::map<int, std::vector<BacktestCase>> pooledBefore; // what every indicator knew before a year
    auto pooledAt = [&](int year) -> const std::vector<BacktestCase> & {
        auto it = pooledBefore.find(year);
        if (it == pooledBefore.end()) {
            std::vector<BacktestCase> pooled;
            for (const auto &[code, history] : histories) {
                for (BacktestCase c : runBacktest(history, year)) {
                    c.indicator = code;
                    pooled.push_back(c);
                }
            }
            it = pooledBefore.emplace(year, std::move(pooled)).first;
        }
        return it->second;
    };
    for (const auto &[code, history] : histories) {
        Indicator indicator;
        indicator.code = code;
        indicator.kind = IndicatorKind::Flow;
        for (const auto &[year, months] : history.years()) {
            const auto actual = history.total(year);
            if (year >= beforeYear || !actual)
                continue;
            for (const auto &[month, value] : months) {
                if (month >= 12)
                    continue;
                const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(year, month), year, month,
                                                           std::nullopt, pooledAt(year));
                for (const MethodForecast &m : f.methods) {
                    if (!m.point.available())
                        continue;
                    for (CalibrationCell &cell : cells) {
                        if (cell.method != m.point.method || month < cell.firstMonth || month > cell.lastMonth)
                            continue;
                        if (!m.interval80 || !m.interval95) {
                            ++cell.withoutInterval;
                            continue;
                        }
                        ++cell.cases;
                        cell.inside80 += m.interval80->lower <= *actual && *actual <= m.interval80->upper;
                        cell.inside95 += m.interval95->lower <= *actual && *actual <= m.interval95->upper;
                    }
                }
            }
        }
    }
    return cells;
}

} // namespace chiso
