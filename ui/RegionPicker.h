#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;

namespace chiso::ui {

/// The region (reporting unit) everything in the window is about, beside the period: VN, the
/// whole country, or one of the units whose figures the database holds.
class RegionPicker : public QWidget
{
    Q_OBJECT

public:
    explicit RegionPicker(QWidget *parent = nullptr);
    QString region() const;
    /// Where the list of regions comes from. It is asked when the user reaches for the list
    /// (opens it, scrolls over it or moves into it), not at start or at each change: a
    /// ministry's database may hold thousands of units.
    void setRegionSource(std::function<QStringList()> source);
    /// Shows a region, listed even where the database holds nothing for it.
    void setRegion(const QString &region);
    void retranslate();

Q_SIGNALS:
    void regionChanged(const QString &region);

private:
    /// Lists the source's regions and the one shown.
    void fill();

    QLabel *m_label;
    QComboBox *m_region;
    std::function<QStringList()> m_source;
};

} // namespace chiso::ui
