#pragma once

#include "analytics/KpiReport.h"
#include "analytics/Snapshot.h"
#include "check/Findings.h"
#include "forecast/ForecastReport.h"
#include "store/Store.h"

#include <QObject>
#include <memory>

namespace chiso {

/// What the analyst is looking at: a database, a period (the as-of cut-off for everything
/// shown) and a tolerance, with the KPI table and the forecasts computed for them.
/// The window's views read from here; none of them computes a figure.
class Analysis : public QObject
{
    Q_OBJECT

public:
    explicit Analysis(Store &store, QObject *parent = nullptr);
    ~Analysis() override;

    Store &store() { return m_store; }
    const Store &store() const { return m_store; }
    YearMonth period() const { return m_period; }
    /// The latest month holding a flow figure (the default period), if any.
    std::optional<YearMonth> latestPeriod() const;
    double tolerancePoints() const { return m_tolerance; }
    QString region() const { return m_region; }

    const Snapshot &snapshot() const { return *m_snapshot; }
    const KpiReport &kpis() const { return m_kpis; }
    const ForecastReport &forecasts() const { return m_forecasts; }
    const KpiRow *row(const QString &indicator) const;
    /// Findings about the period's year, as known at the period, largest first.
    const QList<Finding> &findings() const { return m_findings; }
    /// The findings about one indicator that nobody has acknowledged yet.
    QList<Finding> openFindings(const QString &indicator = {}) const;
    std::optional<Store::Acknowledgement> acknowledgement(const Finding &finding) const;
    /// The periods of an indicator's figures that open findings concern.
    QList<YearMonth> flaggedPeriods(const QString &indicator) const;
    void acknowledge(const Finding &finding, const QString &comment);
    const CheckSettings &checkSettings() const { return m_checkSettings; }
    void setCheckSettings(const CheckSettings &settings);
    void reopen(const Finding &finding);

public Q_SLOTS:
    void setPeriod(chiso::YearMonth period);
    void setTolerancePoints(double points);
    /// Reads the database again (after an import or an edit) and recomputes.
    void reload();

Q_SIGNALS:
    void changed();

private:
    void recompute();

    Store &m_store;
    QList<Figure> m_figures;
    YearMonth m_period;
    double m_tolerance = 2.0;
    QString m_region = QStringLiteral("VN");
    std::unique_ptr<Snapshot> m_snapshot;
    KpiReport m_kpis;
    ForecastReport m_forecasts;
    QList<Finding> m_findings;
    CheckSettings m_checkSettings;
    QHash<QString, Store::Acknowledgement> m_acknowledgements;
};

} // namespace chiso
