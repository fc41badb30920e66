#pragma once

#include <QString>
#include <QDate>
#include <compare>
#include <optional>

namespace chiso {

/// A calendar month: the cut-off of a year-to-date figure or of a reading.
struct YearMonth {
    int year = 0;
    int month = 0;

    auto operator<=>(const YearMonth &) const = default;

    /// Months since year 0; differences of two indices count months.
    int index() const { return year * 12 + (month - 1); }
    static YearMonth fromIndex(int index) { return {index / 12, index % 12 + 1}; }
    YearMonth plusMonths(int n) const { return fromIndex(index() + n); }
    QDate lastDay() const { return QDate(year, month, 1).addMonths(1).addDays(-1); }
    bool isValid() const { return month >= 1 && month <= 12 && year >= 1900 && year <= 2100; }

    /// Parses "YYYY-MM"; nothing for any other text or an impossible month.
    static std::optional<YearMonth> parse(const QString &text);
    QString toIsoString() const;
};

} // namespace chiso
