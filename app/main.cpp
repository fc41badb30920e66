// chiso: the desktop window without arguments; subcommands for scripts and for machines with no display.
#include "cli/CommandLine.h"
#include "gui/WindowMain.h"

#include "i18n/Language.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCoreApplication>
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
    return QCoreApplication::translate("Cli", "Usage: chiso [command] [options]\n"
              "\n"
              "Chỉ Số: the monthly key indicators of the information and communications sector,\n"
              "checked against the plan, last year and other sources.\n"
              "\n"
              "Without a command, opens the desktop window; on a machine with no display, prints\n"
              "the report for the latest month and writes its briefing PDF.\n"
              "\n"
              "Commands:\n"
              "  report   the monthly table of key indicators\n"
              "  forecast year-end forecasts with intervals and the chance of meeting the plan\n"
              "  backtest how well each forecasting method did in earlier years\n"
              "  briefing the monthly briefing as a PDF (charts, table, summary, sources)\n"
              "  import   import figures from CSV files\n"
              "  export   export every figure with its source as CSV\n"
              "  init     create a database (with the bundled dataset unless --empty)\n"
              "\n"
              "Options for every command:\n"
              "  --db <path>        use this database instead of your default one\n"
              "  --lang <vi|en>     language of the output (default: the system's)\n"
              "  -h, --help         help for a command: chiso report --help\n"
              "  --version          the version of Chỉ Số\n"
              "\n"
              "Window options:\n"
              "  --as-of <YYYY-MM>  open on this month\n"
              "  --screenshot <file.png> [--view dashboard|indicator:CODE|overview|table|entry]\n"
              "                     [--size 1400x900]  render a view to PNG and exit\n");
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
        if (command == u"report"_s)
            return cli::runReport(context, arguments.mid(0, 1) + arguments.mid(2));
        if (command == u"import"_s)
            return cli::runImport(context, arguments.mid(0, 1) + arguments.mid(2));
        if (command == u"export"_s)
            return cli::runExport(context, arguments.mid(0, 1) + arguments.mid(2));
        if (command == u"forecast"_s)
            return cli::runForecast(context, arguments.mid(0, 1) + arguments.mid(2));
        if (command == u"backtest"_s)
            return cli::runBacktest(context, arguments.mid(0, 1) + arguments.mid(2));
        if (command == u"briefing"_s)
            return cli::runBriefing(context, arguments.mid(0, 1) + arguments.mid(2));
        if (command == u"init"_s)
            return cli::runInit(context, arguments.mid(0, 1) + arguments.mid(2));
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
