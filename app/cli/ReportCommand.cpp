// report: the monthly KPI table, and what `chiso` prints on a machine with no display.
#include "CommandLine.h"

#include "check/Findings.h"

#include "analytics/KpiReport.h"
#include "analytics/Snapshot.h"
#include "analytics/UnitSeries.h"
#include "domain/FigureRules.h"
#include "io/OutputFile.h"
#include "report/KpiReportWriter.h"
#include "store/Store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {


QByteArray render(const KpiReport &report, const QString &format, Language language)
{
    if (format == u"csv"_s)
        return KpiReportWriter::csv(report, language);
    if (format == u"json"_s)
        return KpiReportWriter::json(report, language);
    return KpiReportWriter::table(report, Formatter(language)).toUtf8();
}

} // namespace

int runReport(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "The monthly table of key indicators: value, same period last year, growth "
                                        "(computed and stated), plan, share of plan (computed and stated), expected pace "
                                        "and status. Without --year and --month: the latest month with figures."));
    context.addCommonOptions(parser);
    context.addPeriodOptions(parser);
    context.addAsOfOption(parser);
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: table, csv or json."), u"format"_s, u"table"_s});
    context.addRegionOption(parser);
    parser.addOption({u"tolerance"_s, QCoreApplication::translate("Cli", "Percentage points of the plan within which a figure counts as on track (default 2)."),
                      u"pp"_s, u"2"_s});
    parser.addOption({{u"o"_s, u"output"_s}, QCoreApplication::translate("Cli", "Write to <file> instead of standard output."), QCoreApplication::translate("Cli", "file")});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;

    QString format;
    if (!context.format(parser, {u"table"_s, u"csv"_s, u"json"_s}, &format))
        return Usage;
    const auto tolerancePoints = toleranceFromText(parser.value(u"tolerance"_s));
    if (!tolerancePoints) {
        context.err << QCoreApplication::translate("Cli", "--tolerance expects percentage points from 0 to 100, such as 2; found '%1'.")
                           .arg(parser.value(u"tolerance"_s))
                    << Qt::endl;
        return Usage;
    }
    const double tolerance = *tolerancePoints;
    std::optional<YearMonth> asOf;
    if (!context.asOf(parser, &asOf))
        return Usage;
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;

    QString region;
    if (!context.region(parser, &region))
        return Usage;

    auto store = context.openStore();
    context.defaultToLoginsRegion(parser, *store, &region);
    if (!context.holdsRegion(*store, region))
        return Failed;
    if (!period)
        period = asOf ? asOf : store->latestPeriod(region, flowIndicatorCodes(store->indicators()));
    if (!period) {
        context.err << QCoreApplication::translate("Cli", "The database holds no figures yet: import some with 'chiso import FILE.csv'.") << Qt::endl;
        return Failed;
    }
    // Every year up to the period's: the table compares with the year before, and the breaks
    // that withhold a status need the series' earlier years (as in the window and the briefing).
    // A province formed in a merger reads its earlier months as the sums of the old ones.
    const UnitFigures figures = unitFigures(*store, region, *period, std::pair{Store::FirstYear, period->year}, asOf);
    for (const QString &note : figures.notes)
        context.err << note << Qt::endl;
    const Snapshot snapshot(figures.figures, asOf, store->figureChoices());
    KpiReport report = buildKpiReport(snapshot, store->indicators(), *period, region, tolerance);
    withholdStatusOnFlaggedBases(report, breakFigures(findFindings(snapshot, store->indicators(), {}, period->year, region)));
    if (parser.isSet(u"output"_s) && format == u"csv"_s) {
        // A CSV file is for Excel: with a byte-order mark, or Vietnamese letters come out wrong.
        QString error;
        if (!saveKpiTableCsv(report, context.language, parser.value(u"output"_s), &error)) {
            context.err << error << Qt::endl;
            return Failed;
        }
        context.err << QCoreApplication::translate("Cli", "Wrote the report to %1.").arg(parser.value(u"output"_s)) << Qt::endl;
        return Ok;
    }
    const QByteArray text = render(report, format, context.language);
    if (parser.isSet(u"output"_s)) {
        QString error;
        if (!OutputFile::save(parser.value(u"output"_s), text, &error)) {
            context.err << error << Qt::endl;
            return Failed;
        }
        context.err << QCoreApplication::translate("Cli", "Wrote the report to %1.").arg(parser.value(u"output"_s)) << Qt::endl;
        return Ok;
    }
    context.out << QString::fromUtf8(text);
    context.out.flush();
    return Ok;
}

int runHeadlessDefault(Context &context)
{
    const int result = runReport(context, {u"chiso"_s, u"report"_s});
    if (result != Ok)
        return result;
    context.err << QCoreApplication::translate("Cli", "No display was found, so Chỉ Số wrote the report for the latest month to standard output "
                                                      "(above). Run 'chiso --help' for the other commands.")
                << Qt::endl;
    return writeDefaultBriefing(context);
}

} // namespace chiso::cli
