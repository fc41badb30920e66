#pragma once

#include "domain/YearMonth.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace chiso {

/// What the office did with a unit's monthly form: approved it (the month is locked), returned
/// it with a comment (a new form is awaited), or reopened an approved month (with the reason).
/// The review table keeps every action, in order; nothing is changed or removed.
enum class ReviewAction { Approve, Return, Reopen };
QString reviewActionCode(ReviewAction action);
std::optional<ReviewAction> reviewActionFromCode(const QString &code);

/// Where a unit's month stands for the office.
enum class ReviewState {
    Missing,   ///< no form in
    Submitted, ///< a form in that no action has judged yet (also after a return or a reopening)
    Returned,  ///< returned; no new form since
    Approved,  ///< approved and locked
};
QString reviewStateCode(ReviewState state);

struct Review {
    qint64 id = 0;
    QString unit;
    YearMonth period;
    ReviewAction action = ReviewAction::Approve;
    QString comment; ///< a return's comment, a reopening's reason; may be empty for an approval
    QDateTime at;    ///< UTC
    QString by;
    qint64 submission = 0; ///< the latest form of the month when the action was taken
};

/// The state from the month's latest action and its latest form's id (0: none). A form that
/// came in after a return is a new submission: its id is larger than the one returned.
ReviewState reviewState(const std::optional<Review> &latest, qint64 latestSubmission);

/// "unit 01's form for 8/2024 is approved and locked; the office must reopen it first".
QString lockedMonthText(const QString &unit, YearMonth period);
/// The sentence for the database's own refusal of a write into a locked month (its triggers'
/// words, in English, with the unit and month where the engine can name them); empty if the
/// error is another.
QString lockedMonthRefusal(const QString &databaseText);

} // namespace chiso
