#include "MainWindow.h"
#include "store/StoreError.h"
#include "database/ConnectDialog.h"
#include "domain/FigureRules.h"
#include "PeriodPicker.h"
#include "RegionPicker.h"
#include "RebuildWhenShown.h"
#include "charts/ChartView.h"
#include "charts/Charts.h"
#include "dashboard/DashboardView.h"
#include "entry/EntryView.h"
#include "findings/FindingsView.h"
#include "submissions/SubmissionsView.h"
#include "compare/CompareView.h"
#include "history/HistoryView.h"
#include "addingup/AddingUpView.h"
#include "store/ChangeListener.h"
#include "import/ImportDialog.h"
#include "indicator/IndicatorView.h"
#include "table/TableView.h"
#include "briefing/BriefingRenderer.h"
#include "printing/PrintPreview.h"

#include "briefing/BriefingText.h"
#include "edit/EditCommands.h"
#include "report/KpiReportWriter.h"

#include "io/DemoUnits.h"
#include "io/FigureExporter.h"
#include "io/xlsx/XlsxWriter.h"
#include "session/Analysis.h"
#include "store/Store.h"

#include <QTime>
#include <QTimer>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chiso::ui {

namespace {

QSettings appSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"chiso"_s, u"chiso"_s);
}

/// The period, region, tolerance and check the analyst left the window with: the analysis starts
/// from them instead of computing everything twice. A unit's login that has never chosen a
/// region starts on its own.
AnalysisSettings rememberedAnalysis(const Login &login)
{
    const QSettings settings = appSettings();
    AnalysisSettings remembered;
    remembered.period = YearMonth::parse(settings.value(u"analysis/period"_s).toString());
    if (const auto region = normalizedRegion(settings.value(u"analysis/region"_s).toString()))
        remembered.region = *region;
    else if (login.role == Login::Role::Unit && !login.region.isEmpty())
        remembered.region = login.region;
    // A settings file edited by hand may hold anything: a value out of range keeps the default.
    const auto remember = [&settings](const QString &key, double &target) {
        if (const auto value = toleranceFromText(settings.value(key).toString()))
            target = *value;
    };
    remember(u"analysis/tolerance"_s, remembered.tolerancePoints);
    CheckSettings &check = remembered.check;
    remember(u"check/sharePoints"_s, check.sharePoints);
    remember(u"check/growthPoints"_s, check.growthPoints);
    // Kept as fractions: 0.05 for 5 %.
    remember(u"check/sourcesRelative"_s, check.sourcesRelative);
    remember(u"check/chainRelative"_s, check.chainRelative);
    return remembered;
}

/// The other half of rememberedAnalysis(), for the check's tolerances (the period and the
/// tolerance are saved with the window).
void rememberCheck(const CheckSettings &check)
{
    QSettings settings = appSettings();
    settings.setValue(u"check/sharePoints"_s, check.sharePoints);
    settings.setValue(u"check/growthPoints"_s, check.growthPoints);
    settings.setValue(u"check/sourcesRelative"_s, check.sourcesRelative);
    settings.setValue(u"check/chainRelative"_s, check.chainRelative);
}

constexpr int ViewCount = 10;

} // namespace


MainWindow::MainWindow(Store &store, Language language, QWidget *parent)
    : QMainWindow(parent), m_analysis(std::make_unique<Analysis>(store, rememberedAnalysis(store.login()))), m_undo(new QUndoStack(this)),
      m_language(language), m_tabs(new QTabWidget(this)), m_period(new PeriodPicker(this)),
      m_region(new RegionPicker(this)),
      m_tolerance(new QDoubleSpinBox(this)), m_toleranceLabel(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    // The pages sit on the window itself, as a browser's do: Fusion draws the framed pane from
    // a cached pixmap the size of the window, which cost some 2 ms of every start.
    m_tabs->setDocumentMode(true);
    for (int i = 0; i < ViewCount; ++i) {
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, QString());
    }
    m_tolerance->setObjectName(u"tolerance"_s);
    m_tolerance->setRange(0, 50);
    m_tolerance->setDecimals(1);
    m_tolerance->setSingleStep(0.5);
    // A plain row above the tabs: the bar is neither movable nor hidable, so a QToolBar
    // would add only its cost.
    auto *periodBar = new QWidget;
    periodBar->setObjectName(u"periodBar"_s);
    auto *barLayout = new QHBoxLayout(periodBar);
    barLayout->setContentsMargins(6, 4, 6, 2);
    barLayout->addWidget(m_period);
    barLayout->addWidget(m_region);
    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    barLayout->addWidget(separator);
    barLayout->addWidget(m_toleranceLabel);
    barLayout->addWidget(m_tolerance);
    barLayout->addStretch();
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // A database of generated figures says so on every page, so that none is quoted as real.
    bool illustrative = false;
    try {
        illustrative = m_analysis->store().setting(QString::fromLatin1(IllustrativeSetting)) == u"1";
    } catch (const StoreError &) {
        // A database that cannot be read says so elsewhere; there is no banner to show.
    }
    if (illustrative) {
        m_illustrativeBanner = new QLabel(this);
        m_illustrativeBanner->setObjectName(u"illustrativeBanner"_s);
        m_illustrativeBanner->setWordWrap(true);
        m_illustrativeBanner->setContentsMargins(8, 4, 8, 4);
        m_illustrativeBanner->setStyleSheet(u"background: #fde68a; color: #1f2937; font-weight: bold;"_s);
        centralLayout->addWidget(m_illustrativeBanner);
    }
    centralLayout->addWidget(periodBar);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_status->setObjectName(u"statusText"_s);
    statusBar()->addWidget(m_status, 1);

    createActions();
    restoreSettings();
    m_tolerance->setValue(m_analysis->tolerancePoints());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { ensureView(View(index)); });
    m_period->setPeriod(m_analysis->period());
    connect(m_period, &PeriodPicker::periodChanged, m_analysis.get(), &Analysis::setPeriod);
    m_region->setRegionSource([this] { return m_analysis->findRegions(); });
    m_region->setRegion(m_analysis->region());
    connect(m_region, &RegionPicker::regionChanged, m_analysis.get(), &Analysis::setRegion);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, m_analysis.get(), &Analysis::setTolerancePoints);
    connect(m_analysis.get(), &Analysis::changed, this, [this] {
        m_period->setPeriod(m_analysis->period());
        m_region->setRegion(m_analysis->region());
        updateCounts();
    });
    // Queued: the box's event loop must not run inside the undo stack's or the store's call.
    connect(m_analysis.get(), &Analysis::writeFailed, this, [this](const QString &message) {
        showStoreFailure(QCoreApplication::translate("MainWindow", "Not stored"), message);
    }, Qt::QueuedConnection);
    connect(m_analysis.get(), &Analysis::readFailed, this, [this](const QString &message) {
        showStoreFailure(QCoreApplication::translate("MainWindow", "Cannot read the database"), message);
    }, Qt::QueuedConnection);
    m_analysis->setTolerancePoints(m_tolerance->value()); // as the spin box rounds it: both agree
    listenForChanges();
    applyLanguage(m_language);
    ensureView(View(m_tabs->currentIndex()));
}

MainWindow::~MainWindow()
{
    // The stack's commands refer to the analysis, and clearing it signals this window: both
    // must go before the members do.
    disconnect(m_undo, nullptr, this, nullptr);
    delete m_undo;
}

void MainWindow::listenForChanges()
{
    auto *changes = new ChangeListener(m_analysis->store(), this);
    m_reloadAfterChanges = new QTimer(this);
    m_reloadAfterChanges->setSingleShot(true);
    m_reloadAfterChanges->setInterval(300);
    connect(m_reloadAfterChanges, &QTimer::timeout, this, &MainWindow::showOthersChanges);
    connect(changes, &ChangeListener::changed, this, [this](const QString &login, const QString &, const QString &, qint64 rows) {
        if (!m_changedBy.contains(login))
            m_changedBy.append(login);
        m_changedRows += rows;
        m_reloadAfterChanges->start();
    });
}

void MainWindow::showOthersChanges()
{
    // What the analyst is typing in the entry form stays: its views rebuild around it.
    m_analysis->reload();
    statusBar()->showMessage(QCoreApplication::translate("MainWindow", "%1 changed %n row(s) of the database at %2; the window shows them now.",
                                                         nullptr, int(m_changedRows))
                                 .arg(m_changedBy.join(u", "_s), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                             30000);
    m_changedBy.clear();
    m_changedRows = 0;
}

void MainWindow::placeView(View view, QWidget *widget)
{
    m_tabs->widget(int(view))->layout()->addWidget(widget);
    widget->show(); // at once, not after the next event: the page may be on screen already
}

void MainWindow::ensureView(View view)
{
    switch (view) {
    case View::Dashboard:
        if (m_dashboard)
            return;
        m_dashboard = new DashboardView(*m_analysis, m_language);
        connect(m_dashboard, &DashboardView::indicatorActivated, this, [this](const QString &code) {
            indicatorView()->showIndicator(code);
            showView(View::Indicator);
        });
        placeView(view, m_dashboard);
        return;
    case View::Indicator:
        if (m_indicator)
            return;
        m_indicator = new IndicatorView(*m_analysis, m_language);
        for (ChartView *chart : m_indicator->chartViews())
            addChartMenu(chart);
        placeView(view, m_indicator);
        retranslateChartMenus();
        return;
    case View::Overview:
        if (m_overview)
            return;
        m_overview = new ChartView(u"chartOverview"_s);
        m_overviewRefresh = new RebuildWhenShown(m_overview, [this] { rebuildOverview(); });
        connect(m_analysis.get(), &Analysis::changed, m_overviewRefresh, &RebuildWhenShown::changed);
        addChartMenu(m_overview);
        placeView(view, m_overview);
        retranslateChartMenus();
        return;
    case View::Table:
        if (m_table)
            return;
        m_table = new TableView(*m_analysis, m_language);
        m_table->splitter()->restoreState(m_tableSplitterState);
        connect(m_table, &TableView::historyRequested, this, [this](const QString &code) {
            historyView()->showIndicator(code, true);
            showView(View::History);
        });
        placeView(view, m_table);
        return;
    case View::Entry:
        if (m_entry)
            return;
        m_entry = new EntryView(*m_analysis, *m_undo, m_language);
        placeView(view, m_entry);
        return;
    case View::History:
        if (m_history)
            return;
        m_history = new HistoryView(*m_analysis, m_language);
        placeView(view, m_history);
        return;
    case View::Findings:
        if (m_findings)
            return;
        m_findings = new FindingsView(*m_analysis, m_language);
        connect(m_findings, &FindingsView::tolerancesChanged, this, [this] { rememberCheck(m_analysis->checkSettings()); });
        placeView(view, m_findings);
        return;
    case View::Submissions:
        if (m_submissions)
            return;
        m_submissions = new SubmissionsView(*m_analysis, m_language);
        placeView(view, m_submissions);
        return;
    case View::AddingUp:
        if (m_addingUp)
            return;
        m_addingUp = new AddingUpView(*m_analysis, m_language);
        placeView(view, m_addingUp);
        return;
    case View::Compare:
        if (m_compare)
            return;
        m_compare = new CompareView(*m_analysis, m_language);
        placeView(view, m_compare);
        return;
    }
}

DashboardView *MainWindow::dashboard() { return built(View::Dashboard, m_dashboard); }
IndicatorView *MainWindow::indicatorView() { return built(View::Indicator, m_indicator); }
TableView *MainWindow::tableView() { return built(View::Table, m_table); }
EntryView *MainWindow::entryView() { return built(View::Entry, m_entry); }
FindingsView *MainWindow::findingsView() { return built(View::Findings, m_findings); }
SubmissionsView *MainWindow::submissionsView() { return built(View::Submissions, m_submissions); }
CompareView *MainWindow::compareView() { return built(View::Compare, m_compare); }
HistoryView *MainWindow::historyView() { return built(View::History, m_history); }
AddingUpView *MainWindow::addingUpView() { return built(View::AddingUp, m_addingUp); }

void MainWindow::addChartMenu(ChartView *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(view);
    auto *svg = new QAction(view);
    png->setObjectName(u"exportPng"_s);
    svg->setObjectName(u"exportSvg"_s);
    connect(png, &QAction::triggered, this, [this, view] { exportChart(view, u"png"_s); });
    connect(svg, &QAction::triggered, this, [this, view] { exportChart(view, u"svg"_s); });
    view->addAction(png);
    view->addAction(svg);
}

void MainWindow::createActions()
{
    m_openFileAction = new QAction(this);
    m_openFileAction->setShortcut(QKeySequence::Open);
    connect(m_openFileAction, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    m_connectAction = new QAction(this);
    m_connectAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    for (QAction *action : {m_openFileAction, m_connectAction})
        action->setEnabled(false); // until someone takes the database opened (setDatabaseOpened)
    m_importAction = new QAction(this);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importCsv);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    auto currentChart = [this]() -> ChartView * {
        if (m_tabs->currentIndex() == int(View::Overview))
            return overviewChartView();
        return indicatorView()->chartViews().first();
    };
    m_exportPngAction = new QAction(this);
    m_exportPngAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    connect(m_exportPngAction, &QAction::triggered, this, [this, currentChart] {
        if (m_tabs->currentIndex() == int(View::Compare))
            compareView()->exportCurrent(u"png"_s); // the map, the small multiples or the gaps: painted, not charts
        else
            exportChart(currentChart(), u"png"_s);
    });
    m_exportSvgAction = new QAction(this);
    m_exportSvgAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    connect(m_exportSvgAction, &QAction::triggered, this, [this, currentChart] {
        if (m_tabs->currentIndex() == int(View::Compare))
            compareView()->exportCurrent(u"svg"_s);
        else
            exportChart(currentChart(), u"svg"_s);
    });
    m_briefingAction = new QAction(this);
    m_briefingAction->setShortcut(Qt::CTRL | Qt::Key_P);
    connect(m_briefingAction, &QAction::triggered, this, &MainWindow::previewBriefing);
    m_briefingPdfAction = new QAction(this);
    m_briefingPdfAction->setShortcut(Qt::CTRL | Qt::Key_B);
    connect(m_briefingPdfAction, &QAction::triggered, this, &MainWindow::saveBriefing);
    m_byProvinceAction = new QAction(this);
    m_byProvinceAction->setObjectName(u"briefingByProvince"_s);
    m_byProvinceAction->setCheckable(true);
    m_byProvinceAction->setChecked(appSettings().value(u"briefing/byProvince"_s, false).toBool());
    connect(m_byProvinceAction, &QAction::toggled, this, [](bool on) { appSettings().setValue(u"briefing/byProvince"_s, on); });
    m_kpiCsvAction = new QAction(this);
    m_kpiCsvAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(m_kpiCsvAction, &QAction::triggered, this, &MainWindow::exportKpiTable);
    m_excelAction = new QAction(this);
    m_excelAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_E);
    connect(m_excelAction, &QAction::triggered, this, &MainWindow::exportExcel);
    m_unitAction = new QAction(this);
    m_unitAction->setShortcut(Qt::CTRL | Qt::Key_U);
    connect(m_unitAction, &QAction::triggered, this, &MainWindow::askUnitName);
    // Administrative documents use a serif face: the choice is kept, and every way out of the
    // window (preview, printer, PDF) draws with it.
    m_serifAction = new QAction(this);
    m_serifAction->setObjectName(u"briefingSerif"_s);
    m_serifAction->setCheckable(true);
    m_serifAction->setChecked(appSettings().value(u"briefing/face"_s).toString() == u"serif"_s);
    connect(m_serifAction, &QAction::toggled, this,
            [](bool serif) { appSettings().setValue(u"briefing/face"_s, serif ? u"serif"_s : u"sans"_s); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(Qt::CTRL | Qt::Key_Q);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Our own actions rather than QUndoStack's, whose "Undo" prefix cannot be retranslated.
    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_undoAction->setObjectName(u"undo"_s);
    connect(m_undoAction, &QAction::triggered, m_undo, [this] { undoStep(*m_undo); });
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redoAction->setEnabled(false);
    m_redoAction->setObjectName(u"redo"_s);
    connect(m_redoAction, &QAction::triggered, m_undo, [this] { redoStep(*m_undo); });
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::retranslate);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, [this] {
        showView(View::Table);
        tableView()->copy();
    });

    m_previousMonthAction = new QAction(this);
    m_previousMonthAction->setShortcut(Qt::CTRL | Qt::Key_PageUp);
    connect(m_previousMonthAction, &QAction::triggered, this, [this] { m_analysis->setPeriod(m_analysis->period().plusMonths(-1)); });
    m_nextMonthAction = new QAction(this);
    m_nextMonthAction->setShortcut(Qt::CTRL | Qt::Key_PageDown);
    connect(m_nextMonthAction, &QAction::triggered, this, [this] { m_analysis->setPeriod(m_analysis->period().plusMonths(1)); });
    m_latestMonthAction = new QAction(this);
    m_latestMonthAction->setShortcut(Qt::CTRL | Qt::Key_Home);
    connect(m_latestMonthAction, &QAction::triggered, this, [this] {
        if (const auto latest = m_analysis->findLatestPeriod())
            m_analysis->setPeriod(*latest);
    });
    for (int i = 0; i < ViewCount; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | (i < 9 ? Qt::Key_1 + i : Qt::Key_0))); // the tenth: Ctrl+0
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_viewActions.append(action);
    }
    auto *languages = new QActionGroup(this);
    m_vietnameseAction = new QAction(u"Tiếng Việt"_s, languages);
    m_englishAction = new QAction(u"English"_s, languages);
    for (QAction *a : {m_vietnameseAction, m_englishAction})
        a->setCheckable(true);
    connect(m_vietnameseAction, &QAction::triggered, this, [this] { setLanguage(Language::Vietnamese); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    m_aboutAction = new QAction(this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, QCoreApplication::translate("MainWindow", "About Chỉ Số"),
                           QCoreApplication::translate("MainWindow", "<b>Chỉ Số</b> %1<br>The monthly key indicators of the information "
                                                                     "and communications sector, checked against the plan, last year and "
                                                                     "other sources.<br>Database: %2")
                               .arg(QCoreApplication::applicationVersion(), m_analysis->store().location().toHtmlEscaped()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_openFileAction, m_connectAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_importAction, m_exportAction, m_kpiCsvAction, m_excelAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_briefingAction, m_briefingPdfAction, m_byProvinceAction, m_unitAction, m_serifAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_exportPngAction, m_exportSvgAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_copyAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_previousMonthAction, m_nextMonthAction, m_latestMonthAction});
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions({m_vietnameseAction, m_englishAction});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::setLanguage(Language language)
{
    appSettings().setValue(u"language"_s, languageCode(language)); // remembered at once, not only on a clean exit
    applyLanguage(language);
}

void MainWindow::applyLanguage(Language language)
{
    m_language = language;
    installTranslator(language);
    QLocale::setDefault(localeFor(language));
    m_tolerance->setLocale(localeFor(language));
    (language == Language::Vietnamese ? m_vietnameseAction : m_englishAction)->setChecked(true);
    retranslate();
    // Views not built yet take the language when they are.
    if (m_dashboard)
        m_dashboard->setLanguage(language);
    if (m_indicator)
        m_indicator->setLanguage(language);
    if (m_table)
        m_table->setLanguage(language);
    if (m_entry)
        m_entry->setLanguage(language);
    if (m_findings)
        m_findings->setLanguage(language);
    if (m_submissions)
        m_submissions->setLanguage(language);
    if (m_compare)
        m_compare->setLanguage(language);
    if (m_history)
        m_history->setLanguage(language);
    if (m_addingUp)
        m_addingUp->setLanguage(language);
    if (m_overviewRefresh)
        m_overviewRefresh->changed();
    updateCounts();
}

void MainWindow::retranslate()
{
    setWindowTitle(QCoreApplication::translate("MainWindow", "Chỉ Số — %1").arg(m_analysis->store().location()));
    m_tabs->setTabText(0, QCoreApplication::translate("MainWindow", "Dashboard"));
    m_tabs->setTabText(1, QCoreApplication::translate("MainWindow", "Indicator"));
    m_tabs->setTabText(2, QCoreApplication::translate("MainWindow", "Overview"));
    m_tabs->setTabText(3, QCoreApplication::translate("MainWindow", "Table"));
    m_tabs->setTabText(4, QCoreApplication::translate("MainWindow", "Monthly entry"));
    m_tabs->setTabText(int(View::Submissions), QCoreApplication::translate("MainWindow", "Submissions"));
    m_tabs->setTabText(int(View::History), QCoreApplication::translate("MainWindow", "History"));
    m_tabs->setTabText(int(View::AddingUp), QCoreApplication::translate("MainWindow", "Provinces added up"));
    m_tabs->setTabText(int(View::Compare), QCoreApplication::translate("MainWindow", "Compare provinces"));
    m_period->retranslate(m_language);
    m_region->retranslate();
    if (m_illustrativeBanner)
        m_illustrativeBanner->setText(QCoreApplication::translate("MainWindow", "Illustrative database: the provinces' figures here are "
                                                                                "generated, not real. Do not quote them."));
    m_toleranceLabel->setText(QCoreApplication::translate("MainWindow", " On-track tolerance ±"));
    m_tolerance->setSuffix(QCoreApplication::translate("MainWindow", " pp"));
    m_tolerance->setToolTip(QCoreApplication::translate("MainWindow", "Percentage points of the plan within which a figure counts as on track"));
    m_fileMenu->setTitle(QCoreApplication::translate("MainWindow", "&File"));
    m_editMenu->setTitle(QCoreApplication::translate("MainWindow", "&Edit"));
    m_viewMenu->setTitle(QCoreApplication::translate("MainWindow", "&View"));
    m_languageMenu->setTitle(QCoreApplication::translate("MainWindow", "&Language"));
    m_helpMenu->setTitle(QCoreApplication::translate("MainWindow", "&Help"));
    m_openFileAction->setText(QCoreApplication::translate("MainWindow", "&Open a database file…"));
    m_connectAction->setText(QCoreApplication::translate("MainWindow", "&Connect to a server…"));
    m_importAction->setText(QCoreApplication::translate("MainWindow", "&Import CSV or Excel…"));
    // A reader's login imports nothing (the server would refuse it): not offered, and said why.
    const Login &login = m_analysis->store().login();
    m_importAction->setEnabled(login.mayWriteAnything());
    m_importAction->setStatusTip(login.mayWriteAnything() ? QString()
                                                          : QCoreApplication::translate("MainWindow", "The login %1 may only read this database.")
                                                                .arg(login.name));
    m_exportAction->setText(QCoreApplication::translate("MainWindow", "&Export all figures as CSV…"));
    m_exportPngAction->setText(QCoreApplication::translate("MainWindow", "Export chart as &PNG…"));
    m_exportSvgAction->setText(QCoreApplication::translate("MainWindow", "Export chart as &SVG…"));
    m_quitAction->setText(QCoreApplication::translate("MainWindow", "&Quit"));
    m_briefingAction->setText(QCoreApplication::translate("MainWindow", "&Briefing… (preview and print)"));
    m_briefingPdfAction->setText(QCoreApplication::translate("MainWindow", "Save briefing as P&DF…"));
    m_kpiCsvAction->setText(QCoreApplication::translate("MainWindow", "Export &KPI table as CSV (Excel)…"));
    m_byProvinceAction->setText(QCoreApplication::translate("MainWindow", "Briefing with a \"By &province\" section"));
    m_byProvinceAction->setToolTip(QCoreApplication::translate("MainWindow", "The provinces ranked and mapped on the indicator chosen in the Compare provinces tab"));
    m_unitAction->setText(QCoreApplication::translate("MainWindow", "&Unit name on the briefing…"));
    m_serifAction->setText(QCoreApplication::translate("MainWindow", "Briefing in a &serif face (as administrative documents)"));
    m_excelAction->setText(QCoreApplication::translate("MainWindow", "Export table and figures to E&xcel…"));
    m_undoAction->setText(m_undo->canUndo() ? QCoreApplication::translate("MainWindow", "&Undo: %1").arg(m_undo->undoText())
                                            : QCoreApplication::translate("MainWindow", "&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? QCoreApplication::translate("MainWindow", "&Redo: %1").arg(m_undo->redoText())
                                            : QCoreApplication::translate("MainWindow", "&Redo"));
    m_copyAction->setText(QCoreApplication::translate("MainWindow", "&Copy table"));
    const QStringList views = {QCoreApplication::translate("MainWindow", "&Dashboard"), QCoreApplication::translate("MainWindow", "&Indicator"),
                               QCoreApplication::translate("MainWindow", "&Overview"), QCoreApplication::translate("MainWindow", "&Table"),
                               QCoreApplication::translate("MainWindow", "Monthly &entry"),
                               QCoreApplication::translate("MainWindow", "&Figures to note"),
                               QCoreApplication::translate("MainWindow", "&Submissions"),
                               QCoreApplication::translate("MainWindow", "&History"),
                               QCoreApplication::translate("MainWindow", "Provinces &added up"),
                               QCoreApplication::translate("MainWindow", "&Compare provinces")};
    for (int i = 0; i < m_viewActions.size(); ++i)
        m_viewActions[i]->setText(views[i]);
    m_previousMonthAction->setText(QCoreApplication::translate("MainWindow", "&Previous month"));
    m_nextMonthAction->setText(QCoreApplication::translate("MainWindow", "&Next month"));
    m_latestMonthAction->setText(QCoreApplication::translate("MainWindow", "&Latest month"));
    m_aboutAction->setText(QCoreApplication::translate("MainWindow", "&About Chỉ Số"));
    retranslateChartMenus();
}

void MainWindow::retranslateChartMenus()
{
    QList<ChartView *> charts;
    if (m_indicator)
        charts = m_indicator->findChildren<ChartView *>();
    if (m_overview)
        charts.append(m_overview);
    for (ChartView *view : charts) {
        const QList<QAction *> actions = view->actions();
        actions.value(0)->setText(QCoreApplication::translate("MainWindow", "Save chart as PNG…"));
        actions.value(1)->setText(QCoreApplication::translate("MainWindow", "Save chart as SVG…"));
    }
}

void MainWindow::rebuildOverview()
{
    m_overview->setChart(overviewChart(m_analysis->kpis(), m_analysis->forecasts(), Formatter(m_language), palette()));
}

ChartView *MainWindow::overviewChartView()
{
    ensureView(View::Overview);
    m_overviewRefresh->ensureCurrent();
    return m_overview;
}

void MainWindow::updateCounts()
{
    const Formatter format(m_language);
    if (!m_analysis->regionHoldsFigures())
        m_status->setText(QCoreApplication::translate("MainWindow", "The database holds no figures for region %1: choose another region "
                                                                    "or import its figures.")
                              .arg(m_analysis->region()));
    else
        m_status->setText(QCoreApplication::translate("MainWindow", "Figures as known for the briefing of %1 · %Ln figure(s) stored",
                                                      nullptr, int(m_analysis->storedValueCount()))
                              .arg(format.period(m_analysis->period())));
    m_tabs->setTabText(int(View::Findings),
                       QCoreApplication::translate("MainWindow", "Figures to note (%1)").arg(m_analysis->openFindings().size()));
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

bool MainWindow::showView(const QString &name)
{
    if (name == u"dashboard"_s)
        showView(View::Dashboard);
    else if (name == u"overview"_s)
        showView(View::Overview);
    else if (name == u"table"_s)
        showView(View::Table);
    else if (name == u"entry"_s)
        showView(View::Entry);
    else if (name == u"findings"_s)
        showView(View::Findings);
    else if (name == u"submissions"_s)
        showView(View::Submissions);
    else if (name == u"history"_s)
        showView(View::History);
    else if (name == u"addup"_s)
        showView(View::AddingUp);
    else if (const QString kind = name.section(QLatin1Char(':'), 0, 0);
             kind == u"ranking"_s || kind == u"map"_s || kind == u"multiples"_s || kind == u"gaps"_s) {
        // The indicator may be left out: the one the view shows (the first of the catalogue).
        const QString code = name.section(QLatin1Char(':'), 1);
        if (!code.isEmpty() && !compareView()->showIndicator(code))
            return false;
        showView(View::Compare);
        compareView()->showPage(kind == u"ranking"_s ? CompareView::Page::Ranking
                                : kind == u"map"_s   ? CompareView::Page::Map
                                : kind == u"gaps"_s  ? CompareView::Page::Gaps
                                                     : CompareView::Page::Multiples);
    } else if (name.startsWith(u"indicator"_s)) {
        const QString code = name.section(QLatin1Char(':'), 1);
        if (!code.isEmpty() && !m_analysis->store().indicator(code))
            return false;
        if (!code.isEmpty())
            indicatorView()->showIndicator(code);
        showView(View::Indicator);
    } else {
        return false;
    }
    return true;
}

void MainWindow::exportChart(ChartView *view, const QString &suffix)
{
    const QString filter = suffix == u"svg"_s ? QCoreApplication::translate("MainWindow", "SVG images (*.svg)")
                                              : QCoreApplication::translate("MainWindow", "PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, QCoreApplication::translate("MainWindow", "Save chart"), QString(), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    if (!view->save(path, &error))
        QMessageBox::warning(this, QCoreApplication::translate("MainWindow", "Save chart"), error);
}

void MainWindow::importCsv()
{
    ImportDialog dialog(*m_analysis, this);
    dialog.exec();
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, QCoreApplication::translate("MainWindow", "Export all figures"), QString(),
                                                      QCoreApplication::translate("MainWindow", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const Store &store = m_analysis->store();
    const auto everyFigure = [&store](const std::function<void(const Figure &)> &write) { store.forEachFigure(write); };
    if (!FigureExporter::saveCsvFrom(everyFigure, path, &error))
        QMessageBox::warning(this, QCoreApplication::translate("MainWindow", "Export"), error);
}

std::optional<QString> MainWindow::byProvinceIndicator() const
{
    if (!m_byProvinceAction->isChecked())
        return std::nullopt;
    return m_compare ? m_compare->indicatorCode() : u"revenue"_s;
}

BriefingRenderer::Options MainWindow::briefingOptions() const
{
    BriefingRenderer::Options options;
    options.language = m_language;
    options.unitName = appSettings().value(u"briefing/unit"_s).toString();
    options.face = m_serifAction->isChecked() ? BriefingRenderer::Face::Serif : BriefingRenderer::Face::Sans;
    options.byProvince = byProvinceIndicator();
    return options;
}

void MainWindow::previewBriefing()
{
    const BriefingRenderer::Options options = briefingOptions();
    showPrintPreview(this, BriefingText::title(m_analysis->period(), Formatter(m_language), m_analysis->region()), options.layout,
                     [this, options](QPagedPaintDevice *printer) { BriefingRenderer(*m_analysis, options).paint(printer); });
}

void MainWindow::saveBriefing()
{
    const QString suggested = u"briefing-%1-%2.pdf"_s.arg(m_analysis->period().toIsoString(), languageCode(m_language));
    QString path = QFileDialog::getSaveFileName(this, QCoreApplication::translate("MainWindow", "Save briefing"), suggested,
                                                QCoreApplication::translate("MainWindow", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    const BriefingRenderer::Options options = briefingOptions();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = BriefingRenderer(*m_analysis, options).writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, QCoreApplication::translate("MainWindow", "Save briefing"), error);
    else
        statusBar()->showMessage(QCoreApplication::translate("MainWindow", "Saved %1").arg(path), 5000);
}

void MainWindow::exportKpiTable()
{
    const QString path = QFileDialog::getSaveFileName(this, QCoreApplication::translate("MainWindow", "Export KPI table"),
                                                      u"kpi-%1.csv"_s.arg(m_analysis->period().toIsoString()),
                                                      QCoreApplication::translate("MainWindow", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveKpiTableCsv(m_analysis->kpis(), m_language, path, &error))
        QMessageBox::warning(this, QCoreApplication::translate("MainWindow", "Export"), error);
}

void MainWindow::exportExcel()
{
    QString path = QFileDialog::getSaveFileName(this, QCoreApplication::translate("MainWindow", "Export to Excel"),
                                                u"chiso-%1.xlsx"_s.arg(m_analysis->period().toIsoString()),
                                                QCoreApplication::translate("MainWindow", "Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        path += u".xlsx"_s;
    QString error;
    QList<Figure> figures;
    try {
        figures = m_analysis->store().figures(m_analysis->region());
    } catch (const StoreError &failure) {
        showStoreFailure(QCoreApplication::translate("MainWindow", "Export"), failure.message());
        return;
    }
    if (!XlsxWriter::writeExport(path, m_analysis->kpis(), figures, m_language, &error))
        QMessageBox::warning(this, QCoreApplication::translate("MainWindow", "Export"), error);
    else
        statusBar()->showMessage(QCoreApplication::translate("MainWindow", "Saved %1").arg(path), 5000);
}

void MainWindow::setDatabaseOpened(DatabaseOpened handler)
{
    m_databaseOpened = std::move(handler);
    for (QAction *action : {m_openFileAction, m_connectAction})
        action->setEnabled(bool(m_databaseOpened));
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, QCoreApplication::translate("MainWindow", "Open a database file"), QString(),
                                                      QCoreApplication::translate("MainWindow", "Chỉ Số databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        m_databaseOpened(Store::open(DatabaseAddress::ofFile(path)));
    } catch (const StoreError &error) {
        QMessageBox::warning(this, QCoreApplication::translate("MainWindow", "Open a database file"), error.message());
    }
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    // Each failure is said under the fields, and the analyst tries again or cancels.
    while (dialog.exec() == QDialog::Accepted) {
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
            std::unique_ptr<Store> store = Store::open(dialog.address(), dialog.password());
            dialog.remember();
            m_databaseOpened(std::move(store));
            return;
        } catch (const StoreError &error) {
            dialog.showError(error.message());
        }
    }
}

void MainWindow::showStoreFailure(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Close, this);
    // A server that went away: offer to connect again, to the same database with the same login.
    QPushButton *reconnect = nullptr;
    if (m_databaseOpened && m_analysis->store().isServer() && !m_analysis->store().isConnected())
        reconnect = box.addButton(QCoreApplication::translate("MainWindow", "Reconnect"), QMessageBox::AcceptRole);
    box.exec();
    if (!reconnect || box.clickedButton() != reconnect)
        return;
    try {
        m_databaseOpened(m_analysis->store().openAgain());
    } catch (const StoreError &error) {
        showStoreFailure(title, error.message());
    }
}

void MainWindow::askUnitName()
{
    QSettings settings = appSettings();
    bool ok = false;
    const QString current = settings.value(u"briefing/unit"_s, BriefingRenderer::defaultUnitName(m_language)).toString();
    const QString name = QInputDialog::getText(this, QCoreApplication::translate("MainWindow", "Unit name"),
                                               QCoreApplication::translate("MainWindow", "The office the briefing comes from:"),
                                               QLineEdit::Normal, current, &ok);
    if (ok)
        settings.setValue(u"briefing/unit"_s, name.trimmed());
}

void MainWindow::restoreSettings()
{
    // The analysis's settings were restored when it was made (rememberedAnalysis).
    QSettings settings = appSettings();
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1400, 900);
    m_tableSplitterState = settings.value(u"window/tableSplitter"_s).toByteArray();
    m_tabs->setCurrentIndex(settings.value(u"window/tab"_s, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings settings = appSettings();
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/tableSplitter"_s, m_table ? m_table->splitter()->saveState() : m_tableSplitterState);
    settings.setValue(u"window/tab"_s, m_tabs->currentIndex());
    settings.setValue(u"analysis/tolerance"_s, m_analysis->tolerancePoints());
    settings.setValue(u"analysis/period"_s, m_analysis->period().toIsoString());
    settings.setValue(u"analysis/region"_s, m_analysis->region());
    settings.setValue(u"language"_s, languageCode(m_language));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace chiso::ui
