#pragma once

#include "analytics/KpiReport.h"
#include "domain/Indicator.h"
#include "domain/YearMonth.h"
#include "i18n/Language.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace chiso {

/// Numbers, shares, changes and periods as a reader of the language expects them
/// (vi: 2.067.389 · 49,6% · tháng 6/2024; en: 2,067,389 · 49.6% · June 2024), through QLocale.
class Formatter
{
public:
    explicit Formatter(Language language);

    Language language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    /// A figure with the indicator's decimals: 2.067.389 / 82,20.
    QString value(const Indicator &indicator, double value) const;
    /// A figure with its unit: 2.067.389 tỷ đồng / 82,20%.
    QString valueWithUnit(const Indicator &indicator, double value) const;
    /// A forecast as a sentence gives it, to the precision it can claim: three significant
    /// figures, in millions from a million up ("4,25 triệu tỷ đồng" / "4.25 million billion
    /// VND", "314.000 tỷ đồng"), percentages and per-100 figures to one decimal ("84,8%").
    QString approximate(const Indicator &indicator, double value) const;
    /// A range in the same form, in the scale of its upper end: "3,43 – 5,25 triệu tỷ đồng".
    QString approximateRange(const Indicator &indicator, double lower, double upper) const;
    /// A fraction as a percentage with one decimal: 0.4956 → 49,6%.
    QString share(double fraction) const;
    /// A probability (0–1) in whole per cent: an estimate knows no tenths, and the window, the
    /// report and the briefing all say it the same way.
    QString chance(double fraction) const;
    /// A percentage exactly as a source stated it: 27 → 27%, 24.55 → 24,55%.
    QString statedPercent(double percent, bool withSign = false) const;
    /// A year-on-year change: +28,1% or +5,3 điểm %.
    QString change(const Change &change) const;
    /// The growth shown for a row: "+28,1%", or "+23,7% (công bố)" where only a source states it.
    QString shownGrowth(const ShownGrowth &growth) const;
    /// The month of a figure: tháng 6/2024 / June 2024.
    QString period(YearMonth period) const;
    /// The same at the start of a sentence or heading: Tháng 6/2024 / June 2024.
    QString periodHeading(YearMonth period) const;
    /// The date a document is signed: "ngày 29 tháng 11 năm 2026" (the administrative form) / "29 November 2026".
    QString documentDate(QDate date) const;
    /// A month by its name, as a month picker lists it: Tháng 8 / August.
    QString monthName(int month) const;
    /// A month on a chart's axis: T1…T12 / Jan…Dec.
    QString shortMonth(int month) const;
    /// A short period for tables: 6/2024.
    QString shortPeriod(YearMonth period) const;
    QString status(Status status) const;
    /// A row's status with what it rests on: "đúng tiến độ (theo tiến độ m/12)", "không đánh giá".
    QString status(const KpiRow &row) const;
    /// What a status rests on, where it is shown apart from the status: "(theo tiến độ m/12)"; empty otherwise.
    QString statusNote(const KpiRow &row) const;
    QString paceBasis(Pace::Basis basis) const;
    /// The mark of a derived figure, and of what is computed from one: "†".
    static QString derivedMark();
    /// How a derived cut-off was come by: "8/2023: 2,280,408, derived as 2,820,865 (8/2024) ÷
    /// (1 + 23.7%), the growth stated for 8/2024" or "… interpolated between 7/2023 and 9/2023".
    QString derivation(const Indicator &indicator, const DerivedCutOff &derived) const;

private:
    /// The number alone, in the given scale (1 or 1e6), three significant figures.
    QString approximateNumber(const Indicator &indicator, double value, double scale) const;
    /// The unit after a number of that scale: "%" / " triệu tỷ đồng" / " tỷ đồng".
    QString approximateUnit(const Indicator &indicator, double scale) const;

    Language m_language;
    QLocale m_locale;
};

} // namespace chiso
