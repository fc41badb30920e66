// forecast and backtest: where the year will end, and how well each method would have said so.
#include "CommandLine.h"
#include "analytics/UnitSeries.h"

#include "analytics/KpiReport.h"
#include "forecast/ForecastReport.h"
#include "report/ForecastWriter.h"
#include "store/Store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

enum class Kind { Forecast, Backtest };

int run(Context &context, const QStringList &arguments, Kind kind)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        kind == Kind::Forecast
            ? QCoreApplication::translate("Cli", "Year-end forecasts of every indicator: each method's point, 80% and 95% "
                                                 "intervals, share of plan and chance of meeting it, the preferred method and why. "
                                                 "Without --as-of: from the latest month with figures.")
            : QCoreApplication::translate("Cli", "Backtest of the year-end methods: MAPE and MASE per method and cut-off month "
                                                 "over every earlier year with a known total."));
    context.addCommonOptions(parser);
    context.addAsOfOption(parser);
    parser.addOption({u"indicator"_s, QCoreApplication::translate("Cli", "Only this indicator (a code such as revenue)."),
                      u"code"_s});
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: table or json."), u"format"_s, u"table"_s});
    if (kind == Kind::Backtest)
        parser.addOption({u"calibration"_s, QCoreApplication::translate("Cli", "Instead of the errors: the share of past "
                                                                              "outturns inside each method's 80% and 95% "
                                                                              "intervals, per group of cut-offs.")});
    context.addRegionOption(parser);
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    QString format;
    if (!context.format(parser, {u"table"_s, u"json"_s}, &format))
        return Usage;
    std::optional<YearMonth> asOf;
    if (!context.asOf(parser, &asOf))
        return Usage;
    QString region;
    if (!context.region(parser, &region))
        return Usage;

    auto store = context.openStore();
    context.defaultToLoginsRegion(parser, *store, &region);
    const QString only = parser.value(u"indicator"_s);
    if (!only.isEmpty() && !store->indicator(only)) {
        QStringList codes;
        for (const Indicator &i : store->indicators())
            codes.append(i.code);
        context.err << QCoreApplication::translate("Cli", "Unknown indicator '%1'; known: %2").arg(only, codes.join(u", "_s))
                    << Qt::endl;
        return Usage;
    }
    if (!context.holdsRegion(*store, region))
        return Failed;
    // The backtests need every earlier year of the region; a cut-off hides the years after it.
    // A province formed in a merger reads its earlier months as the sums of the old ones: the
    // unit is the one of that code at the cut-off (the latest month without one).
    const std::optional<YearMonth> at = asOf ? asOf : store->latestPeriod(region);
    const Snapshot snapshot(unitFigures(*store, region, at.value_or(YearMonth{Store::FirstYear, 1}),
                                        asOf ? std::optional(std::pair{Store::FirstYear, asOf->year}) : std::nullopt, asOf).figures,
                            asOf, store->figureChoices());
    if (!asOf)
        asOf = store->latestPeriod(region, flowIndicatorCodes(store->indicators()));
    if (!asOf) {
        context.err << QCoreApplication::translate("Cli", "The database holds no figures yet: import some with 'chiso import FILE.csv'.")
                    << Qt::endl;
        return Failed;
    }
    const ForecastReport report = buildForecastReport(snapshot, store->indicators(), *asOf, region, only);
    const Formatter formatter(context.language);
    if (kind == Kind::Forecast)
        context.out << (format == u"json"_s ? QString::fromUtf8(ForecastWriter::json(report, context.language))
                                            : ForecastWriter::table(report, formatter));
    else if (parser.isSet(u"calibration"_s)) {
        const auto cells = calibrate(flowHistories(snapshot, store->indicators(), region), asOf->year);
        context.out << (format == u"json"_s ? QString::fromUtf8(ForecastWriter::calibrationJson(report, cells))
                                            : ForecastWriter::calibrationTable(cells, formatter));
    } else
        context.out << (format == u"json"_s ? QString::fromUtf8(ForecastWriter::backtestJson(report))
                                            : ForecastWriter::backtestTable(report, formatter));
    context.out.flush();
    return Ok;
}

} // namespace

int runForecast(Context &context, const QStringList &arguments)
{
    return run(context, arguments, Kind::Forecast);
}

int runBacktest(Context &context, const QStringList &arguments)
{
    return run(context, arguments, Kind::Backtest);
}

} // namespace chiso::cli
