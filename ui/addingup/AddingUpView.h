#pragma once

#include "i18n/Language.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

class RebuildWhenShown;

/// The provinces' figures for the chosen month added up to the country's, beside the national
/// figure that was reported: how many provinces are counted, the gap, and whether it is a finding.
class AddingUpView : public QWidget
{
    Q_OBJECT

public:
    AddingUpView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void rebuild();
    /// The table, filled if out of date.
    QTableWidget *table();

private:
    void retranslate();

    Analysis &m_analysis;
    Language m_language;
    QLabel *m_summary;
    QTableWidget *m_table;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
