#pragma once

#include "domain/YearMonth.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QLabel;

namespace chiso::ui {

/// The period everything in the window is seen at: a year and a month (the as-of cut-off).
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);
    YearMonth period() const;
    void setPeriod(YearMonth period);
    void retranslate();

Q_SIGNALS:
    void periodChanged(chiso::YearMonth period);

private:
    QLabel *m_label;
    QComboBox *m_month;
    QSpinBox *m_year;
};

} // namespace chiso::ui
