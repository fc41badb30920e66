#pragma once

#include "check/Findings.h"
#include "domain/Figure.h"
#include "domain/Indicator.h"
#include "domain/YearMonth.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace chiso {

class Store;

/// How units' figures make the country's: money and counts are summed; shares and rates are
/// averaged, weighted by the indicator's weightedBy (households, population).
enum class AddUpMethod { Sum, WeightedMean };

/// One indicator's figure for a month as the provinces add up to it, beside the national figure
/// that was reported.
struct UnitsTotal {
    Indicator indicator;
    YearMonth period;
    AddUpMethod method = AddUpMethod::Sum;
    QStringList provinces;     ///< the provinces that existed in the month, in code order
    QStringList withoutValue;  ///< of them, those with no figure for the month
    QStringList withoutWeight; ///< those with a figure but no weight of the indicator's basis
    QList<int> weightYears;    ///< the years whose weights were used, where the month's year had none
    int counted = 0;           ///< provinces in the total
    double total = 0;          ///< over the counted provinces: the sum or the weighted mean
    std::optional<Figure> national; ///< the country's preferred figure, as reported

    /// Every province counted: only then is the total the country's.
    bool complete() const { return counted > 0 && withoutValue.isEmpty() && withoutWeight.isEmpty(); }
    /// The national figure against the total: percentage points for a share in per cent (the
    /// national less the total), relative for the rest (0.02: 2 % above; sums and rates per
    /// 100). Only for a complete total (not zero) beside a national figure.
    std::optional<double> gap() const;
};

/// Adds up the provinces' preferred figures (of what was known at `asOf`) of every indicator
/// that adds up (see AddUpMethod), for each month of `months`, in catalogue order.
/// Figures read in one pass over the year.
QList<UnitsTotal> addUp(const Store &store, int year, const QList<int> &months, std::optional<YearMonth> asOf = std::nullopt);

/// A complete total whose gap to the national figure passes the tolerance (CheckSettings'
/// unitsPoints for shares in per cent, unitsRelative for the rest) is a finding: "the provinces add up to X; the
/// national report says Y".
QList<Finding> unitsTotalFindings(const QList<UnitsTotal> &totals, const CheckSettings &settings);

} // namespace chiso
