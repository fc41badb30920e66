#include "StatusColors.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace chiso::ui {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    // Blue, neutral grey and orange rather than green, blue and red: told apart by readers who
    // do not see red and green apart (tests/ui/test_status_colours.cpp measures it), and each
    // drawn beside its mark ▲●▼ in any case.
    case Status::Ahead: return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x5f, 0xb0);
    case Status::OnTrack: return dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x55, 0x55, 0x55);
    case Status::Behind: return dark ? QColor(0xff, 0xa3, 0x47) : QColor(0xb8, 0x5c, 0x00);
    case Status::Unknown: return palette.color(QPalette::Mid);
    }
    return palette.color(QPalette::Text);
}

QString statusMark(Status status)
{
    switch (status) {
    case Status::Ahead: return QStringLiteral("▲");
    case Status::OnTrack: return QStringLiteral("●");
    case Status::Behind: return QStringLiteral("▼");
    case Status::Unknown: return QStringLiteral("○");
    }
    return {};
}

QColor sequentialColor(int step, int steps)
{
    // cividis at 0, 1/8, …, 1 (matplotlib's table); between them, linear in sRGB.
    static const QColor stops[] = {QColor(0x00, 0x22, 0x4e), QColor(0x12, 0x35, 0x70), QColor(0x3b, 0x49, 0x6c),
                                   QColor(0x57, 0x5c, 0x6d), QColor(0x70, 0x71, 0x73), QColor(0x8a, 0x86, 0x78),
                                   QColor(0xa5, 0x9c, 0x74), QColor(0xc3, 0xb3, 0x69), QColor(0xfe, 0xe8, 0x38)};
    constexpr int last = int(std::size(stops)) - 1;
    const double t = steps > 1 ? std::clamp(double(step) / (steps - 1), 0.0, 1.0) * last : 0.0;
    const int i = std::min(int(t), last - 1);
    const double f = t - i;
    const auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(stops[i].red(), stops[i + 1].red()), mix(stops[i].green(), stops[i + 1].green()),
                  mix(stops[i].blue(), stops[i + 1].blue()));
}

QColor noValueColor()
{
    return QColor(0xdc, 0xdc, 0xdc);
}

QColor seriesColor(int index, const QPalette &palette)
{
    const bool dark = isDark(palette);
    static const QColor light[] = {QColor(0x1f, 0x5f, 0xb0), QColor(0x8a, 0x8f, 0x98), QColor(0xc2, 0x6a, 0x00),
                                   QColor(0x1b, 0x7f, 0x3b)};
    static const QColor darkColors[] = {QColor(0x6c, 0xb6, 0xff), QColor(0xa8, 0xad, 0xb5), QColor(0xff, 0xb3, 0x47),
                                        QColor(0x5c, 0xd6, 0x8a)};
    return (dark ? darkColors : light)[index % 4];
}

} // namespace chiso::ui
