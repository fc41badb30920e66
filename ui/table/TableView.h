#pragma once

#include "i18n/Language.h"

#include <QWidget>

class QTableView;
class QTextBrowser;
class QSortFilterProxyModel;
class QAction;
class QSplitter;

namespace chiso {
class Analysis;
class KpiTableModel;
}

namespace chiso::ui {

/// All indicators of the period in a sortable table; the selected figure's source in a
/// details pane; copy as tab-separated text that Excel pastes into cells.
class TableView : public QWidget
{
    Q_OBJECT

public:
    TableView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    void setLanguage(Language language);
    KpiTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QSplitter *splitter() const { return m_splitter; }
    /// Copies the selection (or the whole table) to the clipboard.
    void copy();
    /// The indicator of the row the cursor is on (empty if none).
    QString currentIndicator() const;

Q_SIGNALS:
    /// The analyst asked who changed the figures of this indicator (the row's context menu).
    void historyRequested(const QString &indicator);

private:
    void showDetails();

    KpiTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
    QAction *m_historyAction;
};

} // namespace chiso::ui
