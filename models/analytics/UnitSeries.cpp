#include "UnitSeries.h"
#include "Snapshot.h"
#include "UnitWeightTable.h"
#include "report/UnitsTotalText.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// Money and counts add up; shares and rates need a weighted mean.
bool isAdditive(const Indicator &indicator)
{
    return indicator.unit == Unit::BillionVnd || indicator.unit == Unit::Persons;
}

QString period(const Figure &f)
{
    return f.kind == RecordKind::Plan ? QString::number(f.year) : u"%1/%2"_s.arg(f.month).arg(f.year);
}

} // namespace

UnitFigures unitFigures(const Store &store, const QString &region, YearMonth at, std::optional<std::pair<int, int>> years,
                        std::optional<YearMonth> asOf)
{
    UnitFigures result;
    const QList<Figure> own = store.figures(region, years);
    const ReportingUnit *unit = store.units().find(region, at);
    QStringList members;
    QDate since;
    if (unit && !unit->validFrom.isNull()) {
        for (const UnitMerger &merger : store.units().formedFrom(region)) {
            if (merger.since == unit->validFrom) {
                members.append(merger.oldCode);
                since = merger.since;
            }
        }
    }
    if (members.isEmpty()) {
        result.figures = own;
        return result;
    }
    const YearMonth first{since.year(), since.month()};
    // The unit's own figures from its first month; the old code's before it were another unit's.
    for (const Figure &f : own) {
        if (f.kind == RecordKind::Plan ? f.year >= first.year : f.period() >= first)
            result.figures.append(f);
    }

    // Every old unit's figures before the merger, seen as of asOf.
    QList<Figure> before;
    for (const QString &member : members) {
        for (const Figure &f : store.figures(member, years)) {
            if ((f.kind == RecordKind::Value && f.period() < first) || (f.kind == RecordKind::Plan && f.year < first.year))
                before.append(f);
        }
    }
    const Snapshot old(before, asOf, store.figureChoices());
    // The keys (kind, indicator, year, month) any old unit has, in a stable order.
    using Key = std::tuple<int, QString, int, int>;
    QList<Key> keys;
    QSet<QString> seen;
    for (const Figure &f : old.figures()) {
        if (f.kind != RecordKind::Value && f.kind != RecordKind::Plan)
            continue;
        const QString text = u"%1|%2|%3|%4"_s.arg(int(f.kind)).arg(f.indicator).arg(f.year).arg(f.month);
        if (!seen.contains(text)) {
            seen.insert(text);
            keys.append(Key{int(f.kind), f.indicator, f.year, f.month});
        }
    }
    QSet<QString> weightless; // indicators already noted
    std::optional<UnitWeightTable> weightTable; // read at the first share
    const QString names = members.join(u", "_s);
    for (const auto &[kind, code, year, month] : keys) {
        const Indicator *indicator = store.indicator(code);
        if (!indicator)
            continue;
        const bool weighted = !isAdditive(*indicator);
        if (weighted && indicator->weightedBy.isEmpty()) {
            if (!weightless.contains(code)) {
                weightless.insert(code);
                result.notes.append(QCoreApplication::translate("UnitSeries", "%1 before %2: the catalogue says nothing to weight the "
                                                                              "old units %3 by: no value is shown.")
                                        .arg(code, first.toIsoString(), names));
            }
            continue;
        }
        Figure sum;
        sum.kind = RecordKind(kind);
        sum.indicator = code;
        sum.region = region;
        sum.year = year;
        sum.month = month;
        sum.basis = sum.kind == RecordKind::Value ? Basis::Actual : Basis::None;
        QStringList missing;
        QStringList unweighted;
        QStringList parts;
        QDate published;
        double weights = 0;
        for (const QString &member : members) {
            const std::optional<Figure> part = old.preferred(sum.kind, code, member, year, month);
            if (!part) {
                missing.append(member);
                continue;
            }
            double weight = 1;
            if (weighted) {
                if (!weightTable)
                    weightTable.emplace(store.unitWeights(), store.units());
                const auto found = weightTable->weight(indicator->weightedBy, member, {year, month});
                if (!found) {
                    unweighted.append(member);
                    continue;
                }
                weight = found->value;
            }
            weights += weight;
            sum.value += weight * part->value;
            if (sum.kind == RecordKind::Value)
                sum.basis = std::min(sum.basis, part->basis);
            parts.append(u"%1: %2"_s.arg(member, QString::number(part->value, 'g', 15)));
            // Known once its last part was: a part of unknown date counts from its own default.
            const QDate known = part->source.published.isValid() ? part->source.published : part->knownFrom();
            if (!published.isValid() || known > published)
                published = known;
        }
        if (!missing.isEmpty()) {
            result.notes.append(QCoreApplication::translate("UnitSeries", "%1 %2: no sum, as %3 of the old units %4 gave no figure.")
                                    .arg(code, period(sum), missing.join(u", "_s), names));
            continue;
        }
        if (!unweighted.isEmpty()) {
            if (!weightless.contains(code)) {
                weightless.insert(code);
                result.notes.append(QCoreApplication::translate("UnitSeries", "%1 before %2: the old units %3 are combined by a mean "
                                                                              "weighted by their %4, and the database holds none for %5: "
                                                                              "no value is shown.")
                                        .arg(code, first.toIsoString(), names, UnitsTotalText::basisName(indicator->weightedBy),
                                             unweighted.join(u", "_s)));
            }
            continue;
        }
        if (weighted)
            sum.value /= weights;
        sum.source.title = weighted ? QCoreApplication::translate("UnitSeries", "Chỉ Số: mean of the old units %1 weighted by %2")
                                          .arg(names, UnitsTotalText::basisName(indicator->weightedBy))
                                    : QCoreApplication::translate("UnitSeries", "Chỉ Số: sum of the old units %1").arg(names);
        sum.source.published = published;
        sum.note = parts.join(u"; "_s);
        result.figures.append(sum);
    }
    // The store's order: indicator display order, year, month, kind.
    QHash<QString, int> order;
    for (const Indicator &indicator : store.indicators())
        order.insert(indicator.code, indicator.sortOrder);
    std::stable_sort(result.figures.begin(), result.figures.end(), [&order](const Figure &a, const Figure &b) {
        return std::tuple(order.value(a.indicator), a.indicator, a.year, a.month, int(a.kind))
               < std::tuple(order.value(b.indicator), b.indicator, b.year, b.month, int(b.kind));
    });
    return result;
}

} // namespace chiso
