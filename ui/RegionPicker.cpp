#include "RegionPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

/// A combo box that calls `beforeUse` whenever the user is about to choose from it.
class ListOnUse : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<void()> beforeUse;

    void showPopup() override
    {
        beforeUse();
        QComboBox::showPopup();
    }

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        beforeUse(); // the arrow keys then step through every region
        QComboBox::focusInEvent(event);
    }
    void wheelEvent(QWheelEvent *event) override
    {
        beforeUse();
        QComboBox::wheelEvent(event);
    }
};

} // namespace

RegionPicker::RegionPicker(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this))
{
    auto *combo = new ListOnUse(this);
    combo->beforeUse = [this] { fill(); };
    m_region = combo;
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

void RegionPicker::setRegionSource(std::function<QStringList()> source)
{
    m_source = std::move(source);
}

void RegionPicker::setRegion(const QString &region)
{
    if (region == this->region())
        return;
    const QSignalBlocker block(m_region);
    int index = m_region->findText(region);
    if (index < 0) {
        m_region->addItem(region);
        index = m_region->count() - 1;
    }
    m_region->setCurrentIndex(index);
}

void RegionPicker::fill()
{
    if (!m_source)
        return;
    QStringList regions = m_source();
    const QString current = region();
    if (!current.isEmpty() && !regions.contains(current))
        regions.append(current);
    QStringList listed;
    for (int i = 0; i < m_region->count(); ++i)
        listed.append(m_region->itemText(i));
    if (listed == regions)
        return;
    const QSignalBlocker block(m_region);
    m_region->clear();
    m_region->addItems(regions);
    m_region->setCurrentIndex(int(regions.indexOf(current)));
}

void RegionPicker::retranslate()
{
    m_label->setText(QCoreApplication::translate("RegionPicker", "Region:"));
    m_region->setToolTip(QCoreApplication::translate("RegionPicker", "The reporting unit whose figures are shown: VN is the whole country."));
}

} // namespace chiso::ui
