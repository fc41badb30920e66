#include "Snapshot.h"

#include <QStringList>
#include <algorithm>

namespace chiso {

Snapshot::Snapshot(const QList<Figure> &figures, std::optional<YearMonth> asOf, const FigureChoices &choices)
    : m_asOf(asOf), m_choices(choices)
{
    for (const Figure &f : figures) {
        if (asOf && !isKnownAt(f, *asOf))
            continue;
        m_byKey[Key{f.kind, f.indicator, f.region, f.year, f.month}].append(f);
        m_all.append(f);
        if (f.kind == RecordKind::Value) {
            m_values.append(f);
            m_periods[{f.indicator, f.region}].append(f.period());
        }
    }
    for (QList<YearMonth> &periods : m_periods) {
        std::sort(periods.begin(), periods.end());
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
    }
    for (auto it = m_byKey.begin(); it != m_byKey.end(); ++it) {
        QList<Figure> &list = it.value();
        QHash<double, int> votes; // how many sources give each value
        for (const Figure &f : std::as_const(list))
            ++votes[f.value];
        const Key &key = it.key();
        const auto chosen = key.kind == RecordKind::Value ? choice(key.indicator, key.region, {key.year, key.month}) : std::nullopt;
        const QString chosenSource = chosen ? chosen->sourceKey : QString();
        std::stable_sort(list.begin(), list.end(), [&](const Figure &a, const Figure &b) {
            const bool aChosen = !chosenSource.isEmpty() && a.source.key() == chosenSource;
            const bool bChosen = !chosenSource.isEmpty() && b.source.key() == chosenSource;
            if (aChosen != bChosen)
                return aChosen;
            if (a.basis != b.basis)
                return a.basis > b.basis;
            if (a.knownFrom() != b.knownFrom())
                return a.knownFrom() > b.knownFrom();
            if (votes.value(a.value) != votes.value(b.value))
                return votes.value(a.value) > votes.value(b.value);
            return a.id < b.id;
        });
    }
}

bool Snapshot::isKnownAt(const Figure &figure, YearMonth asOf)
{
    const QDate briefingEnd = asOf.plusMonths(1).lastDay();
    if (figure.knownFrom() > briefingEnd)
        return false;
    if (figure.kind == RecordKind::Plan)
        return figure.year <= asOf.year;
    return figure.period() <= asOf;
}

QList<Figure> Snapshot::all(RecordKind kind, const QString &indicator, const QString &region, int year, int month) const
{
    return m_byKey.value(Key{kind, indicator, region, year, month});
}

std::optional<Figure> Snapshot::preferred(RecordKind kind, const QString &indicator, const QString &region, int year, int month) const
{
    const auto it = m_byKey.constFind(Key{kind, indicator, region, year, month});
    if (it == m_byKey.constEnd() || it->isEmpty())
        return std::nullopt;
    return it->first();
}

Snapshot::Preference Snapshot::preferredBecause(const QString &indicator, const QString &region, int year, int month) const
{
    const QList<Figure> values = all(RecordKind::Value, indicator, region, year, month);
    const auto differs = [&values](const Figure &f) { return f.value != values.first().value; };
    const auto other = std::find_if(values.cbegin(), values.cend(), differs);
    if (other == values.cend())
        return Preference::Alone;
    const Figure &first = values.first();
    if (const auto chosen = choice(indicator, region, {year, month}); chosen && first.source.key() == chosen->sourceKey)
        return Preference::Chosen;
    if (first.basis != other->basis)
        return Preference::LaterBasis;
    if (first.knownFrom() != other->knownFrom())
        return Preference::LaterPublication;
    const auto votes = [&values](double v) { return std::count_if(values.cbegin(), values.cend(), [v](const Figure &f) { return f.value == v; }); };
    if (votes(first.value) != votes(other->value))
        return Preference::MoreSources;
    return Preference::FirstStored;
}

std::optional<FigureChoice> Snapshot::choice(const QString &indicator, const QString &region, YearMonth period) const
{
    if (m_choices.isEmpty())
        return std::nullopt;
    const auto it = m_choices.constFind(FigureChoice::storageKey(indicator, region, period));
    if (it == m_choices.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<Figure> Snapshot::latestValueUpTo(const QString &indicator, const QString &region, int year, int month) const
{
    for (int m = month; m >= 1; --m) {
        if (auto f = value(indicator, region, year, m))
            return f;
    }
    return std::nullopt;
}

std::optional<Figure> Snapshot::claim(RecordKind kind, const QString &indicator, const QString &region, int year, int month,
                                      const Source &preferredSource) const
{
    const QList<Figure> claims = all(kind, indicator, region, year, month);
    for (const Figure &f : claims) {
        if (f.source.key() == preferredSource.key())
            return f;
    }
    if (claims.isEmpty())
        return std::nullopt;
    return claims.first();
}

QList<Figure> Snapshot::series(const QString &indicator, const QString &region) const
{
    const QList<YearMonth> periods = m_periods.value({indicator, region});
    QList<Figure> result;
    result.reserve(periods.size());
    for (const YearMonth &period : periods)
        result.append(*value(indicator, region, period.year, period.month));
    return result;
}

std::optional<YearMonth> Snapshot::latestPeriod(const QList<Figure> &figures, const QStringList &indicators)
{
    std::optional<YearMonth> latest;
    for (const Figure &f : figures) {
        if (f.kind != RecordKind::Value || (!indicators.isEmpty() && !indicators.contains(f.indicator)))
            continue;
        if (!latest || f.period() > *latest)
            latest = f.period();
    }
    return latest;
}

} // namespace chiso
