#pragma once

#include "i18n/Language.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace chiso {
class Analysis;
class Store;
}

namespace chiso::ui {

class ChartView;
class DashboardView;
class EntryView;
class FindingsView;
class HistoryView;
class SubmissionsView;
class IndicatorView;
class PeriodPicker;
class RegionPicker;
class RebuildWhenShown;
class TableView;

/// The analyst's window: a period and a region picker over the dashboard, one indicator's charts, the
/// overview, the table and the monthly entry form; menus with a shortcut for every action.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Dashboard, Indicator, Overview, Table, Entry, Findings, Submissions, History };

    MainWindow(Store &store, Language language, QWidget *parent = nullptr);
    ~MainWindow() override;

    Analysis &analysis() { return *m_analysis; }
    QUndoStack &undoStack() { return *m_undo; }
    Language language() const { return m_language; }

    /// Called with a database the analyst opened from the File menu (a file or a server) or
    /// reconnected to; whoever owns this window replaces it with one on that database. Until
    /// set, the File menu's Open and Connect are disabled.
    using DatabaseOpened = std::function<void(std::unique_ptr<Store>)>;
    void setDatabaseOpened(DatabaseOpened handler);

    void setLanguage(Language language);
    void showView(View view);
    /// "dashboard", "overview", "table", "entry", "findings", "history" or "indicator:CODE"; false if unknown.
    bool showView(const QString &name);

    // Each view is built the first time it is shown or asked for: start-up builds only the
    // one the window opens on.
    DashboardView *dashboard();
    IndicatorView *indicatorView();
    TableView *tableView();
    EntryView *entryView();
    FindingsView *findingsView();
    HistoryView *historyView();
    SubmissionsView *submissionsView();
    PeriodPicker *periodPicker() const { return m_period; }
    RegionPicker *regionPicker() const { return m_region; }
    /// The overview chart, built if it is out of date.
    ChartView *overviewChartView();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Builds the view of a tab if it does not exist yet.
    void ensureView(View view);
    /// The member holding a tab's view, read after the view is built.
    template <typename T>
    T *built(View view, T *const &member)
    {
        ensureView(view);
        return member;
    }
    void placeView(View view, QWidget *widget);
    void applyLanguage(Language language);
    void retranslateChartMenus();
    void createActions();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    /// The status line and the count on the findings tab.
    void updateCounts();
    void rebuildOverview();
    void exportChart(ChartView *view, const QString &suffix);
    void importCsv();
    void openDatabaseFile();
    void connectToServer();
    /// A store's refusal said in a box; with "Reconnect" when a server went away.
    void showStoreFailure(const QString &title, const QString &message);
    void exportCsv();
    void addChartMenu(ChartView *view);
    void previewBriefing();
    void saveBriefing();
    void exportKpiTable();
    void exportExcel();
    void askUnitName();
    void listenForChanges();
    void showOthersChanges();

    std::unique_ptr<Analysis> m_analysis;
    QUndoStack *m_undo;
    Language m_language;
    DatabaseOpened m_databaseOpened;
    QTabWidget *m_tabs;
    PeriodPicker *m_period;
    RegionPicker *m_region;
    QDoubleSpinBox *m_tolerance;
    QLabel *m_toleranceLabel;
    DashboardView *m_dashboard = nullptr;
    IndicatorView *m_indicator = nullptr;
    ChartView *m_overview = nullptr;
    TableView *m_table = nullptr;
    EntryView *m_entry = nullptr;
    FindingsView *m_findings = nullptr;
    HistoryView *m_history = nullptr;
    /// Another login's changes, announced by the server; shown after a short pause so that an
    /// import's statements reload the window once.
    QTimer *m_reloadAfterChanges = nullptr;
    QStringList m_changedBy;
    qint64 m_changedRows = 0;
    SubmissionsView *m_submissions = nullptr;
    QLabel *m_status;
    RebuildWhenShown *m_overviewRefresh = nullptr; ///< made with the overview chart
    QByteArray m_tableSplitterState; ///< restored into the table view once it is built

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_briefingAction = nullptr;
    QAction *m_briefingPdfAction = nullptr;
    QAction *m_kpiCsvAction = nullptr;
    QAction *m_excelAction = nullptr;
    QAction *m_unitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_previousMonthAction = nullptr;
    QAction *m_nextMonthAction = nullptr;
    QAction *m_latestMonthAction = nullptr;
    QList<QAction *> m_viewActions;
    QAction *m_vietnameseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace chiso::ui
