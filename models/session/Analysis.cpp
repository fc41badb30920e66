#include "Analysis.h"
#include "analytics/UnitSeries.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace chiso {

Analysis::Analysis(Store &store, const AnalysisSettings &settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(settings), m_state(load())
{
}

Analysis::~Analysis() = default;

Analysis::State Analysis::load() const
{
    State state;
    if (m_settings.period && m_settings.period->isValid())
        state.period = *m_settings.period;
    else
        state.period = latestPeriod().value_or(YearMonth{QDate::currentDate().year(), QDate::currentDate().month()});
    read(state);
    readUnitsTotals(state);
    state.acknowledgements = m_store.acknowledgements();
    compute(state);
    return state;
}

void Analysis::readUnitsTotals(State &state) const
{
    state.unitsTotals.clear();
    if (m_settings.region != u"VN")
        return;
    QList<int> months;
    for (int m = 1; m <= state.period.month; ++m)
        months.append(m);
    state.unitsTotals = addUp(m_store, state.period.year, months, state.period);
}

void Analysis::read(State &state) const
{
    // Everything shown is seen as of the period, which hides every later year; the forecasts'
    // backtests and the findings' breaks need all the earlier ones. All read before any is
    // kept: a read that fails half-way leaves the state as it was.
    const int upToYear = state.period.year;
    // A province formed in a merger reads its earlier months as the sums of the old ones.
    QList<Figure> figures = unitFigures(m_store, m_settings.region, state.period, std::pair{Store::FirstYear, upToYear}, state.period).figures;
    const qsizetype valueCount = m_store.valueCount(m_settings.region);
    const bool holdsFigures = m_store.holdsFigures(m_settings.region);
    FigureChoices choices = m_store.figureChoices();
    state.figuresUpToYear = upToYear;
    state.figures = std::move(figures);
    state.choices = std::move(choices);
    state.valueCount = valueCount;
    state.regionHoldsFigures = holdsFigures;
}

bool Analysis::reading(const std::function<void()> &work)
{
    try {
        work();
        return true;
    } catch (const StoreError &error) {
        Q_EMIT readFailed(error.message());
        return false;
    }
}

void Analysis::compute(State &state) const
{
    const QList<Indicator> &indicators = m_store.indicators();
    auto snapshot = std::make_unique<const Snapshot>(state.figures, state.period, state.choices);
    state.kpis = buildKpiReport(*snapshot, indicators, state.period, m_settings.region, m_settings.tolerancePoints);
    state.forecasts = buildForecastReport(*snapshot, indicators, state.period, m_settings.region);
    state.findings = findFindings(*snapshot, indicators, m_settings.check, state.period.year, m_settings.region);
    state.findings += unitsTotalFindings(state.unitsTotals, m_settings.check);
    sortFindings(state.findings);
    withholdStatusOnFlaggedBases(state.kpis, breakFigures(state.findings));
    state.snapshot = std::move(snapshot);
}

std::optional<YearMonth> Analysis::latestPeriod() const
{
    return m_store.latestPeriod(m_settings.region, flowIndicatorCodes(m_store.indicators()));
}

std::optional<YearMonth> Analysis::findLatestPeriod()
{
    std::optional<YearMonth> latest;
    reading([&] { latest = latestPeriod(); });
    return latest;
}

QStringList Analysis::findRegions()
{
    QStringList found;
    reading([&] { found = regions(); });
    return found;
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

std::optional<Figure> Analysis::storedFigure(const Figure &figure) const
{
    for (const Figure &f : m_state.figures) {
        if (f.kind == figure.kind && f.indicator == figure.indicator && f.region == figure.region && f.year == figure.year
            && (f.kind == RecordKind::Plan || f.month == figure.month) && f.basis == figure.basis && f.source.key() == figure.source.key())
            return f;
    }
    return std::nullopt;
}

bool Analysis::acknowledge(const Finding &finding, const QString &comment)
{
    try {
        m_store.acknowledge(finding.key(), comment, acknowledgement(finding));
    } catch (const StoreError &error) {
        reportWriteFailure(QCoreApplication::translate("Analysis", "The acknowledgement was not stored: %1").arg(error.message()));
        reading([this] { m_state.acknowledgements = m_store.acknowledgements(); }); // what another stored shows now
        Q_EMIT changed();
        return false;
    }
    m_state.acknowledgements = m_store.acknowledgements();
    Q_EMIT changed();
    return true;
}

bool Analysis::chooseFigure(const QString &indicator, YearMonth period, const QString &sourceKey)
{
    try {
        m_store.chooseFigure(indicator, m_settings.region, period, sourceKey, snapshot().choice(indicator, m_settings.region, period));
    } catch (const StoreError &error) {
        reportWriteFailure(QCoreApplication::translate("Analysis", "The choice of figure was not stored: %1").arg(error.message()));
        reload(); // what another chose shows now
        return false;
    }
    reload();
    return true;
}

bool Analysis::review(const QString &unit, YearMonth period, ReviewAction action, const QString &comment)
{
    try {
        m_store.review(unit, period, action, comment);
    } catch (const StoreError &error) {
        reportWriteFailure(QCoreApplication::translate("Analysis", "The review was not stored: %1").arg(error.message()));
        Q_EMIT changed(); // what another office login did meanwhile shows
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool Analysis::reopen(const Finding &finding)
{
    try {
        m_store.reopen(finding.key(), acknowledgement(finding));
    } catch (const StoreError &error) {
        reportWriteFailure(QCoreApplication::translate("Analysis", "The finding was not reopened: %1").arg(error.message()));
        reading([this] { m_state.acknowledgements = m_store.acknowledgements(); });
        Q_EMIT changed();
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
    const YearMonth previous = m_state.period;
    m_state.period = period;
    const auto readPeriod = [this, period] {
        if (period.year > m_state.figuresUpToYear)
            read(m_state);
        readUnitsTotals(m_state);
    };
    if (!reading(readPeriod)) {
        m_state.period = previous;
        Q_EMIT changed(); // the pickers go back to what is shown
        return;
    }
    recompute();
}

void Analysis::setRegionAtItsLatestMonth(const QString &region)
{
    std::optional<YearMonth> latest;
    if (reading([&] { latest = m_store.latestPeriod(region, flowIndicatorCodes(m_store.indicators())); }))
        showRegion(region, latest);
}

void Analysis::setRegion(const QString &region)
{
    showRegion(region, std::nullopt);
}

void Analysis::showRegion(const QString &region, std::optional<YearMonth> period)
{
    const bool newPeriod = period && *period != m_state.period;
    if (region.isEmpty() || (region == m_settings.region && !newPeriod))
        return;
    const QString previousRegion = m_settings.region;
    const YearMonth previousPeriod = m_state.period;
    m_settings.region = region;
    if (newPeriod)
        m_state.period = *period;
    // The region's figures read once, for the month it is shown at.
    if (!reading([this] {
            read(m_state);
            readUnitsTotals(m_state);
        })) {
        m_settings.region = previousRegion;
        m_state.period = previousPeriod;
        Q_EMIT changed();
        return;
    }
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
    if (reading([this] {
            read(m_state);
            readUnitsTotals(m_state);
        }))
        recompute();
}

void Analysis::recompute()
{
    compute(m_state);
    reading([this] { m_state.acknowledgements = m_store.acknowledgements(); });
    Q_EMIT changed();
}

} // namespace chiso
