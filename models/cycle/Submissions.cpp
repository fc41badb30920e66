#include "Submissions.h"
#include "store/Store.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {

int SubmissionsReport::count(SubmissionState state) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [state](const Row &row) { return row.state == state; }));
}

QStringList SubmissionsReport::missing() const
{
    QStringList codes;
    for (const Row &row : rows) {
        if (row.state == SubmissionState::Missing)
            codes.append(row.unit.code);
    }
    return codes;
}

int submissionDeadlineDay(const Store &store)
{
    bool ok = false;
    const int day = store.setting(QString::fromLatin1(DeadlineDaySetting), u"5"_s).toInt(&ok);
    return ok && day >= 1 && day <= 28 ? day : 5;
}

QDateTime submissionDeadline(YearMonth period, int deadlineDay)
{
    const YearMonth next = period.plusMonths(1);
    return QDateTime(QDate(next.year, next.month, deadlineDay), QTime(23, 59, 59), Qt::LocalTime);
}

SubmissionsReport buildSubmissions(const Store &store, YearMonth period, int deadlineDay)
{
    SubmissionsReport report;
    report.period = period;
    report.deadlineDay = deadlineDay;
    report.deadline = submissionDeadline(period, deadlineDay);

    // The first form of each unit and month of the year, and how many came.
    struct First {
        QDateTime at;
        QString by;
        int forms = 0;
    };
    QHash<QString, First> firstOf; // "code|month"
    for (const Store::Submission &s : store.submissions(period.year, period.month)) {
        First &first = firstOf[s.unit + u'|' + QString::number(s.period.month)];
        if (first.forms++ == 0) {
            first.at = s.at;
            first.by = s.by;
        }
    }
    // What the form asks for: the indicators the monthly template lists.
    QStringList required;
    for (const Indicator &indicator : store.indicators()) {
        if (indicator.kind != IndicatorKind::MonthFlow)
            required.append(indicator.code);
    }
    for (const ReportingUnit &unit : store.units().units()) {
        if (unit.kind == UnitKind::Country || !unit.existsIn(period))
            continue;
        SubmissionsReport::Row row;
        row.unit = unit;
        row.required = int(required.size());
        const First first = firstOf.value(unit.code + u'|' + QString::number(period.month));
        row.forms = first.forms;
        if (first.forms > 0) {
            row.at = first.at;
            row.by = first.by;
            row.state = first.at <= report.deadline ? SubmissionState::OnTime : SubmissionState::Late;
            QStringList filled;
            for (const Figure &f : store.figures(unit.code, std::pair{period.year, period.year})) {
                if (f.kind == RecordKind::Value && f.month == period.month && required.contains(f.indicator) && !filled.contains(f.indicator))
                    filled.append(f.indicator);
            }
            row.filled = int(filled.size());
        }
        for (int month = 1; month <= period.month; ++month) {
            if (!unit.existsIn({period.year, month}))
                continue;
            ++row.monthsDue;
            const First earlier = firstOf.value(unit.code + u'|' + QString::number(month));
            if (earlier.forms > 0 && earlier.at <= submissionDeadline({period.year, month}, deadlineDay))
                ++row.monthsOnTime;
        }
        report.rows.append(row);
    }
    return report;
}

} // namespace chiso
