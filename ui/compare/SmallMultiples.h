#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QPainter;

namespace chiso::ui {

/// What small multiples show: one small line chart per province, on one scale for all.
struct SmallMultiplesData {
    struct Panel {
        QString code;
        QString title;
        QList<std::pair<int, double>> points; ///< (month, value)
        bool selected = false;
    };
    QList<Panel> panels;
    QString title;
    int lastMonth = 12; ///< the x axis runs from month 1 to this
    double top = 0;     ///< the shared scale's top; its bottom is zero or the least value below it
    double bottom = 0;
    QString topLabel;    ///< the scale's top, formatted
    QString bottomLabel;
    QString emptyText; ///< said in a panel without a point
};

void paintSmallMultiples(QPainter &painter, const QRectF &area, const SmallMultiplesData &data, const QFont &font);

/// The provinces' year-to-date lines side by side, each in its own small chart with the same
/// scale, so that their sizes and shapes compare at a glance.
class SmallMultiplesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SmallMultiplesWidget(QWidget *parent = nullptr);
    void setData(SmallMultiplesData data);
    const SmallMultiplesData &data() const { return m_data; }
    /// Frames one province's panel.
    void setSelected(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SmallMultiplesData m_data;
};

} // namespace chiso::ui
