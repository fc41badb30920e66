#include "SubmissionsView.h"
#include "RebuildWhenShown.h"

#include "session/Analysis.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

QString stateText(SubmissionState state)
{
    switch (state) {
    case SubmissionState::OnTime: return QCoreApplication::translate("Submissions", "on time");
    case SubmissionState::Late: return QCoreApplication::translate("Submissions", "late");
    case SubmissionState::Missing: break;
    }
    return QCoreApplication::translate("Submissions", "missing");
}

} // namespace

SubmissionsView::SubmissionsView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_copy(new QPushButton(this)), m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    m_table->setObjectName(u"submissionsTable"_s);
    m_copy->setObjectName(u"copyUnitsToChase"_s);
    m_table->setColumnCount(7);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_copy, &QPushButton::clicked, this, &SubmissionsView::copyUnitsToChase);
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
    retranslate();
}

void SubmissionsView::setLanguage(Language language)
{
    m_language = language;
    retranslate();
    rebuild();
}

void SubmissionsView::retranslate()
{
    m_copy->setText(QCoreApplication::translate("Submissions", "Copy the units to chase"));
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("Submissions", "Code"), QCoreApplication::translate("Submissions", "Unit"),
                                        QCoreApplication::translate("Submissions", "State"),
                                        QCoreApplication::translate("Submissions", "Submitted"),
                                        QCoreApplication::translate("Submissions", "By"),
                                        QCoreApplication::translate("Submissions", "Complete"),
                                        QCoreApplication::translate("Submissions", "On time this year")});
}

QTableWidget *SubmissionsView::table()
{
    m_refresh->ensureCurrent();
    return m_table;
}

void SubmissionsView::rebuild()
{
    try {
        const Store &store = m_analysis.store();
        m_report = buildSubmissions(store, m_analysis.period(), submissionDeadlineDay(store));
    } catch (const StoreError &error) {
        m_summary->setText(error.message());
        return;
    }
    const QLocale locale = localeFor(m_language);
    m_table->setRowCount(int(m_report.rows.size()));
    for (int r = 0; r < m_report.rows.size(); ++r) {
        const SubmissionsReport::Row &row = m_report.rows[r];
        const auto rate = row.onTimeRate();
        const QStringList cells = {row.unit.code, row.unit.name(m_language), stateText(row.state),
                                   row.at.isNull() ? QString() : locale.toString(row.at.toLocalTime(), QLocale::ShortFormat), row.by,
                                   row.forms > 0 ? u"%1/%2"_s.arg(row.filled).arg(row.required) : QString(),
                                   rate ? u"%1/%2 (%3)"_s.arg(row.monthsOnTime).arg(row.monthsDue).arg(locale.toString(*rate * 100, 'f', 0) + locale.percent())
                                        : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_summary->setText(QCoreApplication::translate("Submissions", "%1: %2 on time, %3 late, %4 missing (due by %5).")
                           .arg(localeFor(m_language).toString(QDate(m_report.period.year, m_report.period.month, 1), u"MM/yyyy"_s))
                           .arg(m_report.count(SubmissionState::OnTime))
                           .arg(m_report.count(SubmissionState::Late))
                           .arg(m_report.count(SubmissionState::Missing))
                           .arg(locale.toString(m_report.deadline, QLocale::ShortFormat)));
    m_copy->setEnabled(!m_report.missing().isEmpty());
}

void SubmissionsView::copyUnitsToChase()
{
    m_refresh->ensureCurrent();
    QGuiApplication::clipboard()->setText(m_report.missing().join(u' '));
}

} // namespace chiso::ui
