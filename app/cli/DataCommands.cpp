// init, import and export: the commands that move figures in and out of a database.
#include "CommandLine.h"

#include "analytics/Snapshot.h"
#include "analytics/UnitSeries.h"
#include "domain/FigureRules.h"
#include "io/BundledDataset.h"
#include "io/DemoUnits.h"
#include "io/FigureExporter.h"
#include "io/FigureImporter.h"
#include "io/FileChecks.h"
#include "io/xlsx/XlsxWriter.h"
#include "analytics/KpiReport.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

/// A unit's form: its name, and last month's values (across a merger, the old units' sums).
XlsxWriter::UnitForm unitFormOf(const Store &store, const ReportingUnit &unit, YearMonth period, Language language)
{
    XlsxWriter::UnitForm form;
    form.name = unit.name(language);
    form.lastMonth = period.plusMonths(-1);
    const Snapshot snapshot(unitFigures(store, unit.code, period, std::pair{form.lastMonth.year, period.year}).figures, std::nullopt,
                            store.figureChoices());
    for (const Indicator &indicator : store.indicators()) {
        if (const auto value = snapshot.value(indicator.code, unit.code, form.lastMonth.year, form.lastMonth.month))
            form.lastMonthValues.insert(indicator.code, value->value);
    }
    return form;
}

} // namespace

int runInit(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Create a database, with the bundled dataset unless --empty is given."));
    context.addCommonOptions(parser);
    parser.addOption({u"empty"_s, QCoreApplication::translate("Cli", "Create it with the indicator catalogue only, without figures.")});
    parser.addOption({u"demo-units"_s, QCoreApplication::translate("Cli", "Create a separate database of illustrative figures for every "
                                                                          "province, 2022–2025, that add up to the bundled national "
                                                                          "figures, with their monthly forms (default: "
                                                                          "chiso-demo-units.sqlite beside your own database).")});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    const bool demo = parser.isSet(u"demo-units"_s);
    if (demo && parser.isSet(u"empty"_s)) {
        context.err << QCoreApplication::translate("Cli", "--demo-units and --empty exclude each other.") << Qt::endl;
        return Usage;
    }
    const QString path = context.database.value_or(demo ? QFileInfo(defaultDatabasePath()).absoluteDir().filePath(u"chiso-demo-units.sqlite"_s)
                                                        : defaultDatabasePath());
    if (demo && QFileInfo(path).absoluteFilePath() == QFileInfo(defaultDatabasePath()).absoluteFilePath()) {
        context.err << QCoreApplication::translate("Cli", "The illustrative figures never go into your own database %1: name another with --db.").arg(path)
                    << Qt::endl;
        return Usage;
    }
    auto store = createDatabase(path, parser.isSet(u"empty"_s));
    if (demo) {
        DemoUnitsSummary summary;
        try {
            summary = fillDemoUnits(*store);
        } catch (const StoreError &) {
            // A half-made illustrative file is no use to anyone: it goes (a server's database stays, marked).
            store.reset();
            if (!DatabaseAddress::namesServer(path)) {
                for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                    QFile::remove(path + suffix);
            }
            throw;
        }
        context.out << QCoreApplication::translate("Cli", "Created %1, an illustrative database (not real figures): ").arg(path)
                    << QCoreApplication::translate("Cli", "%n figure(s) of the provinces, ", nullptr, int(summary.figures))
                    << QCoreApplication::translate("Cli", "%n weight(s), ", nullptr, int(summary.weights))
                    << QCoreApplication::translate("Cli", "%n monthly form(s), ", nullptr, int(summary.submissions))
                    << QCoreApplication::translate("Cli", "%n review(s), with the bundled national figures.", nullptr, int(summary.reviews))
                    << Qt::endl;
        return Ok;
    }
    const Store::Counts counts = store->counts();
    context.out << QCoreApplication::translate("Cli", "Created %1: %n figure(s), ", nullptr, counts.values).arg(path)
                << QCoreApplication::translate("Cli", "%n plan(s), ", nullptr, counts.plans)
                << QCoreApplication::translate("Cli", "%n stated growth or share figure(s), ", nullptr, counts.claims)
                << QCoreApplication::translate("Cli", "%n source(s).", nullptr, counts.sources) << Qt::endl;
    return Ok;
}

int runImport(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Import figures from CSV files or Excel workbooks (the format is in README.md). "
                                        "Each file is one transaction: any bad line or conflict leaves the database unchanged."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("Cli", "CSV files to import."), QCoreApplication::translate("Cli", "FILE..."));
    parser.addOption({u"unit"_s, QCoreApplication::translate("Cli", "Receive the monthly form of this unit for --year and --month: a form of "
                                                                    "another unit or month is refused."),
                      u"code"_s});
    context.addPeriodOptions(parser);
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "Name at least one CSV file to import.") << Qt::endl;
        return Usage;
    }
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;
    const auto unit = normalizedRegion(parser.value(u"unit"_s));
    if (parser.isSet(u"unit"_s) && (!unit || !period)) {
        context.err << QCoreApplication::translate("Cli", "--unit needs a unit's code and --year and --month: the form expected.") << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    FigureImporter importer(*store);
    if (parser.isSet(u"unit"_s))
        importer.expectForm(*unit, *period);
    int result = Ok;
    for (const QString &file : parser.positionalArguments()) {
        const ImportReport report = importer.importFile(file);
        if (report.committed()) {
            context.out << QCoreApplication::translate("Cli", "%1: %n figure(s) added, ", nullptr, int(report.added)).arg(file)
                        << QCoreApplication::translate("Cli", "%n already stored and unchanged.", nullptr, int(report.unchanged)) << Qt::endl;
            if (report.submission)
                context.out << QCoreApplication::translate("Cli", "%1: recorded as the submission of %2 for %3.")
                                   .arg(file, report.submission->first, report.submission->second.toIsoString())
                            << Qt::endl;
            continue;
        }
        result = Failed;
        for (const ImportIssue &issue : report.issues)
            context.err << issue.toString() << Qt::endl;
        if (report.issueCount > report.issues.size())
            context.err << QCoreApplication::translate("Cli", "… and %n more problem(s).", nullptr, int(report.issueCount - report.issues.size())) << Qt::endl;
        context.err << QCoreApplication::translate("Cli", "%1: refused, %n problem(s); nothing was stored from this file.", nullptr, int(report.issueCount)).arg(file)
                    << Qt::endl;
    }
    return result;
}

int runExport(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Export every figure, plan and stated figure with its source, "
                                        "in the CSV format that import reads."));
    context.addCommonOptions(parser);
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: csv, or xlsx (the KPI table and every figure; needs -o)."), u"format"_s, u"csv"_s});
    parser.addOption({{u"o"_s, u"output"_s}, QCoreApplication::translate("Cli", "Write to <file> instead of standard output."), QCoreApplication::translate("Cli", "file")});
    context.addAsOfOption(parser);
    parser.addOption({u"region"_s, QCoreApplication::translate("Cli", "Only the figures of this region (default: every region)."), u"code"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv"_s && format != u"xlsx"_s) {
        context.err << QCoreApplication::translate("Cli", "Unknown format '%1': export writes csv or xlsx.").arg(format) << Qt::endl;
        return Usage;
    }
    if (format == u"xlsx"_s && !parser.isSet(u"output"_s)) {
        context.err << QCoreApplication::translate("Cli", "An Excel workbook needs a file: add -o FILE.xlsx.") << Qt::endl;
        return Usage;
    }
    std::optional<YearMonth> asOf;
    if (!context.asOf(parser, &asOf))
        return Usage;
    std::optional<QString> region;
    if (parser.isSet(u"region"_s)) {
        region.emplace();
        if (!context.region(parser, &*region))
            return Usage;
    }
    auto store = context.openStore();
    if (region && !context.holdsRegion(*store, *region))
        return Failed;
    // Each figure goes out as it is read: a database of millions is never held in memory.
    const FigureExporter::FigureReader known = [&store, &asOf, &region](const std::function<void(const Figure &)> &write) {
        store->forEachFigure([&](const Figure &f) {
            if (!asOf || Snapshot::isKnownAt(f, *asOf))
                write(f);
        }, region);
    };
    if (format == u"xlsx"_s) {
        // The KPI sheet shows the region's latest month known at the cut-off.
        const QString kpiRegion = region.value_or(u"VN"_s);
        const Snapshot snapshot(store->figures(kpiRegion), asOf, store->figureChoices());
        const auto period = asOf ? asOf : store->latestPeriod(kpiRegion, flowIndicatorCodes(store->indicators()));
        const KpiReport report = period ? buildKpiReport(snapshot, store->indicators(), *period, kpiRegion) : KpiReport{};
        // A worksheet is built whole in memory by the workbook library, and holds at most
        // 1,048,576 rows: a whole ministry's database belongs in CSV.
        QList<Figure> figures;
        known([&figures](const Figure &f) { figures.append(f); });
        QString error;
        if (!XlsxWriter::writeExport(parser.value(u"output"_s), report, figures, context.language, &error)) {
            context.err << error << Qt::endl;
            return Failed;
        }
        context.err << QCoreApplication::translate("Cli", "Wrote %n figure(s) to %1.", nullptr, int(figures.size())).arg(parser.value(u"output"_s)) << Qt::endl;
        return Ok;
    }
    if (parser.isSet(u"output"_s)) {
        QString error;
        qsizetype written = 0;
        if (!FigureExporter::saveCsvFrom(known, parser.value(u"output"_s), &error, &written)) {
            context.err << error << Qt::endl;
            return Failed;
        }
        context.err << QCoreApplication::translate("Cli", "Wrote %n figure(s) to %1.", nullptr, int(written)).arg(parser.value(u"output"_s)) << Qt::endl;
        return Ok;
    }
    context.out.flush();
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    FigureExporter::writeCsvFrom(known, &out);
    if (!out.flush() || out.error() != QFileDevice::NoError) { // `chiso export > /dev/full` must not "succeed"
        const int error = errno;
        context.err << QCoreApplication::translate("Cli", "Cannot write the standard output: %1").arg(FileChecks::reason(error, out.errorString()))
                    << Qt::endl;
        return Failed;
    }
    return Ok;
}

int runTemplate(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Write the monthly form as an Excel workbook: a row per indicator, "
                                                                        "the period and source cells at the top. Fill it in and import it."));
    context.addCommonOptions(parser);
    context.addPeriodOptions(parser);
    parser.addOption({{u"o"_s, u"output"_s}, QCoreApplication::translate("Cli", "The workbook to write."), QCoreApplication::translate("Cli", "file")});
    context.addRegionOption(parser);
    parser.addOption({u"unit"_s, QCoreApplication::translate("Cli", "A reporting unit's own form: its name and code, last month's values "
                                                                    "for reference, each indicator's definition as a cell comment; "
                                                                    "imported, it is the unit's submission for the month."),
                      u"code"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    QString region;
    if (!context.region(parser, &region))
        return Usage;
    const bool forUnit = parser.isSet(u"unit"_s);
    if (forUnit) {
        const auto code = normalizedRegion(parser.value(u"unit"_s));
        if (!code) {
            context.err << QCoreApplication::translate("Cli", "--unit expects a unit's code, such as 01 or VN (chiso units lists them).") << Qt::endl;
            return Usage;
        }
        region = *code;
    }
    const YearMonth period{parser.value(u"year"_s).toInt(), parser.value(u"month"_s).toInt()};
    if (!period.isValid() || !parser.isSet(u"output"_s)) {
        context.err << QCoreApplication::translate("Cli", "Give --year, --month and -o FILE.xlsx.") << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    QString error;
    std::optional<XlsxWriter::UnitForm> unitForm;
    QList<Indicator> asked = store->indicators();
    if (forUnit) {
        const ReportingUnit *unit = store->units().find(region, period);
        if (!unit) {
            context.err << QCoreApplication::translate("Cli", "There is no unit %1 in %2: chiso units lists the units and their periods.")
                               .arg(region, period.toIsoString())
                        << Qt::endl;
            return Failed;
        }
        unitForm = unitFormOf(*store, *unit, period, context.language);
        if (!unit->indicators.isEmpty()) // the unit's own list, in the catalogue's order
            asked.removeIf([unit](const Indicator &i) { return !unit->indicators.contains(i.code); });
    }
    // A new unit's first form is for a region with no figures yet: not refused here.
    if (!XlsxWriter::writeTemplate(parser.value(u"output"_s), asked, period, context.language, &error, region,
                                   unitForm ? &*unitForm : nullptr)) {
        context.err << error << Qt::endl;
        return Failed;
    }
    context.err << QCoreApplication::translate("Cli", "Wrote the form for %1 to %2.").arg(period.toIsoString(), parser.value(u"output"_s)) << Qt::endl;
    return Ok;
}

} // namespace chiso::cli
