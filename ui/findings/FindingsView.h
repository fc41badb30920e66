#pragma once

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

/// The figures that do not add up for the chosen period, largest gap first; each can be
/// acknowledged with a comment (stored) or reopened.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    FindingsView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void rebuild();
    /// The table of findings, filled if out of date.
    QTableWidget *table();
    /// Acknowledges the finding of a row with a comment (what the button does after asking);
    /// false if there is no such row or the store refused (the analysis reports why).
    bool acknowledgeRow(int row, const QString &comment);
    bool reopenRow(int row);
    /// Asks for the check's tolerances and applies them.
    void editTolerances();

Q_SIGNALS:
    void tolerancesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Analysis &m_analysis;
    Language m_language;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_acknowledge;
    QPushButton *m_reopen;
    QPushButton *m_tolerances;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
