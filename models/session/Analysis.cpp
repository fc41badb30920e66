#include "Analysis.h"
#include "store/Store.h"

namespace chiso {

Analysis::Analysis(Store &store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_figures = m_store.figures();
    m_period = latestPeriod().value_or(YearMonth{QDate::currentDate().year(), QDate::currentDate().month()});
    recompute();
}

Analysis::~Analysis() = default;

std::optional<YearMonth> Analysis::latestPeriod() const
{
    return latestFlowPeriod(Snapshot(m_figures), m_store.indicators());
}

const KpiRow *Analysis::row(const QString &indicator) const
{
    for (const KpiRow &r : m_kpis.rows) {
        if (r.indicator.code == indicator)
            return &r;
    }
    return nullptr;
}

QList<Finding> Analysis::openFindings(const QString &indicator) const
{
    QList<Finding> open;
    for (const Finding &f : m_findings) {
        if ((indicator.isEmpty() || f.indicator == indicator) && !m_acknowledgements.contains(f.key()))
            open.append(f);
    }
    return open;
}

std::optional<Store::Acknowledgement> Analysis::acknowledgement(const Finding &finding) const
{
    const auto it = m_acknowledgements.constFind(finding.key());
    if (it == m_acknowledgements.constEnd())
        return std::nullopt;
    return *it;
}

QList<YearMonth> Analysis::flaggedPeriods(const QString &indicator) const
{
    QList<YearMonth> periods;
    for (const Finding &f : openFindings(indicator)) {
        for (const Figure &figure : f.figures) {
            if (figure.indicator == indicator && figure.kind == RecordKind::Value && !periods.contains(figure.period()))
                periods.append(figure.period());
        }
    }
    return periods;
}

void Analysis::setCheckSettings(const CheckSettings &settings)
{
    m_checkSettings = settings;
    recompute();
}

void Analysis::acknowledge(const Finding &finding, const QString &comment)
{
    m_store.acknowledge(finding.key(), comment);
    m_acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

void Analysis::reopen(const Finding &finding)
{
    m_store.reopen(finding.key());
    m_acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

void Analysis::setPeriod(YearMonth period)
{
    if (period == m_period || !period.isValid())
        return;
    m_period = period;
    recompute();
}

void Analysis::setTolerancePoints(double points)
{
    if (points == m_tolerance)
        return;
    m_tolerance = points;
    recompute();
}

void Analysis::reload()
{
    m_figures = m_store.figures();
    recompute();
}

void Analysis::recompute()
{
    m_snapshot = std::make_unique<Snapshot>(m_figures, m_period);
    m_kpis = buildKpiReport(*m_snapshot, m_store.indicators(), m_period, m_region, m_tolerance);
    m_forecasts = buildForecastReport(*m_snapshot, m_store.indicators(), m_period, m_region);
    m_findings = findFindings(*m_snapshot, m_store.indicators(), m_checkSettings, m_period.year, m_region);
    m_acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

} // namespace chiso
