// briefing: the monthly briefing as a PDF, the same document the window prints.
#include "CommandLine.h"

#include "briefing/BriefingRenderer.h"
#include "io/BundledDataset.h"
#include "report/Formatter.h"
#include "session/Analysis.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

int writeBriefing(Context &context, Store &store, std::optional<YearMonth> period, const QString &region, const QString &output,
                  const QString &unit)
{
    if (!context.holdsRegion(store, region))
        return Failed;
    Analysis analysis(store, AnalysisSettings{.period = period, .region = region}); // without one, the latest month
    if (!period)
        period = analysis.latestPeriod();
    if (!period) {
        context.err << QCoreApplication::translate("Cli", "The database holds no figures yet: import some with 'chiso import FILE.csv'.")
                    << Qt::endl;
        return Failed;
    }
    QString path = output;
    if (path.isEmpty()) {
        const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"briefings"_s);
        QDir().mkpath(folder);
        path = QDir(folder).filePath(u"briefing-%1-%2.pdf"_s.arg(period->toIsoString(), languageCode(context.language)));
    }
    ui::BriefingRenderer::Options options;
    options.language = context.language;
    options.unitName = unit;
    QString error;
    int pages = 0;
    if (!ui::BriefingRenderer(analysis, options).writePdf(path, &error, &pages)) {
        context.err << error << Qt::endl;
        return Failed;
    }
    context.err << QCoreApplication::translate("Cli", "Wrote the briefing for %1 (%n page(s)) to %2", nullptr, pages)
                       .arg(Formatter(context.language).period(*period), QFileInfo(path).absoluteFilePath())
                << Qt::endl;
    return Ok;
}

} // namespace

int runBriefing(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "The monthly briefing as a PDF: summary, KPI table, charts and "
                                                                        "sources, on A4 pages. Without --year and --month: the latest month."));
    context.addCommonOptions(parser);
    context.addPeriodOptions(parser);
    context.addRegionOption(parser);
    parser.addOption({{u"o"_s, u"output"_s}, QCoreApplication::translate("Cli", "The PDF file to write."), QCoreApplication::translate("Cli", "file")});
    parser.addOption({u"unit"_s, QCoreApplication::translate("Cli", "The name of the office the briefing comes from."), u"name"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;
    QString region;
    if (!context.region(parser, &region))
        return Usage;
    auto store = context.openStore(parser);
    return writeBriefing(context, *store, period, region, parser.value(u"output"_s), parser.value(u"unit"_s));
}

int writeDefaultBriefing(Context &context)
{
    auto store = context.openStore();
    return writeBriefing(context, *store, std::nullopt, u"VN"_s, QString(), QString());
}

} // namespace chiso::cli
