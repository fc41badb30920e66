#include "IndicatorView.h"
#include "RebuildWhenShown.h"
#include "charts/ChartView.h"
#include "charts/Charts.h"

#include "analytics/IndicatorSeries.h"
#include "report/KpiReportWriter.h"
#include "session/Analysis.h"
#include "store/Store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso::ui {

IndicatorView::IndicatorView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_choice(new QComboBox(this)), m_summary(new QLabel(this)),
      m_figureChoiceLabel(new QLabel(this)), m_figureChoice(new QComboBox(this)),
      m_yearToDate(new ChartView(u"chartYearToDate"_s, this)), m_growth(new ChartView(u"chartGrowth"_s, this)),
      m_progress(new ChartView(u"chartProgress"_s, this)),
      m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    for (ChartView *view : {m_yearToDate, m_growth, m_progress})
        view->setMinimumSize(360, 260);
    m_choice->setObjectName(u"indicatorChoice"_s);
    m_summary->setObjectName(u"indicatorSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figureChoice->setObjectName(u"figureChoice"_s);
    m_figureChoiceLabel->setBuddy(m_figureChoice);
    auto *left = new QVBoxLayout;
    left->addWidget(m_choice);
    left->addWidget(m_figureChoiceLabel);
    left->addWidget(m_figureChoice);
    left->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0);
    grid->addWidget(m_summary, 0, 1);
    grid->addWidget(m_yearToDate, 1, 0, 1, 2);
    grid->addWidget(m_growth, 2, 0);
    grid->addWidget(m_progress, 2, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, m_refresh, &RebuildWhenShown::changed);
    // activated, not currentIndexChanged: only the analyst's pick is a choice, not a rebuild's.
    connect(m_figureChoice, &QComboBox::activated, this, &IndicatorView::choose);
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
    setLanguage(m_language);
}

void IndicatorView::setLanguage(Language language)
{
    m_language = language;
    const QString current = indicator();
    {
        const QSignalBlocker block(m_choice);
        m_choice->clear();
        for (const Indicator &i : m_analysis.store().indicators()) {
            if (i.kind != IndicatorKind::MonthFlow)
                m_choice->addItem(i.name(language), i.code);
        }
        const int index = m_choice->findData(current);
        m_choice->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_refresh->changed();
}

void IndicatorView::showIndicator(const QString &code)
{
    const int index = m_choice->findData(code);
    if (index >= 0)
        m_choice->setCurrentIndex(index);
}

QString IndicatorView::indicator() const
{
    return m_choice->currentData().toString();
}

QList<ChartView *> IndicatorView::chartViews()
{
    m_refresh->ensureCurrent();
    return {m_yearToDate, m_growth, m_progress};
}

void IndicatorView::rebuild()
{
    const Indicator *ind = m_analysis.store().indicator(indicator());
    if (!ind)
        return;
    const Formatter format(m_language);
    const IndicatorSeries series = buildIndicatorSeries(m_analysis.snapshot(), *ind, m_analysis.forecasts(),
                                                        m_analysis.period(), m_analysis.region(), m_analysis.tolerancePoints(),
                                                        m_analysis.flaggedPeriods(ind->code));
    m_yearToDate->setChart(yearToDateChart(series, format, palette()));
    m_growth->setChart(growthChart(series, format, palette()));
    m_progress->setChart(progressChart(series, format, palette()));
    if (const KpiRow *row = m_analysis.row(ind->code)) {
        QString summary = KpiReportWriter::sourceDescription(*row, format);
        for (const QString &note : KpiReportWriter::derivedNotes(*row, format)) // what the charts' † marks stand for
            summary += QLatin1Char('\n') + Formatter::derivedMark() + QLatin1Char(' ') + note;
        m_summary->setText(summary);
    }
    listSources(m_analysis.row(ind->code));
}

QComboBox *IndicatorView::figureChoice()
{
    m_refresh->ensureCurrent();
    return m_figureChoice;
}

void IndicatorView::listSources(const KpiRow *row)
{
    const bool disputed = row && row->current && !row->otherValues.isEmpty();
    m_figureChoiceLabel->setVisible(disputed);
    m_figureChoice->setVisible(disputed);
    const QSignalBlocker block(m_figureChoice);
    m_figureChoice->clear();
    if (!disputed)
        return;
    const Formatter format(m_language);
    const Figure &used = *row->current;
    m_figureChoiceLabel->setText(QCoreApplication::translate("Indicator", "Figure used for %1 (the office's choice, for everyone):")
                                     .arg(format.shortPeriod(used.period())));
    m_figureChoice->addItem(QCoreApplication::translate("Indicator", "The usual order (latest basis, then latest publication)"), QString());
    // In the order they were stored, not the order of preference: a choice does not move them.
    QList<Figure> values = m_analysis.snapshot().all(RecordKind::Value, used.indicator, used.region, used.year, used.month);
    std::sort(values.begin(), values.end(), [](const Figure &a, const Figure &b) { return a.id < b.id; });
    for (const Figure &f : std::as_const(values)) {
        const QString title = f.source.name();
        m_figureChoice->addItem(u"%1 — %2"_s.arg(format.value(row->indicator, f.value), title), f.source.key());
    }
    const int chosen = row->choice ? m_figureChoice->findData(row->choice->sourceKey) : 0;
    m_figureChoice->setCurrentIndex(chosen < 0 ? 0 : chosen);
    // Shown to everyone, changed by the office alone (the store and the server refuse others).
    const QString why = onlyTheOffice(m_analysis.store().login(), OfficeWork::ChooseFigure);
    m_figureChoice->setEnabled(why.isEmpty());
    m_figureChoice->setToolTip(why.isEmpty() ? KpiReportWriter::preferenceText(*row, format)
                                             : why + u"\n\n"_s + KpiReportWriter::preferenceText(*row, format));
}

void IndicatorView::choose(int index)
{
    const KpiRow *row = m_analysis.row(indicator());
    if (!row || !row->current)
        return;
    const QString sourceKey = m_figureChoice->itemData(index).toString();
    if (sourceKey == (row->choice ? row->choice->sourceKey : QString()))
        return;
    m_analysis.chooseFigure(row->indicator.code, row->current->period(), sourceKey);
}

} // namespace chiso::ui
