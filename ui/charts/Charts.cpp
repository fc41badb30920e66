#include "Charts.h"
#include "LocalizedAxis.h"
#include "StatusColors.h"

#include "analytics/OverviewRows.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
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
            upper->setParent(band); // not owned by the area otherwise (see progressChart)
            lower->setParent(band);
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
        auto *area = new QAreaSeries(upper, lower);
        // An area series does not own its edges: without a parent they outlive the chart.
        upper->setParent(area);
        lower->setParent(area);
        return area;
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

QChart *overviewChart(const KpiReport &report, const ForecastReport &forecasts, const Formatter &format, const QPalette &palette,
                      bool withoutBullet)
{
    QChart *chart = newChart(QCoreApplication::translate("Charts", "Progress toward the %1 targets, %2")
                                 .arg(report.period.year)
                                 .arg(format.period(report.period)),
                             palette);
    QList<OverviewRow> rows = overviewRows(report, forecasts);
    if (!withoutBullet)
        rows.removeIf([](const OverviewRow &r) { return r.missing != OverviewRow::Missing::None; });
    // Bottom to top reads top to bottom in a horizontal chart: the first row gets the last index.
    const int n = int(rows.size());
    const auto indexOf = [n](int i) { return double(n - 1 - i); };

    // The share reached, one set per status so that each bar takes its status's colour and the
    // legend names them; a row has a value in its own status's set only.
    const QList<Status> statuses{Status::Ahead, Status::OnTrack, Status::Behind, Status::Unknown};
    QList<QBarSet *> sets;
    for (Status status : statuses) {
        auto *set = new QBarSet(statusMark(status) + u" "_s + (status == Status::Unknown ? QCoreApplication::translate("Charts", "not assessed")
                                                                                        : format.status(status)));
        set->setColor(statusColor(status, palette));
        set->setBorderColor(statusColor(status, palette));
        sets.append(set);
    }
    QStringList names(n);
    double end = 1.1;
    for (int i = 0; i < n; ++i) {
        const OverviewRow &r = rows[i];
        const KpiRow &row = *r.row;
        QString detail;
        switch (r.missing) {
        case OverviewRow::Missing::None: {
            const BulletScale &b = *r.figures.bullet;
            end = std::max(end, b.end);
            detail = statusMark(row.status) + u" "_s + format.status(row) + u" · "_s + format.share(b.value);
            if (r.figures.variancePoints)
                detail += u" ("_s + format.change(Change{*r.figures.variancePoints, true}) + u")"_s;
            break;
        }
        case OverviewRow::Missing::NoPlan:
            detail = row.statedShare ? QCoreApplication::translate("Charts", "no bar: no plan stored (a source states %1 of it)")
                                           .arg(format.statedPercent(row.statedShare->value))
                                     : QCoreApplication::translate("Charts", "no bar: no plan stated for %1").arg(report.period.year);
            break;
        case OverviewRow::Missing::NoFigure:
            detail = QCoreApplication::translate("Charts", "no bar: no figure yet in %1").arg(report.period.year);
            break;
        }
        names[n - 1 - i] = row.indicator.name(format.language()) + u"<br>"_s + detail;
    }
    for (int index = 0; index < n; ++index) {
        const OverviewRow &r = rows[n - 1 - index];
        for (int s = 0; s < statuses.size(); ++s)
            sets[s]->append(r.figures.bullet && r.row->status == statuses[s] ? r.figures.bullet->value * 100.0 : 0.0);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.45);
    for (QBarSet *set : std::as_const(sets))
        bars->append(set);
    chart->addSeries(bars);

    auto *y = new QBarCategoryAxis;
    y->append(names);
    QCategoryAxis *x = localizedValueAxis(0, end * 100.0, format.locale(), 0, format.locale().percent());
    styleAxis(x, palette);
    styleAxis(y, palette);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);
    const auto attach = [&](QAbstractSeries *series, bool inLegend) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        for (QLegendMarker *marker : chart->legend()->markers(series)) {
            marker->setVisible(inLegend);
            marker->setShape(QLegend::MarkerShapeFromSeries); // a line as a line, the forecast as its diamond
        }
    };
    // The plan: a dashed line across every bullet.
    const QColor ink = palette.color(QPalette::Text);
    attach(line(QCoreApplication::translate("Charts", "Plan (100%)"), {{100.0, -0.5}, {100.0, n - 0.5}}, ink, Qt::DashLine, 1.5), true);
    // The expected pace: a tick across each bar.
    bool first = true;
    for (int i = 0; i < n; ++i) {
        if (!rows[i].figures.bullet || !rows[i].figures.bullet->expected)
            continue;
        const double e = *rows[i].figures.bullet->expected * 100.0;
        attach(line(QCoreApplication::translate("Charts", "Expected by now"), {{e, indexOf(i) - 0.35}, {e, indexOf(i) + 0.35}}, ink,
                    Qt::SolidLine, 3),
               first);
        first = false;
    }
    // Where the year is forecast to end, as a share of the plan.
    auto *forecast = new QScatterSeries;
    forecast->setName(QCoreApplication::translate("Charts", "Year-end forecast"));
    forecast->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    forecast->setMarkerSize(11);
    forecast->setColor(palette.color(QPalette::Base));
    forecast->setBorderColor(ink);
    for (int i = 0; i < n; ++i) {
        if (rows[i].figures.bullet && rows[i].figures.bullet->forecast)
            forecast->append(*rows[i].figures.bullet->forecast * 100.0, indexOf(i));
    }
    if (forecast->count() > 0)
        attach(forecast, true);
    else
        delete forecast;
    QObject::connect(bars, &QHorizontalStackedBarSeries::hovered, bars, [format](bool state, int, QBarSet *set) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), set->label());
    });
    return chart;
}

} // namespace chiso::ui
