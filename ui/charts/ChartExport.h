#pragma once

#include <QString>

class QChartView;
class QWidget;

namespace chiso::ui {

/// Saves what a chart view shows: PNG at the screen's device pixel ratio (sharp on high-DPI
/// screens) or SVG (vector). Written atomically; false with a message on failure.
bool saveChart(QChartView *view, const QString &path, QString *error);
/// The same for any widget as it is drawn (a table, a painted map): PNG, or SVG by the suffix.
bool saveWidget(QWidget *widget, const QString &path, const QString &title, QString *error);

} // namespace chiso::ui
