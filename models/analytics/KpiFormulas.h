#pragma once

#include "domain/Indicator.h"

#include <optional>

namespace chiso {

/// A year-on-year change: relative (0.28 = +28 %) or in percentage points (5.3 = +5.3 pp).
struct Change {
    double value = 0;
    bool percentagePoints = false;
};

/// Year-on-year change of a figure against the same cut-off a year earlier (DESIGN.md):
/// flows and levels that are not shares: v(Y,m)/v(Y−1,m) − 1; shares in %: v(Y,m) − v(Y−1,m).
/// Nothing where a relative change is undefined (previous value zero).
std::optional<Change> yearOnYearChange(const Indicator &indicator, double current, double previous);

/// Completion of the yearly plan: v(Y,m) / plan(Y). Nothing for a plan of zero.
std::optional<double> completion(double value, double target);

/// The share of the plan a figure should have reached by its month.
struct Pace {
    enum class Basis {
        Calendar,        ///< m / 12
        LastYearProfile, ///< v(Y−1,m) / v(Y−1,12): the share of last year's total reached by m
        LinearPath,      ///< a level's straight path from last December's value to the target
    };
    double expectedShare = 0;
    Basis basis = Basis::Calendar;
};

/// Expected pace of a flow at month m: last year's profile where both its m-month and
/// full-year totals are known, the calendar share m/12 otherwise.
Pace flowPace(int month, std::optional<double> lastYearSameMonth, std::optional<double> lastYearTotal);

/// Expected share of a level's target at month m, on the straight path from last December's
/// value to the target: (L0 + (T − L0)·m/12) / T. Nothing without L0 or with T = 0.
std::optional<Pace> levelPace(int month, std::optional<double> lastDecember, double target);

enum class Status { Ahead, OnTrack, Behind, Unknown };

/// Ahead / on track / behind: completion against the expected pace, with a tolerance in
/// percentage points of the plan (2 means within ±2 pp counts as on track).
Status paceStatus(double completion, double expectedShare, double tolerancePoints);

} // namespace chiso
