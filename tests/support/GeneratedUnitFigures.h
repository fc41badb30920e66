#pragma once

#include "domain/Figure.h"
#include "store/FigureBatch.h"
#include "store/Store.h"

#include <QHash>
#include <QString>
#include <cmath>

/// Figures for every province of every month of the years asked (the 63 until June 2025, the
/// 34 from July 2025), every indicator but the single-month ones, with a plan for each year;
/// for every `secondSourceEvery`-th figure a unit's paper report beside the measured one. The
/// figures are a formula of the unit, the month and the year, so that a test can work out any
/// of them; an old province's are its new province's divided among the old ones it joined,
/// so that the sums across the merger grow smoothly. For tests and benchmarks: the bundled
/// database holds national figures only.
struct GeneratedUnitFigures {
    int firstYear = 2016;
    int lastYear = 2025;
    int lastMonth = 12; ///< of the last year
    int secondSourceEvery = 10;
    qsizetype written = 0;

    /// A province's own yearly scale (1–3), fixed by its code.
    static double scale(const QString &code) { return 1.0 + (code.toInt() % 7) / 3.0; }

    /// The figure of a new province (or the sum of the old ones it absorbed) for a month.
    static double value(const chiso::Indicator &indicator, const QString &newCode, int year, int month)
    {
        const double s = scale(newCode);
        const double growth = std::pow(1.0 + 0.05 + 0.01 * (newCode.toInt() % 5), year - 2016);
        switch (indicator.unit) {
        case chiso::Unit::Percent: return std::min(99.0, 30.0 + 4.0 * (year - 2016) + 5.0 * s + month * 0.1);
        case chiso::Unit::Per100: return 10.0 + 3.0 * (year - 2016) + 4.0 * s + month * 0.05;
        case chiso::Unit::Persons: return std::round(1000.0 * s * growth);
        case chiso::Unit::BillionVnd: break;
        }
        return indicator.isFlow() ? std::round(1200.0 * s * growth * month) : std::round(1200.0 * s * growth);
    }

    void write(chiso::Store &store)
    {
        using namespace chiso;
        // The new province an old one joined, and how many joined it.
        QHash<QString, QString> joined;
        QHash<QString, int> members;
        for (const UnitMerger &merger : store.units().mergers()) {
            joined.insert(merger.oldCode, merger.newCode);
            ++members[merger.newCode];
        }
        Source source;
        source.url = QStringLiteral("https://example.vn/generated");
        Source paper;
        paper.url = QStringLiteral("https://example.vn/paper-report");
        auto batch = store.beginImport(QStringLiteral("generator"), QStringLiteral("generated unit figures"));
        qint64 line = 0;
        qint64 count = 0;
        for (int year = firstYear; year <= lastYear; ++year) {
            const int months = year == lastYear ? lastMonth : 12;
            for (const ReportingUnit &unit : store.units().units()) {
                if (unit.kind != UnitKind::Province || !unit.existsInYear(year))
                    continue;
                const bool old = !unit.validUntil.isNull();
                const QString newCode = old ? joined.value(unit.code, unit.code) : unit.code;
                const double share = old ? 1.0 / std::max(1, members.value(newCode, 1)) : 1.0;
                for (const Indicator &indicator : store.indicators()) {
                    if (indicator.kind == IndicatorKind::MonthFlow)
                        continue;
                    const bool additive = indicator.unit == Unit::BillionVnd || indicator.unit == Unit::Persons;
                    const double part = additive ? share : 1.0;
                    bool anyMonth = false;
                    for (int month = 1; month <= months; ++month) {
                        if (!unit.existsIn({year, month}))
                            continue;
                        anyMonth = true;
                        Figure f;
                        f.indicator = indicator.code;
                        f.region = unit.code;
                        f.year = year;
                        f.month = month;
                        f.value = std::round(value(indicator, newCode, year, month) * part * 100.0) / 100.0;
                        f.basis = Basis::Actual;
                        f.source = source;
                        if (secondSourceEvery > 0 && ++count % secondSourceEvery == 0) {
                            f.basis = Basis::Measured;
                            Figure reported = f;
                            reported.basis = Basis::Reported;
                            reported.source = paper;
                            reported.value = std::round(f.value * 1.2 * 100.0) / 100.0;
                            batch->add(reported, ++line, {});
                            ++written;
                        }
                        batch->add(f, ++line, {});
                        ++written;
                    }
                    if (anyMonth && additive) {
                        Figure plan;
                        plan.kind = RecordKind::Plan;
                        plan.indicator = indicator.code;
                        plan.region = unit.code;
                        plan.year = year;
                        plan.value = std::round(value(indicator, newCode, year, 12) * part * 1.1);
                        plan.source = source;
                        batch->add(plan, ++line, {});
                        ++written;
                    }
                }
            }
        }
        batch->settle(10);
        batch->commit();
    }
};
