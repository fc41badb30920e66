#pragma once

#include <QLocale>

class QCategoryAxis;

namespace chiso::ui {

/// A value axis whose labels follow the language's number conventions (2.000.000 / 2,000,000):
/// QValueAxis formats with printf, which knows no locale. Ticks fall on round numbers.
/// About `ticks` intervals; QtCharts elides the labels of a short axis with many.
QCategoryAxis *localizedValueAxis(double minimum, double maximum, const QLocale &locale, int decimals = -1,
                                  const QString &suffix = {}, int ticks = 5);

} // namespace chiso::ui
