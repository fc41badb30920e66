#pragma once

#include "analytics/KpiFormulas.h"

#include <QColor>
#include <QPalette>

namespace chiso::ui {

/// True where the palette draws light text on a dark background.
bool isDark(const QPalette &palette);
/// The colour of a status, readable on the palette's background.
QColor statusColor(Status status, const QPalette &palette);
/// A mark that tells the status without its colour: ▲ ahead, ● on track, ▼ behind, ○ not assessed.
QString statusMark(Status status);
/// A step of the sequential scale of the province map, 0 (least) to steps − 1 (most): cividis,
/// whose lightness rises evenly and which readers without red or green cones see as the others
/// do (Nuñez, Anderton and Renslow 2018). Dark blue to yellow on any background.
QColor sequentialColor(int step, int steps);
/// A province without a figure on the map: a light grey no step of the scale comes near.
QColor noValueColor();
/// Series colours for charts: this year, last year, plan, forecast band.
QColor seriesColor(int index, const QPalette &palette);

} // namespace chiso::ui
