#include "PeriodPicker.h"

#include "report/Formatter.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace chiso::ui {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_month(new QComboBox(this)), m_year(new QSpinBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_month);
    layout->addWidget(m_year);
    m_year->setRange(1900, 2100); // every year a figure may have
    m_year->setGroupSeparatorShown(false);
    m_month->setObjectName(QStringLiteral("periodMonth"));
    m_year->setObjectName(QStringLiteral("periodYear"));
    retranslate(Language::English);
    auto emitChange = [this] { Q_EMIT periodChanged(period()); };
    connect(m_month, &QComboBox::currentIndexChanged, this, emitChange);
    connect(m_year, &QSpinBox::valueChanged, this, emitChange);
}

YearMonth PeriodPicker::period() const
{
    return {m_year->value(), m_month->currentIndex() + 1};
}

void PeriodPicker::setPeriod(YearMonth period)
{
    const QSignalBlocker blockMonth(m_month);
    const QSignalBlocker blockYear(m_year);
    m_month->setCurrentIndex(period.month - 1);
    m_year->setValue(period.year);
}

void PeriodPicker::retranslate(Language language)
{
    const QSignalBlocker block(m_month);
    const int current = m_month->currentIndex();
    const Formatter format(language);
    m_label->setText(QCoreApplication::translate("PeriodPicker", "Figures as of:"));
    m_month->clear();
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(format.monthName(month));
    m_month->setCurrentIndex(current < 0 ? 0 : current);
    m_month->setToolTip(QCoreApplication::translate("PeriodPicker", "The month whose briefing you prepare: nothing published later is used."));
}

} // namespace chiso::ui
