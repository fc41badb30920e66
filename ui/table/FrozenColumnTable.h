#pragma once

#include <QTableView>

namespace chiso::ui {

/// A table whose first column (the indicator's name) stays in place while the others scroll
/// sideways, so that a narrow screen still says whose figures it shows: a second view over the
/// first column, sharing the model and the selection (Qt's "Frozen Column" example).
class FrozenColumnTable : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnTable(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;
    /// The view that shows the frozen column.
    QTableView *frozenView() const { return m_frozen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    void updateGeometries() override;

private:
    void showOnlyTheFirstColumn();
    void updateFrozenGeometry();

    QTableView *m_frozen;
};

} // namespace chiso::ui
