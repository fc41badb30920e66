// server init and db copy: preparing a server's database, and moving a whole database
// between a file and a server.
#include "CommandLine.h"

#include "store/DatabaseAddress.h"
#include "store/DatabaseCopy.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

/// The action after the command (`server init`), or an empty string after saying what is expected.
QString actionOf(Context &context, const QCommandLineParser &parser, const QString &expected)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && positional.first() == expected)
        return expected;
    context.err << QCoreApplication::translate("Cli", "Expected: chiso %1 %2; found '%3'.")
                       .arg(context.command, expected, positional.join(u' '))
                << Qt::endl;
    return {};
}

} // namespace

int runServer(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "init: prepare a PostgreSQL database for Chỉ Số (the schema and the "
                                                                        "indicator catalogue in an empty database, or the migrations an "
                                                                        "older one lacks). Give the server with --db postgresql://USER@HOST[:PORT]/DATABASE; "
                                                                        "the password comes from ~/.pgpass or PGPASSWORD."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "init"));
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    if (actionOf(context, parser, u"init"_s).isEmpty())
        return Usage;
    if (!context.database || !DatabaseAddress::namesServer(*context.database)) {
        context.err << QCoreApplication::translate("Cli", "chiso server init needs --db postgresql://USER@HOST[:PORT]/DATABASE "
                                                          "(a file is created with chiso init).")
                    << Qt::endl;
        return Usage;
    }
    QString error;
    const auto address = DatabaseAddress::parse(*context.database, &error);
    if (!address) {
        context.err << error << Qt::endl;
        return Usage;
    }
    auto store = Store::prepareServer(*address);
    const Store::Counts counts = store->counts();
    context.out << QCoreApplication::translate("Cli", "%1 is ready: schema version %2, %n indicator(s), ", nullptr, int(store->indicators().size()))
                       .arg(store->location())
                       .arg(currentSchemaVersion())
                << QCoreApplication::translate("Cli", "%n figure(s).", nullptr, counts.values) << Qt::endl;
    return Ok;
}

int runDatabase(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "copy: copy a whole database (figures, plans, stated figures, sources, "
                                                                        "entries, acknowledgements) from a file or server into a new file "
                                                                        "or an empty server database, in one transaction."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "copy"));
    parser.addOption({u"from"_s, QCoreApplication::translate("Cli", "The database to copy: a file or postgresql://…"), u"DATABASE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("Cli", "Where to copy it: a new file or an empty postgresql://… database."), u"DATABASE"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    if (actionOf(context, parser, u"copy"_s).isEmpty())
        return Usage;
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s)) {
        context.err << QCoreApplication::translate("Cli", "chiso db copy needs --from DATABASE and --to DATABASE.") << Qt::endl;
        return Usage;
    }
    auto source = Store::open(parser.value(u"from"_s));
    const qint64 rows = copyDatabase(*source, parser.value(u"to"_s));
    context.out << QCoreApplication::translate("Cli", "Copied %1 to %2: %n row(s).", nullptr, int(rows))
                       .arg(source->location(), parser.value(u"to"_s))
                << Qt::endl;
    return Ok;
}

} // namespace chiso::cli
