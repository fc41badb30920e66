#include "LocalizedAxis.h"

#include <QCategoryAxis>
#include <cmath>

namespace chiso::ui {
namespace {

double niceStep(double range, int ticks)
{
    const double raw = range / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

QCategoryAxis *localizedValueAxis(double minimum, double maximum, const QLocale &locale, int decimals, const QString &suffix,
                                  int ticks)
{
    if (maximum <= minimum)
        maximum = minimum + 1.0;
    const double step = niceStep(maximum - minimum, ticks);
    const double first = std::floor(minimum / step) * step;
    const double last = std::ceil(maximum / step) * step;
    if (decimals < 0) { // as many as the step needs: 2.5 → 1, 0.25 → 2
        decimals = 0;
        while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
            ++decimals;
    }
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(first, last);
    axis->setStartValue(first);
    for (double v = first; v <= last + step / 2; v += step) {
        const double shown = std::abs(v) < step / 1e6 ? 0.0 : v;
        axis->append(locale.toString(shown, 'f', decimals) + suffix, shown);
    }
    return axis;
}

} // namespace chiso::ui
