#pragma once

#include "domain/Figure.h"

#include <QString>

namespace chiso {

/// What a unit's shares are weighted by in a year when units add up to a region's figure: its
/// households for the share using fibre, its population for Internet users. The office imports
/// them with their source (a statistics office's yearbook).
struct UnitWeight {
    QString basis;  ///< the indicators' weighted_by: households, population, …
    QString region; ///< a unit's code
    int year = 0;
    double value = 0; ///< > 0
    Source source;
};

} // namespace chiso
