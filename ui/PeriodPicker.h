#pragma once

#include "domain/YearMonth.h"
#include "i18n/Language.h"

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
    /// The label in the current translation, the months by name in the language (Tháng 8 / August).
    void retranslate(Language language);

Q_SIGNALS:
    void periodChanged(chiso::YearMonth period);

private:
    QLabel *m_label;
    QComboBox *m_month;
    QSpinBox *m_year;
};

} // namespace chiso::ui
