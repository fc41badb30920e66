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
/// how complete, the year's on-time rate; the units to chase, copied with one button.
class SubmissionsView : public QWidget
{
    Q_OBJECT

public:
    SubmissionsView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void rebuild();
    /// The table, filled if out of date.
    QTableWidget *table();
    /// Puts the codes of the units to chase on the clipboard, one line (what the button does).
    void copyUnitsToChase();

private:
    void retranslate();

    Analysis &m_analysis;
    Language m_language;
    SubmissionsReport m_report;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_copy;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
