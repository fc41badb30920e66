// chiso: the desktop window without arguments; subcommands for scripts and for machines with no display.
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


/// The --lang value wherever it stands (it changes every message, the help included).
std::optional<QString> languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang"_s && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="_s))
            return arguments[i].mid(7);
    }
    return std::nullopt;
}

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
        {"init", QCoreApplication::translate("Cli", "create a database (with the bundled dataset unless --empty)")},
    };
    const QList<std::pair<QString, QString>> options = {
        {QCoreApplication::translate("Cli", "--db <path>"), QCoreApplication::translate("Cli", "use this database instead of your default one")},
        {u"--lang <vi|en>"_s, QCoreApplication::translate("Cli", "language of the output (default: the system's)")},
        {u"-h, --help"_s, QCoreApplication::translate("Cli", "help for a command: chiso report --help")},
        {u"--version"_s, QCoreApplication::translate("Cli", "the version of Chỉ Số")},
        {u"--as-of <YYYY-MM>"_s, QCoreApplication::translate("Cli", "window: open on this month")},
        {QCoreApplication::translate("Cli", "--screenshot <file.png>"),
         QCoreApplication::translate("Cli", "window: render a view to PNG and exit (--view dashboard|indicator:CODE|overview|table|entry, --size 1400x900)")},
    };
    QString out = QCoreApplication::translate("Cli", "Usage: chiso [command] [options]") + u"\n\n"_s
                  + QCoreApplication::translate("Cli", "Chỉ Số: the monthly key indicators of the information and communications sector, "
                                                       "checked against the plan, last year and other sources.")
                  + u"\n\n"_s
                  + QCoreApplication::translate("Cli", "Without a command, opens the desktop window; on a machine with no display, prints "
                                                       "the report for the latest month and writes its briefing PDF.")
                  + u"\n\n"_s + QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const auto &[name, text] : commands)
        out += u"  %1 %2\n"_s.arg(QString::fromLatin1(name), -9).arg(text);
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
    {
        QStringList raw;
        for (int i = 0; i < argc; ++i)
            raw.append(QString::fromLocal8Bit(argv[i]));
        if (gui::wantsWindow(raw))
            return gui::runWindow(argc, argv);
    }
    // The briefing draws charts: it needs a QApplication, on the offscreen platform if need be.
    const bool drawsCharts = [&] {
        if (argc > 1 && QByteArrayView(argv[1]) == "briefing")
            return true;
        return argc == 1 || (argc > 1 && argv[1][0] == '-' && !QByteArrayView(argv[1]).startsWith("-h")
                             && QByteArrayView(argv[1]) != "--help" && QByteArrayView(argv[1]) != "--version");
    }();
    if (drawsCharts && !gui::hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawsCharts ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"chiso"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHISO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    Language language = systemLanguage();
    if (const auto code = languageArgument(arguments)) {
        const auto chosen = languageFromCode(*code);
        if (!chosen) {
            err << u"--lang: expected vi or en, found '%1'"_s.arg(*code) << Qt::endl;
            return cli::Usage;
        }
        language = *chosen;
    }
    installTranslator(language);
    cli::Context context(language, out, err);

    const QString command = arguments.size() > 1 && !arguments[1].startsWith(u'-') ? arguments[1] : QString();
    try {
        using Command = int (*)(cli::Context &, const QStringList &);
        static const QHash<QString, Command> commands = {
            {u"report"_s, cli::runReport},     {u"import"_s, cli::runImport},     {u"export"_s, cli::runExport},
            {u"forecast"_s, cli::runForecast}, {u"backtest"_s, cli::runBacktest}, {u"template"_s, cli::runTemplate},
            {u"check"_s, cli::runCheck},       {u"briefing"_s, cli::runBriefing}, {u"init"_s, cli::runInit},
        };
        if (const Command run = commands.value(command)) {
            context.command = command;
            return run(context, arguments.mid(0, 1) + arguments.mid(2)); // the command's own parser skips its name
        }
        if (!command.isEmpty()) {
            err << QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(command) << Qt::endl << topLevelHelp();
            return cli::Usage;
        }
        if (arguments.contains(u"--version"_s)) {
            out << u"chiso %1"_s.arg(QCoreApplication::applicationVersion()) << Qt::endl;
            return cli::Ok;
        }
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            out << topLevelHelp();
            return cli::Ok;
        }
        return cli::runHeadlessDefault(context);
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return cli::Failed;
    }
}
