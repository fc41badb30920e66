#include "Analysis.h"
#include "store/Store.h"
#include <system_error>

namespace chiso {

Analysis::Analysis(Store &store, const AnalysisSettings &settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_state(load(store, settings, m_region))
{
}

Analysis::Analysis(Store &store, const AnalysisSettings &settings, QObject *parent, std::future<State> loading)
    : QObject(parent), m_store(store), m_settings(settings), m_loading(std::move(loading))
{
}

std::unique_ptr<Analysis> Analysis::loadInBackground(Store &store, const AnalysisSettings &settings, QObject *parent)
{
    const QString path = store.path();
    const QString region = defaultRegion();
    std::future<State> loading;
    try {
        // The store's connection belongs to this thread: the other thread opens its own, and
        // closes it before it ends.
        loading = std::async(std::launch::async, [path, settings, region] {
            const std::unique_ptr<Store> own = Store::open(path);
            return load(*own, settings, region);
        });
    } catch (const std::system_error &) { // no thread to be had: the work is done here
        return std::make_unique<Analysis>(store, settings, parent);
    }
    return std::unique_ptr<Analysis>(new Analysis(store, settings, parent, std::move(loading)));
}

Analysis::~Analysis()
{
    if (m_loading.valid())
        m_loading.wait(); // the thread reads the database: let it finish before the store goes
}

const Analysis::State &Analysis::state() const
{
    if (m_loading.valid()) {
        try {
            m_state = m_loading.get();
        } catch (const std::exception &) {
            // Busy, or gone between two opens: this connection tries, and reports what it finds
            // (the state stays empty, never undefined, if that throws too).
            m_state = load(m_store, m_settings, m_region);
        }
    }
    return m_state;
}

Analysis::State Analysis::load(const Store &store, const AnalysisSettings &settings, const QString &region)
{
    State state;
    state.figures = store.figures();
    if (settings.period && settings.period->isValid())
        state.period = *settings.period;
    else
        state.period = latestFlowPeriod(state.figures, store.indicators())
                           .value_or(YearMonth{QDate::currentDate().year(), QDate::currentDate().month()});
    state.acknowledgements = store.acknowledgements();
    compute(state, store.indicators(), settings, region);
    return state;
}

void Analysis::compute(State &state, const QList<Indicator> &indicators, const AnalysisSettings &settings, const QString &region)
{
    const auto snapshot = std::make_shared<const Snapshot>(state.figures, state.period);
    state.kpis = buildKpiReport(*snapshot, indicators, state.period, region, settings.tolerancePoints);
    state.forecasts = buildForecastReport(*snapshot, indicators, state.period, region);
    state.findings = findFindings(*snapshot, indicators, settings.check, state.period.year, region);
    state.snapshot = snapshot;
}

std::optional<YearMonth> Analysis::latestPeriod() const
{
    return latestFlowPeriod(state().figures, m_store.indicators());
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
        if ((indicator.isEmpty() || f.indicator == indicator) && !state().acknowledgements.contains(f.key()))
            open.append(f);
    }
    return open;
}

std::optional<Store::Acknowledgement> Analysis::acknowledgement(const Finding &finding) const
{
    const auto &acknowledgements = state().acknowledgements;
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

void Analysis::acknowledge(const Finding &finding, const QString &comment)
{
    state();
    m_store.acknowledge(finding.key(), comment);
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

void Analysis::reopen(const Finding &finding)
{
    state();
    m_store.reopen(finding.key());
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

void Analysis::setPeriod(YearMonth period)
{
    if (period == this->period() || !period.isValid())
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
    state();
    m_state.figures = m_store.figures();
    recompute();
}

void Analysis::recompute()
{
    state(); // a background load in progress is adopted first, not overwritten later
    compute(m_state, m_store.indicators(), m_settings, m_region);
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
}

} // namespace chiso
