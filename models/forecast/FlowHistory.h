#pragma once

#include "analytics/DerivedCutOffs.h"

#include <QString>
#include <map>
#include <optional>

namespace chiso {

class Snapshot;

/// The year-to-date totals of one flow indicator: year → cut-off month → total.
/// Month 12 is the year's outturn. Beside the figures, the cut-offs they imply where no source
/// gives them (DerivedCutOffs.h): the methods may lean on those of past years, never on the
/// year they forecast, and the backtest neither scores them nor sees one before its time.
class FlowHistory
{
public:
    FlowHistory() = default;
    static FlowHistory fromSnapshot(const Snapshot &snapshot, const QString &indicator, const QString &region);
    /// From single-month values (12 per year), cumulated into year-to-date totals.
    static FlowHistory fromMonthlyValues(const std::map<int, std::map<int, double>> &monthly);

    void set(int year, int month, double ytd) { m_ytd[year][month] = ytd; }
    void setDerived(std::map<YearMonth, DerivedCutOff> derived) { m_derived = std::move(derived); }
    /// The year's plan (its target), known from the start of the year.
    void setPlan(int year, double target) { m_plans[year] = target; }
    std::optional<double> plan(int year) const;
    /// A figure (never a derived one).
    std::optional<double> at(int year, int month) const;
    std::optional<double> total(int year) const { return at(year, 12); }
    /// What was known at a cut-off: earlier years whole, the year itself up to the month.
    FlowHistory knownAt(int year, int month) const;
    /// The cut-offs of one year up to a month, in order.
    std::map<int, double> cutOffs(int year, int upToMonth = 12) const;
    const std::map<int, std::map<int, double>> &years() const { return m_ytd; }

    /// A figure, else a derived cut-off resting on nothing later than `horizon` (the cut-off a
    /// forecast stands at).
    struct CutOff {
        double value = 0;
        bool derived = false;
        const DerivedCutOff *derivation = nullptr; ///< where derived: how
    };
    std::optional<CutOff> figureOrDerived(int year, int month, YearMonth horizon) const;
    const std::map<YearMonth, DerivedCutOff> &derived() const { return m_derived; }

private:
    std::map<int, std::map<int, double>> m_ytd;
    std::map<YearMonth, DerivedCutOff> m_derived;
    std::map<int, double> m_plans;
};

} // namespace chiso
