#pragma once

#include "i18n/Language.h"

#include <QScrollArea>

class QGridLayout;

namespace chiso {
class Analysis;
}

namespace chiso::ui {

/// One card per indicator: value, growth, share of plan with its status, year-end forecast.
/// Clicking a card opens the indicator.
class DashboardView : public QScrollArea
{
    Q_OBJECT

public:
    DashboardView(Analysis &analysis, QWidget *parent = nullptr);
    void setLanguage(Language language);
    void rebuild();

Q_SIGNALS:
    void indicatorActivated(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Analysis &m_analysis;
    Language m_language = Language::English;
    QWidget *m_content;
    QGridLayout *m_grid;
};

} // namespace chiso::ui
