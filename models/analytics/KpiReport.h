#pragma once

#include "DerivedCutOffs.h"
#include "KpiFormulas.h"
#include "Snapshot.h"
#include "domain/Figure.h"
#include "domain/Indicator.h"

#include <QList>
#include <optional>

namespace chiso {

/// One indicator's standing at a cut-off: figure, last year, growth, plan, pace, status,
/// with the stated growth and share beside the computed ones.
struct KpiRow {
    Indicator indicator;
    std::optional<Figure> current;  ///< flows: the figure at the cut-off; levels: the latest reading up to it
    std::optional<Figure> lastReading; ///< without a current figure: the latest one before the period, if any
    QList<double> otherValues;      ///< different values other sources give for the same figure
    /// Why `current` is the value used where other sources give others.
    Snapshot::Preference preference = Snapshot::Preference::Alone;
    std::optional<FigureChoice> choice; ///< the office's choice for `current`'s figure, if it made one
    std::optional<Figure> previous; ///< the same cut-off (or reading month) a year earlier
    /// Flows: where no source gives last year's same cut-off but the database implies it, how
    /// (then `previous` holds the derived value, without a source, and is shown marked).
    std::optional<DerivedCutOff> previousDerived;
    /// Flows: last year's total derived, where the pace rests on one.
    std::optional<DerivedCutOff> lastTotalDerived;
    /// Computed from `previous`; not where `previous` is derived from this very growth as a
    /// source states it (that would be the stated growth again: it is shown as stated).
    std::optional<Change> growth;
    std::optional<Figure> statedGrowth;
    std::optional<Figure> plan;
    std::optional<double> share;    ///< completion of the plan, computed
    std::optional<Figure> statedShare;
    std::optional<Pace> pace;
    Status status = Status::Unknown;
    /// What the status rests on, where a reader must be told: a calendar pace standing in for
    /// last year's missing profile, or a base figure flagged as a break (then no status at all).
    /// Or a pace from last year's profile with a derived figure in it.
    enum class StatusNote { None, CalendarFallback, FlaggedBase, DerivedBase };
    StatusNote statusNote = StatusNote::None;
    std::optional<YearMonth> flaggedBase; ///< StatusNote::FlaggedBase: the period of the flagged figure

    /// The derived figures the row shows or rests on, last year's same cut-off first.
    QList<DerivedCutOff> derived() const;
};

/// The periods of the figures a row's expected pace is measured from: last year's same month
/// and December (flows on last year's profile), last December (levels).
QList<YearMonth> paceBasePeriods(const KpiRow &row);

/// The growth a reader is shown: the computed one where last year's figure is known, else the
/// one a source states (marked, so that nobody takes it for a computed figure).
struct ShownGrowth {
    enum class Kind { Computed, Stated };
    Kind kind = Kind::Computed;
    Change computed;           ///< Kind::Computed
    double statedPercent = 0;  ///< Kind::Stated: the rate exactly as the source gives it, in %
};
std::optional<ShownGrowth> shownGrowth(const KpiRow &row);

/// The monthly KPI table for one period and region.
struct KpiReport {
    YearMonth period;
    std::optional<YearMonth> asOf;
    QString region;
    double tolerancePoints = 2.0;
    QList<KpiRow> rows;
};

/// Withholds the status of every row whose pace rests on a figure of `flagged` (indicator code
/// and period): a base the app itself doubts cannot say ahead or behind.
void withholdStatusOnFlaggedBases(KpiReport &report, const QList<std::pair<QString, YearMonth>> &flagged);

/// Whether any indicator has a figure for the report's period (flows: its month; levels: a
/// reading of its year up to the month). Without one there is nothing to show or compare.
bool holdsFigures(const KpiReport &report);

/// The codes of the flow indicators: the latest month holding one of them is a report's default period.
QStringList flowIndicatorCodes(const QList<Indicator> &indicators);

/// Builds the KPI table for every flow and level indicator of the catalogue, in its order.
KpiReport buildKpiReport(const Snapshot &snapshot, const QList<Indicator> &indicators, YearMonth period,
                         const QString &region = QStringLiteral("VN"), double tolerancePoints = 2.0);

} // namespace chiso
