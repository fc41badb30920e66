#include "BriefingText.h"
#include "analytics/KpiCardFigures.h"
#include "analytics/StatedFigures.h"
#include "report/ForecastWriter.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// A change as words read it: "28,1%" or "5,3 điểm phần trăm", without its sign.
QString magnitude(const Change &change, const Formatter &format)
{
    const double shown = std::abs(change.percentagePoints ? change.value : change.value * 100.0);
    const QString number = format.locale().toString(shown, 'f', 1);
    return change.percentagePoints ? QCoreApplication::translate("Briefing", "%1 percentage points").arg(number) : number + format.locale().percent();
}

QString opening(const KpiRow &row, const Formatter &format)
{
    const Indicator &ind = row.indicator;
    const Figure &f = *row.current;
    const QString name = ind.name(format.language());
    const QString value = format.valueWithUnit(ind, f.value);
    const bool estimate = f.basis == Basis::Estimate || f.basis == Basis::Reported;
    if (ind.isFlow()) {
        return (estimate ? QCoreApplication::translate("Briefing", "%1 in the first %n month(s) of %2 is estimated at %3", nullptr, f.month)
                         : QCoreApplication::translate("Briefing", "%1 in the first %n month(s) of %2 reached %3", nullptr, f.month))
            .arg(name)
            .arg(f.year)
            .arg(value);
    }
    return (estimate ? QCoreApplication::translate("Briefing", "%1 as of %2 is estimated at %3") : QCoreApplication::translate("Briefing", "%1 as of %2 stood at %3"))
        .arg(name, format.period(f.period()), value);
}

QString growthClause(const KpiRow &row, const Formatter &format)
{
    const int lastYear = row.current->year - 1;
    if (!row.growth && row.statedGrowth) {
        // Last year's figure is missing but a source gives the rate: say it, as the source's.
        const double stated = row.statedGrowth->value;
        const QString rate = format.statedPercent(std::abs(stated));
        if (stated > 0)
            return QCoreApplication::translate("Briefing", ", up %1 on the same period of %2 as the source states").arg(rate).arg(lastYear);
        if (stated < 0)
            return QCoreApplication::translate("Briefing", ", down %1 on the same period of %2 as the source states").arg(rate).arg(lastYear);
        return QCoreApplication::translate("Briefing", ", level with the same period of %1 as the source states").arg(lastYear);
    }
    if (!row.growth)
        return QCoreApplication::translate("Briefing", ", with no figure for the same period of %1 to compare").arg(lastYear);
    const double shown = row.growth->percentagePoints ? row.growth->value : row.growth->value * 100.0;
    QString clause;
    if (std::abs(shown) < 0.05)
        clause = QCoreApplication::translate("Briefing", ", level with the same period of %1").arg(lastYear);
    else if (shown > 0)
        clause = QCoreApplication::translate("Briefing", ", up %1 on the same period of %2").arg(magnitude(*row.growth, format)).arg(lastYear);
    else
        clause = QCoreApplication::translate("Briefing", ", down %1 on the same period of %2").arg(magnitude(*row.growth, format)).arg(lastYear);
    if (row.previousDerived) // computed, but on a figure no source gives: said, with how it was come by
        clause += QCoreApplication::translate("Briefing", " (against a derived figure for %1 %2, which no source gives)")
                      .arg(format.shortPeriod(row.previousDerived->period), Formatter::derivedMark());
    if (row.statedGrowth && !statedAgrees(row.statedGrowth->value, shown))
        clause += QCoreApplication::translate("Briefing", " (the source states %1)").arg(format.statedPercent(row.statedGrowth->value, true));
    return clause;
}

QString planClause(const KpiRow &row, const Formatter &format)
{
    const Indicator &ind = row.indicator;
    if (!row.plan || !row.share)
        return QCoreApplication::translate("Briefing", ". No plan for %1 has been stated").arg(row.current->year);
    QString clause = QCoreApplication::translate("Briefing", ", and %1 of the plan for the year (%2)")
                         .arg(format.share(*row.share), format.valueWithUnit(ind, row.plan->value));
    if (row.pace) {
        const QString expected = format.share(row.pace->expectedShare);
        switch (row.status) {
        case Status::Ahead: clause += QCoreApplication::translate("Briefing", ", ahead of the expected pace (%1)").arg(expected); break;
        case Status::OnTrack: clause += QCoreApplication::translate("Briefing", ", on track (expected %1)").arg(expected); break;
        case Status::Behind: clause += QCoreApplication::translate("Briefing", ", behind the expected pace (%1)").arg(expected); break;
        case Status::Unknown: break;
        }
        if (row.statusNote == KpiRow::StatusNote::DerivedBase) {
            QStringList periods;
            for (const DerivedCutOff &d : row.derived())
                periods.append(format.shortPeriod(d.period));
            clause += QCoreApplication::translate("Briefing", ", measured against last year's profile with %1 derived %2, as no source gives it")
                          .arg(periods.join(u", "_s), Formatter::derivedMark());
        } else if (row.statusNote == KpiRow::StatusNote::CalendarFallback)
            clause += QCoreApplication::translate("Briefing", ", measured against the share of the year elapsed (m/12) as last year's figures for the month are missing");
        else if (row.statusNote == KpiRow::StatusNote::FlaggedBase && row.flaggedBase)
            clause += QCoreApplication::translate("Briefing", "; its progress is not assessed, as the figure of %1 it would be measured from is flagged as a break in the series")
                          .arg(format.shortPeriod(*row.flaggedBase));
    }
    if (row.statedShare && !statedAgrees(row.statedShare->value, *row.share * 100.0))
        clause += QCoreApplication::translate("Briefing", "; the source states %1 of the plan").arg(format.statedPercent(row.statedShare->value));
    return clause;
}

QString forecastSentence(const KpiRow &row, const ForecastReport &forecasts, const Formatter &format)
{
    const Indicator &ind = row.indicator;
    for (const FlowForecast &f : forecasts.flows) {
        if (f.indicator.code != ind.code)
            continue;
        const MethodForecast *m = f.preferredForecast();
        if (!m)
            return {};
        // Rounded: a forecast knows no seven digits.
        QString text = QCoreApplication::translate("Briefing", "Year-end forecast: about %1").arg(format.approximate(ind, m->point.value));
        if (m->interval80)
            text += QCoreApplication::translate("Briefing", " (80% interval %1)").arg(format.approximateRange(ind, m->interval80->lower, m->interval80->upper));
        if (m->shareOfPlan)
            text += QCoreApplication::translate("Briefing", ", %1 of the plan").arg(format.share(*m->shareOfPlan));
        if (m->probabilityMeetingPlan)
            text += QCoreApplication::translate("Briefing", "; chance of meeting the plan: %1").arg(format.chance(*m->probabilityMeetingPlan));
        text += QCoreApplication::translate("Briefing", " (method: %1).").arg(ForecastWriter::methodName(m->point.method).toLower());
        return text;
    }
    for (const LevelForecast &l : forecasts.levels) {
        if (l.indicator.code != ind.code || !l.available)
            continue;
        QString text = QCoreApplication::translate("Briefing", "December forecast: about %1").arg(format.approximate(ind, l.point));
        text += QCoreApplication::translate("Briefing", " (80% interval %1)").arg(format.approximateRange(ind, l.interval80.lower, l.interval80.upper));
        if (l.probabilityMeetingTarget)
            text += QCoreApplication::translate("Briefing", "; chance of reaching the target: %1").arg(format.chance(*l.probabilityMeetingTarget));
        return text + u"."_s;
    }
    return {};
}

} // namespace

QString BriefingText::paragraph(const KpiRow &row, const ForecastReport &forecasts, int year, const Formatter &format)
{
    Q_UNUSED(year);
    if (!row.current)
        return {};
    QString text = opening(row, format) + growthClause(row, format) + planClause(row, format) + u"."_s;
    if (!row.otherValues.isEmpty()) {
        QStringList others;
        for (double other : row.otherValues)
            others.append(format.valueWithUnit(row.indicator, other));
        text += u" "_s + QCoreApplication::translate("Briefing", "Other sources give %1.").arg(others.join(u"; "_s));
        if (row.preference == Snapshot::Preference::Chosen)
            text += u" "_s + QCoreApplication::translate("Briefing", "The figure used is the office's choice.");
    }
    const QString forecast = forecastSentence(row, forecasts, format);
    if (!forecast.isEmpty())
        text += u" "_s + forecast;
    return text;
}

QStringList BriefingText::highlights(const KpiReport &report, const ForecastReport &forecasts, const Formatter &format)
{
    struct Item {
        double order;
        QString text;
    };
    QList<Item> ahead, onTrack, behind, notAssessed, shortOfPlan, reachingPlan;
    for (const KpiRow &row : report.rows) {
        if (!row.current)
            continue;
        const QString name = row.indicator.name(format.language());
        const KpiCardFigures figures = kpiCardFigures(row, forecasts);
        if (figures.variancePoints) {
            QString distance = format.change(Change{*figures.variancePoints, true});
            if (row.statusNote == KpiRow::StatusNote::CalendarFallback)
                distance += u"; "_s + QCoreApplication::translate("Briefing", "m/12 pace");
            else if (row.statusNote == KpiRow::StatusNote::DerivedBase) // as the table and the cards say
                distance += u"; "_s + QCoreApplication::translate("Briefing", "derived pace");
            const Item item{-*figures.variancePoints, u"%1 (%2)"_s.arg(name, distance)};
            (row.status == Status::Ahead ? ahead : row.status == Status::Behind ? behind : onTrack).append(item);
        } else if (row.statusNote == KpiRow::StatusNote::FlaggedBase && row.flaggedBase) {
            notAssessed.append({0, QCoreApplication::translate("Briefing", "%1 (its base figure of %2 is flagged as a break)")
                                       .arg(name, format.shortPeriod(*row.flaggedBase))});
        }
        if (figures.forecastShareOfPlan) {
            const Item item{-*figures.forecastShareOfPlan, u"%1 (%2)"_s.arg(name, format.share(*figures.forecastShareOfPlan))};
            (*figures.forecastShareOfPlan < 1.0 ? shortOfPlan : reachingPlan).append(item);
        }
    }
    QStringList lines;
    auto add = [&lines](QList<Item> items, const QString &label) {
        if (items.isEmpty())
            return;
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.order < b.order; });
        QStringList texts;
        for (const Item &item : items)
            texts.append(item.text);
        lines.append(label.arg(texts.join(u", "_s)));
    };
    add(behind, QCoreApplication::translate("Briefing", "Behind the expected pace: %1."));
    add(shortOfPlan, QCoreApplication::translate("Briefing", "Forecast to fall short of the year's plan: %1."));
    add(ahead, QCoreApplication::translate("Briefing", "Ahead of the expected pace: %1."));
    add(onTrack, QCoreApplication::translate("Briefing", "On track: %1."));
    add(notAssessed, QCoreApplication::translate("Briefing", "Not assessed: %1."));
    add(reachingPlan, QCoreApplication::translate("Briefing", "Forecast to reach the year's plan: %1."));
    return lines;
}

QStringList BriefingText::summary(const KpiReport &report, const ForecastReport &forecasts, const Formatter &format)
{
    QStringList paragraphs;
    for (const KpiRow &row : report.rows) {
        const QString text = paragraph(row, forecasts, report.period.year, format);
        if (!text.isEmpty())
            paragraphs.append(text);
    }
    return paragraphs;
}

QString BriefingText::title(YearMonth period, const Formatter &format, const QString &region)
{
    if (region != u"VN"_s) // a unit's briefing says whose it is
        return QCoreApplication::translate("Briefing", "Monthly briefing, %1 (region %2)").arg(format.period(period), region);
    return QCoreApplication::translate("Briefing", "Monthly briefing, %1").arg(format.period(period));
}

QStringList BriefingText::byProvince(const QList<UnitStanding> &standings, const Indicator &indicator, YearMonth period, const Formatter &format)
{
    const Language language = format.language();
    QList<const UnitStanding *> byValue, byGrowth;
    for (const UnitStanding &s : standings) {
        if (s.valueRank > 0)
            byValue.append(&s);
        if (s.growthRank > 0)
            byGrowth.append(&s);
    }
    std::stable_sort(byValue.begin(), byValue.end(), [](auto *a, auto *b) { return a->valueRank < b->valueRank; });
    std::stable_sort(byGrowth.begin(), byGrowth.end(), [](auto *a, auto *b) { return a->growthRank < b->growthRank; });
    QStringList sentences;
    sentences.append(QCoreApplication::translate("Briefing", "%1, %2: %3 of %4 provinces have a figure.")
                         .arg(indicator.name(language), format.period(period))
                         .arg(byValue.size())
                         .arg(standings.size()));
    const auto list = [&](const QList<const UnitStanding *> &units, const std::function<QString(const UnitStanding &)> &figure) {
        QStringList parts;
        for (const UnitStanding *s : units)
            parts.append(u"%1 (%2)"_s.arg(s->unit.name(language), figure(*s)));
        return parts.join(u", "_s);
    };
    const auto value = [&](const UnitStanding &s) { return format.valueWithUnit(indicator, *s.value); };
    const auto growth = [&](const UnitStanding &s) { return format.change(*s.growth); };
    const qsizetype n = std::min<qsizetype>(3, byValue.size() / 2);
    if (n > 0)
        sentences.append(QCoreApplication::translate("Briefing", "Highest: %1; lowest: %2.")
                             .arg(list(byValue.first(n), value), list(byValue.last(n), value)));
    const qsizetype g = std::min<qsizetype>(3, byGrowth.size() / 2);
    if (g > 0)
        sentences.append(QCoreApplication::translate("Briefing", "Fastest growth on the same period of %1: %2; slowest: %3.")
                             .arg(period.year - 1)
                             .arg(list(byGrowth.first(g), growth), list(byGrowth.last(g), growth)));
    return sentences;
}

} // namespace chiso
