#include "RegionPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace chiso::ui {

RegionPicker::RegionPicker(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_region(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_region);
    m_region->setObjectName(u"region"_s);
    // As wide as a usual code, whatever the list holds: the bar does not shift when a
    // database with longer codes is opened. Typing a code's first letters selects it.
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setMinimumContentsLength(8);
    m_region->setMaxVisibleItems(20);
    retranslate();
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT regionChanged(region()); });
}

QString RegionPicker::region() const
{
    return m_region->currentText();
}

void RegionPicker::setRegions(const QStringList &regions, const QString &current)
{
    QStringList listed = regions;
    if (!listed.contains(current))
        listed.append(current);
    if (listed == m_regions && region() == current)
        return;
    const QSignalBlocker block(m_region);
    if (listed != m_regions) {
        m_region->clear();
        m_region->addItems(listed);
        m_regions = listed;
    }
    m_region->setCurrentIndex(int(listed.indexOf(current)));
}

void RegionPicker::retranslate()
{
    m_label->setText(QCoreApplication::translate("RegionPicker", "Region:"));
    m_region->setToolTip(QCoreApplication::translate("RegionPicker", "The reporting unit whose figures are shown: VN is the whole country."));
}

} // namespace chiso::ui
