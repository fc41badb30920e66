// chiso: the desktop window without arguments; subcommands for scripts and for machines with no display.
#include "GlobalOptions.h"
#include "cli/CommandLine.h"
#include "gui/WindowMain.h"

#include "i18n/Language.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;
using namespace chiso;

namespace {


QString topLevelHelp()
{
    // One message per line or entry, so that a new command costs one new translation.
    const QList<std::pair<const char *, QString>> commands = {
        {"report", QCoreApplication::translate("Cli", "the monthly table of key indicators")},
        {"forecast", QCoreApplication::translate("Cli", "year-end forecasts with intervals and the chance of meeting the plan")},
        {"backtest", QCoreApplication::translate("Cli", "how well each forecasting method did in earlier years")},
        {"briefing", QCoreApplication::translate("Cli", "the monthly briefing as a PDF (charts, table, summary, sources)")},
        {"check", QCoreApplication::translate("Cli", "figures that do not add up: stated vs computed, sources, revisions")},
        {"import", QCoreApplication::translate("Cli", "import figures from CSV files or Excel workbooks")},
        {"export", QCoreApplication::translate("Cli", "export every figure with its source as CSV or Excel")},
        {"template", QCoreApplication::translate("Cli", "the monthly form as an Excel workbook, to fill in and import")},
        {"units", QCoreApplication::translate("Cli", "the reporting units; units import FILE adds the office's own")},
        {"submissions", QCoreApplication::translate("Cli", "a month's forms: on time, late, missing, complete; who to chase")},
        {"init", QCoreApplication::translate("Cli", "create a database (with the bundled dataset unless --empty)")},
        {"server init", QCoreApplication::translate("Cli", "prepare a PostgreSQL database (--db postgresql://USER@HOST/DATABASE)")},
        {"server add-user", QCoreApplication::translate("Cli", "give a login rights on a server: NAME --role office|unit|reader [--region CODE]; also remove-user, list-users")},
        {"history", QCoreApplication::translate("Cli", "who changed which figure, when, from what to what")},
        {"db copy", QCoreApplication::translate("Cli", "copy a whole database: --from DATABASE --to DATABASE")},
    };
    const QList<std::pair<QString, QString>> options = {
        {QCoreApplication::translate("Cli", "--db <file|postgresql://…>"), QCoreApplication::translate("Cli", "use this database file or server instead of your default database")},
        {u"--lang <vi|en>"_s, QCoreApplication::translate("Cli", "language of the output (default: the system's)")},
        {u"-h, --help"_s, QCoreApplication::translate("Cli", "help for a command: chiso report --help")},
        {u"--version"_s, QCoreApplication::translate("Cli", "the version of Chỉ Số")},
        {u"--as-of <YYYY-MM>"_s, QCoreApplication::translate("Cli", "window: open on this month")},
        {QCoreApplication::translate("Cli", "--region <code>"), QCoreApplication::translate("Cli", "the region to show, in the window and every command (default VN)")},
        {QCoreApplication::translate("Cli", "--screenshot <file.png>"),
         QCoreApplication::translate("Cli", "window: render a view to PNG and exit (--view dashboard|indicator:CODE|overview|table|entry|findings|submissions, --size 1400x900, each side 200 to 10000)")},
    };
    QString out = QCoreApplication::translate("Cli", "Usage: chiso [command] [options]") + u"\n\n"_s
                  + QCoreApplication::translate("Cli", "Chỉ Số: the monthly key indicators of the information and communications sector, "
                                                       "checked against the plan, last year and other sources.")
                  + u"\n\n"_s
                  + QCoreApplication::translate("Cli", "Without a command, opens the desktop window; on a machine with no display, prints "
                                                       "the report for the latest month and writes its briefing PDF.")
                  + u"\n\n"_s + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const auto &[name, text] : commands)
        out += u"  %1 %2\n"_s.arg(QString::fromLatin1(name), -11).arg(text);
    out += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n';
    for (const auto &[name, text] : options)
        out += u"  %1 %2\n"_s.arg(name, -24).arg(text);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    const GlobalOptions options = [&] {
        QStringList raw;
        for (int i = 0; i < argc; ++i)
            raw.append(QString::fromLocal8Bit(argv[i]));
        return parseGlobalOptions(raw);
    }();
    if (options.error.isEmpty() && gui::wantsWindow(options))
        return gui::runWindow(argc, argv, options);
    // The briefing and the headless default draw charts: they need a QApplication, on the
    // offscreen platform if need be.
    const bool drawsCharts = options.command == u"briefing"_s || (options.command.isEmpty() && !options.help && !options.version);
    if (drawsCharts && !gui::hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawsCharts ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"chiso"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHISO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    Language language = systemLanguage();
    if (options.lang) {
        const auto chosen = languageFromCode(*options.lang);
        if (!chosen) {
            err << u"--lang: expected vi or en, found '%1'"_s.arg(*options.lang) << Qt::endl;
            return cli::Usage;
        }
        language = *chosen;
    }
    installTranslator(language);
    if (!options.error.isEmpty()) {
        err << options.error << Qt::endl;
        return cli::Usage;
    }
    cli::Context context(language, out, err);
    context.database = options.db;

    try {
        using Command = int (*)(cli::Context &, const QStringList &);
        static const QHash<QString, Command> commands = {
            {u"report"_s, cli::runReport},     {u"import"_s, cli::runImport},     {u"export"_s, cli::runExport},
            {u"forecast"_s, cli::runForecast}, {u"backtest"_s, cli::runBacktest}, {u"template"_s, cli::runTemplate},
            {u"check"_s, cli::runCheck},       {u"briefing"_s, cli::runBriefing}, {u"init"_s, cli::runInit},
            {u"server"_s, cli::runServer},     {u"db"_s, cli::runDatabase},       {u"history"_s, cli::runHistory},
            {u"units"_s, cli::runUnits},       {u"submissions"_s, cli::runSubmissions},
        };
        if (const Command run = commands.value(options.command)) {
            context.command = options.command;
            return run(context, options.commandArguments); // the command's own parser skips the program
        }
        if (!options.command.isEmpty()) {
            err << QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(options.command) << Qt::endl << topLevelHelp();
            return cli::Usage;
        }
        if (options.version) {
            out << u"chiso %1"_s.arg(QCoreApplication::applicationVersion()) << Qt::endl;
            return cli::Ok;
        }
        if (options.help) {
            out << topLevelHelp();
            return cli::Ok;
        }
        return cli::runHeadlessDefault(context);
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return cli::Failed;
    }
}
