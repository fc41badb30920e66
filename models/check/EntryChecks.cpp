#include "EntryChecks.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// "1000× smaller than 2,581,000 (7/2024)": how far `value` is from a figure, as a reader grasps
/// it (only figures at least half as large again, or half as small, are said to stray).
QString comparison(const Indicator &indicator, double value, const Figure &figure, const Formatter &format)
{
    const QString shown = format.value(indicator, figure.value);
    const QString period = format.shortPeriod(figure.period());
    const double ratio = value / figure.value;
    const auto times = [&format](double r) { return format.locale().toString(r, 'f', r >= 10 ? 0 : 1); };
    if (ratio >= 1.0)
        return QCoreApplication::translate("EntryChecks", "%1× larger than %2 (%3)").arg(times(ratio), shown, period);
    if (ratio > 0)
        return QCoreApplication::translate("EntryChecks", "%1× smaller than %2 (%3)").arg(times(1.0 / ratio), shown, period);
    return QCoreApplication::translate("EntryChecks", "nothing, against %1 (%2)").arg(shown, period);
}

} // namespace

QString entryJumpWarning(const Snapshot &snapshot, const Indicator &indicator, const QString &region, YearMonth period,
                         double value, const Formatter &format, double tolerance)
{
    struct Reference {
        Figure figure;
        double expected;
    };
    QList<Reference> references;
    // The figure stored now for the month: a retyped figure far from it is most likely a slip.
    if (const auto stored = snapshot.value(indicator.code, region, period.year, period.month))
        references.append({*stored, stored->value});
    // The latest earlier figure of a year up to a month: a year-to-date flow's scaled to the
    // month (m / m'), a level's as it is. Months go missing; a year's January starts afresh.
    const auto latestBefore = [&](int year, int month) -> std::optional<Reference> {
        for (int m = month; m >= 1; --m) {
            if (const auto f = snapshot.value(indicator.code, region, year, m))
                return Reference{*f, indicator.isFlow() ? f->value * period.month / m : f->value};
        }
        return std::nullopt;
    };
    if (const auto earlier = latestBefore(period.year, period.month - 1))
        references.append(*earlier);
    if (const auto lastYear = latestBefore(period.year - 1, period.month))
        references.append(*lastYear);
    if (references.isEmpty())
        return {};
    QStringList compared;
    for (const Reference &r : std::as_const(references)) {
        if (r.expected <= 0 || std::abs(value / r.expected - 1.0) <= tolerance)
            return {}; // in line with one of them: a real movement, not a slip
        compared.append(comparison(indicator, value, r.figure, format));
    }
    return QCoreApplication::translate("EntryChecks", "%1: %2 is %3. Check the digits and separators before saving.")
        .arg(indicator.name(format.language()), format.value(indicator, value), compared.join(QCoreApplication::translate("EntryChecks", " and ")));
}

QString entryDecimalsProblem(const Indicator &indicator, const QString &text, const QLocale &locale)
{
    const qsizetype point = text.lastIndexOf(locale.decimalPoint());
    if (point < 0)
        return {};
    const qsizetype decimals = text.size() - point - locale.decimalPoint().size();
    if (decimals <= indicator.decimals)
        return {};
    const QString name = indicator.name(locale.language() == QLocale::Vietnamese ? Language::Vietnamese : Language::English);
    if (indicator.decimals == 0 && decimals == 3) {
        // Most likely a thousands separator of the other language: say what it would be.
        const QString meant = locale.toString(std::round(locale.toDouble(text) * 1000.0), 'f', 0);
        return QCoreApplication::translate("EntryChecks", "%1 has 3 decimals, but %2 is given in whole numbers; did you mean %3?")
            .arg(text, name, meant);
    }
    return QCoreApplication::translate("EntryChecks", "%1 has %n decimal(s), but %2 is given to %3.", nullptr, int(decimals))
        .arg(text, name)
        .arg(indicator.decimals);
}

} // namespace chiso
