#pragma once

#include "cycle/Submissions.h"
#include "i18n/Language.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

class RebuildWhenShown;

/// The units' monthly forms for the chosen month: on time, late or missing, when and by whom,
/// how complete, the year's on-time rate; the units to chase, copied with one button. The
/// office reviews the selected unit's form here: approve (locks the month), return with a
/// comment, reopen with the reason; the month's review history shows below.
class SubmissionsView : public QWidget
{
    Q_OBJECT

public:
    SubmissionsView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void rebuild();
    /// The table, filled if out of date.
    QTableWidget *table();
    /// The selected unit-month's review history (When, By, Action, Comment).
    QTableWidget *history();
    QPushButton *approveButton() { return m_approve; }
    QPushButton *returnButton() { return m_return; }
    QPushButton *reopenButton() { return m_reopen; }
    /// Puts the codes of the units to chase on the clipboard, one line (what the button does).
    void copyUnitsToChase();
    /// The actions of the buttons, on the selected unit, once the comment is known (the buttons
    /// ask for it). False if nothing is selected or the store refused (the window says why).
    bool reviewSelected(ReviewAction action, const QString &comment = {});

private:
    void retranslate();
    /// The buttons' states and tooltips, and the history, for the selected row.
    void showSelected();
    const SubmissionsReport::Row *selectedRow() const;
    void askAndReview(ReviewAction action);

    Analysis &m_analysis;
    Language m_language;
    SubmissionsReport m_report;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_copy;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_reopen;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
