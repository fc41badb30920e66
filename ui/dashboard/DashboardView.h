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

Q_SIGNALS:
    void indicatorActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    Analysis &m_analysis;
    Language m_language;
    QWidget *m_content;
    QGridLayout *m_grid;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
