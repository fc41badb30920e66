#include "CompareFigures.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso::ui {

std::optional<double> measureOf(const UnitStanding &standing, Measure measure)
{
    switch (measure) {
    case Measure::Value: return standing.value;
    case Measure::Growth: return standing.growth ? std::optional(standing.growth->value) : std::nullopt;
    case Measure::PlanShare: return standing.planShare;
    }
    return std::nullopt;
}

int rankOf(const UnitStanding &standing, Measure measure)
{
    switch (measure) {
    case Measure::Value: return standing.valueRank;
    case Measure::Growth: return standing.growthRank;
    case Measure::PlanShare: return standing.planShareRank;
    }
    return 0;
}

namespace {

QString numberText(double number, Measure measure, const Indicator &indicator, const Formatter &format)
{
    switch (measure) {
    case Measure::Value: return format.valueWithUnit(indicator, number);
    case Measure::Growth: return format.change({number, indicator.isPercent()});
    case Measure::PlanShare: return format.share(number);
    }
    return {};
}

} // namespace

QString measureText(const UnitStanding &standing, Measure measure, const Indicator &indicator, const Formatter &format)
{
    const auto number = measureOf(standing, measure);
    return number ? numberText(*number, measure, indicator, format) : QString();
}

QString measureName(Measure measure)
{
    switch (measure) {
    case Measure::Value: return QCoreApplication::translate("Compare", "Value");
    case Measure::Growth: return QCoreApplication::translate("Compare", "Growth");
    case Measure::PlanShare: return QCoreApplication::translate("Compare", "Share of plan");
    }
    return {};
}

TileMapData tileMapData(const QList<UnitStanding> &standings, const TileLayout &layout, Measure measure, const Indicator &indicator,
                        const Formatter &format, YearMonth period)
{
    constexpr int Steps = 5;
    TileMapData data;
    data.layout = layout;
    data.title = QCoreApplication::translate("Compare", "%1 by province, %2: %3")
                     .arg(indicator.name(format.language()), format.shortPeriod(period), measureName(measure).toLower());
    data.noValue = QCoreApplication::translate("Compare", "no figure");
    // Classes by rank (quintiles), not by equal widths: one city as large as ten provinces
    // would otherwise leave every other tile in the first class. Equal figures share a class.
    QList<double> sorted;
    for (const UnitStanding &s : standings) {
        if (const auto m = measureOf(s, measure))
            sorted.append(*m);
    }
    std::sort(sorted.begin(), sorted.end());
    const qsizetype count = sorted.size();
    const int classes = int(std::min<qsizetype>(Steps, count));
    QList<double> upper; // each class's largest figure
    for (int k = 0; k < classes; ++k) {
        const double top = sorted[(k + 1) * count / classes - 1];
        if (upper.isEmpty() || top > upper.last())
            upper.append(top);
    }
    const auto classOf = [&upper](double m) {
        return int(std::lower_bound(upper.begin(), upper.end(), m) - upper.begin());
    };
    for (qsizetype k = 0; k < upper.size(); ++k) {
        const double bottom = k == 0 ? sorted.first() : *std::upper_bound(sorted.begin(), sorted.end(), upper[k - 1]);
        // The unit once, after the upper bound.
        const QString lower = measure == Measure::Value ? format.value(indicator, bottom) : numberText(bottom, measure, indicator, format);
        data.legend.append(bottom == upper[k] ? numberText(bottom, measure, indicator, format)
                                              : u"%1 – %2"_s.arg(lower, numberText(upper[k], measure, indicator, format)));
    }
    const QString none = QCoreApplication::translate("Compare", "no figure");
    for (const UnitStanding &s : standings) {
        TileMapData::Tile tile;
        tile.label = s.unit.code;
        tile.name = s.unit.name(format.language());
        if (const auto m = measureOf(s, measure))
            tile.step = classOf(*m);
        const auto line = [&](Measure shown) {
            const QString text = measureText(s, shown, indicator, format);
            const int rank = rankOf(s, shown);
            return u"%1: %2"_s.arg(measureName(shown), text.isEmpty() ? none : text)
                   + (rank > 0 ? QCoreApplication::translate("Compare", " (rank %1)").arg(rank) : QString());
        };
        QStringList lines = {u"<b>%1 (%2)</b>"_s.arg(tile.name.toHtmlEscaped(), s.unit.code)};
        for (const Measure shown : {Measure::Value, Measure::Growth, Measure::PlanShare})
            lines.append(line(shown).toHtmlEscaped());
        for (const QString &note : s.notes)
            lines.append(u"<i>%1</i>"_s.arg(note.toHtmlEscaped()));
        tile.tooltip = lines.join(u"<br>"_s);
        data.tiles.insert(s.unit.code, tile);
    }
    return data;
}

SmallMultiplesData smallMultiplesData(const QList<UnitStanding> &standings, const Indicator &indicator, const Formatter &format,
                                      YearMonth period, const QString &selected)
{
    SmallMultiplesData data;
    data.title = QCoreApplication::translate("Compare", "%1 by province, months 1–%2, on one scale")
                     .arg(indicator.name(format.language()), format.shortPeriod(period));
    data.lastMonth = std::max(2, period.month);
    data.emptyText = QCoreApplication::translate("Compare", "no figure");
    QList<UnitStanding> byCode = standings;
    std::sort(byCode.begin(), byCode.end(), [](const UnitStanding &a, const UnitStanding &b) { return a.unit.code < b.unit.code; });
    bool any = false;
    for (const UnitStanding &s : std::as_const(byCode)) {
        data.panels.append({s.unit.code, u"%1 %2"_s.arg(s.unit.code, s.unit.name(format.language())), s.yearToDate, s.unit.code == selected});
        for (const auto &[month, value] : s.yearToDate) {
            data.top = any ? std::max(data.top, value) : value;
            data.bottom = any ? std::min(data.bottom, value) : std::min(0.0, value);
            any = true;
        }
    }
    data.topLabel = format.valueWithUnit(indicator, data.top);
    data.bottomLabel = format.value(indicator, data.bottom);
    return data;
}

} // namespace chiso::ui
