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
/// Series colours for charts: this year, last year, plan, forecast band.
QColor seriesColor(int index, const QPalette &palette);

} // namespace chiso::ui
