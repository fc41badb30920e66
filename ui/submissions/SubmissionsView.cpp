#include "SubmissionsView.h"
#include "RebuildWhenShown.h"
#include "StatusColors.h"

#include "session/Analysis.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

enum Column { CodeColumn, UnitColumn, StateColumn, ReviewColumn, SubmittedColumn, ByColumn, CompleteColumn, OnTimeColumn, ColumnCount };

QString stateText(SubmissionState state)
{
    switch (state) {
    case SubmissionState::OnTime: return QCoreApplication::translate("Submissions", "on time");
    case SubmissionState::Late: return QCoreApplication::translate("Submissions", "late");
    case SubmissionState::Missing: break;
    }
    return QCoreApplication::translate("Submissions", "missing");
}

QString reviewText(ReviewState state)
{
    switch (state) {
    case ReviewState::Missing: return {};
    case ReviewState::Submitted: return QCoreApplication::translate("Submissions", "● to review");
    case ReviewState::Returned: return QCoreApplication::translate("Submissions", "↩ returned");
    case ReviewState::Approved: break;
    }
    return QCoreApplication::translate("Submissions", "✔ approved (locked)");
}

/// The colours of the statuses, told apart without red and green (StatusColors).
QColor reviewColor(ReviewState state, const QPalette &palette)
{
    switch (state) {
    case ReviewState::Approved: return statusColor(Status::Ahead, palette);
    case ReviewState::Returned: return statusColor(Status::Behind, palette);
    case ReviewState::Submitted: return statusColor(Status::OnTrack, palette);
    case ReviewState::Missing: break;
    }
    return palette.color(QPalette::Text);
}

QString actionText(ReviewAction action)
{
    switch (action) {
    case ReviewAction::Approve: return QCoreApplication::translate("Submissions", "approved");
    case ReviewAction::Return: return QCoreApplication::translate("Submissions", "returned");
    case ReviewAction::Reopen: break;
    }
    return QCoreApplication::translate("Submissions", "reopened");
}

} // namespace

SubmissionsView::SubmissionsView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_copy(new QPushButton(this)), m_approve(new QPushButton(this)), m_return(new QPushButton(this)), m_reopen(new QPushButton(this)),
      m_historyTitle(new QLabel(this)), m_history(new QTableWidget(this)), m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    m_table->setObjectName(u"submissionsTable"_s);
    m_copy->setObjectName(u"copyUnitsToChase"_s);
    m_approve->setObjectName(u"approveForm"_s);
    m_return->setObjectName(u"returnForm"_s);
    m_reopen->setObjectName(u"reopenMonth"_s);
    m_history->setObjectName(u"reviewHistory"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    m_history->setColumnCount(4);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMaximumHeight(150);
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_approve);
    bar->addWidget(m_return);
    bar->addWidget(m_reopen);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history);
    connect(m_copy, &QPushButton::clicked, this, &SubmissionsView::copyUnitsToChase);
    connect(m_approve, &QPushButton::clicked, this, [this] { askAndReview(ReviewAction::Approve); });
    connect(m_return, &QPushButton::clicked, this, [this] { askAndReview(ReviewAction::Return); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { askAndReview(ReviewAction::Reopen); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SubmissionsView::showSelected);
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
    m_approve->setText(QCoreApplication::translate("Submissions", "Approve"));
    m_return->setText(QCoreApplication::translate("Submissions", "Return…"));
    m_reopen->setText(QCoreApplication::translate("Submissions", "Reopen…"));
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("Submissions", "Code"), QCoreApplication::translate("Submissions", "Unit"),
                                        QCoreApplication::translate("Submissions", "State"),
                                        QCoreApplication::translate("Submissions", "Review"),
                                        QCoreApplication::translate("Submissions", "Submitted"),
                                        QCoreApplication::translate("Submissions", "By"),
                                        QCoreApplication::translate("Submissions", "Complete"),
                                        QCoreApplication::translate("Submissions", "On time this year")});
    m_history->setHorizontalHeaderLabels({QCoreApplication::translate("Submissions", "When"), QCoreApplication::translate("Submissions", "Reviewer"),
                                          QCoreApplication::translate("Submissions", "Action"),
                                          QCoreApplication::translate("Submissions", "Comment")});
}

QTableWidget *SubmissionsView::table()
{
    m_refresh->ensureCurrent();
    return m_table;
}

QTableWidget *SubmissionsView::history()
{
    m_refresh->ensureCurrent();
    return m_history;
}

void SubmissionsView::rebuild()
{
    const SubmissionsReport::Row *selected = selectedRow();
    const QString selectedUnit = selected ? selected->unit.code : QString();
    try {
        const Store &store = m_analysis.store();
        m_report = buildSubmissions(store, m_analysis.period(), submissionDeadlineDay(store));
    } catch (const StoreError &error) {
        m_summary->setText(error.message());
        return;
    }
    const QLocale locale = localeFor(m_language);
    const QSignalBlocker blocker(m_table); // one showSelected() at the end, not one a row
    m_table->clearSelection();
    m_table->setRowCount(int(m_report.rows.size()));
    int selectRow = -1;
    for (int r = 0; r < m_report.rows.size(); ++r) {
        const SubmissionsReport::Row &row = m_report.rows[r];
        const auto rate = row.onTimeRate();
        const QStringList cells = {row.unit.code, row.unit.name(m_language), stateText(row.state), reviewText(row.review),
                                   row.at.isNull() ? QString() : locale.toString(row.at.toLocalTime(), QLocale::ShortFormat), row.by,
                                   row.forms > 0 ? u"%1/%2"_s.arg(row.filled).arg(row.required) : QString(),
                                   rate ? u"%1/%2 (%3)"_s.arg(row.monthsOnTime).arg(row.monthsDue).arg(locale.toString(*rate * 100, 'f', 0) + locale.percent())
                                        : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_table->item(r, ReviewColumn)->setForeground(reviewColor(row.review, palette()));
        if (row.lastReview && !row.lastReview->comment.isEmpty())
            m_table->item(r, ReviewColumn)->setToolTip(row.lastReview->comment);
        if (row.unit.code == selectedUnit)
            selectRow = r;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    QString summary = QCoreApplication::translate("Submissions", "%1: %2 on time, %3 late, %4 missing (due by %5).")
                          .arg(localeFor(m_language).toString(QDate(m_report.period.year, m_report.period.month, 1), u"MM/yyyy"_s))
                          .arg(m_report.count(SubmissionState::OnTime))
                          .arg(m_report.count(SubmissionState::Late))
                          .arg(m_report.count(SubmissionState::Missing))
                          .arg(locale.toString(m_report.deadline, QLocale::ShortFormat));
    summary += u' ' + QCoreApplication::translate("Submissions", "Review: %1 approved, %2 returned, %3 to review.")
                          .arg(m_report.count(ReviewState::Approved))
                          .arg(m_report.count(ReviewState::Returned))
                          .arg(m_report.count(ReviewState::Submitted));
    m_summary->setText(summary);
    m_copy->setEnabled(!m_report.missing().isEmpty());
    showSelected();
}

const SubmissionsReport::Row *SubmissionsView::selectedRow() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_report.rows.size() ? &m_report.rows[row] : nullptr;
}

void SubmissionsView::showSelected()
{
    const SubmissionsReport::Row *row = selectedRow();
    const Login &login = m_analysis.store().login();
    const bool office = login.role == Login::Role::Office;
    // Each button enabled where its action fits, else saying why not.
    const auto set = [&](QPushButton *button, bool fits, const QString &whyNot) {
        QString why;
        if (!office)
            why = QCoreApplication::translate("Submissions", "Only an office login reviews the units' forms; %1 is not one.").arg(login.name);
        else if (!row)
            why = QCoreApplication::translate("Submissions", "Select a unit first.");
        else if (!fits)
            why = whyNot;
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    };
    const ReviewState state = row ? row->review : ReviewState::Missing;
    const QString noForm = QCoreApplication::translate("Submissions", "No form has come for this month.");
    const QString returned = QCoreApplication::translate("Submissions", "The form was returned; no new form has come since.");
    const QString approved = QCoreApplication::translate("Submissions", "The month is approved and locked: reopen it first.");
    const auto whyNotJudge = [&] { return state == ReviewState::Missing ? noForm : state == ReviewState::Returned ? returned : approved; };
    set(m_approve, state == ReviewState::Submitted, whyNotJudge());
    set(m_return, state == ReviewState::Submitted, whyNotJudge());
    set(m_reopen, state == ReviewState::Approved, QCoreApplication::translate("Submissions", "Only an approved month can be reopened."));

    m_history->setRowCount(0);
    if (!row) {
        m_historyTitle->setText(QCoreApplication::translate("Submissions", "Select a unit to see its review."));
        return;
    }
    m_historyTitle->setText(QCoreApplication::translate("Submissions", "Review of %1 (%2), %3:")
                                .arg(row->unit.name(m_language), row->unit.code,
                                     localeFor(m_language).toString(QDate(m_report.period.year, m_report.period.month, 1), u"MM/yyyy"_s)));
    QList<Review> reviews;
    try {
        reviews = m_analysis.store().reviews(row->unit.code, m_report.period);
    } catch (const StoreError &error) {
        m_historyTitle->setText(error.message());
        return;
    }
    const QLocale locale = localeFor(m_language);
    m_history->setRowCount(int(reviews.size()));
    for (int r = 0; r < reviews.size(); ++r) {
        const Review &review = reviews[r];
        const QStringList cells = {locale.toString(review.at.toLocalTime(), QLocale::ShortFormat), review.by, actionText(review.action),
                                   review.comment};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

bool SubmissionsView::reviewSelected(ReviewAction action, const QString &comment)
{
    m_refresh->ensureCurrent();
    const SubmissionsReport::Row *row = selectedRow();
    if (!row)
        return false;
    const QString unit = row->unit.code; // the report is rebuilt by the change
    return m_analysis.review(unit, m_report.period, action, comment);
}

void SubmissionsView::askAndReview(ReviewAction action)
{
    const SubmissionsReport::Row *row = selectedRow();
    if (!row)
        return;
    QString comment;
    if (action != ReviewAction::Approve) {
        const QString unit = u"%1 (%2)"_s.arg(row->unit.name(m_language), row->unit.code);
        bool ok = false;
        comment = action == ReviewAction::Return
                      ? QInputDialog::getMultiLineText(this, QCoreApplication::translate("Submissions", "Return the form"),
                                                       QCoreApplication::translate("Submissions", "What should %1 correct? (required)").arg(unit),
                                                       QString(), &ok)
                      : QInputDialog::getMultiLineText(this, QCoreApplication::translate("Submissions", "Reopen the month"),
                                                       QCoreApplication::translate("Submissions", "Why is the approved month of %1 reopened? "
                                                                                                  "(required, kept in its review)")
                                                           .arg(unit),
                                                       QString(), &ok);
        if (!ok)
            return;
        if (comment.trimmed().isEmpty()) {
            m_analysis.reportWriteFailure(QCoreApplication::translate("Submissions", "Nothing was stored: a comment is required."));
            return;
        }
    }
    reviewSelected(action, comment);
}

void SubmissionsView::copyUnitsToChase()
{
    m_refresh->ensureCurrent();
    QGuiApplication::clipboard()->setText(m_report.missing().join(u' '));
}

} // namespace chiso::ui
