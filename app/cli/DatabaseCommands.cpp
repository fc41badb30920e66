// server init, add-user, remove-user, list-users and db copy: preparing a server's database,
// its logins, and moving a whole database between a file and a server.
#include "CommandLine.h"

#include "report/TextTable.h"
#include "store/DatabaseAddress.h"
#include "store/DatabaseCopy.h"
#include "store/Logins.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

/// The action after the command (`server init`), or an empty string after saying what is expected.
QString actionOf(Context &context, const QCommandLineParser &parser, const QStringList &expected, int arguments = 1)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && expected.contains(positional.first()) && positional.size() == arguments)
        return positional.first();
    context.err << QCoreApplication::translate("Cli", "Expected: chiso %1 %2; found '%3'.")
                       .arg(context.command, expected.join(u'|'), positional.join(u' '))
                << Qt::endl;
    return {};
}

QString actionOf(Context &context, const QCommandLineParser &parser, const QString &expected)
{
    return actionOf(context, parser, QStringList{expected});
}

/// A password's line as typed: spaces are part of it, the line's end is not.
QString withoutLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/// A line typed on the terminal without showing it.
QString readHidden()
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(input, &mode);
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios hidden = saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
#endif
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QString line = withoutLineEnd(in.readLine());
#ifdef Q_OS_WIN
    SetConsoleMode(input, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fputs("\n", stderr);
    return line;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

/// The new login's password: a line of standard input with --password-stdin, typed twice on
/// a terminal, or none (the server authenticates it otherwise: a certificate, peer, LDAP).
bool readPassword(Context &context, const QCommandLineParser &parser, const QString &login, std::optional<QString> *password)
{
    if (parser.isSet(u"password-stdin"_s)) {
        QFile in;
        (void)in.open(stdin, QIODevice::ReadOnly);
        *password = withoutLineEnd(in.readLine());
        if (password->value().isEmpty()) {
            context.err << QCoreApplication::translate("Cli", "--password-stdin read an empty line: no password was set.") << Qt::endl;
            return false;
        }
        return true;
    }
    if (!stdinIsTerminal())
        return true;
    context.err << QCoreApplication::translate("Cli", "Password for %1 (empty: none): ").arg(login) << Qt::flush;
    const QString first = readHidden();
    if (first.isEmpty())
        return true;
    context.err << QCoreApplication::translate("Cli", "The same password again: ") << Qt::flush;
    if (readHidden() != first) {
        context.err << QCoreApplication::translate("Cli", "The two passwords differ: nothing was changed.") << Qt::endl;
        return false;
    }
    *password = first;
    return true;
}

QString roleName(Login::Role role)
{
    switch (role) {
    case Login::Role::Office: return QCoreApplication::translate("Cli", "office");
    case Login::Role::Unit: return QCoreApplication::translate("Cli", "unit");
    case Login::Role::Reader: return QCoreApplication::translate("Cli", "reader");
    case Login::Role::None: break;
    }
    return QCoreApplication::translate("Cli", "none");
}

int runLogins(Context &context, const QCommandLineParser &parser, const QString &action)
{
    auto store = context.openStore();
    if (action == u"list-users"_s) {
        const QList<logins::Record> records = logins::list(*store);
        const QLocale locale = localeFor(context.language);
        TextTable table({QCoreApplication::translate("Cli", "Login"), QCoreApplication::translate("Cli", "Role"),
                         QCoreApplication::translate("Cli", "Region"), QCoreApplication::translate("Cli", "Added on"),
                         QCoreApplication::translate("Cli", "Added by")});
        for (const logins::Record &r : records) {
            // A unit's region with its latest name (a code may have had several lives).
            QString region = r.region;
            if (const QList<const ReportingUnit *> lives = store->units().withCode(r.region); !lives.isEmpty())
                region += u' ' + lives.last()->name(context.language);
            const QDateTime added = QDateTime::fromString(r.addedAt, Qt::ISODate);
            table.addRow({r.login, roleName(r.role), region, added.isValid() ? locale.toString(added.toLocalTime(), QLocale::ShortFormat) : r.addedAt,
                          r.addedBy});
        }
        if (!records.isEmpty())
            context.out << table.render();
        if (records.isEmpty())
            context.out << QCoreApplication::translate("Cli", "%1 has no logins yet but its owner's: add them with chiso server add-user.")
                               .arg(store->location())
                        << Qt::endl;
        return Ok;
    }
    const QString name = parser.positionalArguments().at(1);
    if (action == u"remove-user"_s) {
        logins::remove(*store, name);
        context.out << QCoreApplication::translate("Cli", "%1 has no rights in %2 any more.").arg(name, store->location()) << Qt::endl;
        return Ok;
    }
    const auto role = roleFromCode(parser.value(u"role"_s));
    if (!role) {
        context.err << QCoreApplication::translate("Cli", "--role must be office, unit or reader; found '%1'.").arg(parser.value(u"role"_s)) << Qt::endl;
        return Usage;
    }
    QString region;
    if (parser.isSet(u"region"_s) && !context.region(parser, &region))
        return Usage;
    std::optional<QString> password;
    if (!readPassword(context, parser, name, &password))
        return Usage;
    logins::add(*store, name, *role, region, password);
    context.out << (region.isEmpty() ? QCoreApplication::translate("Cli", "%1 now has the role %2 in %3.").arg(name, roleName(*role), store->location())
                                     : QCoreApplication::translate("Cli", "%1 is now the login of unit %2 in %3.").arg(name, region, store->location()))
                << Qt::endl;
    return Ok;
}

} // namespace

int runServer(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "init: prepare a PostgreSQL database for Chỉ Số (the schema and the "
                                                                        "indicator catalogue in an empty database, or the migrations an "
                                                                        "older one lacks). Give the server with --db postgresql://USER@HOST[:PORT]/DATABASE; "
                                                                        "the password comes from ~/.pgpass or PGPASSWORD.\n"
                                                                        "add-user NAME --role office|unit|reader [--region CODE]: give a login "
                                                                        "rights in the database (a unit's login writes only its region's figures, "
                                                                        "plans and stated figures; a reader reads). remove-user NAME, list-users. "
                                                                        "Run by an office login; the server enforces the rights."));
    context.addCommonOptions(parser);
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "init, add-user, remove-user or list-users"));
    parser.addOption({u"role"_s, QCoreApplication::translate("Cli", "add-user: office, unit or reader."), u"ROLE"_s});
    context.addRegionOption(parser);
    parser.addOption({u"password-stdin"_s, QCoreApplication::translate("Cli", "add-user: read the login's password from the first line of "
                                                                              "standard input (on a terminal it is asked for).")});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    const QString first = parser.positionalArguments().value(0);
    const bool namesUser = first == u"add-user"_s || first == u"remove-user"_s;
    const QString action = actionOf(context, parser, {u"init"_s, u"add-user"_s, u"remove-user"_s, u"list-users"_s}, namesUser ? 2 : 1);
    if (action.isEmpty())
        return Usage;
    if (!context.database || !DatabaseAddress::namesServer(*context.database)) {
        context.err << QCoreApplication::translate("Cli", "chiso server %1 needs --db postgresql://USER@HOST[:PORT]/DATABASE "
                                                          "(a file is created with chiso init, and has no logins).")
                           .arg(action)
                    << Qt::endl;
        return Usage;
    }
    if (action == u"add-user"_s && !parser.isSet(u"role"_s)) {
        context.err << QCoreApplication::translate("Cli", "chiso server add-user needs --role office|unit|reader.") << Qt::endl;
        return Usage;
    }
    if (action != u"init"_s)
        return runLogins(context, parser, action);
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
