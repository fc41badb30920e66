#pragma once

#include "domain/Figure.h"
#include "domain/YearMonth.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace chiso {

class Store;

/// A region's figures as the unit of that code at a given month has them, across a merger:
/// for a province formed on 1 July 2025 from several old ones, its months before that day are
/// the sums of the old provinces' figures (Lào Cai's 2024 is Lào Cai's plus Yên Bái's, not the
/// old "15" alone), while its own figures from that day are its own.
struct UnitFigures {
    QList<Figure> figures;
    /// What could not be added up, one sentence each: a month some old unit has no figure of,
    /// a share that needs weights the database does not hold (shown as no value, not a guess).
    QStringList notes;
};

/// Sums the old units' preferred values (of what was known at `asOf`) for money and counts;
/// shares and rates (% and per 100) would need a weighted mean, and no weights are stored
/// yet, so they get no value and a note. Plans of money and counts are summed likewise; stated
/// growth and shares are a source's words about one unit and are not carried over. A summed
/// figure's source says so ("Chỉ Số: sum of …"), its basis is the weakest of its parts', and
/// it counts as published when the last of its parts was.
/// For a unit formed by no merger (or at a month before its merger), the stored figures as they are.
UnitFigures unitFigures(const Store &store, const QString &region, YearMonth at,
                        std::optional<std::pair<int, int>> years = std::nullopt, std::optional<YearMonth> asOf = std::nullopt);

} // namespace chiso
