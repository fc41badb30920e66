#pragma once

#include "domain/YearMonth.h"
#include "i18n/Language.h"
#include "store/Review.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace chiso {
class Store;
}

namespace chiso::cli {

/// What every subcommand shares: the language, the database option and the output streams.
class Context
{
public:
    Context(Language language, QTextStream &out, QTextStream &err)
        : language(language), out(out), err(err) {}

    Language language;
    QTextStream &out;
    QTextStream &err;
    QString command; ///< the subcommand being run ("report"), for its help and messages
    std::optional<QString> database; ///< --db, before or after the command (GlobalOptions)

    /// Adds --db and --lang (and --help) to a subcommand's parser.
    void addCommonOptions(QCommandLineParser &parser) const;
    /// Parses a subcommand's arguments; false (after printing why, or the help) if it should stop.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode) const;
    /// Adds --year and --month (read them with period()).
    void addPeriodOptions(QCommandLineParser &parser) const;
    /// Adds --as-of (read it with asOf()).
    void addAsOfOption(QCommandLineParser &parser) const;
    /// Reads --format; false (after saying which are allowed) if it is none of `allowed`.
    bool format(const QCommandLineParser &parser, const QStringList &allowed, QString *format) const;
    /// Reads --year and --month (given together, or neither); false (after saying why) if wrong.
    bool period(const QCommandLineParser &parser, std::optional<YearMonth> *period) const;
    /// Reads --as-of (YYYY-MM) where given; false (after saying why) if it is malformed.
    bool asOf(const QCommandLineParser &parser, std::optional<YearMonth> *asOf) const;
    /// Adds --region (read it with region()).
    void addRegionOption(QCommandLineParser &parser) const;
    /// Reads --region (VN if not given) in its stored form; false (after saying why) if it is
    /// not a region code.
    bool region(const QCommandLineParser &parser, QString *region) const;
    /// Where --region was not given, a unit's login reads its own region (as its window opens
    /// on it), not the country's.
    void defaultToLoginsRegion(const QCommandLineParser &parser, const Store &store, QString *region) const;
    /// Whether the database holds any figure, plan or stated figure of `region`; if not, says
    /// so, naming the regions it does hold (or that it holds none at all).
    bool holdsRegion(const Store &store, const QString &region) const;
    /// Opens --db (read once, wherever it stood, into `database`), or the user's default
    /// database (created with the bundled dataset on first use).
    std::unique_ptr<Store> openStore() const;
};

/// A month's review state in words (the submissions table, the review command).
QString reviewStateText(ReviewState state);

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int runInit(Context &context, const QStringList &arguments);
int runReport(Context &context, const QStringList &arguments);
int runImport(Context &context, const QStringList &arguments);
int runExport(Context &context, const QStringList &arguments);
int runForecast(Context &context, const QStringList &arguments);
int runBacktest(Context &context, const QStringList &arguments);
int runBriefing(Context &context, const QStringList &arguments);
int runCheck(Context &context, const QStringList &arguments);
int runTemplate(Context &context, const QStringList &arguments);
int runServer(Context &context, const QStringList &arguments);
int runDatabase(Context &context, const QStringList &arguments);
int runHistory(Context &context, const QStringList &arguments);
int runUnits(Context &context, const QStringList &arguments);
int runSubmissions(Context &context, const QStringList &arguments);
int runAddUp(Context &context, const QStringList &arguments);
int runWeights(Context &context, const QStringList &arguments);
int runReview(Context &context, const QStringList &arguments);
/// The latest month's briefing PDF in the user's data folder (needs a QApplication).
int writeDefaultBriefing(Context &context);

/// The report for the latest month in the user's database, for a machine with no display.
int runHeadlessDefault(Context &context);

} // namespace chiso::cli
