#include "DashboardView.h"
#include "KpiCard.h"
#include "RebuildWhenShown.h"
#include "StatusColors.h"

#include "analytics/KpiCardFigures.h"
#include "report/ForecastWriter.h"
#include "report/KpiReportWriter.h"
#include "report/Formatter.h"
#include "session/Analysis.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

using Style = CardRun::Style;

CardRun run(const QString &text, Style style = Style::Plain, const QColor &colour = {})
{
    return {text, style, colour, QString()};
}

/// The flow forecast of an indicator, for what the tooltip says of its method.
const FlowForecast *flowForecast(const Analysis &analysis, const QString &code)
{
    for (const FlowForecast &f : analysis.forecasts().flows) {
        if (f.indicator.code == code)
            return &f;
    }
    return nullptr;
}

/// The forecast's lines: where the year ends (bold) and as a share of the plan; its 80 %
/// range and the chance of meeting the plan. The method, a word only a statistician reads,
/// goes to the tooltip.
QList<CardParagraph> forecastParagraphs(const Analysis &analysis, const KpiRow &row, const KpiCardFigures &figures,
                                        const Formatter &format)
{
    if (!figures.forecast)
        return {};
    const Indicator &ind = row.indicator;
    QString toolTip;
    if (const FlowForecast *f = flowForecast(analysis, ind.code); f && figures.method)
        toolTip = QCoreApplication::translate("Dashboard", "Method: %1. %2").arg(ForecastWriter::methodName(*figures.method),
                                                                               ForecastWriter::preferenceReason(*f, format));
    else
        toolTip = QCoreApplication::translate("Dashboard", "Method: least squares on this year's and last year's readings, extended to December.");
    const QString pattern = ind.isFlow() ? QCoreApplication::translate("Dashboard", "Year-end forecast: %1")
                                         : QCoreApplication::translate("Dashboard", "December forecast: %1");
    CardParagraph point = styled(pattern, {{format.value(ind, *figures.forecast), Style::Bold, {}, toolTip}}, {{}, Style::Plain, {}, toolTip});
    if (figures.forecastShareOfPlan)
        point.append({u" = "_s + QCoreApplication::translate("Dashboard", "%1 of plan").arg(format.share(*figures.forecastShareOfPlan)),
                      Style::Plain, {}, toolTip});
    if (ind.isFlow() && figures.forecastFromMonth != analysis.period().month) // said, not hidden: it starts from an earlier cut-off
        point.append(run(u" "_s + QCoreApplication::translate("Dashboard", "(from the %n-month figure)", nullptr, figures.forecastFromMonth)));
    QList<CardParagraph> lines{point};
    QStringList range;
    if (figures.forecast80)
        range.append(QCoreApplication::translate("Dashboard", "80%: %1 – %2")
                         .arg(format.value(ind, figures.forecast80->lower), format.value(ind, figures.forecast80->upper)));
    if (figures.probabilityMeetingPlan)
        range.append(QCoreApplication::translate("Dashboard", "chance of reaching the plan %1").arg(format.chance(*figures.probabilityMeetingPlan)));
    if (!range.isEmpty())
        lines.append({run(range.join(u" · "_s), Style::Muted)});
    return lines;
}

/// What the bullet bar shows, in words (its tooltip).
QString bulletToolTip(const BulletScale &bullet, const Formatter &format)
{
    QStringList lines{QCoreApplication::translate("Dashboard", "Bar: %1 of the plan reached").arg(format.share(bullet.value))};
    if (bullet.expected)
        lines.append(QCoreApplication::translate("Dashboard", "Thin mark: %1 expected by now").arg(format.share(*bullet.expected)));
    lines.append(QCoreApplication::translate("Dashboard", "Thick mark: the plan (100%)"));
    if (bullet.forecast)
        lines.append(QCoreApplication::translate("Dashboard", "Pale bar: the forecast, %1 of the plan").arg(format.share(*bullet.forecast)));
    return lines.join(u'\n');
}

/// The direction of the growth, apart from the status's ▲●▼: up, down or flat.
QString directionMark(int direction)
{
    return direction > 0 ? u"↑"_s : direction < 0 ? u"↓"_s : u"→"_s;
}

KpiCard *card(const Analysis &analysis, const KpiRow &row, const Formatter &format, const QPalette &palette)
{
    const Indicator &ind = row.indicator;
    const KpiCardFigures figures = kpiCardFigures(row, analysis.snapshot(), analysis.forecasts(), analysis.period(), analysis.region());
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
            value.append({u" ⚠"_s, Style::Plain, warning, KpiReportWriter::sourceDescription(row, format)});
    }
    paragraphs.append(value);
    if (row.current && !row.otherValues.isEmpty()) {
        // Which of the sources' values the card shows, and why: the analyst who typed another
        // one sees at once that it is not the one used.
        QStringList others;
        for (double other : row.otherValues)
            others.append(format.value(ind, other));
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "Also given: %1 · shown: %2")
                                   .arg(others.join(u"; "_s), KpiReportWriter::preferenceReason(row)),
                               Style::Muted)});
    }
    if (row.lastReading) {
        const QString last = format.value(ind, row.lastReading->value) + (ind.isPercent() ? u"%"_s : u" "_s + ind.unitLabel(format.language()));
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "Last figure: %1 (%2)").arg(last, format.shortPeriod(row.lastReading->period())),
                               Style::Muted)});
    }

    // A figure no source gives: marked †, which says how it was derived while the pointer rests on it.
    const QString derivedNotes = KpiReportWriter::derivedNotes(row, format).join(QLatin1Char('\n'));
    const CardRun derivedMark{u" "_s + Formatter::derivedMark(), Style::Plain, {}, derivedNotes};
    if (const auto shown = shownGrowth(row)) {
        QString growth = QCoreApplication::translate("Dashboard", "%1 vs same period").arg(format.shownGrowth(*shown));
        if (row.growth && row.statedGrowth)
            growth += u" "_s + QCoreApplication::translate("Dashboard", "(stated %1)").arg(format.statedPercent(row.statedGrowth->value, true));
        CardParagraph line{run(directionMark(figures.direction.value_or(0)) + u" "_s, Style::Bold), run(growth)};
        if (row.growth && row.previousDerived)
            line.append(derivedMark);
        paragraphs.append(line);
    }
    CardGraphics graphics;
    graphics.sparkline = figures.sparkline;
    graphics.sparklineToolTip = QCoreApplication::translate("Dashboard", "%1 so far (blue) and %2 (grey); dotted: the plan")
                                    .arg(analysis.period().year).arg(analysis.period().year - 1);
    if (row.share) {
        graphics.bullet = figures.bullet;
        graphics.bulletAfter = int(paragraphs.size()) - 1;
        graphics.barColour = row.status == Status::Unknown ? palette.color(QPalette::Mid) : accent;
        graphics.bulletToolTip = bulletToolTip(*figures.bullet, format);
        QString plan = QCoreApplication::translate("Dashboard", "Plan %1: %2 reached").arg(format.value(ind, row.plan->value), format.share(*row.share));
        if (row.pace && figures.variancePoints)
            plan += u", "_s + QCoreApplication::translate("Dashboard", "expected %1").arg(format.share(row.pace->expectedShare));
        CardParagraph planLine{run(plan)};
        if (row.pace && figures.variancePoints && row.statusNote == KpiRow::StatusNote::DerivedBase)
            planLine.append(derivedMark);
        paragraphs.append(planLine);
        // Distance to the pace in colour, then the status; the status keeps its words together
        // on one line ("đúng tiến độ", never "đúng tiến" and "độ").
        QString why;
        if (row.statusNote == KpiRow::StatusNote::CalendarFallback)
            why = QCoreApplication::translate("Dashboard", "Last year's figure for the same month is not known: the expected pace is the share of the year elapsed (m/12).");
        else if (row.statusNote == KpiRow::StatusNote::DerivedBase)
            why = QCoreApplication::translate("Dashboard", "The expected pace rests on a figure of last year that no source gives, derived from the figures around it (†).");
        else if (row.statusNote == KpiRow::StatusNote::FlaggedBase && row.flaggedBase)
            why = QCoreApplication::translate("Dashboard", "The expected pace starts from the figure of %1, flagged as a break: no status is drawn from it.")
                      .arg(format.shortPeriod(*row.flaggedBase));
        CardParagraph status;
        if (figures.variancePoints)
            status.append({format.change(Change{*figures.variancePoints, true}).replace(u' ', QChar::Nbsp) + u" · "_s, Style::Bold, accent,
                           QCoreApplication::translate("Dashboard", "Share of plan reached minus the share expected by now")});
        const QString word = row.statusNote == KpiRow::StatusNote::FlaggedBase ? format.status(row) : format.status(row.status);
        status.append({statusMark(row.status) + QChar::Nbsp + QString(word).replace(u' ', QChar::Nbsp), Style::Bold, accent, why});
        // "m/12" kept whole (a word joiner after the slash, where lines may otherwise break).
        if (const QString note = format.statusNote(row); !note.isEmpty())
            status.append({u" "_s + QString(note).replace(u"m/12"_s, u"m/\u2060" "12"_s), Style::Muted, {}, why});
        paragraphs.append(status);
        if (row.statedShare)
            paragraphs.append({run(QCoreApplication::translate("Dashboard", "Stated: %1 of plan").arg(format.statedPercent(row.statedShare->value)), Style::Muted)});
    } else if (row.statedShare) { // no plan stored, but a source states how far along it is
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "Stated: %1 of plan").arg(format.statedPercent(row.statedShare->value))),
                           run(u" "_s + QCoreApplication::translate("Dashboard", "(the plan itself is not stored)"), Style::Muted)});
    } else if (row.plan) { // a plan, but no figure of the year yet to measure against it
        const QString plan = format.value(ind, row.plan->value) + (ind.isPercent() ? u"%"_s : u" "_s + ind.unitLabel(format.language()));
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "Plan %1: %2").arg(QString::number(row.plan->year), plan))});
    } else {
        paragraphs.append({run(QCoreApplication::translate("Dashboard", "No plan stated for this year"), Style::Muted)});
    }
    paragraphs.append(forecastParagraphs(analysis, row, figures, format));
    const qsizetype findings = analysis.openFindings(ind.code).size();
    if (findings > 0)
        paragraphs.append({run(u"⚠ "_s + QCoreApplication::translate("Dashboard", "%n figure(s) to note", nullptr, int(findings)),
                               Style::Plain, warning)});

    auto *card = new KpiCard(ind.code, accent, paragraphs, graphics);
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
    return m_cards;
}

void DashboardView::changeEvent(QEvent *event)
{
    // The status colours follow the palette. Later, not now: Qt is going through its widgets,
    // these cards among them, to tell them of the change.
    if (event->type() == QEvent::PaletteChange)
        QMetaObject::invokeMethod(m_refresh, &RebuildWhenShown::changed, Qt::QueuedConnection);
    QScrollArea::changeEvent(event);
}

int DashboardView::columnsFor(int viewportWidth)
{
    constexpr int spacing = 10;
    return qBound(1, (viewportWidth + spacing) / (KpiCard::MinimumWidth + 20 + spacing), 5);
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (!m_cards.isEmpty())
        placeCards();
}

void DashboardView::placeCards()
{
    // The width a card gets, as if the vertical scroll bar were there: a little narrower than
    // without it, so a little taller, never cut.
    const int viewportWidth = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
    const int columns = columnsFor(viewportWidth);
    const QMargins margins = m_grid->contentsMargins();
    const int spacing = m_grid->horizontalSpacing();
    const int cardWidth = (viewportWidth - margins.left() - margins.right() - spacing * (columns - 1)) / columns;
    for (KpiCard *card : std::as_const(m_cards))
        card->setMinimumHeight(card->heightForWidth(qMax(cardWidth, KpiCard::MinimumWidth)));
    if (columns != m_columns)
        arrangeCards(columns);
    // The scroll bar decided now, from the content's height, not after a first paint of every
    // card at the width without it: the cards' text was shown at one width, then broken and
    // painted again at another (13 cards painted three times at start, now twice: the screen
    // and the screenshot).
    m_grid->invalidate(); // the minimum heights just set
    const int contentHeight = m_grid->totalMinimumSize().height();
    const Qt::ScrollBarPolicy policy = contentHeight > height() - 2 * frameWidth() ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAsNeeded;
    if (policy != verticalScrollBarPolicy())
        setVerticalScrollBarPolicy(policy);
}

void DashboardView::arrangeCards(int columns)
{
    m_columns = columns;
    const int firstRow = m_header ? 1 : 0;
    for (KpiCard *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    // Shown now, not when the event loop gets to it (as a layout would): hidden, they would
    // count for nothing in the content's height (placeCards).
    if (m_header) {
        m_grid->removeWidget(m_header);
        m_grid->addWidget(m_header, 0, 0, 1, columns);
        m_header->show();
    }
    // Every indicator keeps its card and its place in reading order, month after month.
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        m_grid->addWidget(m_cards[i], firstRow + int(i) / columns, int(i) % columns);
        m_cards[i]->show();
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    m_grid->setRowStretch(firstRow + int(m_cards.size() - 1) / columns + 1, 1);
}

void DashboardView::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    m_header = nullptr;
    m_columns = 0;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0); // the last rebuild's stretch row may now hold cards
    const Formatter format(m_language);
    const bool monthHoldsFigures = holdsFigures(m_analysis.kpis());
    if (!monthHoldsFigures && !m_analysis.regionHoldsFigures()) {
        // A region the database holds nothing of: one sentence, not a wall of empty cards.
        const int columns = 4;
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
        m_header = message;
    } else {
        // How to read the bars, once for every card.
        auto *legend = new QLabel(QCoreApplication::translate(
            "Dashboard", "Bar: share of the year's plan reached · thin mark: where it should be by now · thick mark: the plan · "
                         "pale: the year-end forecast · line at the top right: this year so far against last year"));
        legend->setObjectName(u"legend"_s);
        legend->setWordWrap(true);
        legend->setForegroundRole(QPalette::PlaceholderText);
        m_header = legend;
    }
    m_grid->addWidget(m_header, 0, 0);
    for (const KpiRow &row : m_analysis.kpis().rows) {
        KpiCard *c = card(m_analysis, row, format, palette());
        connect(c, &KpiCard::activated, this, &DashboardView::indicatorActivated);
        m_grid->addWidget(c, 1, 0); // placed for the width just below
        m_cards.append(c);
    }
    placeCards();
}

} // namespace chiso::ui
