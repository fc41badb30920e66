#pragma once

#include "i18n/Language.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

class RebuildWhenShown;

/// Who changed what, when, from what to what: the database's own record, latest last, for the
/// whole database or one indicator, of every region or the one shown.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    HistoryView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    /// Shows one indicator's changes (an empty code: every change), of the region shown only
    /// if regionOnly: a figure's history.
    void showIndicator(const QString &code, bool regionOnly = false);
    /// The table, filled if out of date.
    QTableWidget *table();
    void rebuild();

private:
    void retranslate();

    Analysis &m_analysis;
    Language m_language;
    QComboBox *m_indicator;
    QCheckBox *m_regionOnly;
    QLabel *m_summary;
    QTableWidget *m_table;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
