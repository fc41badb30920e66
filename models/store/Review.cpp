#include "Review.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chiso {

QString reviewActionCode(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Approve: return u"approve"_s;
    case ReviewAction::Return: return u"return"_s;
    case ReviewAction::Reopen: break;
    }
    return u"reopen"_s;
}

std::optional<ReviewAction> reviewActionFromCode(const QString &code)
{
    for (ReviewAction action : {ReviewAction::Approve, ReviewAction::Return, ReviewAction::Reopen}) {
        if (reviewActionCode(action) == code)
            return action;
    }
    return std::nullopt;
}

QString reviewStateCode(ReviewState state)
{
    switch (state) {
    case ReviewState::Missing: return u"missing"_s;
    case ReviewState::Submitted: return u"submitted"_s;
    case ReviewState::Returned: return u"returned"_s;
    case ReviewState::Approved: break;
    }
    return u"approved"_s;
}

ReviewState reviewState(const std::optional<Review> &latest, qint64 latestSubmission)
{
    if (latestSubmission == 0)
        return ReviewState::Missing;
    if (!latest)
        return ReviewState::Submitted;
    switch (latest->action) {
    case ReviewAction::Approve: return ReviewState::Approved;
    case ReviewAction::Return: return latestSubmission > latest->submission ? ReviewState::Submitted : ReviewState::Returned;
    case ReviewAction::Reopen: break;
    }
    return ReviewState::Submitted;
}

QString lockedMonthText(const QString &unit, YearMonth period)
{
    return QCoreApplication::translate("Review", "unit %1's form for %2/%3 is approved and locked; the office must reopen it first")
        .arg(unit)
        .arg(period.month)
        .arg(period.year);
}

QString lockedMonthRefusal(const QString &databaseText)
{
    if (!databaseText.contains(u"is approved and locked"_s))
        return {};
    // PostgreSQL's trigger names the month; SQLite's RAISE takes only a constant.
    static const QRegularExpression named(u"unit (\\S+)'s form for (\\d+)/(\\d+) is approved"_s);
    const QRegularExpressionMatch match = named.match(databaseText);
    const QString why = match.hasMatch() ? lockedMonthText(match.captured(1), {match.captured(3).toInt(), match.captured(2).toInt()})
                                         : QCoreApplication::translate("Review", "this unit's form for the month is approved and locked; "
                                                                                 "the office must reopen it first");
    return QCoreApplication::translate("Review", "Nothing was stored: %1.").arg(why);
}

} // namespace chiso
