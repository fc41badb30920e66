#include "CommandLine.h"

#include "domain/FigureRules.h"
#include "io/BundledDataset.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::cli {

void Context::addCommonOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"db"_s, QCoreApplication::translate("Cli", "Use the database file or the postgresql://USER@HOST/DATABASE server at <path> instead of your default database."),
                      QCoreApplication::translate("Cli", "path")});
    parser.addOption({u"lang"_s, QCoreApplication::translate("Cli", "Language of the output: vi or en."),
                      QCoreApplication::translate("Cli", "language")});
    parser.addOption({{u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help.")});
}

bool Context::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const
{
    const QString invocation = u"chiso "_s + command;
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl
            << QCoreApplication::translate("Cli", "Run '%1 --help' for the options.").arg(invocation) << Qt::endl;
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt's usage line names the binary as started (a path, without the subcommand).
        QString help = parser.helpText();
        const QString program = arguments.value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), invocation);
        out << help;
        *exitCode = Ok;
        return false;
    }
    return true;
}

void Context::addPeriodOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"year"_s, QCoreApplication::translate("Cli", "Year of the report."), u"YYYY"_s});
    parser.addOption({u"month"_s, QCoreApplication::translate("Cli", "Month of the year-to-date cut-off, 1 to 12."), u"M"_s});
}

void Context::addAsOfOption(QCommandLineParser &parser) const
{
    parser.addOption({u"as-of"_s, QCoreApplication::translate("Cli", "Use only what was known when the briefing for month <YYYY-MM> was prepared."),
                      u"YYYY-MM"_s});
}

void Context::addRegionOption(QCommandLineParser &parser) const
{
    parser.addOption({u"region"_s, QCoreApplication::translate("Cli", "Region code (default VN, the whole country; for a unit's login, its own region)."), u"code"_s,
                      u"VN"_s});
}

bool Context::region(const QCommandLineParser &parser, QString *region) const
{
    const auto normalized = normalizedRegion(parser.value(u"region"_s));
    if (!normalized) {
        err << QCoreApplication::translate("Cli", "--region expects a region code of letters and digits such as VN; found '%1'.")
                   .arg(parser.value(u"region"_s))
            << Qt::endl;
        return false;
    }
    *region = *normalized;
    return true;
}

void Context::defaultToLoginsRegion(const QCommandLineParser &parser, const Store &store, QString *region) const
{
    const Login &login = store.login();
    if (!parser.isSet(u"region"_s) && login.role == Login::Role::Unit && !login.region.isEmpty())
        *region = login.region;
}

bool Context::holdsRegion(const Store &store, const QString &region) const
{
    if (store.holdsFigures(region))
        return true;
    // The server shows a unit's login no other region's rows: say so rather than "none".
    const Login &login = store.login();
    if (login.role == Login::Role::Unit && region != login.region && region != u"VN"_s) {
        err << QCoreApplication::translate("Cli", "The login %1 reads only region %2's figures and the national ones (VN), not region %3's.")
                   .arg(login.name, login.region, region)
            << Qt::endl;
        return false;
    }
    const QStringList regions = store.regions();
    if (regions.isEmpty()) {
        err << QCoreApplication::translate("Cli", "The database holds no figures yet: import some with 'chiso import FILE.csv'.") << Qt::endl;
        return false;
    }
    // A ministry's database holds hundreds of units: the first few say what codes look like.
    constexpr qsizetype shown = 12;
    QString list = regions.mid(0, shown).join(u", "_s);
    if (regions.size() > shown)
        list += QCoreApplication::translate("Cli", " and %n more", nullptr, int(regions.size() - shown));
    err << QCoreApplication::translate("Cli", "The database holds no figures for region %1. Regions with figures: %2.").arg(region, list)
        << Qt::endl;
    return false;
}

bool Context::format(const QCommandLineParser &parser, const QStringList &allowed, QString *format) const
{
    *format = parser.value(u"format"_s);
    if (allowed.contains(*format))
        return true;
    err << (allowed.size() == 3 ? QCoreApplication::translate("Cli", "Unknown format '%1': choose table, csv or json.")
                                : QCoreApplication::translate("Cli", "Unknown format '%1': choose table or json."))
               .arg(*format)
        << Qt::endl;
    return false;
}

bool Context::period(const QCommandLineParser &parser, std::optional<YearMonth> *period) const
{
    if (parser.isSet(u"year"_s) != parser.isSet(u"month"_s)) {
        err << QCoreApplication::translate("Cli", "Give --year and --month together (or neither, for the latest month).") << Qt::endl;
        return false;
    }
    if (!parser.isSet(u"year"_s))
        return true;
    const YearMonth ym{parser.value(u"year"_s).toInt(), parser.value(u"month"_s).toInt()};
    if (!ym.isValid()) {
        err << QCoreApplication::translate("Cli", "--year expects a year from 1900 to 2100 and --month a month from 1 to 12.") << Qt::endl;
        return false;
    }
    *period = ym;
    return true;
}

bool Context::asOf(const QCommandLineParser &parser, std::optional<YearMonth> *asOf) const
{
    if (!parser.isSet(u"as-of"_s))
        return true;
    *asOf = YearMonth::parse(parser.value(u"as-of"_s));
    if (!*asOf) {
        err << QCoreApplication::translate("Cli", "--as-of expects a month as YYYY-MM, such as 2024-06; found '%1'.")
                   .arg(parser.value(u"as-of"_s))
            << Qt::endl;
        return false;
    }
    return true;
}

std::unique_ptr<Store> Context::openStore() const
{
    if (database)
        return Store::open(*database);
    bool created = false;
    auto store = openDefaultDatabase(&created);
    if (created)
        err << QCoreApplication::translate("Cli", "Created your database with the bundled dataset: %1").arg(store->location())
            << Qt::endl;
    return store;
}

} // namespace chiso::cli
