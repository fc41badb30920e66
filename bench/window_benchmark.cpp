// The window on a large database (issue 16): start to a painted dashboard, then changing the
// month and the region from their pickers and opening each tab, each timed to a painted
// window (grab() paints it all), medians over runs; and the process's peak memory.
//
//   bench_window DB [RUNS] [REGION]   REGION: the other region to switch to (default: the
//                                     first the database holds besides VN)
#include "LazyIconStyle.h"
#include "MainWindow.h"
#include "session/Analysis.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/// Milliseconds from `change` to a painted window.
template <typename F>
double timed(ui::MainWindow &window, F change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    QApplication::processEvents();
    window.grab();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window DB [RUNS] [REGION]\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(new ui::LazyIconStyle);
    QStandardPaths::setTestModeEnabled(true); // no remembered period or region
    const int runs = argc >= 3 ? std::max(1, atoi(argv[2])) : 20;

    QElapsedTimer timer;
    timer.start();
    auto store = Store::open(QString::fromLocal8Bit(argv[1]));
    ui::MainWindow window(*store, Language::Vietnamese);
    window.resize(1400, 900);
    window.showView(u"dashboard"_s);
    window.show();
    QApplication::processEvents();
    window.grab();
    const double start = double(timer.nsecsElapsed()) / 1e6;

    QString other = argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString();
    for (const QString &region : window.analysis().regions()) {
        if (other.isEmpty() && region != u"VN"_s)
            other = region;
    }
    auto *month = window.findChild<QComboBox *>(u"periodMonth"_s);
    auto *regions = window.findChild<QComboBox *>(u"region"_s);
    regions->showPopup(); // as the user does: the list is read when opened
    regions->hidePopup();
    const int firstMonth = month->currentIndex();
    const int back = firstMonth > 0 ? firstMonth - 1 : 1;
    std::vector<double> months, regionChanges;
    for (int run = 0; run < runs; ++run)
        months.push_back(timed(window, [&] { month->setCurrentIndex(run % 2 ? firstMonth : back); }));
    month->setCurrentIndex(firstMonth);
    const int vn = regions->findText(u"VN"_s);
    const int elsewhere = regions->findText(other);
    std::vector<double> backToVn, monthsElsewhere;
    for (int run = 0; elsewhere >= 0 && run < runs; ++run) {
        regionChanges.push_back(timed(window, [&] { regions->setCurrentIndex(elsewhere); }));
        monthsElsewhere.push_back(timed(window, [&] { month->setCurrentIndex(run % 2 ? firstMonth : back); }));
        backToVn.push_back(timed(window, [&] { regions->setCurrentIndex(vn); }));
    }
    month->setCurrentIndex(firstMonth);

    std::printf("start to painted dashboard: %.1f ms\n", start);
    std::printf("change of month (picker to painted window): median %.1f ms, max %.1f ms (%d runs)\n", median(months),
                *std::max_element(months.begin(), months.end()), runs);
    if (!regionChanges.empty()) {
        std::printf("change of region VN -> %s: median %.1f ms, max %.1f ms (%d runs)\n", qPrintable(other), median(regionChanges),
                    *std::max_element(regionChanges.begin(), regionChanges.end()), runs);
        std::printf("change of month in %s: median %.1f ms, max %.1f ms\n", qPrintable(other), median(monthsElsewhere),
                    *std::max_element(monthsElsewhere.begin(), monthsElsewhere.end()));
        std::printf("change of region %s -> VN: median %.1f ms, max %.1f ms\n", qPrintable(other), median(backToVn),
                    *std::max_element(backToVn.begin(), backToVn.end()));
    }
    for (const QString &view : {u"indicator:revenue"_s, u"overview"_s, u"table"_s, u"entry"_s, u"findings"_s, u"dashboard"_s})
        std::printf("open %s: %.1f ms\n", qPrintable(view), timed(window, [&] { window.showView(view); }));
    // With every tab built, the views that follow the analysis all take the change.
    std::vector<double> monthsAllBuilt;
    for (int run = 0; run < runs; ++run)
        monthsAllBuilt.push_back(timed(window, [&] { month->setCurrentIndex(run % 2 ? firstMonth : back); }));
    std::printf("change of month with every tab built: median %.1f ms\n", median(monthsAllBuilt));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory: %.1f MiB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
