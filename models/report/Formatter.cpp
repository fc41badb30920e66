#include "Formatter.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// Millions from a million up, for counts and money; shares and per-100 figures as they are.
double scaleFor(const Indicator &indicator, double magnitude)
{
    if (indicator.isPercent() || indicator.unit == Unit::Per100)
        return 1;
    return magnitude >= 1e6 ? 1e6 : 1;
}

} // namespace

Formatter::Formatter(Language language)
    : m_language(language), m_locale(localeFor(language))
{
}

QString Formatter::value(const Indicator &indicator, double v) const
{
    return m_locale.toString(v, 'f', indicator.decimals);
}

QString Formatter::valueWithUnit(const Indicator &indicator, double v) const
{
    if (indicator.isPercent())
        return value(indicator, v) + m_locale.percent();
    return value(indicator, v) + QLatin1Char(' ') + indicator.unitLabel(m_language);
}

QString Formatter::approximateNumber(const Indicator &indicator, double v, double scale) const
{
    if (indicator.isPercent() || indicator.unit == Unit::Per100)
        return m_locale.toString(v, 'f', std::min(indicator.decimals, 1));
    const double scaled = v / scale;
    const double magnitude = std::abs(scaled);
    if (magnitude == 0)
        return m_locale.toString(0.0, 'f', 0);
    // Three significant figures: 4,245287 → 4,25; 314.347 → 314.000; 124.653 → 125.000.
    const int digits = int(std::floor(std::log10(magnitude))) + 1; // before the decimal point
    if (digits >= 3) {
        const double unit = std::pow(10.0, digits - 3);
        return m_locale.toString(std::round(scaled / unit) * unit, 'f', 0);
    }
    return m_locale.toString(scaled, 'f', 3 - std::max(digits, 1));
}

QString Formatter::approximateUnit(const Indicator &indicator, double scale) const
{
    if (indicator.isPercent())
        return m_locale.percent();
    const QString unit = indicator.unitLabel(m_language);
    if (scale == 1e6)
        return u" "_s + QCoreApplication::translate("Formatter", "million %1", "a number in millions, then its unit: 4,25 triệu tỷ đồng").arg(unit);
    return u" "_s + unit;
}

QString Formatter::approximate(const Indicator &indicator, double v) const
{
    const double scale = scaleFor(indicator, std::abs(v));
    return approximateNumber(indicator, v, scale) + approximateUnit(indicator, scale);
}

QString Formatter::approximateRange(const Indicator &indicator, double lower, double upper) const
{
    const double scale = scaleFor(indicator, std::max(std::abs(lower), std::abs(upper)));
    return approximateNumber(indicator, lower, scale) + u" – "_s + approximateNumber(indicator, upper, scale)
        + approximateUnit(indicator, scale);
}

QString Formatter::share(double fraction) const
{
    return m_locale.toString(fraction * 100.0, 'f', 1) + m_locale.percent();
}

QString Formatter::chance(double fraction) const
{
    return m_locale.toString(fraction * 100.0, 'f', 0) + m_locale.percent();
}

QString Formatter::statedPercent(double percent, bool withSign) const
{
    QString text = m_locale.toString(percent, 'f', QLocale::FloatingPointShortest) + m_locale.percent();
    if (withSign && percent > 0)
        text.prepend(m_locale.positiveSign());
    return text;
}

QString Formatter::change(const Change &change) const
{
    const double shown = change.percentagePoints ? change.value : change.value * 100.0;
    QString number = m_locale.toString(std::abs(shown), 'f', 1);
    // A change that rounds to nothing has no sign: "0.0%", never "-0.0%".
    const bool nothing = number == m_locale.toString(0.0, 'f', 1);
    const QString sign = nothing ? QString() : shown > 0 ? m_locale.positiveSign() : m_locale.negativeSign();
    if (change.percentagePoints)
        return QCoreApplication::translate("Formatter", "%1%2 pp", "percentage points: sign, number").arg(sign, number);
    return sign + number + m_locale.percent();
}

QString Formatter::shownGrowth(const ShownGrowth &growth) const
{
    if (growth.kind == ShownGrowth::Kind::Computed)
        return change(growth.computed);
    return QCoreApplication::translate("Formatter", "%1 (stated)", "a growth rate a source states, not computed")
        .arg(statedPercent(growth.statedPercent, true));
}

QString Formatter::period(YearMonth period) const
{
    if (m_language == Language::Vietnamese)
        return QCoreApplication::translate("Formatter", "month %1/%2", "a month and year").arg(period.month).arg(period.year);
    return m_locale.toString(QDate(period.year, period.month, 1), u"MMMM yyyy"_s);
}

QString Formatter::periodHeading(YearMonth period) const
{
    QString text = this->period(period);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString Formatter::documentDate(QDate date) const
{
    if (m_language == Language::Vietnamese) {
        // Decree 30/2020/NĐ-CP on official documents: a zero before days below 10 and months 1 and 2.
        const QString day = u"%1"_s.arg(date.day(), 2, 10, QChar(u'0'));
        const QString month = date.month() <= 2 ? u"%1"_s.arg(date.month(), 2, 10, QChar(u'0')) : QString::number(date.month());
        return QCoreApplication::translate("Formatter", "day %1 month %2 year %3", "the administrative date: ngày 29 tháng 11 năm 2026")
            .arg(day, month, QString::number(date.year()));
    }
    return m_locale.toString(date, u"d MMMM yyyy"_s);
}

QString Formatter::shortMonth(int month) const
{
    if (m_language == Language::Vietnamese)
        return QCoreApplication::translate("Formatter", "M%1", "a month on a chart's axis: T1 … T12").arg(month);
    return m_locale.standaloneMonthName(month, QLocale::ShortFormat);
}

QString Formatter::monthName(int month) const
{
    return m_locale.standaloneMonthName(month, QLocale::LongFormat);
}

QString Formatter::shortPeriod(YearMonth period) const
{
    return u"%1/%2"_s.arg(period.month).arg(period.year);
}

QString Formatter::status(Status status) const
{
    switch (status) {
    case Status::Ahead: return QCoreApplication::translate("Formatter", "ahead");
    case Status::OnTrack: return QCoreApplication::translate("Formatter", "on track");
    case Status::Behind: return QCoreApplication::translate("Formatter", "behind");
    case Status::Unknown: return QCoreApplication::translate("Formatter", "n/a", "status cannot be judged");
    }
    return {};
}

QString Formatter::status(const KpiRow &row) const
{
    switch (row.statusNote) {
    case KpiRow::StatusNote::None: break;
    case KpiRow::StatusNote::CalendarFallback:
        return QCoreApplication::translate("Formatter", "%1 (m/12 pace)", "a status measured against the calendar share of the year").arg(status(row.status));
    case KpiRow::StatusNote::FlaggedBase:
        return QCoreApplication::translate("Formatter", "not assessed", "the status's base figure is flagged as a break");
    case KpiRow::StatusNote::DerivedBase:
        return QCoreApplication::translate("Formatter", "%1 (derived pace)", "a status measured against last year's profile with a derived figure in it")
            .arg(status(row.status));
    }
    return status(row.status);
}

QString Formatter::derivedMark()
{
    return u"†"_s;
}

QString Formatter::derivation(const Indicator &indicator, const DerivedCutOff &d) const
{
    const QString period = shortPeriod(d.period);
    const QString shown = value(indicator, d.value);
    switch (d.how) {
    case DerivedCutOff::How::StatedGrowth:
        return QCoreApplication::translate("Formatter", "%1: %2, derived as %3 (%4) ÷ (1 %5 %6), the growth stated for %4",
                                           "a figure no source gives, implied by next year's figure and its stated growth; %5 is + or −")
            .arg(period, shown, value(indicator, d.fromValue), shortPeriod(d.knownFrom),
                 d.statedGrowthPercent < 0 ? m_locale.negativeSign() : m_locale.positiveSign(),
                 statedPercent(std::abs(d.statedGrowthPercent)));
    case DerivedCutOff::How::Interpolated:
        return QCoreApplication::translate("Formatter", "%1: %2, derived between %3 and %4 (interpolated)",
                                           "a figure no source gives, interpolated between the year's neighbouring figures")
            .arg(period, shown, shortPeriod({d.period.year, d.previousMonth}), shortPeriod({d.period.year, d.nextMonth}));
    }
    return {};
}

QString Formatter::statusNote(const KpiRow &row) const
{
    if (row.statusNote == KpiRow::StatusNote::CalendarFallback)
        return QCoreApplication::translate("Formatter", "(m/12 pace)", "a status measured against the calendar share of the year");
    if (row.statusNote == KpiRow::StatusNote::DerivedBase)
        return QCoreApplication::translate("Formatter", "(derived pace)", "a status measured against last year's profile with a derived figure in it");
    return {};
}

QString Formatter::paceBasis(Pace::Basis basis) const
{
    switch (basis) {
    case Pace::Basis::Calendar: return QCoreApplication::translate("Formatter", "share of the year elapsed (m/12)");
    case Pace::Basis::LastYearProfile: return QCoreApplication::translate("Formatter", "share of last year's total reached by the same month");
    case Pace::Basis::LinearPath: return QCoreApplication::translate("Formatter", "straight path from last December to the target");
    }
    return {};
}

} // namespace chiso
