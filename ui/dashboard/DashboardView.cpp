#include "DashboardView.h"
#include "KpiCard.h"
#include "RebuildWhenShown.h"
#include "StatusColors.h"

#include "report/ForecastWriter.h"
#include "report/KpiReportWriter.h"
#include "report/Formatter.h"
#include "session/Analysis.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

using Style = CardRun::Style;

CardRun run(const QString &text, Style style = Style::Plain, const QColor &colour = {})
{
    return {text, style, colour, QString()};
}

/// The forecast's lines: the point (bold) with its interval, the chance of meeting the plan,
/// the method.
QList<CardParagraph> forecastParagraphs(const Analysis &analysis, const KpiRow &row, const Formatter &format)
{
    const Indicator &ind = row.indicator;
    for (const FlowForecast &f : analysis.forecasts().flows) {
        if (f.indicator.code != ind.code)
            continue;
        const MethodForecast *m = f.preferredForecast();
        if (!m)
            return {};
        CardParagraph point = styled(QCoreApplication::translate("Dashboard", "Year-end forecast: %1"),
                                     {run(format.value(ind, m->point.value), Style::Bold)});
        if (f.month != analysis.period().month) // said, not hidden: the forecast starts from an earlier cut-off
            point.append(run(u" "_s + QCoreApplication::translate("Dashboard", "(from the %n-month figure)", nullptr, f.month)));
        if (m->interval80)
            point.append(run(u" "_s + QCoreApplication::translate("Dashboard", "(80%: %1 – %2)")
                                          .arg(format.value(ind, m->interval80->lower), format.value(ind, m->interval80->upper))));
        QList<CardParagraph> lines{point};
        if (m->probabilityMeetingPlan)
            lines.append({run(QCoreApplication::translate("Dashboard", "Chance of meeting the plan: %1").arg(format.share(*m->probabilityMeetingPlan)))});
        lines.append({run(ForecastWriter::methodName(m->point.method), Style::Muted)});
        return lines;
    }
    for (const LevelForecast &l : analysis.forecasts().levels) {
        if (l.indicator.code != ind.code || !l.available)
            continue;
        CardParagraph point = styled(QCoreApplication::translate("Dashboard", "December forecast: %1"), {run(format.value(ind, l.point), Style::Bold)});
        point.append(run(u" "_s + QCoreApplication::translate("Dashboard", "(80%: %1 – %2)")
                                      .arg(format.value(ind, l.interval80.lower), format.value(ind, l.interval80.upper))));
        QList<CardParagraph> lines{point};
        if (l.probabilityMeetingTarget)
            lines.append({run(QCoreApplication::translate("Dashboard", "Chance of meeting the target: %1").arg(format.share(*l.probabilityMeetingTarget)))});
        return lines;
    }
    return {};
}

KpiCard *card(const Analysis &analysis, const KpiRow &row, const Formatter &format, const QPalette &palette)
{
    const Indicator &ind = row.indicator;
    const QColor accent = statusColor(row.status, palette);
    const QColor warning = statusColor(Status::Behind, palette);
    QList<CardParagraph> paragraphs{{run(ind.name(format.language()), Style::Bold)}};

    CardParagraph value{run(u"—"_s, Style::Large)};
    if (!row.current) {
        // The card keeps its place: say there is nothing yet, and what was last known.
        const QString none = ind.isFlow()
            ? QCoreApplication::translate("Dashboard", "No figure yet for %1").arg(format.period(analysis.period()))
            : QCoreApplication::translate("Dashboard", "No figure yet in %1").arg(analysis.period().year);
        value.append(run(u"  "_s + none, Style::Muted));
    }
    if (row.current) {
        value = {run(format.value(ind, row.current->value) + (ind.isPercent() ? u"%"_s : QString()), Style::Large)};
        if (!ind.isPercent())
            value.append(run(u" "_s + ind.unitLabel(format.language())));
        value.append(run(u"  "_s + format.shortPeriod(row.current->period()), Style::Muted));
        if (!row.otherValues.isEmpty())
            value.append({u" ⚠"_s, Style::Plain, warning, QCoreApplication::translate("Dashboard", "Other sources give other values")});
    }
    paragraphs.append(value);
    if (row.lastReading) {
        const QString last = format.value(ind, row.lastReading->value) + (ind.isPercent() ? u"%"_s : u" "_s + ind.unitLabel(format.language()));
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "Last figure: %1 (%2)").arg(last, format.shortPeriod(row.lastReading->period())),
                               Style::Muted)});
    }

    // A figure no source gives: marked †, which says how it was derived while the pointer rests on it.
    const QString derivedNotes = KpiReportWriter::derivedNotes(row, format).join(QLatin1Char('\n'));
    const CardRun derivedMark{u" "_s + Formatter::derivedMark(), Style::Plain, {}, derivedNotes};
    if (const auto shown = shownGrowth(row)) {
        QString growth = QCoreApplication::translate("Dashboard", "Growth: %1 vs same period").arg(format.shownGrowth(*shown));
        if (row.growth && row.statedGrowth)
            growth += u" "_s + QCoreApplication::translate("Dashboard", "(stated %1)").arg(format.statedPercent(row.statedGrowth->value, true));
        CardParagraph line{run(growth)};
        if (row.growth && row.previousDerived)
            line.append(derivedMark);
        paragraphs.append(line);
    }
    if (row.share) {
        QString share = QCoreApplication::translate("Dashboard", "Plan: %1 reached").arg(format.share(*row.share));
        CardParagraph line{run(share)};
        if (row.pace) {
            line.append(run(u", "_s + QCoreApplication::translate("Dashboard", "expected %1").arg(format.share(row.pace->expectedShare))));
            if (row.statusNote == KpiRow::StatusNote::DerivedBase)
                line.append(derivedMark);
        }
        // The dash and the status stay together on one line ("— đúng tiến độ", never "đúng tiến" and "độ").
        line.append(run(u" —\u00A0"_s));
        line.append(run(statusMark(row.status) + QChar::Nbsp + format.status(row).replace(u' ', QChar::Nbsp), Style::Bold, accent));
        paragraphs.append(line);
        if (row.statedShare)
            paragraphs.append({run(QCoreApplication::translate("Dashboard", "Stated: %1 of plan").arg(format.statedPercent(row.statedShare->value)))});
    } else if (row.statedShare) { // no plan stored, but a source states how far along it is
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "Stated: %1 of plan").arg(format.statedPercent(row.statedShare->value))),
                           run(u" "_s + QCoreApplication::translate("Dashboard", "(the plan itself is not stored)"), Style::Muted)});
    } else if (!row.plan) {
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "No plan stated for this year"), Style::Muted)});
    }
    const qsizetype findings = analysis.openFindings(ind.code).size();
    if (findings > 0)
        paragraphs.append({run(u"⚠ "_s + QCoreApplication::translate("Dashboard", "%n figure(s) to note", nullptr, int(findings)),
                               Style::Plain, warning)});
    paragraphs.append(forecastParagraphs(analysis, row, format));

    auto *card = new KpiCard(ind.code, accent, paragraphs);
    card->setToolTip(QCoreApplication::translate("Dashboard", "Click or press Enter for this indicator's charts"));
    return card;
}

} // namespace

DashboardView::DashboardView(Analysis &analysis, Language language, QWidget *parent)
    : QScrollArea(parent), m_analysis(analysis), m_language(language), m_content(new QWidget), m_grid(new QGridLayout(m_content)),
      m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    setWidgetResizable(true);
    setWidget(m_content);
    // The window's background shows through: QScrollArea's own fills of the viewport and of
    // the content would each cover the whole view again, twice per first paint, for nothing.
    m_content->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    m_grid->setSpacing(10);
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
}

void DashboardView::setLanguage(Language language)
{
    m_language = language;
    m_refresh->changed();
}

QList<KpiCard *> DashboardView::cards()
{
    m_refresh->ensureCurrent();
    QList<KpiCard *> cards;
    for (int i = 0; i < m_grid->count(); ++i) {
        if (auto *card = qobject_cast<KpiCard *>(m_grid->itemAt(i)->widget()))
            cards.append(card);
    }
    return cards;
}

void DashboardView::changeEvent(QEvent *event)
{
    // The status colours follow the palette. Later, not now: Qt is going through its widgets,
    // these cards among them, to tell them of the change.
    if (event->type() == QEvent::PaletteChange)
        QMetaObject::invokeMethod(m_refresh, &RebuildWhenShown::changed, Qt::QueuedConnection);
    QScrollArea::changeEvent(event);
}

void DashboardView::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0); // the last rebuild's stretch row may now hold cards
    const Formatter format(m_language);
    const int columns = 4;
    int firstRow = 0;
    const bool monthHoldsFigures = holdsFigures(m_analysis.kpis());
    if (!monthHoldsFigures && !m_analysis.regionHoldsFigures()) {
        // A region the database holds nothing of: one sentence, not a wall of empty cards.
        auto *nothing = new QLabel(QCoreApplication::translate("Dashboard", "No figure or plan of region %1 is known as of %2.")
                                       .arg(m_analysis.region(), format.period(m_analysis.period())));
        nothing->setObjectName(u"nothingKnown"_s);
        m_grid->addWidget(nothing, 0, 0, 1, columns, Qt::AlignCenter);
        for (int c = 0; c < columns; ++c)
            m_grid->setColumnStretch(c, 1);
        m_grid->setRowStretch(1, 1);
        return;
    }
    if (!monthHoldsFigures) {
        // Say why the cards are empty, and where the figures are.
        QString text = QCoreApplication::translate("Dashboard", "No figures yet for %1.").arg(format.period(m_analysis.period()));
        if (const auto latest = m_analysis.findLatestPeriod())
            text += u" "_s + QCoreApplication::translate("Dashboard", "The latest month with figures is %1.").arg(format.period(*latest));
        auto *message = new QLabel(text);
        message->setObjectName(u"emptyMessage"_s);
        message->setWordWrap(true);
        QFont font = message->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        message->setFont(font);
        message->setContentsMargins(4, 4, 4, 8);
        m_grid->addWidget(message, 0, 0, 1, columns);
        firstRow = 1;
    }
    int i = 0;
    // Every indicator keeps its card and its place, month after month.
    for (const KpiRow &row : m_analysis.kpis().rows) {
        KpiCard *c = card(m_analysis, row, format, palette());
        connect(c, &KpiCard::activated, this, &DashboardView::indicatorActivated);
        m_grid->addWidget(c, firstRow + i / columns, i % columns);
        ++i;
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    m_grid->setRowStretch(firstRow + i / columns + 1, 1);
}

} // namespace chiso::ui
