#pragma once

#include "analytics/KpiReport.h"
#include "analytics/Snapshot.h"
#include "check/Findings.h"
#include "cycle/AddingUp.h"
#include "forecast/ForecastReport.h"
#include "store/Store.h"

#include <QObject>
#include <functional>
#include <memory>

namespace chiso {

/// What an analysis starts from, so that it is computed once (a window restores all three).
struct AnalysisSettings {
    std::optional<YearMonth> period; ///< default: the latest month holding a flow figure of the region
    QString region = QStringLiteral("VN");
    double tolerancePoints = 2.0;
    CheckSettings check;
};

/// What the analyst is looking at: a database, a region, a period (the as-of cut-off for
/// everything shown) and a tolerance, with the KPI table and the forecasts computed for them.
/// Only the region's figures of the years up to the period's are read: the rest of the
/// database, however large, costs nothing. The window's views read from here; none of them
/// computes a figure.
class Analysis : public QObject
{
    Q_OBJECT

public:
    explicit Analysis(Store &store, const AnalysisSettings &settings = {}, QObject *parent = nullptr);
    ~Analysis() override;

    Store &store() { return m_store; }
    const Store &store() const { return m_store; }
    YearMonth period() const { return m_state.period; }
    /// The latest month holding a flow figure of the region (the default period), if any.
    std::optional<YearMonth> latestPeriod() const;
    double tolerancePoints() const { return m_settings.tolerancePoints; }
    QString region() const { return m_settings.region; }
    /// The stored row with the same key as `figure` (kind, indicator, region, period, basis or
    /// kind of claim, source) as read, with its entry: what a save typed over it compares with.
    std::optional<Figure> storedFigure(const Figure &figure) const;
    /// The regions holding figures, read from the store when asked (for the region picker's
    /// list: a seek per region, so not at every change).
    QStringList regions() const { return m_store.regions(); }
    /// The same two for the window: a store that cannot be read says so through readFailed
    /// and gives nothing, where the const ones throw.
    std::optional<YearMonth> findLatestPeriod();
    QStringList findRegions();
    /// Records the office's choice of a source's value for a figure of the region (empty
    /// sourceKey: removes it), then recomputes. False, with writeFailed, if the store refused.
    bool chooseFigure(const QString &indicator, YearMonth period, const QString &sourceKey);
    /// Whether the region holds any figure, plan or stated figure.
    bool regionHoldsFigures() const { return m_state.regionHoldsFigures; }

    /// The values (not plans or stated figures) stored for the region.
    qsizetype storedValueCount() const { return m_state.valueCount; }
    const Snapshot &snapshot() const { return *m_state.snapshot; }
    const KpiReport &kpis() const { return m_state.kpis; }
    const ForecastReport &forecasts() const { return m_state.forecasts; }
    const KpiRow *row(const QString &indicator) const;
    /// Findings about the period's year, as known at the period, largest first.
    const QList<Finding> &findings() const { return m_state.findings; }
    /// The provinces added up, each month of the year up to the period (the country's view only).
    const QList<UnitsTotal> &unitsTotals() const { return m_state.unitsTotals; }
    /// The findings about one indicator that nobody has acknowledged yet.
    QList<Finding> openFindings(const QString &indicator = {}) const;
    std::optional<Store::Acknowledgement> acknowledgement(const Finding &finding) const;
    /// The periods of an indicator's figures that open findings concern.
    QList<YearMonth> flaggedPeriods(const QString &indicator) const;
    /// Stores what the analyst concluded about a finding, or removes it (reopen). False, with
    /// writeFailed, if the store refused: nothing changed.
    bool acknowledge(const Finding &finding, const QString &comment);
    bool reopen(const Finding &finding);
    /// The office's action on a unit's form for a month (Store::review); false, after
    /// writeFailed, if the store refused it: nothing changed.
    bool review(const QString &unit, YearMonth period, ReviewAction action, const QString &comment);
    const CheckSettings &checkSettings() const { return m_settings.check; }
    void setCheckSettings(const CheckSettings &settings);
    /// Tells whoever shows the analysis that a change the user asked for was not stored.
    void reportWriteFailure(const QString &message);

public Q_SLOTS:
    void setPeriod(chiso::YearMonth period);
    /// Another region (a code in its stored form), at the same period.
    void setRegion(const QString &region);
    /// The region at the latest month holding one of its flow figures, as the command line's
    /// --region without --as-of: the window started on a region.
    void setRegionAtItsLatestMonth(const QString &region);
    void setTolerancePoints(double points);
    /// Reads the database again (after an import or an edit) and recomputes.
    void reload();

Q_SIGNALS:
    void changed();
    /// A change the user asked for was not stored; the message (translated) says why.
    void writeFailed(const QString &message);
    /// The store could not be read (a server gone away): what is shown stays as it was.
    void readFailed(const QString &message);

private:
    /// Another region, at `period` if given (else the same period): its figures read once.
    void showRegion(const QString &region, std::optional<YearMonth> period);
    /// Everything read and computed for one period.
    struct State {
        QList<Figure> figures; ///< the region's, of the years up to figuresUpToYear
        FigureChoices choices; ///< the office's choices of sources
        int figuresUpToYear = 0;
        qsizetype valueCount = 0;
        bool regionHoldsFigures = false;
        YearMonth period;
        std::unique_ptr<const Snapshot> snapshot;
        KpiReport kpis;
        ForecastReport forecasts;
        QList<Finding> findings;
        /// The country's: the provinces added up, each month of the period's year up to it.
        QList<UnitsTotal> unitsTotals;
        QHash<QString, Store::Acknowledgement> acknowledgements;
    };
    /// Reads the figures and computes (the period: the settings', else the latest).
    State load() const;
    /// Reads what the state's region and period need from the store.
    void read(State &state) const;
    /// The provinces' totals of the state's year up to its period (the country's view only).
    void readUnitsTotals(State &state) const;
    /// The snapshot, KPIs, forecasts and findings of the state's figures and period.
    void compute(State &state) const;
    void recompute();
    /// Runs work that reads the store; on a StoreError emits readFailed and returns false.
    bool reading(const std::function<void()> &work);

    Store &m_store;
    AnalysisSettings m_settings;
    State m_state;
};

} // namespace chiso
