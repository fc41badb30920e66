// briefing: the monthly briefing as a PDF, the same document the window prints, or on a printer.
#include "CommandLine.h"

#include "briefing/BriefingRenderer.h"
#include "briefing/BriefingText.h"
#include "printing/PrintPreview.h"
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

/// --print [PRINTER]: what to print on, if anything (an empty printer: the default one).
struct Printing {
    bool wanted = false;
    QString printer;
    int copies = 1;
    bool duplex = false;
};

/// Without `output`, the user's briefings folder (unless only printing); an empty one is
/// refused by OutputFile.
int writeBriefing(Context &context, Store &store, std::optional<YearMonth> period, const QString &region,
                  const std::optional<QString> &output, const QString &unit, const Printing &printing = {},
                  ui::BriefingRenderer::Face face = ui::BriefingRenderer::Face::Sans, const std::optional<QString> &byProvince = {})
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
    if (!holdsFigures(analysis.kpis())) {
        // A briefing of empty tables would read as if all were well: refuse it.
        const Formatter format(context.language);
        QString message = QCoreApplication::translate("Cli", "No figures for %1: there is nothing to brief.").arg(format.period(*period));
        if (const auto latest = analysis.latestPeriod())
            message += u" "_s + QCoreApplication::translate("Cli", "The latest month with figures is %1.").arg(format.period(*latest));
        context.err << message << Qt::endl;
        return Failed;
    }
    ui::BriefingRenderer::Options options;
    options.language = context.language;
    options.unitName = unit;
    options.face = face;
    options.byProvince = byProvince;
    if (face == ui::BriefingRenderer::Face::Serif && ui::BriefingRenderer::family(face) != u"Liberation Serif"_s
        && ui::BriefingRenderer::family(face) != u"Times New Roman"_s)
        context.err << QCoreApplication::translate("Cli", "No serif face with every Vietnamese letter is installed (Debian: fonts-liberation2): "
                                                          "the briefing is set in %1.")
                           .arg(ui::BriefingRenderer::family(face))
                    << Qt::endl;
    const ui::BriefingRenderer renderer(analysis, options);
    const QString periodText = Formatter(context.language).period(*period);
    // Printing alone writes no file; with -o it writes the file too.
    if (!printing.wanted || output) {
        QString path = output.value_or(QString());
        if (!output) {
            const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"briefings"_s);
            QDir().mkpath(folder);
            path = QDir(folder).filePath(u"briefing-%1-%2.pdf"_s.arg(period->toIsoString(), languageCode(context.language)));
        }
        QString error;
        int pages = 0;
        if (!renderer.writePdf(path, &error, &pages)) {
            context.err << error << Qt::endl;
            return Failed;
        }
        context.err << QCoreApplication::translate("Cli", "Wrote the briefing for %1 (%n page(s)) to %2", nullptr, pages)
                           .arg(periodText, QFileInfo(path).absoluteFilePath())
                    << Qt::endl;
    }
    if (printing.wanted) {
        ui::PrintJob job;
        job.title = BriefingText::title(*period, Formatter(context.language), region);
        job.layout = options.layout;
        job.printer = printing.printer;
        job.copies = printing.copies;
        job.duplex = printing.duplex;
        int pages = 0;
        QString printer;
        QString error;
        if (!ui::printDocument(job, [&](QPagedPaintDevice *device) { pages = renderer.paint(device); }, &printer, &error)) {
            context.err << error << Qt::endl;
            return Failed;
        }
        context.err << QCoreApplication::translate("Cli", "Sent the briefing for %1 (%n page(s)) to the printer %2", nullptr, pages)
                           .arg(periodText, printer)
                    << Qt::endl;
    }
    return Ok;
}

/// QCommandLineParser has no option with an optional value: a bare --print (last, or before
/// another option) becomes --print= , the default printer.
QStringList withPrintValue(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--print"_s && (i + 1 == arguments.size() || arguments[i + 1].startsWith(u'-')))
            arguments[i] = u"--print="_s;
    }
    return arguments;
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
    parser.addOption({u"print"_s,
                      QCoreApplication::translate("Cli", "Print the briefing on the default printer, or on the printer named (a CUPS queue); "
                                                         "no PDF is written unless -o is given too."),
                      QCoreApplication::translate("Cli", "printer")});
    parser.addOption({u"copies"_s, QCoreApplication::translate("Cli", "With --print: the number of copies, 1 to 999."), u"N"_s});
    parser.addOption({u"face"_s,
                      QCoreApplication::translate("Cli", "The typeface: sans (DejaVu Sans, the default) or serif (Liberation Serif, as "
                                                         "administrative documents use Times New Roman)."),
                      u"sans|serif"_s});
    parser.addOption({u"by-province"_s, QCoreApplication::translate("Cli", "Add a section that ranks the provinces and maps them (\"By province\").")});
    parser.addOption({u"province-indicator"_s,
                      QCoreApplication::translate("Cli", "With --by-province: the indicator the provinces are ranked on (default revenue)."),
                      u"code"_s});
    parser.addOption({u"duplex"_s, QCoreApplication::translate("Cli", "With --print: on both sides of the sheet, where the printer can.")});
    int exitCode = Ok;
    if (!context.parse(parser, withPrintValue(arguments), &exitCode))
        return exitCode;
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;
    Printing printing;
    printing.wanted = parser.isSet(u"print"_s);
    printing.printer = parser.value(u"print"_s);
    printing.duplex = parser.isSet(u"duplex"_s);
    if (!printing.wanted && (parser.isSet(u"copies"_s) || printing.duplex)) {
        context.err << QCoreApplication::translate("Cli", "--copies and --duplex go with --print.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(u"copies"_s)) {
        bool ok = false;
        printing.copies = parser.value(u"copies"_s).toInt(&ok);
        if (!ok || printing.copies < 1 || printing.copies > 999) {
            context.err << QCoreApplication::translate("Cli", "--copies expects a number from 1 to 999; found '%1'.").arg(parser.value(u"copies"_s))
                        << Qt::endl;
            return Usage;
        }
    }
    auto face = ui::BriefingRenderer::Face::Sans;
    if (parser.isSet(u"face"_s)) {
        const QString value = parser.value(u"face"_s);
        if (value == u"serif"_s)
            face = ui::BriefingRenderer::Face::Serif;
        else if (value != u"sans"_s) {
            context.err << QCoreApplication::translate("Cli", "--face expects sans or serif; found '%1'.").arg(value) << Qt::endl;
            return Usage;
        }
    }
    QString region;
    if (!context.region(parser, &region))
        return Usage;
    if (parser.isSet(u"province-indicator"_s) && !parser.isSet(u"by-province"_s)) {
        context.err << QCoreApplication::translate("Cli", "--province-indicator goes with --by-province.") << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    context.defaultToLoginsRegion(parser, *store, &region);
    std::optional<QString> byProvince;
    if (parser.isSet(u"by-province"_s)) {
        byProvince = parser.isSet(u"province-indicator"_s) ? parser.value(u"province-indicator"_s) : u"revenue"_s;
        const Indicator *indicator = store->indicator(*byProvince);
        if (!indicator || indicator->kind == IndicatorKind::MonthFlow) {
            QStringList codes;
            for (const Indicator &known : store->indicators()) {
                if (known.kind != IndicatorKind::MonthFlow)
                    codes.append(known.code);
            }
            context.err << QCoreApplication::translate("Cli", "--province-indicator: there is no indicator '%1' to rank the provinces on; "
                                                              "choose one of %2.")
                               .arg(*byProvince, codes.join(u", "_s))
                        << Qt::endl;
            return Usage;
        }
    }
    const auto output = parser.isSet(u"output"_s) ? std::optional(parser.value(u"output"_s)) : std::nullopt;
    return writeBriefing(context, *store, period, region, output, parser.value(u"unit"_s), printing, face, byProvince);
}

int writeDefaultBriefing(Context &context)
{
    auto store = context.openStore();
    return writeBriefing(context, *store, std::nullopt, u"VN"_s, std::nullopt, QString());
}

} // namespace chiso::cli
