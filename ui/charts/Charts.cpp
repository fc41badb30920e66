#include "Charts.h"
#include "LocalizedAxis.h"
#include "StatusColors.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

QChart *newChart(const QString &title, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

QLineSeries *line(const QString &name, const QList<QPointF> &points, const QColor &color, Qt::PenStyle style, qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->append(points);
    QPen pen(color, width);
    pen.setStyle(style);
    series->setPen(pen);
    return series;
}

/// Shows the value under the mouse in the language's format.
void addTooltip(QXYSeries *series, const Indicator &indicator, const Formatter &format)
{
    series->setPointsVisible(true);
    QObject::connect(series, &QXYSeries::hovered, series, [series, indicator, format](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), u"%1 — %2: %3"_s.arg(series->name())
                                               .arg(QCoreApplication::translate("Charts", "month %1").arg(qRound(point.x())))
                                               .arg(format.valueWithUnit(indicator, point.y())));
    });
}

QCategoryAxis *monthAxis(const Formatter &format)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, 12);
    axis->setStartValue(0);
    // Each label sits on its month's value: T1…T12 / Jan…Dec, as the reports name months.
    for (int month = 1; month <= 12; ++month)
        axis->append(format.shortMonth(month), month);
    return axis;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QPen grid(palette.color(QPalette::Mid));
    grid.setWidthF(0.5);
    axis->setGridLinePen(grid);
}

} // namespace

QChart *yearToDateChart(const IndicatorSeries &s, const Formatter &format, const QPalette &palette)
{
    const Indicator &ind = s.indicator;
    const QString title = ind.isFlow()
        ? QCoreApplication::translate("Charts", "%1: year to date, %2 against %3 and the plan").arg(ind.name(format.language())).arg(s.year).arg(s.year - 1)
        : QCoreApplication::translate("Charts", "%1: readings of %2 and %3 against the target").arg(ind.name(format.language())).arg(s.year).arg(s.year - 1);
    QChart *chart = newChart(title, palette);

    double low = 0;
    double high = 0;
    bool first = true;
    auto widen = [&](double v) {
        low = first ? v : std::min(low, v);
        high = first ? v : std::max(high, v);
        first = false;
    };
    QList<QXYSeries *> all;
    if (!s.thisYear.isEmpty()) {
        auto *series = line(QString::number(s.year), s.thisYear, seriesColor(0, palette), Qt::SolidLine, 2.5);
        addTooltip(series, ind, format);
        all.append(series);
    }
    if (!s.lastYear.isEmpty()) {
        auto *series = line(QString::number(s.year - 1), s.lastYear, seriesColor(1, palette), Qt::DashLine, 1.5);
        addTooltip(series, ind, format);
        all.append(series);
    }
    if (!s.planPace.isEmpty()) {
        QString name = ind.isFlow() ? QCoreApplication::translate("Charts", "Plan's pace")
                                    : QCoreApplication::translate("Charts", "Path to target");
        if (s.planPaceDerived)
            name += u" "_s + Formatter::derivedMark();
        all.append(line(name, s.planPace, seriesColor(2, palette), Qt::DotLine, 1.5));
    }
    if (s.forecast && !s.thisYear.isEmpty()) {
        const QPointF from = s.thisYear.constLast();
        auto *series = line(QCoreApplication::translate("Charts", "Forecast"), {from, QPointF(12, *s.forecast)},
                            seriesColor(0, palette), Qt::DashDotLine, 1.5);
        all.append(series);
        if (s.forecast80) {
            auto *upper = new QLineSeries;
            upper->append({from, QPointF(12, s.forecast80->upper)});
            auto *lower = new QLineSeries;
            lower->append({from, QPointF(12, s.forecast80->lower)});
            auto *band = new QAreaSeries(upper, lower);
            band->setName(QCoreApplication::translate("Charts", "Forecast, 80% interval"));
            QColor fill = seriesColor(0, palette);
            fill.setAlphaF(0.18);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            chart->addSeries(band);
            widen(s.forecast80->upper);
            widen(s.forecast80->lower);
        }
    }
    for (QXYSeries *series : std::as_const(all)) {
        chart->addSeries(series);
        for (const QPointF &p : series->points())
            widen(p.y());
    }
    if (!s.lastYearDerived.isEmpty()) { // on last year's line: the figures no source gives
        auto *marks = new QScatterSeries;
        marks->setName(QCoreApplication::translate("Charts", "Derived, no source gives it") + u" "_s + Formatter::derivedMark());
        marks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marks->setMarkerSize(9);
        marks->setColor(palette.color(QPalette::Base));
        marks->setBorderColor(seriesColor(1, palette));
        marks->append(s.lastYearDerived);
        addTooltip(marks, ind, format);
        chart->addSeries(marks);
    }
    if (!s.flagged.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(QCoreApplication::translate("Charts", "Figures to note"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(11);
        marks->setColor(Qt::transparent);
        marks->setBorderColor(statusColor(Status::Behind, palette));
        marks->append(s.flagged);
        chart->addSeries(marks);
    }
    if (s.plan && !ind.isFlow()) {
        auto *target = line(QCoreApplication::translate("Charts", "Target"), {QPointF(0, *s.plan), QPointF(12, *s.plan)},
                            seriesColor(3, palette), Qt::SolidLine, 1.5);
        chart->addSeries(target);
        widen(*s.plan);
    }
    if (first)
        widen(0);
    if (ind.isFlow())
        low = 0;
    const double pad = (high - low) * 0.05;
    QCategoryAxis *x = monthAxis(format);
    x->setTitleText(QCoreApplication::translate("Charts", "Month"));
    QCategoryAxis *y = localizedValueAxis(ind.isFlow() ? 0 : low - pad, high + pad, format.locale());
    y->setTitleText(ind.unitLabel(format.language()));
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QChart *growthChart(const IndicatorSeries &s, const Formatter &format, const QPalette &palette)
{
    QChart *chart = newChart(QCoreApplication::translate("Charts", "%1: growth against the same period of %2")
                                 .arg(s.indicator.name(format.language()))
                                 .arg(s.year - 1),
                             palette);
    auto *set = new QBarSet(s.growthInPoints ? QCoreApplication::translate("Charts", "Change, percentage points")
                                             : QCoreApplication::translate("Charts", "Growth, %"));
    set->setColor(seriesColor(0, palette));
    set->setLabelColor(palette.color(QPalette::Text));
    QStringList categories;
    double low = 0;
    double high = 0;
    for (const QPointF &p : s.growth) {
        set->append(p.y());
        QString category = QCoreApplication::translate("Forecast", "%1M").arg(qRound(p.x()));
        if (s.growthDerivedMonths.contains(qRound(p.x()))) // against a figure no source gives
            category += u" "_s + Formatter::derivedMark();
        categories.append(category);
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories.isEmpty() ? QStringList{QCoreApplication::translate("Charts", "no figures")} : categories);
    const double pad = std::max(1.0, (high - low) * 0.15);
    QCategoryAxis *y = localizedValueAxis(low < 0 ? low - pad : 0, high + pad, format.locale(), -1,
                                          s.growthInPoints ? QString() : format.locale().percent(), 3);
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(series, &QBarSeries::hovered, series, [format, pts = s.growth, pp = s.growthInPoints](bool state, int index, QBarSet *) {
        if (!state || index < 0 || index >= pts.size()) {
            QToolTip::hideText();
            return;
        }
        const double v = pts[index].y();
        QToolTip::showText(QCursor::pos(), format.change({pp ? v : v / 100.0, pp}));
    });
    chart->legend()->setVisible(true);
    return chart;
}

QChart *progressChart(const IndicatorSeries &s, const Formatter &format, const QPalette &palette)
{
    QChart *chart = newChart(QCoreApplication::translate("Charts", "%1: progress toward the %2 target").arg(s.indicator.name(format.language())).arg(s.year),
                             palette);
    const double achieved = s.share ? *s.share * 100.0 : 0.0;
    const double upperEnd = std::max({110.0, achieved + 5.0, s.expectedShare ? *s.expectedShare * 100.0 + 5.0 : 0.0});
    auto rect = [](double x0, double x1, double y0, double y1) {
        auto *upper = new QLineSeries;
        upper->append({QPointF(x0, y1), QPointF(x1, y1)});
        auto *lower = new QLineSeries;
        lower->append({QPointF(x0, y0), QPointF(x1, y0)});
        return new QAreaSeries(upper, lower);
    };
    QAreaSeries *range = rect(0, 100, 0.2, 0.8);
    range->setName(QCoreApplication::translate("Charts", "Plan for the year"));
    QColor rangeColor = palette.color(QPalette::Mid);
    rangeColor.setAlphaF(0.35);
    range->setBrush(rangeColor);
    range->setPen(Qt::NoPen);
    chart->addSeries(range);
    if (s.share) {
        QAreaSeries *bar = rect(0, achieved, 0.35, 0.65);
        bar->setName(QCoreApplication::translate("Charts", "Reached: %1").arg(format.share(*s.share)));
        bar->setBrush(statusColor(s.status, palette));
        bar->setPen(Qt::NoPen);
        chart->addSeries(bar);
    }
    if (s.expectedShare) {
        auto *pace = line(QCoreApplication::translate("Charts", "Expected pace: %1").arg(format.share(*s.expectedShare)),
                          {QPointF(*s.expectedShare * 100.0, 0.1), QPointF(*s.expectedShare * 100.0, 0.9)},
                          palette.color(QPalette::Text), Qt::SolidLine, 3);
        chart->addSeries(pace);
    }
    auto *target = line(QCoreApplication::translate("Charts", "Target (100%)"), {QPointF(100, 0.0), QPointF(100, 1.0)},
                        seriesColor(2, palette), Qt::DashLine, 2);
    chart->addSeries(target);
    QCategoryAxis *x = localizedValueAxis(0, upperEnd, format.locale(), 0, format.locale().percent());
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setVisible(false);
    styleAxis(x, palette);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (!s.plan)
        chart->setTitle(chart->title() + u" — "_s + QCoreApplication::translate("Charts", "no plan stated"));
    return chart;
}

QChart *overviewChart(const KpiReport &report, const Formatter &format, const QPalette &palette)
{
    QChart *chart = newChart(QCoreApplication::translate("Charts", "Progress toward the %1 targets, %2")
                                 .arg(report.period.year)
                                 .arg(format.period(report.period)),
                             palette);
    auto *reached = new QBarSet(QCoreApplication::translate("Charts", "Share of plan reached"));
    auto *pace = new QBarSet(QCoreApplication::translate("Charts", "Expected pace"));
    reached->setColor(seriesColor(0, palette));
    pace->setColor(seriesColor(1, palette));
    QStringList names;
    double high = 100;
    // Bottom to top reads top to bottom in a horizontal bar chart: add in reverse order.
    for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it) {
        if (!it->share)
            continue;
        // The status under the name, with its mark: the bars alone do not say it.
        names.append(it->indicator.name(format.language()) + u"<br>"_s + statusMark(it->status) + u" "_s + format.status(*it));
        reached->append(*it->share * 100.0);
        pace->append(it->pace ? it->pace->expectedShare * 100.0 : 0.0);
        high = std::max({high, *it->share * 100.0, it->pace ? it->pace->expectedShare * 100.0 : 0.0});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(reached);
    series->append(pace);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    QCategoryAxis *x = localizedValueAxis(0, high * 1.05, format.locale(), 0, format.locale().percent());
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(series, &QHorizontalBarSeries::hovered, series, [format](bool state, int index, QBarSet *set) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), set->label() + u": "_s + format.share(set->at(index) / 100.0));
    });
    return chart;
}

} // namespace chiso::ui
