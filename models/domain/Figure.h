#pragma once

#include "YearMonth.h"

#include <QDate>
#include <QString>
#include <optional>

namespace chiso {

/// What a row of data says: a figure, a yearly plan, or a claim a source makes about a figure.
enum class RecordKind {
    Value,        ///< the figure itself (an observation)
    Plan,         ///< the yearly target
    StatedGrowth, ///< growth vs the same period a year earlier, in %, as a source states it
    StatedShare,  ///< share of the yearly plan reached, in %, as a source states it
};

/// How a figure came to be known. Order matters: a later basis supersedes an earlier one.
enum class Basis { None, Reported, Estimate, Measured, Actual };

std::optional<RecordKind> recordKindFromCode(const QString &code);
QString recordKindCode(RecordKind kind);
std::optional<Basis> basisFromCode(const QString &code);
QString basisCode(Basis basis);

/// Where a figure was read: an article, a report, a system.
struct Source {
    QString url;
    QString title;
    QDate published; ///< null where unknown

    /// Identity of a source: its address, or its title where it has none.
    QString key() const { return url.isEmpty() ? title : url; }
    /// What a reader is shown: its title, or its address where it has none.
    QString name() const { return title.isEmpty() ? url : title; }
};

/// One row of data with its source, as imported, stored and exported.
struct Figure {
    RecordKind kind = RecordKind::Value;
    QString indicator;
    QString region;
    int year = 0;
    int month = 12; ///< the year-to-date cut-off or reading month; 12 for plans
    double value = 0;
    Basis basis = Basis::None;
    Source source;
    QString quote;
    QString note;
    qint64 id = 0; ///< store row id; 0 for a figure not stored
    /// The entry (one save or import) the stored row was last written under, as read: a save
    /// compares it with the row's now to tell whether someone changed the figure since. 0: none
    /// was stored when it was read.
    qint64 entryId = 0;

    YearMonth period() const { return {year, month}; }
    /// The date from which the figure could be known: its publication date, or where that is
    /// unknown, the end of the month after its period (when the monthly briefing appears).
    /// A plan of unknown date counts as known from the start of its year.
    QDate knownFrom() const;
};

} // namespace chiso
