// units: the catalogue of reporting units, listed and added to.
#include "CommandLine.h"

#include "io/UnitImporter.h"
#include "report/TextTable.h"
#include "store/Store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

QString kindText(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Country: return QCoreApplication::translate("Cli", "country");
    case UnitKind::Province: return QCoreApplication::translate("Cli", "province");
    case UnitKind::Other: break;
    }
    return QCoreApplication::translate("Cli", "other");
}

int listUnits(Context &context, const Store &store)
{
    // Dates as a units file gives them: one form, unambiguous in both languages.
    const auto date = [](const QDate &d) { return d.isNull() ? QString() : d.toString(Qt::ISODate); };
    const UnitCatalogue &units = store.units();
    TextTable table({QCoreApplication::translate("Cli", "Code"), QCoreApplication::translate("Cli", "Name"),
                     QCoreApplication::translate("Cli", "Kind"), QCoreApplication::translate("Cli", "From"),
                     QCoreApplication::translate("Cli", "Until"), QCoreApplication::translate("Cli", "Formed from")});
    for (const ReportingUnit &unit : units.units()) {
        QStringList members;
        if (!unit.validFrom.isNull()) {
            for (const UnitMerger &merger : units.formedFrom(unit.code)) {
                if (merger.since == unit.validFrom)
                    members.append(merger.oldCode);
            }
        }
        table.addRow({unit.code, unit.name(context.language), kindText(unit.kind), date(unit.validFrom), date(unit.validUntil),
                      members.join(u' ')});
    }
    context.out << table.render();
    context.out << QCoreApplication::translate("Cli", "%n unit(s).", nullptr, int(units.units().size())) << Qt::endl;
    return Ok;
}

int importUnits(Context &context, Store &store, const QStringList &files)
{
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "Name the CSV file of units to import: chiso units import FILE") << Qt::endl;
        return Usage;
    }
    UnitImporter importer(store);
    int result = Ok;
    for (const QString &file : files) {
        const ImportReport report = importer.importFile(file);
        if (report.committed()) {
            context.out << QCoreApplication::translate("Cli", "%1: %n unit(s) added, ", nullptr, int(report.added)).arg(file)
                        << QCoreApplication::translate("Cli", "%n already known and unchanged.", nullptr, int(report.unchanged)) << Qt::endl;
            continue;
        }
        result = Failed;
        for (const ImportIssue &issue : report.issues)
            context.err << issue.toString() << Qt::endl;
        context.err << QCoreApplication::translate("Cli", "%1: refused, %n problem(s); no unit was stored from this file.", nullptr, int(report.issueCount)).arg(file)
                    << Qt::endl;
    }
    return result;
}

} // namespace

int runUnits(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "List the reporting units (the country, the 63 provinces until 30 June 2025, "
                                                                        "the 34 from 1 July 2025, the units the office added), or add units: "
                                                                        "chiso units import FILE (CSV: code,name_vi,name_en,kind,valid_from,"
                                                                        "valid_until,centre_lat,centre_lon; all lines or none)."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "import FILE... (nothing: list them)"), u"[import FILE...]"_s);
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() != u"import"_s) {
        context.err << QCoreApplication::translate("Cli", "Expected: chiso units, or chiso units import FILE; found '%1'.").arg(positional.join(u' '))
                    << Qt::endl;
        return Usage;
    }
    if (!positional.isEmpty() && positional.size() == 1) {
        context.err << QCoreApplication::translate("Cli", "Name the CSV file of units to import: chiso units import FILE") << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    if (positional.isEmpty())
        return listUnits(context, *store);
    return importUnits(context, *store, positional.mid(1));
}

} // namespace chiso::cli
