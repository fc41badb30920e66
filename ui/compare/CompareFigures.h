#pragma once

#include "SmallMultiples.h"
#include "TileMap.h"

#include "analytics/UnitComparison.h"
#include "report/Formatter.h"

namespace chiso::ui {

/// What the provinces are compared by: the figure, its growth, or the share of the plan reached.
enum class Measure { Value, Growth, PlanShare };

std::optional<double> measureOf(const UnitStanding &standing, Measure measure);
int rankOf(const UnitStanding &standing, Measure measure);
/// The measure as a reader reads it: "1.500 tỷ đồng", "+25,0%", "60,0%"; empty without one.
QString measureText(const UnitStanding &standing, Measure measure, const Indicator &indicator, const Formatter &format);
/// "Value", "Growth", "Share of plan", translated.
QString measureName(Measure measure);

/// The standings on the map: five equal steps from the least to the most of the measure.
TileMapData tileMapData(const QList<UnitStanding> &standings, const TileLayout &layout, Measure measure, const Indicator &indicator,
                        const Formatter &format, YearMonth period);
/// The standings' year-to-date lines, in code order, on one scale.
SmallMultiplesData smallMultiplesData(const QList<UnitStanding> &standings, const Indicator &indicator, const Formatter &format,
                                      YearMonth period, const QString &selected);

} // namespace chiso::ui
