#include "Findings.h"
#include "analytics/StatedFigures.h"

#include <QHash>
#include <algorithm>
#include <map>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// Half a unit of the last decimal a stated percentage was given with (27 → 0.5, 24.55 → 0.005).
double statedHalfUnit(double stated)
{
    int decimals = 0;
    double scaled = std::abs(stated);
    while (decimals < 4 && std::abs(scaled - std::round(scaled)) > 1e-9) {
        scaled *= 10;
        ++decimals;
    }
    return 0.5 / std::pow(10.0, decimals);
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(std::abs(b), 1e-12);
}

/// The value a claim speaks of: the one its own source gives, else the preferred one.
std::optional<Figure> valueFor(const Snapshot &snapshot, const Figure &claim, int year)
{
    const QList<Figure> values = snapshot.all(RecordKind::Value, claim.indicator, claim.region, year, claim.month);
    for (const Figure &v : values) {
        if (v.source.key() == claim.source.key())
            return v;
    }
    if (values.isEmpty())
        return std::nullopt;
    return values.first();
}

/// The median of the values of `sorted` (ascending) but the one at `skip`: the same number
/// as sorting a copy without it, with no copy and no sort.
double medianWithout(const std::vector<double> &sorted, size_t skip)
{
    const size_t n = sorted.size() - 1;
    const auto at = [&](size_t k) { return sorted[k < skip ? k : k + 1]; };
    return n % 2 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2.0;
}

class Checker
{
public:
    Checker(const Snapshot &snapshot, const QList<Indicator> &indicators, const CheckSettings &settings, const QString &region)
        : m_snapshot(snapshot), m_settings(settings), m_region(region)
    {
        for (const Indicator &i : indicators)
            m_indicators.insert(i.code, &i);
    }

    QList<Finding> run()
    {
        for (const Figure &f : m_snapshot.figures()) {
            if (f.region != m_region || !m_indicators.contains(f.indicator))
                continue;
            if (f.kind == RecordKind::StatedShare)
                checkStatedShare(f);
            else if (f.kind == RecordKind::StatedGrowth)
                checkStatedGrowth(f);
            else if (f.kind == RecordKind::Value && m_indicators[f.indicator]->kind == IndicatorKind::MonthFlow)
                checkChain(f);
        }
        checkSources();
        for (const Indicator *indicator : std::as_const(m_indicators)) {
            if (indicator->kind == IndicatorKind::Level)
                checkBreaks(*indicator);
        }
        return m_findings;
    }

private:
    void add(Finding finding) { m_findings.append(std::move(finding)); }

    void checkStatedShare(const Figure &claim)
    {
        const auto plan = m_snapshot.plan(claim.indicator, m_region, claim.year);
        const auto value = valueFor(m_snapshot, claim, claim.year);
        if (!plan || !value || plan->value == 0)
            return;
        const double computed = value->value / plan->value * 100.0;
        if (std::abs(claim.value - computed) <= statedHalfUnit(claim.value) + m_settings.sharePoints)
            return;
        add({FindingKind::StatedShare, claim.indicator, claim.period(), {claim, *value, *plan}, claim.value, computed,
             std::nullopt, relative(claim.value, computed)});
    }

    void checkStatedGrowth(const Figure &claim)
    {
        const Indicator &indicator = *m_indicators[claim.indicator];
        const auto value = valueFor(m_snapshot, claim, claim.year);
        const auto previous = m_snapshot.value(claim.indicator, m_region, claim.year - 1, claim.month);
        if (!value || !previous || previous->value == 0)
            return;
        const double computed = (value->value / previous->value - 1.0) * 100.0;
        double gap = std::abs(claim.value - computed);
        if (indicator.isPercent()) // "tăng x%" of a share is often meant in percentage points
            gap = std::min(gap, std::abs(claim.value - (value->value - previous->value)));
        if (gap <= statedHalfUnit(claim.value) + m_settings.growthPoints)
            return;
        const double impliedBase = value->value / (1.0 + claim.value / 100.0);
        // A full-year growth rate is published once last year is final: its gap says last
        // year's total was revised more often than that the rate is wrong.
        const FindingKind kind = claim.month == 12 && indicator.isFlow() ? FindingKind::Revision : FindingKind::StatedGrowth;
        add({kind, claim.indicator, claim.period(), {claim, *value, *previous}, claim.value, computed, impliedBase,
             relative(impliedBase, previous->value)});
    }

    void checkChain(const Figure &single)
    {
        QString code = single.indicator;
        if (!code.endsWith(u"_single_month"_s))
            return;
        code.chop(int(qstrlen("_single_month")));
        if (!m_indicators.contains(code))
            return;
        const auto now = m_snapshot.value(code, m_region, single.year, single.month);
        const auto before = single.month == 1 ? std::nullopt : m_snapshot.value(code, m_region, single.year, single.month - 1);
        if (!now || (single.month > 1 && !before))
            return;
        const double difference = now->value - (before ? before->value : 0.0);
        if (relative(single.value, difference) <= m_settings.chainRelative)
            return;
        QList<Figure> figures = {single, *now};
        if (before)
            figures.append(*before);
        add({FindingKind::YearToDateChain, code, single.period(), figures, single.value, difference, std::nullopt,
             relative(single.value, difference)});
    }

    void checkSources()
    {
        QHash<QString, QList<Figure>> groups;
        for (const Figure &f : m_snapshot.figures()) {
            if (f.kind == RecordKind::Value && f.region == m_region)
                groups[u"%1|%2|%3"_s.arg(f.indicator).arg(f.year).arg(f.month)].append(f);
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const QList<Figure> &group = *it;
            if (group.size() < 2)
                continue;
            const Figure &first = group.first();
            const QList<Figure> ordered = m_snapshot.all(RecordKind::Value, first.indicator, m_region, first.year, first.month);
            const Figure &preferred = ordered.first();
            const auto reported = std::find_if(ordered.begin(), ordered.end(), [](const Figure &f) { return f.basis == Basis::Reported; });
            const auto measured = std::find_if(ordered.begin(), ordered.end(), [](const Figure &f) { return f.basis == Basis::Measured; });
            if (reported != ordered.end() && measured != ordered.end() && reported->value != measured->value) {
                add({FindingKind::ReportedVsMeasured, first.indicator, first.period(), {*reported, *measured}, reported->value,
                     measured->value, std::nullopt, relative(reported->value, measured->value)});
                continue;
            }
            QList<double> seen = {preferred.value};
            for (const Figure &other : ordered) {
                if (seen.contains(other.value) || relative(other.value, preferred.value) <= m_settings.sourcesRelative)
                    continue;
                seen.append(other.value);
                add({FindingKind::SourcesDiffer, first.indicator, first.period(), {other, preferred}, other.value, preferred.value,
                     std::nullopt, relative(other.value, preferred.value)});
            }
        }
    }

    void checkBreaks(const Indicator &indicator)
    {
        const QList<Figure> series = m_snapshot.series(indicator.code, m_region);
        struct Step { qsizetype to; double rate; };
        std::vector<Step> steps;
        for (qsizetype i = 1; i < series.size(); ++i) {
            const int months = series[i].period().index() - series[i - 1].period().index();
            if (months > 0 && series[i - 1].value != 0)
                steps.push_back({i, (series[i].value / series[i - 1].value - 1.0) / months});
        }
        if (steps.size() < 2)
            return;
        // Each step is judged against the median and spread of all the others. Sorted once,
        // the median of "all but this one" is read off by its rank (any copy of an equal value
        // leaves the same others): 30 years of monthly readings are 360 steps, not 360 sorts.
        std::vector<double> sorted;
        for (const Step &step : steps)
            sorted.push_back(step.rate);
        std::sort(sorted.begin(), sorted.end());
        const auto rankOf = [](const std::vector<double> &values, double value) {
            return size_t(std::lower_bound(values.begin(), values.end(), value) - values.begin());
        };
        // The deviations of every step from a centre, sorted: a median of all but one takes
        // two or three values, so few are made.
        std::map<double, std::vector<double>> deviationsFrom;
        for (size_t i = 0; i < steps.size(); ++i) {
            const double centre = medianWithout(sorted, rankOf(sorted, steps[i].rate));
            auto found = deviationsFrom.find(centre);
            if (found == deviationsFrom.end()) {
                std::vector<double> deviations;
                for (const Step &step : steps)
                    deviations.push_back(std::abs(step.rate - centre));
                std::sort(deviations.begin(), deviations.end());
                found = deviationsFrom.emplace(centre, std::move(deviations)).first;
            }
            const std::vector<double> &deviations = found->second;
            const double deviation = std::abs(steps[i].rate - centre);
            const double scale = std::max(medianWithout(deviations, rankOf(deviations, deviation)) * 1.4826, m_settings.breakFloorPerMonth);
            bool isBreak = deviation > m_settings.breakFactor * scale;
            // With one other step, which of two is the jump? The larger.
            if (steps.size() == 2)
                isBreak = isBreak && std::abs(steps[i].rate) > std::abs(steps[1 - i].rate);
            if (!isBreak)
                continue;
            const Figure &before = series[steps[i].to - 1];
            const Figure &after = series[steps[i].to];
            add({FindingKind::Break, indicator.code, after.period(), {after, before}, after.value, before.value, std::nullopt,
                 relative(after.value, before.value)});
        }
    }

    const Snapshot &m_snapshot;
    const CheckSettings &m_settings;
    QString m_region;
    QHash<QString, const Indicator *> m_indicators;
    QList<Finding> m_findings;
};

} // namespace

QString findingKindCode(FindingKind kind)
{
    switch (kind) {
    case FindingKind::StatedShare: return u"stated_share"_s;
    case FindingKind::StatedGrowth: return u"stated_growth"_s;
    case FindingKind::Revision: return u"revision"_s;
    case FindingKind::YearToDateChain: return u"ytd_chain"_s;
    case FindingKind::SourcesDiffer: return u"sources_differ"_s;
    case FindingKind::ReportedVsMeasured: return u"reported_vs_measured"_s;
    case FindingKind::Break: return u"break"_s;
    case FindingKind::UnitsTotal: return u"units_total"_s;
    }
    return {};
}

QString Finding::key() const
{
    QStringList parts = {findingKindCode(kind), indicator, period.toIsoString()};
    for (const Figure &f : figures)
        parts.append(u"%1:%2:%3"_s.arg(recordKindCode(f.kind), f.period().toIsoString(), f.source.key()));
    return parts.join(u'|');
}

QList<Finding> findFindings(const Snapshot &snapshot, const QList<Indicator> &indicators, const CheckSettings &settings,
                            std::optional<int> year, const QString &region)
{
    QList<Finding> findings = Checker(snapshot, indicators, settings, region).run();
    if (year)
        findings.removeIf([&year](const Finding &f) { return f.period.year != *year; });
    sortFindings(findings);
    return findings;
}

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.key() < b.key();
    });
}

QList<std::pair<QString, YearMonth>> breakFigures(const QList<Finding> &findings)
{
    QList<std::pair<QString, YearMonth>> figures;
    for (const Finding &finding : findings) {
        if (finding.kind != FindingKind::Break)
            continue;
        for (const Figure &figure : finding.figures)
            figures.append({finding.indicator, figure.period()});
    }
    return figures;
}

} // namespace chiso
