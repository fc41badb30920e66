#pragma once

#include "analytics/Snapshot.h"
#include "domain/Indicator.h"

#include <QList>
#include <optional>

namespace chiso {

/// What kind of disagreement a finding is.
enum class FindingKind {
    StatedShare,        ///< a stated share of plan against the one computed from the plan
    StatedGrowth,       ///< a stated growth against the one computed from last year's figure
    Revision,           ///< a full-year growth rate that implies last year's total was revised
    YearToDateChain,    ///< YTD(m) − YTD(m−1) against the month alone as reported
    SourcesDiffer,      ///< two sources give different values for one figure
    ReportedVsMeasured, ///< a reported figure against one measured for the same thing
    Break,              ///< a jump beyond what the series' own variation makes plausible
    UnitsTotal,         ///< the provinces' figures added up against the national figure reported
};

QString findingKindCode(FindingKind kind);

/// A place where the figures do not add up, with the figures involved.
struct Finding {
    FindingKind kind = FindingKind::StatedShare;
    QString indicator;
    YearMonth period;
    QList<Figure> figures; ///< the figure found first, then those it is checked against
    double found = 0;      ///< the value as given (stated, reported, the month alone, the later reading)
    double expected = 0;   ///< what the other figures say it should be
    std::optional<double> impliedBase; ///< the previous-year figure a stated growth implies
    double severity = 0;   ///< relative size of the gap: findings are listed largest first

    /// Identifies the finding across runs (for acknowledgements): kind, figure and sources.
    QString key() const;
};

/// Where rounding ends and a finding begins. The defaults flag no rounding: a stated 49 %
/// against 49,4 % computed is fine.
struct CheckSettings {
    double sharePoints = 0.5;          ///< beyond the stated precision, in percentage points
    double growthPoints = 0.5;         ///< the same for growth rates
    double sourcesRelative = 0.002;    ///< two sources may differ by 0.2 %
    double chainRelative = 0.01;       ///< the month alone may differ from the YTD difference by 1 %
    double breakFactor = 3.0;          ///< a step this many robust deviations from the others…
    double breakFloorPerMonth = 0.0025;///< …with at least 0.25 % a month as the deviation
    double unitsRelative = 0.005;      ///< the provinces' sum (or mean rate per 100) may differ from the national figure by 0.5 %…
    double unitsPoints = 0.5;          ///< …their weighted mean of a share in per cent by 0.5 percentage points

    bool operator==(const CheckSettings &) const = default;
};

/// Every finding among the figures of the snapshot (apply --as-of when building it), for
/// one year or all, largest first.
QList<Finding> findFindings(const Snapshot &snapshot, const QList<Indicator> &indicators, const CheckSettings &settings = {},
                            std::optional<int> year = std::nullopt, const QString &region = QStringLiteral("VN"));

/// Orders findings largest first (ties by key), as findFindings does: for lists it is added to.
void sortFindings(QList<Finding> &findings);
/// The figures that breaks in a series concern (indicator code and period): no pace is measured from them.
QList<std::pair<QString, YearMonth>> breakFigures(const QList<Finding> &findings);

} // namespace chiso
