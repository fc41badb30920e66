#pragma once

#include "YearMonth.h"

#include <QHash>
#include <QString>
#include <optional>

namespace chiso {

/// The office's choice of which source's value of a figure is used where sources give
/// different ones: every view, report, briefing and forecast then reads that source's.
/// Stored in the database (beside the acknowledgements, with their history and rights), so
/// that every client sees the same choice.
struct FigureChoice {
    QString indicator;
    QString region;
    YearMonth period;
    QString sourceKey; ///< Source::key() of the chosen value
    QString at;        ///< when it was chosen (UTC, ISO 8601)
    QString by;        ///< who chose it

    /// What identifies the figure chosen for, whatever source is chosen.
    QString key() const { return storageKey(indicator, region, period); }
    static QString storageKey(const QString &indicator, const QString &region, YearMonth period);
    /// Whether a stored key is a choice's, not an acknowledgement's.
    static bool isStorageKey(const QString &storedKey);
    /// The choice a stored row holds, or nothing if the row is not a choice (an acknowledgement).
    static std::optional<FigureChoice> fromStorage(const QString &storedKey, const QString &sourceKey, const QString &at,
                                                   const QString &by);
};

/// The office's choices, by FigureChoice::key().
using FigureChoices = QHash<QString, FigureChoice>;

} // namespace chiso
