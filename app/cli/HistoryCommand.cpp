// history: who changed which figure, plan, stated figure or acknowledgement, when, from what to what.
#include "CommandLine.h"

#include "report/HistoryText.h"
#include "store/History.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace chiso::cli {

int runHistory(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Every change to a figure, plan, stated figure or acknowledgement, oldest first: when (UTC), by which login "
               "(on a file: the operating-system user), what, and the value before and after. On a server the database "
               "records it itself, whatever program made the change."));
    context.addCommonOptions(parser);
    parser.addOption({u"indicator"_s, QCoreApplication::translate("Cli", "Only this indicator's changes (its code)."), u"code"_s});
    parser.addOption({u"region"_s, QCoreApplication::translate("Cli", "Only this region's changes."), u"code"_s});
    parser.addOption({u"since"_s, QCoreApplication::translate("Cli", "Only changes from this day on (YYYY-MM-DD, UTC)."), u"date"_s});
    parser.addOption({u"limit"_s, QCoreApplication::translate("Cli", "At most this many of the latest changes (default 1000; 0: all)."),
                      u"N"_s, u"1000"_s});
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: table, csv or json."), u"format"_s, u"table"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    QString format;
    if (!context.format(parser, {u"table"_s, u"csv"_s, u"json"_s}, &format))
        return Usage;
    HistoryFilter filter;
    filter.indicator = parser.value(u"indicator"_s);
    if (parser.isSet(u"region"_s) && !context.region(parser, &filter.region))
        return Usage;
    if (parser.isSet(u"since"_s)) {
        const QDate since = QDate::fromString(parser.value(u"since"_s), Qt::ISODate);
        if (!since.isValid()) {
            context.err << QCoreApplication::translate("Cli", "--since expects a day as YYYY-MM-DD; found '%1'.").arg(parser.value(u"since"_s))
                        << Qt::endl;
            return Usage;
        }
        filter.since = since;
    }
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (!ok || limit < 0) {
        context.err << QCoreApplication::translate("Cli", "--limit expects a whole number from 0 up; found '%1'.").arg(parser.value(u"limit"_s))
                    << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    if (!filter.indicator.isEmpty() && !store->indicator(filter.indicator)) {
        context.err << QCoreApplication::translate("Cli", "--indicator: there is no indicator '%1'.").arg(filter.indicator) << Qt::endl;
        return Usage;
    }
    const QList<HistoryChange> changes = readHistory(*store, filter, limit);
    if (format == u"csv"_s) {
        context.out << historyCsv(changes);
        return Ok;
    }
    if (format == u"json"_s) {
        context.out << QString::fromUtf8(historyJson(changes));
        return Ok;
    }
    for (const HistoryChange &change : changes) {
        const HistoryLine line = describeChange(change, store->indicators(), context.language);
        QString values;
        if (!line.before.isEmpty() && !line.after.isEmpty())
            values = u"%1 → %2"_s.arg(line.before, line.after);
        else
            values = line.before.isEmpty() ? line.after : line.before;
        context.out << u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(line.at, line.login, line.action, line.what, values, line.source) << Qt::endl;
    }
    if (changes.isEmpty())
        context.out << QCoreApplication::translate("Cli", "No changes recorded for this choice.") << Qt::endl;
    return Ok;
}

} // namespace chiso::cli
