#pragma once

#include "report/Formatter.h"

#include <QAbstractTableModel>

namespace chiso {

class Analysis;

/// The monthly KPI table of an Analysis as a Qt item model: the cells people read, raw
/// numbers for sorting, the source of each figure for tooltips and the details pane.
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole,      ///< the raw number (or text) a column sorts by
        StatusRole,                   ///< int(chiso::Status) of the row
        DisputedRole,                 ///< true where other sources give other values
        IndicatorCodeRole,
        SourceRole,                   ///< the full source description
        OpenFindingsRole,             ///< how many unacknowledged findings concern the indicator
    };
    enum Column { Name, Unit, Period, Value, LastYear, Growth, StatedGrowth, Plan, Share, StatedShare, Pace, StatusColumn, ColumnCount };

    explicit KpiTableModel(Analysis &analysis, QObject *parent = nullptr);

    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The rows and columns of a selection as tab-separated text with a header line, numbers
    /// as displayed, which Excel pastes into cells.
    QString toTabSeparated(const QModelIndexList &indexes) const;

private:
    Analysis &m_analysis;
    Formatter m_format;
};

} // namespace chiso
