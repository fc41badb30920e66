#include "AddingUp.h"
#include "analytics/Snapshot.h"
#include "analytics/UnitWeightTable.h"
#include "report/UnitsTotalText.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

std::optional<AddUpMethod> methodOf(const Indicator &indicator)
{
    if (indicator.unit == Unit::BillionVnd || indicator.unit == Unit::Persons)
        return AddUpMethod::Sum;
    if (!indicator.weightedBy.isEmpty())
        return AddUpMethod::WeightedMean;
    return std::nullopt;
}

} // namespace

std::optional<double> UnitsTotal::gap() const
{
    if (!complete() || !national)
        return std::nullopt;
    if (indicator.isPercent())
        return national->value - total;
    if (total == 0)
        return std::nullopt;
    return national->value / total - 1.0;
}

QList<UnitsTotal> addUp(const Store &store, int year, const QList<int> &months, std::optional<YearMonth> asOf)
{
    QList<Figure> figures = store.figures(std::pair{year, year});
    // The office's choices of a figure hold for the provinces' figures as for the country's.
    const Snapshot snapshot(figures, asOf, store.figureChoices());
    figures.clear();
    std::optional<UnitWeightTable> weights;
    QList<UnitsTotal> totals;
    for (const int month : months) {
        const YearMonth period{year, month};
        QStringList provinces;
        for (const ReportingUnit &unit : store.units().units()) {
            if (unit.kind == UnitKind::Province && unit.existsIn(period) && !provinces.contains(unit.code))
                provinces.append(unit.code);
        }
        provinces.sort();
        for (const Indicator &indicator : store.indicators()) {
            const std::optional<AddUpMethod> method = methodOf(indicator);
            if (!method)
                continue;
            UnitsTotal t;
            t.indicator = indicator;
            t.period = period;
            t.method = *method;
            t.provinces = provinces;
            t.national = snapshot.value(indicator.code, u"VN"_s, year, month);
            double weightSum = 0;
            for (const QString &code : provinces) {
                const std::optional<Figure> value = snapshot.value(indicator.code, code, year, month);
                if (!value) {
                    t.withoutValue.append(code);
                    continue;
                }
                double weight = 1;
                if (t.method == AddUpMethod::WeightedMean) {
                    if (!weights)
                        weights.emplace(store.unitWeights(), store.units());
                    const auto found = weights->weight(indicator.weightedBy, code, period);
                    if (!found) {
                        t.withoutWeight.append(code);
                        continue;
                    }
                    weight = found->value;
                    if (found->year != year && !t.weightYears.contains(found->year))
                        t.weightYears.append(found->year);
                }
                t.total += weight * value->value;
                weightSum += weight;
                ++t.counted;
            }
            if (t.method == AddUpMethod::WeightedMean && weightSum > 0)
                t.total /= weightSum;
            std::sort(t.weightYears.begin(), t.weightYears.end());
            // An indicator no province and no national figure has is not worth a line.
            if (t.counted > 0 || t.national || !t.withoutWeight.isEmpty())
                totals.append(t);
        }
    }
    return totals;
}

QList<Finding> unitsTotalFindings(const QList<UnitsTotal> &totals, const CheckSettings &settings)
{
    QList<Finding> findings;
    for (const UnitsTotal &t : totals) {
        const std::optional<double> gap = t.gap();
        if (!gap)
            continue;
        const bool mean = t.method == AddUpMethod::WeightedMean;
        const bool points = t.indicator.isPercent();
        if (std::abs(*gap) <= (points ? settings.unitsPoints : settings.unitsRelative))
            continue;
        Figure sum;
        sum.kind = RecordKind::Value;
        sum.indicator = t.indicator.code;
        sum.region = u"VN"_s;
        sum.year = t.period.year;
        sum.month = t.period.month;
        sum.value = t.total;
        sum.basis = Basis::Actual;
        // The key (the address) stays the same in both languages: acknowledgements are kept by it.
        sum.source.url = u"chiso:units-total"_s;
        sum.source.title = mean ? QCoreApplication::translate("AddingUp", "Chỉ Số: the %n provinces' figures weighted by %1", nullptr, t.counted)
                                      .arg(UnitsTotalText::basisName(t.indicator.weightedBy))
                                : QCoreApplication::translate("AddingUp", "Chỉ Số: the %n provinces' figures added up", nullptr, t.counted);
        Finding f;
        f.kind = FindingKind::UnitsTotal;
        f.indicator = t.indicator.code;
        f.period = t.period;
        f.figures = {*t.national, sum};
        f.found = t.national->value;
        f.expected = t.total;
        // Ranked beside the other findings by relative size: points count as hundredths.
        f.severity = points ? std::abs(*gap) / 100.0 : std::abs(*gap);
        findings.append(f);
    }
    return findings;
}

} // namespace chiso
