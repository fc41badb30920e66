#include "DashboardView.h"
#include "StatusColors.h"

#include "report/ForecastWriter.h"
#include "report/Formatter.h"
#include "session/Analysis.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {


QString forecastLine(const Analysis &analysis, const KpiRow &row, const Formatter &format)
{
    const Indicator &ind = row.indicator;
    for (const FlowForecast &f : analysis.forecasts().flows) {
        if (f.indicator.code != ind.code)
            continue;
        const MethodForecast *m = f.preferredForecast();
        if (!m)
            return {};
        QString text = QCoreApplication::translate("Dashboard", "Year-end forecast: <b>%1</b>").arg(format.value(ind, m->point.value));
        if (f.month != analysis.period().month) // said, not hidden: the forecast starts from an earlier cut-off
            text += u" "_s + QCoreApplication::translate("Dashboard", "(from the %n-month figure)", nullptr, f.month);
        if (m->interval80)
            text += u" "_s + QCoreApplication::translate("Dashboard", "(80%: %1 – %2)")
                                 .arg(format.value(ind, m->interval80->lower), format.value(ind, m->interval80->upper));
        if (m->probabilityMeetingPlan)
            text += u"<br>"_s + QCoreApplication::translate("Dashboard", "Chance of meeting the plan: %1")
                                   .arg(format.share(*m->probabilityMeetingPlan));
        text += u"<br><small>"_s + ForecastWriter::methodName(m->point.method) + u"</small>"_s;
        return text;
    }
    for (const LevelForecast &l : analysis.forecasts().levels) {
        if (l.indicator.code != ind.code || !l.available)
            continue;
        QString text = QCoreApplication::translate("Dashboard", "December forecast: <b>%1</b>").arg(format.value(ind, l.point));
        text += u" "_s + QCoreApplication::translate("Dashboard", "(80%: %1 – %2)")
                             .arg(format.value(ind, l.interval80.lower), format.value(ind, l.interval80.upper));
        if (l.probabilityMeetingTarget)
            text += u"<br>"_s + QCoreApplication::translate("Dashboard", "Chance of meeting the target: %1")
                                   .arg(format.share(*l.probabilityMeetingTarget));
        return text;
    }
    return {};
}

/// A card's frame: a thin border and a bar in the status colour on the left. Painted by
/// hand: style sheets on a dozen cards cost more start-up time than everything else shown.
class CardFrame : public QFrame
{
public:
    explicit CardFrame(QColor accent) : m_accent(std::move(accent)) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(box, 4, 4);
        painter.fillRect(QRectF(box.left(), box.top() + 1, 5, box.height() - 2), m_accent);
    }

private:
    QColor m_accent;
};

QFrame *card(const Analysis &analysis, const KpiRow &row, const Formatter &format, const QPalette &palette)
{
    const Indicator &ind = row.indicator;
    const QColor accent = statusColor(row.status, palette);
    auto *frame = new CardFrame(accent);
    frame->setObjectName(u"card_"_s + ind.code);
    frame->setCursor(Qt::PointingHandCursor);
    frame->setMinimumWidth(300);
    frame->setProperty("indicator", ind.code);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->setSpacing(4);

    auto *title = new QLabel(u"<b>%1</b>"_s.arg(ind.name(format.language()).toHtmlEscaped()));
    title->setWordWrap(true);
    layout->addWidget(title);

    QString value = u"—"_s;
    if (row.current) {
        value = u"<span style='font-size:16pt'>%1</span> %2 &nbsp;<small>%3</small>"_s
                    .arg(format.value(ind, row.current->value), ind.isPercent() ? QString() : ind.unitLabel(format.language()).toHtmlEscaped(),
                         format.shortPeriod(row.current->period()));
        if (ind.isPercent())
            value.replace(u"</span> "_s, u"%</span> "_s);
        if (!row.otherValues.isEmpty())
            value += u" <span title='%1'>⚠</span>"_s.arg(QCoreApplication::translate("Dashboard", "Other sources give other values"));
    }
    layout->addWidget(new QLabel(value));

    QStringList lines;
    if (row.growth) {
        QString growth = QCoreApplication::translate("Dashboard", "Growth: %1 vs same period").arg(format.change(*row.growth));
        if (row.statedGrowth)
            growth += u" "_s + QCoreApplication::translate("Dashboard", "(stated %1)").arg(format.statedPercent(row.statedGrowth->value, true));
        lines.append(growth);
    }
    if (row.share) {
        QString share = QCoreApplication::translate("Dashboard", "Plan: %1 reached").arg(format.share(*row.share));
        if (row.pace)
            share += u", "_s + QCoreApplication::translate("Dashboard", "expected %1").arg(format.share(row.pace->expectedShare));
        share += u" — <b style='color:%1'>%2</b>"_s.arg(accent.name(), format.status(row.status));
        if (row.statedShare)
            share += u"<br>"_s + QCoreApplication::translate("Dashboard", "Stated: %1 of plan").arg(format.statedPercent(row.statedShare->value));
        lines.append(share);
    } else if (!row.plan) {
        lines.append(u"<span style='color:%1'>%2</span>"_s.arg(palette.color(QPalette::PlaceholderText).name(), QCoreApplication::translate("Dashboard", "No plan stated for this year")));
    }
    const qsizetype findings = analysis.openFindings(ind.code).size();
    if (findings > 0)
        lines.append(u"<span style='color:%1'>⚠ %2</span>"_s.arg(statusColor(Status::Behind, palette).name(),
                                                                 QCoreApplication::translate("Dashboard", "%n figure(s) to note", nullptr, int(findings))));
    const QString forecast = forecastLine(analysis, row, format);
    if (!forecast.isEmpty())
        lines.append(forecast);
    auto *details = new QLabel(lines.join(u"<br>"_s));
    details->setWordWrap(true);
    details->setTextFormat(Qt::RichText);
    layout->addWidget(details);
    layout->addStretch();
    return frame;
}

} // namespace

DashboardView::DashboardView(Analysis &analysis, QWidget *parent)
    : QScrollArea(parent), m_analysis(analysis), m_content(new QWidget), m_grid(new QGridLayout(m_content))
{
    setWidgetResizable(true);
    setWidget(m_content);
    m_grid->setSpacing(10);
    connect(&analysis, &Analysis::changed, this, &DashboardView::rebuild);
    rebuild();
}

void DashboardView::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

void DashboardView::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Formatter format(m_language);
    const int columns = 4;
    int i = 0;
    for (const KpiRow &row : m_analysis.kpis().rows) {
        if (!row.current && !row.plan)
            continue; // nothing known about it this year
        QFrame *frame = card(m_analysis, row, format, palette());
        frame->installEventFilter(this);
        m_grid->addWidget(frame, i / columns, i % columns);
        ++i;
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    m_grid->setRowStretch(i / columns + 1, 1);
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QString code = watched->property("indicator").toString();
        if (!code.isEmpty()) {
            Q_EMIT indicatorActivated(code);
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

} // namespace chiso::ui
