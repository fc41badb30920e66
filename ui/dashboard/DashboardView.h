#pragma once

#include "i18n/Language.h"

#include <QScrollArea>

class QGridLayout;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

class KpiCard;
class RebuildWhenShown;

/// One card per indicator: value, growth, share of plan with its status, year-end forecast.
/// Clicking a card (or Enter on it) opens the indicator.
class DashboardView : public QScrollArea
{
    Q_OBJECT

public:
    DashboardView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    /// The cards, built if out of date, in reading order.
    QList<KpiCard *> cards();
    /// How many cards side by side at a viewport this wide: as many as fit at their minimum
    /// width, from one to five (1366 px: four; 1920 px: five).
    static int columnsFor(int viewportWidth);

Q_SIGNALS:
    void indicatorActivated(const QString &code);


protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// Puts the cards in the grid for the viewport's width, each at least as tall as its
    /// text and drawings need: the grid alone would squeeze them to the viewport's height.
    void placeCards();
    /// The cards in `columns` columns, in reading order.
    void arrangeCards(int columns);

    Analysis &m_analysis;
    Language m_language;
    QWidget *m_content;
    QGridLayout *m_grid;
    QList<KpiCard *> m_cards;
    QWidget *m_header = nullptr; ///< the legend, or why the cards are empty
    int m_columns = 0;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
