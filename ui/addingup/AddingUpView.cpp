#include "AddingUpView.h"
#include "RebuildWhenShown.h"
#include "StatusColors.h"

#include "report/Formatter.h"
#include "report/UnitsTotalText.h"
#include "session/Analysis.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {

AddingUpView::AddingUpView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    m_table->setObjectName(u"addingUpTable"_s);
    m_table->setColumnCount(UnitsTotalText::ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UnitsTotalText::Note, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
    retranslate();
}

void AddingUpView::setLanguage(Language language)
{
    m_language = language;
    retranslate();
    rebuild();
}

void AddingUpView::retranslate()
{
    m_table->setHorizontalHeaderLabels(UnitsTotalText::headers());
}

QTableWidget *AddingUpView::table()
{
    m_refresh->ensureCurrent();
    return m_table;
}

void AddingUpView::rebuild()
{
    const Formatter format(m_language);
    const YearMonth period = m_analysis.period();
    QList<UnitsTotal> rows;
    for (const UnitsTotal &t : m_analysis.unitsTotals()) {
        if (t.period == period)
            rows.append(t);
    }
    int findings = 0;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells = UnitsTotalText::cells(rows[r], m_analysis.checkSettings(), format);
        const bool finding = UnitsTotalText::beyondTolerance(rows[r], m_analysis.checkSettings());
        findings += finding ? 1 : 0;
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(c == UnitsTotalText::Gap && finding ? statusMark(Status::Behind) + u' ' + cells[c] : cells[c]);
            if (c != UnitsTotalText::Indicator && c != UnitsTotalText::Note)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (finding && c == UnitsTotalText::Gap)
                item->setForeground(statusColor(Status::Behind, palette()));
            m_table->setItem(r, c, item);
        }
    }
    QString summary;
    if (m_analysis.region() != u"VN")
        summary = QCoreApplication::translate("AddingUp", "The provinces add up to the country's figures: choose the region VN to see them.");
    else if (rows.isEmpty())
        summary = QCoreApplication::translate("AddingUp", "%1: no province holds figures for this month.").arg(format.periodHeading(period));
    else
        summary = QCoreApplication::translate("AddingUp", "%1: the provinces' figures added up (money and counts summed, shares averaged by "
                                                          "their weights), beside the national report. %n gap(s) beyond the tolerance.",
                                              nullptr, findings)
                      .arg(format.periodHeading(period));
    m_summary->setText(summary);
}

} // namespace chiso::ui
