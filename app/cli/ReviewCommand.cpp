// review: the office approves a unit's month (locking it), returns it with a comment, or
// reopens it with the reason; without an action, the month's review history.
#include "CommandLine.h"

#include "report/TextTable.h"
#include "store/Review.h"
#include "store/Store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

QString actionText(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Approve: return QCoreApplication::translate("Cli", "approved");
    case ReviewAction::Return: return QCoreApplication::translate("Cli", "returned");
    case ReviewAction::Reopen: break;
    }
    return QCoreApplication::translate("Cli", "reopened");
}

} // namespace

QString reviewStateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Missing: return QCoreApplication::translate("Cli", "no form");
    case ReviewState::Submitted: return QCoreApplication::translate("Cli", "to review");
    case ReviewState::Returned: return QCoreApplication::translate("Cli", "returned");
    case ReviewState::Approved: break;
    }
    return QCoreApplication::translate("Cli", "approved (locked)");
}

int runReview(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "The office's review of a unit's monthly form: approve it (the month is "
                                                                        "then locked: no change to its figures until it is reopened), return "
                                                                        "it with a comment (the unit sends a new form), or reopen an approved "
                                                                        "month with the reason. Without an action: the month's review history."));
    context.addCommonOptions(parser);
    context.addPeriodOptions(parser);
    parser.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "approve, return or reopen (nothing: the history)"),
                                 u"[approve|return|reopen]"_s);
    parser.addOption({u"unit"_s, QCoreApplication::translate("Cli", "The unit's code."), QCoreApplication::translate("Cli", "code")});
    parser.addOption({u"comment"_s, QCoreApplication::translate("Cli", "Why it is returned or reopened (required for those two)."),
                      QCoreApplication::translate("Cli", "text")});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    std::optional<ReviewAction> action;
    if (!positional.isEmpty()) {
        action = reviewActionFromCode(positional.first());
        if (!action || positional.size() > 1) {
            context.err << QCoreApplication::translate("Cli", "Expected approve, return or reopen, found '%1'.").arg(positional.join(u' '))
                        << Qt::endl;
            return Usage;
        }
    }
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;
    const QString unit = parser.value(u"unit"_s).trimmed().toUpper();
    if (!period || unit.isEmpty()) {
        context.err << QCoreApplication::translate("Cli", "Give --unit, --year and --month.") << Qt::endl;
        return Usage;
    }
    const QString comment = parser.value(u"comment"_s);
    if (action && *action != ReviewAction::Approve && comment.trimmed().isEmpty()) {
        context.err << (*action == ReviewAction::Return
                            ? QCoreApplication::translate("Cli", "A return needs --comment: say what the unit should correct.")
                            : QCoreApplication::translate("Cli", "A reopening needs --comment: say why the approved month is reopened."))
                    << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    if (!store->units().find(unit, *period)) {
        context.err << QCoreApplication::translate("Cli", "There was no unit %1 in %2/%3: list the units with chiso units.")
                           .arg(unit)
                           .arg(period->month)
                           .arg(period->year)
                    << Qt::endl;
        return Failed;
    }
    if (action) {
        const ReviewState state = store->review(unit, *period, *action, comment);
        context.out << QCoreApplication::translate("Cli", "Unit %1's form for %2/%3: %4.")
                           .arg(unit)
                           .arg(period->month)
                           .arg(period->year)
                           .arg(reviewStateText(state))
                    << Qt::endl;
        return Ok;
    }
    const QLocale locale = localeFor(context.language);
    const QList<Review> reviews = store->reviews(unit, *period);
    TextTable table({QCoreApplication::translate("Cli", "When"), QCoreApplication::translate("Cli", "Reviewer"),
                     QCoreApplication::translate("Cli", "Action"), QCoreApplication::translate("Cli", "Comment")});
    for (const Review &review : reviews)
        table.addRow({locale.toString(review.at.toLocalTime(), QLocale::ShortFormat), review.by, actionText(review.action), review.comment});
    if (!reviews.isEmpty())
        context.out << table.render();
    else
        context.out << QCoreApplication::translate("Cli", "No review yet.") << Qt::endl;
    return Ok;
}

} // namespace chiso::cli
