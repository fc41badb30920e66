#pragma once

#include <QString>

class QChartView;

namespace chiso::ui {

/// Saves what a chart view shows: PNG at the screen's device pixel ratio (sharp on high-DPI
/// screens) or SVG (vector). Written atomically; false with a message on failure.
bool saveChart(QChartView *view, const QString &path, QString *error);

} // namespace chiso::ui
