#include "DemoUnits.h"
#include "analytics/Snapshot.h"
#include "store/Backend.h"
#include "store/FigureBatch.h"
#include "store/Store.h"
#include "store/Review.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

constexpr int FirstYear = 2022;
constexpr int LastYear = 2025;
constexpr YearMonth FirstNewMonth{2025, 7}; // the 34 provinces from 1 July 2025

/// std::mt19937's sequence is fixed by the standard; its distributions are not, so the
/// transforms are our own: the same figures on every platform and compiler.
class Random
{
public:
    double uniform() { return (double(m_engine()) + 0.5) / 4294967296.0; }
    double normal()
    {
        // Two draws in a fixed order (the order of a call's arguments is the compiler's choice).
        const double radius = uniform();
        const double angle = uniform();
        return std::sqrt(-2.0 * std::log(radius)) * std::cos(2.0 * std::numbers::pi * angle);
    }

private:
    std::mt19937 m_engine{20250701u};
};

int monthIndex(YearMonth p)
{
    return p.year * 12 + p.month - 1;
}

bool isSummed(const Indicator &indicator)
{
    return indicator.unit == Unit::BillionVnd || indicator.unit == Unit::Persons;
}

/// The national figure of each month of the demo's years: the stored one where there is one,
/// else between the stored ones (a flow's year-to-date from zero at the start of its year), else
/// last year's with a tenth more (flows) or the nearest reading (levels).
QHash<int, double> nationalPath(const Snapshot &snapshot, const Indicator &indicator)
{
    QHash<int, double> path;
    if (indicator.isFlow()) {
        for (int year = FirstYear; year <= LastYear; ++year) {
            QList<std::pair<int, double>> anchors = {{0, 0.0}};
            for (int month = 1; month <= 12; ++month) {
                if (const auto f = snapshot.value(indicator.code, u"VN"_s, year, month))
                    anchors.append({month, f->value});
            }
            for (int month = 1; month <= 12; ++month) {
                const int at = monthIndex({year, month});
                if (anchors.size() == 1) {
                    if (path.contains(at - 12))
                        path.insert(at, path.value(at - 12) * 1.1);
                    continue;
                }
                // anchors[0] is month 0, so a later anchor always has one before it.
                const auto after = std::find_if(anchors.begin(), anchors.end(), [month](const auto &a) { return a.first >= month; });
                if (after == anchors.end()) { // past the year's last figure: its run rate
                    path.insert(at, anchors.last().second * month / anchors.last().first);
                } else {
                    const auto &[m1, v1] = *(after - 1);
                    const auto &[m2, v2] = *after;
                    path.insert(at, v1 + (v2 - v1) * (month - m1) / double(m2 - m1));
                }
            }
        }
        return path;
    }
    QList<std::pair<int, double>> readings;
    for (const Figure &f : snapshot.series(indicator.code, u"VN"_s))
        readings.append({monthIndex(f.period()), f.value});
    if (readings.isEmpty()) // nothing to illustrate around: a plausible level
        readings.append({monthIndex({FirstYear, 1}), indicator.isPercent() ? 60.0 : indicator.unit == Unit::Per100 ? 30.0 : 1.0e6});
    for (int at = monthIndex({FirstYear, 1}); at <= monthIndex({LastYear, 12}); ++at) {
        const auto after = std::find_if(readings.begin(), readings.end(), [at](const auto &r) { return r.first >= at; });
        if (after == readings.begin())
            path.insert(at, after->second);
        else if (after == readings.end())
            path.insert(at, readings.last().second);
        else
            path.insert(at, (after - 1)->second + (after->second - (after - 1)->second) * (at - (after - 1)->first) / double(after->first - (after - 1)->first));
    }
    return path;
}

/// Rounds parts to `decimals` so that they add up to the rounded total (largest remainder).
QList<double> roundedParts(const QList<double> &parts, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double total = 0;
    QList<double> floors;
    QList<std::pair<double, qsizetype>> remainders;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        total += parts[i];
        floors.append(std::floor(parts[i] * scale));
        remainders.append({parts[i] * scale - floors.last(), i});
    }
    double missing = std::round(total * scale);
    for (double f : floors)
        missing -= f;
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; k < qsizetype(missing) && k < remainders.size(); ++k)
        floors[remainders[k].second] += 1;
    QList<double> rounded;
    for (double f : floors)
        rounded.append(f / scale);
    return rounded;
}

struct Province {
    QString code;
    QString mergedInto;
    double size = 1;                 ///< its share of money and counts, before normalising
    QHash<QString, double> offset;   ///< per indicator: how far its shares sit from the country's
    QHash<QString, double> weight;   ///< per basis, in FirstYear
};


/// A month's illustrative source, published by its forms' deadline (the 5th of the next
/// month), so that --as-of sees a month's figures as an analyst would have.
Source illustrative(YearMonth p)
{
    return {QString(), u"Số liệu minh hoạ, không phải số liệu thật — illustrative figures, not real (Chỉ Số demo, %1/%2)"_s.arg(p.month).arg(p.year),
            QDate(p.year, p.month, 5).addMonths(1)};
}

} // namespace

DemoUnitsSummary fillDemoUnits(Store &store)
{
    Random random;
    const Snapshot national(store.figures(u"VN"_s));
    QList<Province> old;
    QMap<QString, QStringList> members; // new code -> old codes
    for (const ReportingUnit &unit : store.units().units()) {
        if (unit.kind != UnitKind::Province || !unit.existsIn({FirstYear, 1}))
            continue;
        Province p;
        p.code = unit.code;
        old.append(p);
    }
    for (const ReportingUnit &unit : store.units().units()) {
        if (unit.kind != UnitKind::Province || !unit.existsIn(FirstNewMonth))
            continue;
        for (const UnitMerger &merger : store.units().formedFrom(unit.code)) {
            if (merger.since == QDate(2025, 7, 1))
                members[unit.code].append(merger.oldCode);
        }
        if (!members.contains(unit.code))
            members[unit.code].append(unit.code); // a province the merger left as it was
    }
    QStringList bases;
    for (const Indicator &indicator : store.indicators()) {
        if (!indicator.weightedBy.isEmpty() && !bases.contains(indicator.weightedBy))
            bases.append(indicator.weightedBy);
    }
    for (Province &p : old) {
        // Hà Nội and Hồ Chí Minh City dwarf the rest, as they do.
        const double big = p.code == u"01" ? 7.0 : p.code == u"79" ? 8.0 : 1.0;
        p.size = big * std::exp(0.7 * random.normal());
        const double people = (big > 1 ? big * 1.1e6 : 1.0e6) * std::exp(0.35 * random.normal()) + 3.0e5;
        p.weight.insert(u"population"_s, std::round(people));
        p.weight.insert(u"households"_s, std::round(people / (3.1 + 0.6 * random.uniform())));
        p.weight.insert(u"online_services"_s, std::round(1100 + 700 * random.uniform()));
        p.weight.insert(u"eligible_services"_s, std::round(p.weight.value(u"online_services"_s) * (0.7 + 0.2 * random.uniform())));
        for (const Indicator &indicator : store.indicators())
            p.offset.insert(indicator.code, isSummed(indicator) ? std::exp(0.25 * random.normal()) : 0.12 * random.normal());
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        for (Province &p : old) {
            if (it->contains(p.code))
                p.mergedInto = it.key();
        }
    }

    // Weights: each old province's, growing a little each year; a new province's 2025 is the
    // sum of its members' (a year's weight is the unit's at the end of the year).
    QList<UnitWeight> weights;
    QHash<QString, double> weightOf; // basis|code|year of old provinces
    for (const Province &p : old) {
        for (const QString &basis : bases) {
            for (int year = FirstYear; year <= LastYear; ++year) {
                const double value = std::round(p.weight.value(basis) * std::pow(1.01, year - FirstYear));
                weightOf.insert(u"%1|%2|%3"_s.arg(basis, p.code).arg(year), value);
                if (year < LastYear)
                    weights.append({basis, p.code, year, value, illustrative({year, 12})});
            }
        }
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        for (const QString &basis : bases) {
            double sum = 0;
            for (const QString &code : *it)
                sum += weightOf.value(u"%1|%2|%3"_s.arg(basis, code).arg(LastYear));
            weights.append({basis, it.key(), LastYear, sum, illustrative({LastYear, 12})});
        }
    }

    // Every unit's monthly form; a few missing at the end (their figures are not there).
    const QSet<QString> missingLastMonth = {u"04"_s, u"11"_s, u"91"_s};
    const QSet<QString> missingMonthBefore = {u"11"_s};
    const auto isMissing = [&](const QString &code, YearMonth p) {
        return (p == YearMonth{LastYear, 12} && missingLastMonth.contains(code)) || (p == YearMonth{LastYear, 11} && missingMonthBefore.contains(code));
    };

    QList<Figure> figures;
    const auto add = [&figures](const Indicator &indicator, const QString &region, YearMonth p, double value, Basis basis,
                                const Source &source, const QString &note) {
        Figure f;
        f.kind = RecordKind::Value;
        f.indicator = indicator.code;
        f.region = region;
        f.year = p.year;
        f.month = p.month;
        f.value = value;
        f.basis = basis;
        f.source = source;
        f.note = note;
        figures.append(f);
    };
    const auto reportedSource = [](YearMonth p) {
        Source s = illustrative(p);
        s.title = u"Báo cáo của tỉnh, số liệu minh hoạ — the province's own report, illustrative (Chỉ Số demo, %1/%2)"_s.arg(p.month).arg(p.year);
        return s;
    };
    // Each province's plan for a year where the country has one (2025: 2024's with a tenth more):
    // money and counts share the national plan out, a little more or less ambitious than the
    // province's size; shares sit around the national target. The 34's 2025 plans are their
    // members' (summed, or weighted).
    const auto addPlans = [&](const Indicator &indicator, int year, const QList<double> &drift) {
        std::optional<Figure> plan = national.plan(indicator.code, u"VN"_s, year);
        double target = plan ? plan->value : 0;
        if (!plan && year == LastYear) {
            plan = national.plan(indicator.code, u"VN"_s, year - 1);
            target = plan ? plan->value * 1.1 : 0;
        }
        if (!plan)
            return;
        const double scale = std::pow(10.0, indicator.decimals);
        QList<double> plans;
        double sizes = 0;
        for (qsizetype i = 0; i < old.size(); ++i) {
            const double ambition = 1.0 + 0.04 * random.normal();
            plans.append(isSummed(indicator) ? old[i].size * old[i].offset.value(indicator.code) * drift[i] * ambition
                                             : std::clamp(target * (1.0 + old[i].offset.value(indicator.code) + drift[i]) * ambition, 0.0,
                                                          indicator.isPercent() ? 100.0 : 1.0e9));
            sizes += plans.last();
        }
        if (isSummed(indicator)) {
            for (double &v : plans)
                v = target * v / sizes;
            plans = roundedParts(plans, indicator.decimals);
        } else {
            for (double &v : plans)
                v = std::round(v * scale) / scale;
        }
        const auto addPlan = [&](const QString &region, double value) {
            Figure f;
            f.kind = RecordKind::Plan;
            f.indicator = indicator.code;
            f.region = region;
            f.year = year;
            f.month = 12;
            f.value = value;
            f.source = illustrative({year - 1, 12});
            figures.append(f);
        };
        if (year < LastYear) {
            for (qsizetype i = 0; i < old.size(); ++i)
                addPlan(old[i].code, plans[i]);
            return;
        }
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            double sum = 0, weightSum = 0;
            for (qsizetype i = 0; i < old.size(); ++i) {
                if (old[i].mergedInto != it.key())
                    continue;
                const double w = indicator.weightedBy.isEmpty() ? 1.0 : weightOf.value(u"%1|%2|%3"_s.arg(indicator.weightedBy, old[i].code).arg(year));
                sum += (isSummed(indicator) ? 1.0 : w) * plans[i];
                weightSum += w;
            }
            addPlan(it.key(), std::round((isSummed(indicator) ? sum : sum / weightSum) * scale) / scale);
        }
    };
    for (const Indicator &indicator : store.indicators()) {
        if (indicator.kind == IndicatorKind::MonthFlow)
            continue;
        const QHash<int, double> path = nationalPath(national, indicator);
        for (int year = FirstYear; year <= LastYear; ++year) {
            // Shares move a little from year to year.
            QList<double> drift;
            for (qsizetype i = 0; i < old.size(); ++i)
                drift.append(isSummed(indicator) ? std::exp(0.05 * random.normal()) : 0.01 * random.normal());
            for (int month = 1; month <= 12; ++month) {
                const YearMonth p{year, month};
                if (!path.contains(monthIndex(p)))
                    continue;
                const double total = path.value(monthIndex(p));
                // The old provinces' values, as if they went on through 2025.
                QList<double> values;
                QList<double> w;
                for (qsizetype i = 0; i < old.size(); ++i)
                    w.append(indicator.weightedBy.isEmpty() ? 1.0 : weightOf.value(u"%1|%2|%3"_s.arg(indicator.weightedBy, old[i].code).arg(year)));
                if (isSummed(indicator)) {
                    double sizes = 0;
                    for (qsizetype i = 0; i < old.size(); ++i)
                        sizes += old[i].size * old[i].offset.value(indicator.code) * drift[i];
                    for (qsizetype i = 0; i < old.size(); ++i)
                        values.append(total * old[i].size * old[i].offset.value(indicator.code) * drift[i] / sizes);
                    values = roundedParts(values, indicator.decimals);
                } else {
                    const double ceiling = indicator.isPercent() ? 100.0 : 1.0e9;
                    for (qsizetype i = 0; i < old.size(); ++i)
                        values.append(total * (1.0 + old[i].offset.value(indicator.code) + drift[i]));
                    // Their weighted mean is the country's: shift, keep within 0–100, again.
                    for (int round = 0; round < 5; ++round) {
                        double sum = 0, weightSum = 0;
                        for (qsizetype i = 0; i < old.size(); ++i) {
                            sum += w[i] * values[i];
                            weightSum += w[i];
                        }
                        for (double &v : values)
                            v = std::clamp(v + total - sum / weightSum, 0.0, ceiling);
                    }
                    const double scale = std::pow(10.0, indicator.decimals);
                    for (double &v : values)
                        v = std::round(v * scale) / scale;
                }
                if (p < FirstNewMonth) {
                    for (qsizetype i = 0; i < old.size(); ++i) {
                        if (isMissing(old[i].code, p))
                            continue;
                        double value = values[i];
                        QString note;
                        // One typing slip: Hà Nội's revenue for 6/2024 high by a twentieth of the country's.
                        if (indicator.code == u"revenue" && old[i].code == u"01" && p == YearMonth{2024, 6}) {
                            value = std::round(value + total / 20);
                            // Stored text, in both languages whatever the program's (as the sources are).
                            note = u"Sai sót minh hoạ: cao hơn 1/20 số cả nước — an illustrative slip, a twentieth of the national figure too high"_s;
                        }
                        // Reported against measured: a few provinces' own reports of online services run high.
                        const bool paired = indicator.code == u"online_public_services_pct" && year == 2024 && (month == 6 || month == 12)
                                            && (i % 9 == 3);
                        add(indicator, old[i].code, p, value, paired ? Basis::Measured : Basis::Actual, illustrative(p), note);
                        if (paired)
                            add(indicator, old[i].code, p, std::min(100.0, std::round((value + 8 + 2 * (i % 4)) * 100) / 100), Basis::Reported,
                                reportedSource(p), QString());
                    }
                    continue;
                }
                // From July 2025 the 34: sums, or means weighted by the members' weights.
                for (auto it = members.cbegin(); it != members.cend(); ++it) {
                    if (isMissing(it.key(), p))
                        continue;
                    double sum = 0, weightSum = 0;
                    for (qsizetype i = 0; i < old.size(); ++i) {
                        if (old[i].mergedInto != it.key())
                            continue;
                        sum += (isSummed(indicator) ? 1.0 : w[i]) * values[i];
                        weightSum += w[i];
                    }
                    const double scale = std::pow(10.0, indicator.decimals);
                    add(indicator, it.key(), p, std::round((isSummed(indicator) ? sum : sum / weightSum) * scale) / scale, Basis::Actual,
                        illustrative(p), QString());
                }
            }
            addPlans(indicator, year, drift);
        }
    }

    // The forms' times: most by the 5th of the next month, some late.
    QList<Store::Submission> forms;
    const QTimeZone vietnam(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    for (int at = monthIndex({FirstYear, 1}); at <= monthIndex({LastYear, 12}); ++at) {
        const YearMonth p{at / 12, at % 12 + 1};
        QStringList codes;
        if (p < FirstNewMonth) {
            for (const Province &o : old)
                codes.append(o.code);
        } else {
            codes = members.keys();
        }
        codes.sort();
        for (const QString &code : codes) {
            if (isMissing(code, p))
                continue;
            const bool late = random.uniform() < 0.08;
            const int day = late ? 6 + int(random.uniform() * 10) : 1 + int(random.uniform() * 5);
            const QDate due = QDate(p.year, p.month, 1).addMonths(1);
            const int hour = 8 + int(random.uniform() * 9);
            const int minute = int(random.uniform() * 60);
            const QDateTime when(QDate(due.year(), due.month(), day), QTime(hour, minute), vietnam);
            forms.append({code, p, when.toUTC(), u"so-tttt-%1"_s.arg(code)});
        }
    }

    // Marked before anything is stored: a run cut short leaves no unmarked generated figures.
    store.setSetting(QString::fromLatin1(IllustrativeSetting), u"1"_s);
    DemoUnitsSummary summary;
    Backend &backend = store.backend();
    auto batch = FigureBatch::begin(backend, backend.login().name, u"Chỉ Số demo: illustrative units"_s);
    qint64 line = 0;
    for (const Figure &f : figures) {
        const FigureBatch::Result result = batch->add(f, ++line, QString());
        if (result.outcome != FigureBatch::Outcome::Added)
            throw StoreError(QCoreApplication::translate("DemoUnits", "The illustrative figure %1 of %2 for %3 could not be stored.").arg(f.indicator, f.region, f.period().toIsoString()));
    }
    const FigureBatch::Settled settled = batch->settle(1);
    if (settled.problems > 0)
        throw StoreError(QCoreApplication::translate("DemoUnits", "The illustrative figures could not be stored."));
    batch->commit();
    summary.figures = figures.size();
    store.saveUnitWeights(weights, u"Chỉ Số demo: illustrative weights"_s);
    summary.weights = weights.size();
    store.recordSubmissions(forms, u"Chỉ Số demo: illustrative form"_s);
    summary.submissions = forms.size();

    // The office's review: the 34's forms of July to October 2025 approved (locked); two of
    // November's returned with a comment, one of them sent again (late) and awaiting review.
    for (int month = 7; month <= 10; ++month) {
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            store.review(it.key(), {LastYear, month}, ReviewAction::Approve, QString());
            ++summary.reviews;
        }
    }
    const YearMonth november{LastYear, 11};
    store.review(u"01"_s, november, ReviewAction::Return,
                 u"Minh hoạ: doanh thu có vẻ nhỏ đi một nghìn lần, kiểm tra đơn vị tính — illustrative: the revenue looks a thousand times too small"_s);
    store.review(u"79"_s, november, ReviewAction::Return,
                 u"Minh hoạ: lao động giảm một phần ba trong một tháng, đề nghị xác nhận — illustrative: the workforce fell by a third in a month"_s);
    summary.reviews += 2;
    const QDateTime again(QDate(LastYear, 12, 9), QTime(10, 30), vietnam);
    store.recordSubmissions({{u"01"_s, november, again.toUTC(), u"so-tttt-01"_s}}, u"Chỉ Số demo: illustrative form"_s);
    ++summary.submissions;
    return summary;
}

} // namespace chiso
