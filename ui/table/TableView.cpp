#include "TableView.h"
#include "FrozenColumnTable.h"
#include "StatusColors.h"

#include "views/KpiTableModel.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

/// Colours the status column and marks disputed figures: presentation only.
class StatusColouring : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QPalette palette;

    QVariant data(const QModelIndex &index, int role) const override
    {
        // The status's mark beside its colour, as on the cards: ▲ ahead, ● on track, ▼ behind, ○ not assessed.
        if (role == Qt::DisplayRole && index.column() == KpiTableModel::StatusColumn)
            return statusMark(Status(index.data(KpiTableModel::StatusRole).toInt())) + QChar::Nbsp
                + QSortFilterProxyModel::data(index, role).toString();
        if (role == Qt::ForegroundRole && index.column() == KpiTableModel::StatusColumn)
            return statusColor(Status(index.data(KpiTableModel::StatusRole).toInt()), palette);
        if (role == Qt::DecorationRole && index.column() == KpiTableModel::Name
            && index.data(KpiTableModel::OpenFindingsRole).toInt() > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::FontRole && index.column() == KpiTableModel::Value && index.data(KpiTableModel::DisputedRole).toBool()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

TableView::TableView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_model(new KpiTableModel(analysis, this)), m_proxy(new StatusColouring(this)),
      m_table(new FrozenColumnTable(this)), m_details(new QTextBrowser(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_historyAction(new QAction(this))
{
    static_cast<StatusColouring *>(m_proxy)->palette = palette();
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KpiTableModel::SortRole);
    m_table->setObjectName(u"kpiTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The name stays in view (frozen) and wraps in a column of its own width, so that status
    // and expected pace fit beside it at 1366 px; rows as tall as their wrapped names.
    m_table->horizontalHeader()->setSectionResizeMode(KpiTableModel::Name, QHeaderView::Interactive);
    m_table->setColumnWidth(KpiTableModel::Name, m_table->fontMetrics().averageCharWidth() * 30);
    m_table->setWordWrap(true);
    // What a reader looks for first beside the name: its status; the expected pace beside the
    // share of plan it is measured against. (Only the view's order: copies keep the model's.)
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(KpiTableModel::StatusColumn), 1);
    header->moveSection(header->visualIndex(KpiTableModel::Pace), header->visualIndex(KpiTableModel::Share) + 1);
    m_details->setObjectName(u"sourceDetails"_s);
    m_details->setOpenExternalLinks(true);
    m_splitter->setObjectName(u"tableSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_historyAction->setObjectName(u"rowHistory"_s);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_historyAction);
    connect(m_historyAction, &QAction::triggered, this, [this] {
        if (const QString code = currentIndicator(); !code.isEmpty())
            Q_EMIT historyRequested(code);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TableView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableView::showDetails);
    // Rows as tall as their wrapped names, measured when the rows change, not on every layout
    // (a header sized to its contents asks the model even while the window is torn down).
    connect(m_proxy, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_table, &QTableView::resizeRowsToContents);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this](int section) {
        if (section == KpiTableModel::Name)
            m_table->resizeRowsToContents();
    });
    setLanguage(language);
}

void TableView::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_historyAction->setText(QCoreApplication::translate("TableView", "Who changed these figures…"));
}

QString TableView::currentIndicator() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->index(current.row(), 0).data(KpiTableModel::IndicatorCodeRole).toString() : QString();
}

void TableView::copy()
{
    QModelIndexList selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        selected.append(m_proxy->mapToSource(index));
    if (selected.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            for (int column = 0; column < m_model->columnCount(); ++column)
                selected.append(m_model->index(row, column));
        }
    }
    QApplication::clipboard()->setText(m_model->toTabSeparated(selected));
}

void TableView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    QString text = current.data(KpiTableModel::SourceRole).toString().toHtmlEscaped();
    text.replace(u"\n"_s, u"<br>"_s);
    m_details->setHtml(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
        m_proxy->index(current.row(), KpiTableModel::Name).data().toString().toHtmlEscaped(), text));
}

} // namespace chiso::ui
