#pragma once

#include <QStringList>
#include <QWidget>

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
    /// The regions to choose among, and the one shown (listed even where it holds no figures).
    void setRegions(const QStringList &regions, const QString &current);
    void retranslate();

Q_SIGNALS:
    void regionChanged(const QString &region);

private:
    QLabel *m_label;
    QComboBox *m_region;
    QStringList m_regions;
};

} // namespace chiso::ui
