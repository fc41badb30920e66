// check: the figures that do not add up, largest gap first.
#include "CommandLine.h"
#include "analytics/UnitSeries.h"

#include "analytics/Snapshot.h"
#include "check/FindingText.h"
#include "cycle/AddingUp.h"
#include "domain/FigureRules.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <tuple>

using namespace Qt::StringLiterals;

namespace chiso::cli {

int runCheck(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Findings: stated shares and growth rates that the figures do not support, year-to-date figures that do not "
               "add up with the months, sources that differ, revisions, reported against measured figures, and breaks "
               "in a series. Largest gap first."));
    context.addCommonOptions(parser);
    parser.addOption({u"year"_s, QCoreApplication::translate("Cli", "Only findings about this year."), u"YYYY"_s});
    context.addAsOfOption(parser);
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: table or json."), u"format"_s, u"table"_s});
    context.addRegionOption(parser);
    const CheckSettings defaults;
    parser.addOption({u"share-tolerance"_s, QCoreApplication::translate("Cli", "Percentage points beyond a stated share's rounding before it is a finding (default %1).").arg(defaults.sharePoints), u"pp"_s});
    parser.addOption({u"growth-tolerance"_s, QCoreApplication::translate("Cli", "The same for a stated growth rate (default %1).").arg(defaults.growthPoints), u"pp"_s});
    parser.addOption({u"sources-tolerance"_s, QCoreApplication::translate("Cli", "Per cent by which two sources may differ (default %1).").arg(defaults.sourcesRelative * 100), u"pct"_s});
    parser.addOption({u"chain-tolerance"_s, QCoreApplication::translate("Cli", "Per cent by which a month alone may differ from the year-to-date difference (default %1).").arg(defaults.chainRelative * 100), u"pct"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    CheckSettings settings;
    for (auto [option, target, scale] : {std::tuple{u"share-tolerance"_s, &settings.sharePoints, 1.0},
                                         std::tuple{u"growth-tolerance"_s, &settings.growthPoints, 1.0},
                                         std::tuple{u"sources-tolerance"_s, &settings.sourcesRelative, 0.01},
                                         std::tuple{u"chain-tolerance"_s, &settings.chainRelative, 0.01}}) {
        if (!parser.isSet(option))
            continue;
        const auto value = toleranceFromText(parser.value(option));
        if (!value) {
            context.err << QCoreApplication::translate("Cli", "--%1 expects a number from 0 to 100; found '%2'.").arg(option, parser.value(option))
                        << Qt::endl;
            return Usage;
        }
        *target = *value * scale;
    }
    QString format;
    if (!context.format(parser, {u"table"_s, u"json"_s}, &format))
        return Usage;
    std::optional<YearMonth> asOf;
    if (!context.asOf(parser, &asOf))
        return Usage;
    std::optional<int> year;
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        year = parser.value(u"year"_s).toInt(&ok);
        if (!ok || *year < 1900 || *year > 2100) {
            context.err << QCoreApplication::translate("Cli", "--year expects a year from 1900 to 2100.") << Qt::endl;
            return Usage;
        }
    }
    QString region;
    if (!context.region(parser, &region))
        return Usage;
    auto store = context.openStore();
    context.defaultToLoginsRegion(parser, *store, &region);
    // An empty database has no findings, as before it held any figure.
    if (!store->holdsFigures(region) && !store->regions().isEmpty()) {
        context.holdsRegion(*store, region); // says so
        return Failed;
    }
    // Even with --year, every year of the region up to the cut-off: a break is judged against
    // the series' own variation, and a stated growth against the year before.
    // A province formed in a merger reads its earlier months as the sums of the old ones: the
    // unit is the one of that code at the cut-off (the latest month without one).
    const std::optional<YearMonth> at = asOf ? asOf : store->latestPeriod(region);
    const Snapshot snapshot(unitFigures(*store, region, at.value_or(YearMonth{Store::FirstYear, 1}),
                                        asOf ? std::optional(std::pair{Store::FirstYear, asOf->year}) : std::nullopt, asOf).figures,
                            asOf, store->figureChoices());
    QList<Finding> findings = findFindings(snapshot, store->indicators(), settings, year, region);
    // The country's figures against its provinces' added up, in each year asked about.
    if (region == u"VN"_s) {
        int firstYear = year.value_or(0);
        int lastYear = year.value_or(0);
        if (!year) {
            for (const Figure &f : snapshot.figures()) {
                firstYear = firstYear == 0 ? f.year : std::min(firstYear, f.year);
                lastYear = std::max(lastYear, f.year);
            }
        }
        for (int y = firstYear; y > 0 && y <= lastYear; ++y) {
            QList<int> months;
            for (int m = 1; m <= (asOf && asOf->year == y ? asOf->month : 12); ++m)
                months.append(m);
            findings += unitsTotalFindings(addUp(*store, y, months, asOf), settings);
        }
        sortFindings(findings);
    }
    const Formatter formatter(context.language);
    context.out << (format == u"json"_s ? QString::fromUtf8(FindingText::json(findings, store->indicators(), formatter))
                                        : FindingText::table(findings, store->indicators(), formatter));
    context.out.flush();
    return Ok;
}

} // namespace chiso::cli
