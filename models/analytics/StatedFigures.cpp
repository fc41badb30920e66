#include "StatedFigures.h"

#include <cmath>

namespace chiso {

bool statedAgrees(double statedPercent, double computedPercent)
{
    int decimals = 0;
    double scaled = std::abs(statedPercent);
    while (decimals < 4 && std::abs(scaled - std::round(scaled)) > 1e-9) {
        scaled *= 10;
        ++decimals;
    }
    const double factor = std::pow(10.0, decimals);
    // Half a unit of the last stated decimal either way, with room for binary rounding.
    return std::abs(statedPercent - computedPercent) <= 0.5 / factor + 1e-9;
}

} // namespace chiso
