#include "FindingsView.h"
#include "RebuildWhenShown.h"

#include "check/FindingText.h"
#include "session/Analysis.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {

FindingsView::FindingsView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_acknowledge(new QPushButton(this)), m_reopen(new QPushButton(this)), m_tolerances(new QPushButton(this)),
      m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    m_table->setObjectName(u"findingsTable"_s);
    m_table->setColumnCount(4);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_table->setColumnWidth(2, 260);
    m_table->setColumnWidth(3, 220);
    m_summary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_tolerances);
    connect(m_tolerances, &QPushButton::clicked, this, &FindingsView::editTolerances);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        bool ok = false;
        const QString comment = QInputDialog::getMultiLineText(this, QCoreApplication::translate("Findings", "Acknowledge"),
                                                               QCoreApplication::translate("Findings", "What you concluded about this finding:"),
                                                               QString(), &ok);
        if (ok)
            acknowledgeRow(row, comment.trimmed());
    });
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            reopenRow(m_table->currentRow());
    });
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
    // Row heights follow the wrapped text, which depends on the widths the table gets once shown.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    retranslate();
}

void FindingsView::retranslate()
{
    m_acknowledge->setText(QCoreApplication::translate("Findings", "Acknowledge…"));
    m_reopen->setText(QCoreApplication::translate("Findings", "Reopen"));
    m_tolerances->setText(QCoreApplication::translate("Findings", "Tolerances…"));
    // Not offered where the server would refuse it, and saying why.
    const QString why = onlyTheOffice(m_analysis.store().login(), OfficeWork::Acknowledge);
    for (QPushButton *button : {m_acknowledge, m_reopen}) {
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    }
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("Findings", "Kind"), QCoreApplication::translate("Findings", "Finding"),
                                        QCoreApplication::translate("Findings", "Sources"), QCoreApplication::translate("Findings", "Status")});
}

QTableWidget *FindingsView::table()
{
    m_refresh->ensureCurrent();
    return m_table;
}

void FindingsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, m_table, &QTableView::resizeRowsToContents);
}

void FindingsView::setLanguage(Language language)
{
    m_language = language;
    retranslate();
    m_refresh->changed();
}

bool FindingsView::acknowledgeRow(int row, const QString &comment)
{
    return row >= 0 && row < m_analysis.findings().size() && m_analysis.acknowledge(m_analysis.findings().at(row), comment);
}

bool FindingsView::reopenRow(int row)
{
    return row >= 0 && row < m_analysis.findings().size() && m_analysis.reopen(m_analysis.findings().at(row));
}

void FindingsView::editTolerances()
{
    QDialog dialog(this);
    dialog.setWindowTitle(QCoreApplication::translate("Findings", "Tolerances of the check"));
    auto *form = new QFormLayout(&dialog);
    const CheckSettings current = m_analysis.checkSettings();
    auto spin = [&](double value, const QString &suffix) {
        auto *box = new QDoubleSpinBox(&dialog);
        box->setLocale(localeFor(m_language));
        box->setRange(0, 100);
        box->setDecimals(2);
        box->setSingleStep(0.1);
        box->setValue(value);
        box->setSuffix(suffix);
        return box;
    };
    const QString pp = QCoreApplication::translate("Findings", " pp");
    auto *share = spin(current.sharePoints, pp);
    auto *growth = spin(current.growthPoints, pp);
    auto *sources = spin(current.sourcesRelative * 100, u" %"_s);
    auto *chain = spin(current.chainRelative * 100, u" %"_s);
    form->addRow(QCoreApplication::translate("Findings", "Stated share of plan, beyond its rounding:"), share);
    form->addRow(QCoreApplication::translate("Findings", "Stated growth, beyond its rounding:"), growth);
    form->addRow(QCoreApplication::translate("Findings", "Two sources of one figure:"), sources);
    form->addRow(QCoreApplication::translate("Findings", "Month alone against the year-to-date difference:"), chain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CheckSettings settings = current;
    settings.sharePoints = share->value();
    settings.growthPoints = growth->value();
    settings.sourcesRelative = sources->value() / 100;
    settings.chainRelative = chain->value() / 100;
    m_analysis.setCheckSettings(settings);
    Q_EMIT tolerancesChanged();
}

void FindingsView::rebuild()
{
    const Formatter format(m_language);
    const QList<Finding> &findings = m_analysis.findings();
    const int open = int(m_analysis.openFindings().size());
    m_summary->setText(QCoreApplication::translate("Findings", "%n finding(s) about %1 as known for the briefing of %2", nullptr, int(findings.size()))
                           .arg(m_analysis.period().year)
                           .arg(format.period(m_analysis.period()))
                       + u" · "_s + QCoreApplication::translate("Findings", "%n open", nullptr, open));
    m_table->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const Finding &f = findings[row];
        const Indicator *indicator = m_analysis.store().indicator(f.indicator);
        if (!indicator)
            continue;
        const auto ack = m_analysis.acknowledgement(f);
        const QString status = ack ? QCoreApplication::translate("Findings", "Acknowledged by %1: %2").arg(ack->by, ack->comment)
                                   : QCoreApplication::translate("Findings", "Open");
        const QStringList cells = {FindingText::kindName(f.kind), FindingText::explanation(f, *indicator, format),
                                   FindingText::sourceTitles(f), status};
        const QStringList tips = {cells[0], cells[1], FindingText::sources(f), cells[3]};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(tips[column]);
            if (ack)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

} // namespace chiso::ui
