#pragma once

#include "i18n/Language.h"

#include <QString>
#include <optional>

namespace chiso {

/// How an indicator's figures add up over a year.
enum class IndicatorKind {
    Flow,      ///< year-to-date totals summed over the year (revenue, profit, budget, GDP)
    Level,     ///< a state at a date (workforce, fibre %, broadband per 100)
    MonthFlow, ///< the value of one single month, given beside a year-to-date total
};

enum class Unit { BillionVnd, Persons, Percent, Per100 };

std::optional<IndicatorKind> indicatorKindFromCode(const QString &code);
QString indicatorKindCode(IndicatorKind kind);
std::optional<Unit> unitFromCode(const QString &code);
QString unitCode(Unit unit);

/// One key performance indicator of the sector, as the catalogue defines it.
struct Indicator {
    QString code;
    IndicatorKind kind = IndicatorKind::Flow;
    Unit unit = Unit::BillionVnd;
    QString nameVi;
    QString nameEn;
    QString unitVi;
    QString unitEn;
    int decimals = 0;
    int sortOrder = 0;
    /// What a share or rate is weighted by when units' figures add up to a region's (households
    /// for fibre, population for Internet users): a basis of the unit_weight table. Empty for
    /// money and counts, which are summed.
    QString weightedBy;

    QString name(Language language) const { return language == Language::Vietnamese ? nameVi : nameEn; }
    QString unitLabel(Language language) const { return language == Language::Vietnamese ? unitVi : unitEn; }
    /// A share in per cent: its year-on-year change is measured in percentage points.
    bool isPercent() const { return unit == Unit::Percent; }
    bool isFlow() const { return kind == IndicatorKind::Flow; }
};

} // namespace chiso
