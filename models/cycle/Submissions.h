#pragma once

#include "domain/ReportingUnit.h"
#include "domain/YearMonth.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace chiso {

class Store;

/// Where a unit's monthly form stands: in by the deadline, in after it, or not in.
enum class SubmissionState { OnTime, Late, Missing };

/// The monthly cycle for one month: every unit expected to report, whether and when its form
/// came in, how complete it is, and how punctual the unit has been this year.
struct SubmissionsReport {
    struct Row {
        ReportingUnit unit;
        SubmissionState state = SubmissionState::Missing;
        QDateTime at;  ///< the first form's time (UTC); null where missing
        QString by;    ///< who entered it
        int forms = 0; ///< forms received for the month (a form sent again counts again)
        int filled = 0;   ///< required indicators with a value for the month
        int required = 0; ///< the indicators the form asks for
        int monthsDue = 0;    ///< months of the year up to this one in which the unit existed
        int monthsOnTime = 0; ///< of them, in by their deadline
        /// The share of monthsDue in on time; nothing without a month due.
        std::optional<double> onTimeRate() const
        {
            return monthsDue > 0 ? std::optional(double(monthsOnTime) / monthsDue) : std::nullopt;
        }
    };
    YearMonth period;
    int deadlineDay = 5;
    QDateTime deadline; ///< the end of the deadline day, local time
    QList<Row> rows;    ///< in code order
    int count(SubmissionState state) const;
    /// The codes of the units whose form is missing: who to chase.
    QStringList missing() const;
};

/// The day of the month after the period by which forms are due (the office's setting,
/// default 5), within 1–28 so that every month has it.
int submissionDeadlineDay(const Store &store);
constexpr const char *DeadlineDaySetting = "submission_deadline_day";

/// The deadline for a month's forms: the end (23:59:59, local time) of `deadlineDay` of the
/// month after.
QDateTime submissionDeadline(YearMonth period, int deadlineDay);

/// Every unit that existed in the month, but the country (its figures are the ministry's own),
/// with its forms. A form counts as on time if its first submission was by the deadline.
SubmissionsReport buildSubmissions(const Store &store, YearMonth period, int deadlineDay);

} // namespace chiso
