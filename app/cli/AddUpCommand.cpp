// addup: the provinces' figures added up to the country's, beside the national figure; weights:
// what shares are averaged by.
#include "CommandLine.h"

#include "cycle/AddingUp.h"
#include "io/WeightImporter.h"
#include "report/Formatter.h"
#include "report/TextTable.h"
#include "report/UnitsTotalText.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

QString methodCode(const UnitsTotal &t)
{
    return t.method == AddUpMethod::Sum ? u"sum"_s : u"weighted_mean"_s;
}

QByteArray json(const QList<UnitsTotal> &totals, const CheckSettings &settings)
{
    QJsonArray rows;
    for (const UnitsTotal &t : totals) {
        QJsonObject o{{u"indicator"_s, t.indicator.code}, {u"period"_s, t.period.toIsoString()}, {u"method"_s, methodCode(t)},
                      {u"provinces"_s, int(t.provinces.size())}, {u"counted"_s, t.counted}, {u"complete"_s, t.complete()},
                      {u"without_value"_s, QJsonArray::fromStringList(t.withoutValue)},
                      {u"without_weight"_s, QJsonArray::fromStringList(t.withoutWeight)}};
        o.insert(u"weighted_by"_s, t.method == AddUpMethod::WeightedMean ? QJsonValue(t.indicator.weightedBy) : QJsonValue());
        o.insert(u"total"_s, t.counted > 0 ? QJsonValue(t.total) : QJsonValue());
        o.insert(u"national"_s, t.national ? QJsonValue(t.national->value) : QJsonValue());
        o.insert(u"national_source"_s, t.national ? QJsonValue(t.national->source.key()) : QJsonValue());
        const auto gap = t.gap();
        o.insert(u"gap"_s, gap ? QJsonValue(*gap) : QJsonValue());
        o.insert(u"finding"_s, UnitsTotalText::beyondTolerance(t, settings));
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QString table(const QList<UnitsTotal> &totals, const CheckSettings &settings, const Formatter &format)
{
    TextTable table(UnitsTotalText::headers());
    table.setRightAligned({UnitsTotalText::Total, UnitsTotalText::Counted, UnitsTotalText::National, UnitsTotalText::Gap});
    for (const UnitsTotal &t : totals)
        table.addRow(UnitsTotalText::cells(t, settings, format));
    return table.render();
}

} // namespace

int runAddUp(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "The provinces' figures for a month added up to the country's (money and counts summed; shares "
                                        "averaged, weighted by households or population: see chiso weights), beside the national figure "
                                        "that was reported. A complete total beyond the tolerance is a finding (chiso check)."));
    context.addCommonOptions(parser);
    context.addPeriodOptions(parser);
    context.addAsOfOption(parser);
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: table or json."), u"format"_s, u"table"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    QString format;
    if (!context.format(parser, {u"table"_s, u"json"_s}, &format))
        return Usage;
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;
    std::optional<YearMonth> asOf;
    if (!context.asOf(parser, &asOf))
        return Usage;
    auto store = context.openStore();
    if (!period)
        period = asOf ? asOf : store->latestPeriod(u"VN"_s);
    if (!period) {
        context.err << QCoreApplication::translate("Cli", "The database holds no national figure: give --year and --month.") << Qt::endl;
        return Failed;
    }
    const QList<UnitsTotal> totals = addUp(*store, period->year, {period->month}, asOf);
    const CheckSettings settings;
    const Formatter formatter(context.language);
    if (format == u"json"_s) {
        context.out << QString::fromUtf8(json(totals, settings));
    } else {
        context.out << QCoreApplication::translate("Cli", "%1: the provinces added up, beside the national report.").arg(formatter.periodHeading(*period)) << Qt::endl
                    << table(totals, settings, formatter);
    }
    context.out.flush();
    return Ok;
}

int runWeights(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "List the weights the provinces' shares are averaged by when they add up (households, population), "
                                        "or import them: chiso weights import FILE (CSV: basis,region,year,value,source_url,source_title; "
                                        "all lines or none; a stored weight of the same basis, unit and year is replaced)."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "import FILE... (nothing: list them)"), u"[import FILE...]"_s);
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && (positional.first() != u"import"_s || positional.size() == 1)) {
        context.err << QCoreApplication::translate("Cli", "Expected: chiso weights, or chiso weights import FILE; found '%1'.").arg(positional.join(u' ')) << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    if (positional.isEmpty()) {
        const QLocale locale = localeFor(context.language);
        TextTable table({QCoreApplication::translate("Cli", "Basis"), QCoreApplication::translate("Cli", "Code"), QCoreApplication::translate("Cli", "Year"), QCoreApplication::translate("Cli", "Weight"), QCoreApplication::translate("Cli", "Source")});
        table.setRightAligned({2, 3});
        const QList<UnitWeight> weights = store->unitWeights();
        for (const UnitWeight &w : weights)
            table.addRow({w.basis, w.region, QString::number(w.year), locale.toString(w.value, 'f', w.value == std::floor(w.value) ? 0 : 2), w.source.key()});
        context.out << table.render() << QCoreApplication::translate("Cli", "%n weight(s).", nullptr, int(weights.size())) << Qt::endl;
        return Ok;
    }
    WeightImporter importer(*store);
    int result = Ok;
    for (const QString &file : positional.mid(1)) {
        const ImportReport report = importer.importFile(file);
        if (report.committed()) {
            context.out << QCoreApplication::translate("Cli", "%1: %n weight(s) stored.", nullptr, int(report.added)).arg(file) << Qt::endl;
            continue;
        }
        result = Failed;
        for (const ImportIssue &issue : report.issues)
            context.err << issue.toString() << Qt::endl;
        context.err << QCoreApplication::translate("Cli", "%1: refused, %n problem(s); no weight was stored from this file.", nullptr, int(report.issueCount)).arg(file) << Qt::endl;
    }
    return result;
}

} // namespace chiso::cli
