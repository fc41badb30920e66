#pragma once

#include "analytics/Snapshot.h"
#include "domain/Indicator.h"
#include "report/Formatter.h"

#include <QString>

namespace chiso {

/// How far a typed figure may stray from what the figures around it suggest before the entry
/// form warns: a ratio beyond 1 ± this fraction. Months' year-to-date figures move by a month's
/// share, years by their growth; a slip of the separators moves by a thousand times.
constexpr double EntryJumpTolerance = 0.5;

/// A warning (not a refusal) for a figure typed for `period`: where it strays beyond
/// `tolerance` from every figure it can be compared with (the one stored now for the month; the
/// latest earlier one of the year; the latest of last year up to the same month; a year-to-date
/// flow's scaled to the month by m / m'), the message names each; else (or with nothing to
/// compare) an empty string.
QString entryJumpWarning(const Snapshot &snapshot, const Indicator &indicator, const QString &region, YearMonth period,
                         double value, const Formatter &format, double tolerance = EntryJumpTolerance);

/// Why a figure typed as `text` breaks its indicator's precision (more decimals than the
/// indicator keeps: "2.067,389" for revenue kept in whole billions), or an empty string.
QString entryDecimalsProblem(const Indicator &indicator, const QString &text, const QLocale &locale);

} // namespace chiso
