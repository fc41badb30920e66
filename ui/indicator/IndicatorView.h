#pragma once

#include "i18n/Language.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace chiso {
class Analysis;
struct KpiRow;
}

namespace chiso::ui {

class ChartView;
class RebuildWhenShown;

/// One indicator's charts: year to date against last year, the plan's pace and the forecast;
/// growth by cut-off; progress toward the target.
class IndicatorView : public QWidget
{
    Q_OBJECT

public:
    IndicatorView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void showIndicator(const QString &code);
    QString indicator() const;
    /// The chart views (built if out of date), for export and tests.
    QList<ChartView *> chartViews();
    void rebuild();
    /// Where sources give different values of the figure shown: which is used, and the
    /// office's choice among them (for tests).
    QComboBox *figureChoice();

private:
    /// Lists the sources' values of the row's figure, the one used selected.
    void listSources(const KpiRow *row);
    /// Records the office's choice of the selected source (or the usual order).
    void choose(int index);

    Analysis &m_analysis;
    Language m_language;
    QComboBox *m_choice;
    QLabel *m_summary;
    QLabel *m_figureChoiceLabel;
    QComboBox *m_figureChoice;
    ChartView *m_yearToDate;
    ChartView *m_growth;
    ChartView *m_progress;
    RebuildWhenShown *m_refresh; ///< charts are the costly part of the window: built for the eyes that see them
};

} // namespace chiso::ui
