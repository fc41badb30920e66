#include "DerivedCutOffs.h"
#include "Snapshot.h"

namespace chiso {

std::map<YearMonth, DerivedCutOff> deriveCutOffs(const YearToDateTotals &figures,
                                                 const std::map<YearMonth, double> &statedGrowthPercent)
{
    std::map<YearMonth, DerivedCutOff> derived;
    auto stored = [&](int year, int month) {
        const auto y = figures.find(year);
        return y != figures.end() && y->second.count(month) > 0;
    };

    for (const auto &[period, growth] : statedGrowthPercent) {
        if (growth <= -100.0 || !stored(period.year, period.month) || stored(period.year - 1, period.month))
            continue;
        DerivedCutOff d;
        d.how = DerivedCutOff::How::StatedGrowth;
        d.period = {period.year - 1, period.month};
        d.fromValue = figures.at(period.year).at(period.month);
        d.statedGrowthPercent = growth;
        d.value = d.fromValue / (1.0 + growth / 100.0);
        d.knownFrom = period;
        derived.emplace(d.period, d);
    }

    // The years that hold any figure, stored or implied, with what each month rests on.
    struct Knot {
        double value;
        YearMonth knownFrom;
    };
    std::map<int, std::map<int, Knot>> knots;
    for (const auto &[year, months] : figures) {
        for (const auto &[month, value] : months)
            knots[year].emplace(month, Knot{value, {year, month}});
    }
    for (const auto &[period, d] : derived)
        knots[period.year].emplace(period.month, Knot{d.value, d.knownFrom});

    for (const auto &[year, months] : knots) {
        for (auto next = months.begin(), previous = next++; next != months.end(); previous = next++) {
            const auto &[m1, k1] = *previous;
            const auto &[m2, k2] = *next;
            for (int m = m1 + 1; m < m2; ++m) {
                DerivedCutOff d;
                d.how = DerivedCutOff::How::Interpolated;
                d.period = {year, m};
                d.value = k1.value + (k2.value - k1.value) * double(m - m1) / double(m2 - m1);
                d.knownFrom = std::max(k1.knownFrom, k2.knownFrom);
                d.previousMonth = m1;
                d.nextMonth = m2;
                derived.emplace(d.period, d);
            }
        }
    }
    return derived;
}

std::map<YearMonth, DerivedCutOff> deriveCutOffs(const Snapshot &snapshot, const QString &indicator,
                                                 const QString &region)
{
    YearToDateTotals figures;
    std::map<YearMonth, double> growth;
    for (const Figure &f : snapshot.series(indicator, region)) {
        figures[f.year][f.month] = f.value;
        if (const auto claim = snapshot.claim(RecordKind::StatedGrowth, indicator, region, f.year, f.month, f.source))
            growth.emplace(f.period(), claim->value);
    }
    return deriveCutOffs(figures, growth);
}

} // namespace chiso
