#pragma once

#include "domain/YearMonth.h"

#include <QString>
#include <map>

namespace chiso {

class Snapshot;

/// A year-to-date figure of a flow that no source gives but the database implies (issue 20.2).
/// Shown marked as derived wherever it is shown; never stored.
struct DerivedCutOff {
    enum class How {
        StatedGrowth, ///< v(Y−1,m) = v(Y,m) / (1 + g): a source states the growth of (Y,m)
        Interpolated, ///< linear between the nearest figures of the year on either side
    };
    How how = How::StatedGrowth;
    YearMonth period;
    double value = 0;
    /// The latest period whose figure or claim it rests on: a backtest standing at an earlier
    /// cut-off must not see it.
    YearMonth knownFrom;
    // How::StatedGrowth: the next year's figure and the growth stated of it, in %.
    double fromValue = 0;
    double statedGrowthPercent = 0;
    // How::Interpolated: the neighbours' months (of the same year).
    int previousMonth = 0;
    int nextMonth = 0;
};

/// Year → cut-off month → year-to-date total, as FlowHistory keeps them.
using YearToDateTotals = std::map<int, std::map<int, double>>;

/// The missing cut-offs of one flow that its figures and stated growths imply:
/// 1. where (Y,m) has a figure and a stated growth g (in %) but (Y−1,m) has none,
///    v(Y−1,m) = v(Y,m) / (1 + g/100) (g > −100);
/// 2. then each remaining month 1–11 of a year that lies between two of that year's figures
///    (those of step 1 included), linear in the month between the nearest of them: the
///    cumulative share of the year stays monotone between its neighbours, and a year's start
///    is not a neighbour (a year known only by its total would otherwise get m/12 of it,
///    which is the calendar pace under another name).
/// A source's statement about the figure comes before our interpolation.
std::map<YearMonth, DerivedCutOff> deriveCutOffs(const YearToDateTotals &figures,
                                                 const std::map<YearMonth, double> &statedGrowthPercent);

/// The same from a snapshot: the indicator's preferred figures, each with the growth stated
/// of it (by its own source where that source states one).
std::map<YearMonth, DerivedCutOff> deriveCutOffs(const Snapshot &snapshot, const QString &indicator,
                                                 const QString &region);

} // namespace chiso
