#include "Analysis.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

#include <algorithm>

namespace chiso {

Analysis::Analysis(Store &store, const AnalysisSettings &settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_state(load())
{
}

Analysis::~Analysis() = default;

Analysis::State Analysis::load() const
{
    State state;
    state.figures = m_store.figures();
    if (m_settings.period && m_settings.period->isValid())
        state.period = *m_settings.period;
    else
        state.period = latestFlowPeriod(state.figures, m_store.indicators())
                           .value_or(YearMonth{QDate::currentDate().year(), QDate::currentDate().month()});
    state.acknowledgements = m_store.acknowledgements();
    compute(state);
    return state;
}

void Analysis::compute(State &state) const
{
    const QList<Indicator> &indicators = m_store.indicators();
    auto snapshot = std::make_unique<const Snapshot>(state.figures, state.period);
    state.kpis = buildKpiReport(*snapshot, indicators, state.period, m_region, m_settings.tolerancePoints);
    state.forecasts = buildForecastReport(*snapshot, indicators, state.period, m_region);
    state.findings = findFindings(*snapshot, indicators, m_settings.check, state.period.year, m_region);
    state.snapshot = std::move(snapshot);
}

qsizetype Analysis::storedValueCount() const
{
    return std::count_if(m_state.figures.cbegin(), m_state.figures.cend(),
                         [](const Figure &f) { return f.kind == RecordKind::Value; });
}

std::optional<YearMonth> Analysis::latestPeriod() const
{
    return latestFlowPeriod(m_state.figures, m_store.indicators());
}

const KpiRow *Analysis::row(const QString &indicator) const
{
    for (const KpiRow &r : kpis().rows) {
        if (r.indicator.code == indicator)
            return &r;
    }
    return nullptr;
}

QList<Finding> Analysis::openFindings(const QString &indicator) const
{
    QList<Finding> open;
    for (const Finding &f : findings()) {
        if ((indicator.isEmpty() || f.indicator == indicator) && !m_state.acknowledgements.contains(f.key()))
            open.append(f);
    }
    return open;
}

std::optional<Store::Acknowledgement> Analysis::acknowledgement(const Finding &finding) const
{
    const auto &acknowledgements = m_state.acknowledgements;
    const auto it = acknowledgements.constFind(finding.key());
    if (it == acknowledgements.constEnd())
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
    if (settings == m_settings.check)
        return;
    m_settings.check = settings;
    recompute();
}

bool Analysis::acknowledge(const Finding &finding, const QString &comment)
{
    try {
        m_store.acknowledge(finding.key(), comment);
    } catch (const StoreError &error) {
        reportWriteFailure(QCoreApplication::translate("Analysis", "The acknowledgement was not stored: %1").arg(error.message()));
        return false;
    }
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
    return true;
}

bool Analysis::reopen(const Finding &finding)
{
    try {
        m_store.reopen(finding.key());
    } catch (const StoreError &error) {
        reportWriteFailure(QCoreApplication::translate("Analysis", "The finding was not reopened: %1").arg(error.message()));
        return false;
    }
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
    return true;
}

void Analysis::reportWriteFailure(const QString &message)
{
    Q_EMIT writeFailed(message);
}

void Analysis::setPeriod(YearMonth period)
{
    if (period == m_state.period || !period.isValid())
        return;
    m_state.period = period;
    recompute();
}

void Analysis::setTolerancePoints(double points)
{
    if (points == m_settings.tolerancePoints)
        return;
    m_settings.tolerancePoints = points;
    recompute();
}

void Analysis::reload()
{
    m_state.figures = m_store.figures();
    recompute();
}

void Analysis::recompute()
{
    compute(m_state);
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

} // namespace chiso
