#include "FlowHistory.h"
#include "analytics/Snapshot.h"

namespace chiso {

FlowHistory FlowHistory::fromSnapshot(const Snapshot &snapshot, const QString &indicator, const QString &region)
{
    FlowHistory history;
    for (const Figure &f : snapshot.series(indicator, region))
        history.set(f.year, f.month, f.value);
    history.setDerived(deriveCutOffs(snapshot, indicator, region));
    for (const auto &[year, months] : history.years()) {
        if (const auto plan = snapshot.plan(indicator, region, year))
            history.setPlan(year, plan->value);
    }
    return history;
}

FlowHistory FlowHistory::fromMonthlyValues(const std::map<int, std::map<int, double>> &monthly)
{
    FlowHistory history;
    for (const auto &[year, months] : monthly) {
        double sum = 0;
        int expected = 1;
        for (const auto &[month, value] : months) {
            if (month != expected++)
                break; // a gap: later year-to-date totals would be wrong
            sum += value;
            history.set(year, month, sum);
        }
    }
    return history;
}

std::optional<double> FlowHistory::at(int year, int month) const
{
    const auto y = m_ytd.find(year);
    if (y == m_ytd.end())
        return std::nullopt;
    const auto m = y->second.find(month);
    if (m == y->second.end())
        return std::nullopt;
    return m->second;
}

FlowHistory FlowHistory::knownAt(int year, int month) const
{
    FlowHistory known;
    for (const auto &[y, months] : m_ytd) {
        if (y > year)
            break;
        for (const auto &[m, value] : months) {
            if (y < year || m <= month)
                known.set(y, m, value);
        }
    }
    for (const auto &[period, d] : m_derived) {
        if (d.knownFrom <= YearMonth{year, month})
            known.m_derived.emplace(period, d);
    }
    for (const auto &[y, target] : m_plans) {
        if (y <= year)
            known.m_plans.emplace(y, target);
    }
    return known;
}

std::optional<double> FlowHistory::plan(int year) const
{
    const auto p = m_plans.find(year);
    return p == m_plans.end() ? std::nullopt : std::optional<double>(p->second);
}

std::optional<FlowHistory::CutOff> FlowHistory::figureOrDerived(int year, int month, YearMonth horizon) const
{
    if (const auto value = at(year, month))
        return CutOff{*value, false};
    const auto d = m_derived.find({year, month});
    if (d == m_derived.end() || horizon < d->second.knownFrom)
        return std::nullopt;
    return CutOff{d->second.value, true, &d->second};
}

std::map<int, double> FlowHistory::cutOffs(int year, int upToMonth) const
{
    std::map<int, double> result;
    const auto y = m_ytd.find(year);
    if (y == m_ytd.end())
        return result;
    for (const auto &[m, value] : y->second) {
        if (m <= upToMonth)
            result.emplace(m, value);
    }
    return result;
}

} // namespace chiso
