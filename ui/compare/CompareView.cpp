#include "CompareView.h"
#include "RebuildWhenShown.h"
#include "charts/ChartExport.h"

#include "analytics/UnitComparison.h"
#include "analytics/UnitTiles.h"
#include "session/Analysis.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

/// A cell that sorts by its number, not its text; a cell without one sorts below every number.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, std::optional<double> number)
        : QTableWidgetItem(text), m_number(number.value_or(-std::numeric_limits<double>::infinity()))
    {
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        if (const auto *number = dynamic_cast<const NumberItem *>(&other))
            return m_number < number->m_number;
        return QTableWidgetItem::operator<(other);
    }

private:
    double m_number;
};

enum RankingColumn { RankColumn, CodeColumn, NameColumn, ValueColumn, LastYearColumn, GrowthColumn, PlanColumn, ShareColumn, RankingColumns };


} // namespace

CompareView::CompareView(Analysis &analysis, Language language, QWidget *parent)
    : QWidget(parent), m_analysis(analysis), m_language(language), m_indicatorLabel(new QLabel(this)), m_indicator(new QComboBox(this)),
      m_measureLabel(new QLabel(this)), m_measureBox(new QComboBox(this)), m_summary(new QLabel(this)), m_pages(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal)), m_ranking(new QTableWidget), m_map(new TileMapWidget), m_multiples(new SmallMultiplesWidget),
      m_gapsNote(new QLabel), m_gaps(new QTableWidget), m_refresh(new RebuildWhenShown(this, [this] { rebuild(); }))
{
    setObjectName(u"compareView"_s);
    m_indicator->setObjectName(u"compareIndicator"_s);
    m_measureBox->setObjectName(u"compareMeasure"_s);
    m_ranking->setObjectName(u"rankingTable"_s);
    m_map->setObjectName(u"tileMap"_s);
    m_multiples->setObjectName(u"smallMultiples"_s);
    m_gaps->setObjectName(u"gapsTable"_s);
    for (const Indicator &indicator : analysis.store().indicators()) {
        if (indicator.kind != IndicatorKind::MonthFlow)
            m_indicator->addItem(QString(), indicator.code);
    }
    for (int i = 0; i < 3; ++i)
        m_measureBox->addItem(QString());

    m_ranking->setColumnCount(RankingColumns);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->verticalHeader()->hide();
    // Every column as wide as its contents, the last taking what is left: a narrow pane
    // scrolls rather than clipping a number.
    m_ranking->horizontalHeader()->setStretchLastSection(true);
    m_gaps->setColumnCount(8);
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gaps->verticalHeader()->hide();
    m_gapsNote->setWordWrap(true);

    m_splitter->addWidget(m_ranking);
    m_splitter->addWidget(m_map);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_pages->addTab(m_splitter, QString());
    m_pages->addTab(m_multiples, QString());
    auto *gapsPage = new QWidget;
    auto *gapsLayout = new QVBoxLayout(gapsPage);
    gapsLayout->addWidget(m_gapsNote);
    gapsLayout->addWidget(m_gaps, 1);
    m_pages->addTab(gapsPage, QString());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_indicatorLabel);
    bar->addWidget(m_indicator);
    bar->addSpacing(12);
    bar->addWidget(m_measureLabel);
    bar->addWidget(m_measureBox);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    m_summary->setWordWrap(true);

    for (const auto &[widget, name] : {std::pair<QWidget *, QString>{m_ranking, u"ranking"_s}, {m_map, u"map"_s},
                                       {m_multiples, u"year-to-date"_s}, {m_gaps, u"reported-measured"_s}})
        addExportMenu(widget, name);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_measureBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_measure = Measure(std::max(0, index));
        refresh();
    });
    connect(m_map, &TileMapWidget::unitClicked, this, &CompareView::selectUnit);
    connect(m_map, &TileMapWidget::unitActivated, &analysis, &Analysis::setRegion);
    connect(m_ranking, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> selected = m_ranking->selectedItems();
        if (selected.isEmpty())
            return;
        m_selected = m_ranking->item(selected.first()->row(), CodeColumn)->text();
        m_map->setSelected(m_selected);
        m_multiples->setSelected(m_selected);
    });
    connect(m_ranking, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        m_analysis.setRegion(m_ranking->item(row, CodeColumn)->text());
    });
    connect(&analysis, &Analysis::changed, m_refresh, &RebuildWhenShown::changed);
    retranslate();
}

CompareView::~CompareView() = default;

void CompareView::setLanguage(Language language)
{
    m_language = language;
    retranslate();
    m_refresh->changed();
}

void CompareView::retranslate()
{
    m_indicatorLabel->setText(QCoreApplication::translate("Compare", "Indicator:"));
    m_measureLabel->setText(QCoreApplication::translate("Compare", "Rank and colour by:"));
    for (int i = 0; i < m_indicator->count(); ++i) {
        if (const Indicator *indicator = m_analysis.store().indicator(m_indicator->itemData(i).toString()))
            m_indicator->setItemText(i, indicator->name(m_language));
    }
    for (const Measure measure : {Measure::Value, Measure::Growth, Measure::PlanShare})
        m_measureBox->setItemText(int(measure), measureName(measure));
    m_pages->setTabText(0, QCoreApplication::translate("Compare", "Ranking and map"));
    m_pages->setTabText(1, QCoreApplication::translate("Compare", "Year to date by province"));
    m_pages->setTabText(2, QCoreApplication::translate("Compare", "Reported vs measured"));
    m_ranking->setHorizontalHeaderLabels({QCoreApplication::translate("Compare", "Rank"), QCoreApplication::translate("Compare", "Code"),
                                          QCoreApplication::translate("Compare", "Province"), QCoreApplication::translate("Compare", "Value"),
                                          QCoreApplication::translate("Compare", "Last year"), QCoreApplication::translate("Compare", "Growth"),
                                          QCoreApplication::translate("Compare", "Plan"), QCoreApplication::translate("Compare", "Share of plan")});
    m_gaps->setHorizontalHeaderLabels({QCoreApplication::translate("Compare", "Code"), QCoreApplication::translate("Compare", "Province"),
                                       QCoreApplication::translate("Compare", "Reported"), QCoreApplication::translate("Compare", "Source"),
                                       QCoreApplication::translate("Compare", "Measured"), QCoreApplication::translate("Compare", "Source"),
                                       QCoreApplication::translate("Compare", "Gap"), QCoreApplication::translate("Compare", "Gap, relative")});
    for (QWidget *widget : {static_cast<QWidget *>(m_ranking), static_cast<QWidget *>(m_map), static_cast<QWidget *>(m_multiples),
                            static_cast<QWidget *>(m_gaps)}) {
        const QList<QAction *> actions = widget->actions();
        actions.value(0)->setText(QCoreApplication::translate("Compare", "Save as PNG…"));
        actions.value(1)->setText(QCoreApplication::translate("Compare", "Save as SVG…"));
    }
}

void CompareView::addExportMenu(QWidget *widget, const QString &name)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(widget);
    auto *svg = new QAction(widget);
    connect(png, &QAction::triggered, this, [this, widget, name] { exportWidget(widget, name, u"png"_s); });
    connect(svg, &QAction::triggered, this, [this, widget, name] { exportWidget(widget, name, u"svg"_s); });
    widget->addAction(png);
    widget->addAction(svg);
}

void CompareView::exportWidget(QWidget *widget, const QString &name, const QString &suffix)
{
    const QString filter = suffix == u"svg"_s ? QCoreApplication::translate("MainWindow", "SVG images (*.svg)")
                                              : QCoreApplication::translate("MainWindow", "PNG images (*.png)");
    const QString suggested = u"%1-%2-%3.%4"_s.arg(name, indicatorCode(), m_analysis.period().toIsoString(), suffix);
    QString path = QFileDialog::getSaveFileName(this, QCoreApplication::translate("Compare", "Save"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + suffix, Qt::CaseInsensitive))
        path += u'.' + suffix;
    QString error;
    if (!saveWidget(widget, path, m_pages->tabText(m_pages->currentIndex()), &error))
        QMessageBox::warning(this, QCoreApplication::translate("Compare", "Save"), error);
}

void CompareView::exportCurrent(const QString &suffix)
{
    switch (m_pages->currentIndex()) {
    case 1: exportWidget(m_multiples, u"year-to-date"_s, suffix); return;
    case 2: exportWidget(m_gaps, u"reported-measured"_s, suffix); return;
    default: exportWidget(m_map, u"map"_s, suffix); return;
    }
}

bool CompareView::showIndicator(const QString &code)
{
    const int index = m_indicator->findData(code);
    if (index < 0)
        return false;
    m_indicator->setCurrentIndex(index);
    return true;
}

void CompareView::showPage(Page page)
{
    switch (page) {
    case Page::Ranking:
        m_pages->setCurrentIndex(0);
        m_splitter->setSizes({5 * width() / 9, 4 * width() / 9});
        return;
    case Page::Map:
        m_pages->setCurrentIndex(0);
        m_splitter->setSizes({2 * width() / 5, 3 * width() / 5});
        return;
    case Page::Multiples: m_pages->setCurrentIndex(1); return;
    case Page::Gaps: m_pages->setCurrentIndex(2); return;
    }
}

void CompareView::setMeasure(Measure measure)
{
    m_measureBox->setCurrentIndex(int(measure));
}

QString CompareView::indicatorCode() const
{
    return m_indicator->currentData().toString();
}

QTableWidget *CompareView::rankingTable()
{
    m_refresh->ensureCurrent();
    return m_ranking;
}

TileMapWidget *CompareView::tileMap()
{
    m_refresh->ensureCurrent();
    return m_map;
}

SmallMultiplesWidget *CompareView::smallMultiples()
{
    m_refresh->ensureCurrent();
    return m_multiples;
}

QTableWidget *CompareView::gapsTable()
{
    m_refresh->ensureCurrent();
    return m_gaps;
}

const QList<UnitStanding> &CompareView::standings()
{
    m_refresh->ensureCurrent();
    return m_standings;
}

void CompareView::rebuild()
{
    // The window's region, where it is a province, is the one chosen here.
    const QString region = m_analysis.region();
    if (m_comparedPeriod != m_analysis.period() || !m_comparison) {
        try {
            m_comparison = std::make_unique<UnitComparison>(m_analysis.store(), m_analysis.period());
            m_comparedPeriod = m_analysis.period();
        } catch (const StoreError &error) {
            m_summary->setText(error.message());
            return;
        }
    }
    if (const ReportingUnit *unit = m_analysis.store().units().find(region, m_analysis.period()); unit && unit->kind == UnitKind::Province)
        m_selected = region;
    refresh();
}

void CompareView::refresh()
{
    if (!m_comparison)
        return;
    const Indicator *indicator = m_analysis.store().indicator(indicatorCode());
    if (!indicator)
        return;
    const Formatter format(m_language);
    const YearMonth period = m_comparison->period();
    m_standings = m_comparison->standings(*indicator);

    m_ranking->setSortingEnabled(false);
    m_ranking->clearContents();
    m_ranking->setRowCount(int(m_standings.size()));
    int withValue = 0;
    for (int r = 0; r < m_standings.size(); ++r) {
        const UnitStanding &s = m_standings[r];
        if (s.value)
            ++withValue;
        const int rank = rankOf(s, m_measure);
        m_ranking->setItem(r, RankColumn, new NumberItem(rank > 0 ? format.locale().toString(rank) : QString(),
                                                         rank > 0 ? std::optional(-double(rank)) : std::nullopt));
        m_ranking->setItem(r, CodeColumn, new QTableWidgetItem(s.unit.code));
        auto *name = new QTableWidgetItem(s.unit.name(m_language));
        if (!s.notes.isEmpty())
            name->setToolTip(s.notes.join(u"\n"_s));
        m_ranking->setItem(r, NameColumn, name);
        m_ranking->setItem(r, ValueColumn, new NumberItem(s.value ? format.value(*indicator, *s.value) : QString(), s.value));
        m_ranking->setItem(r, LastYearColumn, new NumberItem(s.lastYear ? format.value(*indicator, *s.lastYear) : QString(), s.lastYear));
        m_ranking->setItem(r, GrowthColumn, new NumberItem(measureText(s, Measure::Growth, *indicator, format), measureOf(s, Measure::Growth)));
        m_ranking->setItem(r, PlanColumn, new NumberItem(s.plan ? format.value(*indicator, *s.plan) : QString(), s.plan));
        m_ranking->setItem(r, ShareColumn, new NumberItem(measureText(s, Measure::PlanShare, *indicator, format), s.planShare));
    }
    // Sized once, after the fill: a header that sizes itself to its contents measures every
    // cell again at each cell set (151 ms for a bare table of 34 × 8, bench_compare).
    m_ranking->resizeColumnsToContents();
    m_ranking->setSortingEnabled(true);
    const int sortColumn = m_measure == Measure::Value ? ValueColumn : m_measure == Measure::Growth ? GrowthColumn : ShareColumn;
    m_ranking->sortByColumn(sortColumn, Qt::DescendingOrder);

    const TileLayout layout = tileLayout(m_analysis.store().units(), period);
    TileMapData map = tileMapData(m_standings, layout, m_measure, *indicator, format, period);
    map.selected = m_selected;
    m_map->setData(map);
    m_multiples->setData(smallMultiplesData(m_standings, *indicator, format, period, m_selected));
    if (!m_selected.isEmpty())
        selectUnit(m_selected);

    const QList<SourceGap> gaps = m_comparison->gaps(*indicator);
    m_gaps->setRowCount(int(gaps.size()));
    for (int r = 0; r < gaps.size(); ++r) {
        const SourceGap &g = gaps[r];
        const QString gapText = indicator->isPercent() ? format.change({g.gap, true}) : format.value(*indicator, g.gap);
        const QList<QTableWidgetItem *> cells = {
            new QTableWidgetItem(g.unit.code), new QTableWidgetItem(g.unit.name(m_language)),
            new NumberItem(format.valueWithUnit(*indicator, g.reported.value), g.reported.value), new QTableWidgetItem(g.reported.source.name()),
            new NumberItem(format.valueWithUnit(*indicator, g.measured.value), g.measured.value), new QTableWidgetItem(g.measured.source.name()),
            new NumberItem(gapText, g.gap),
            new NumberItem(g.relativeGap ? format.change({*g.relativeGap, false}) : QString(), g.relativeGap)};
        for (int c = 0; c < cells.size(); ++c)
            m_gaps->setItem(r, c, cells[c]);
    }
    m_gaps->resizeColumnsToContents();
    m_gapsNote->setText(gaps.isEmpty()
                            ? QCoreApplication::translate("Compare", "No province has both a reported and a measured figure of %1 for %2.")
                                  .arg(indicator->name(m_language), format.shortPeriod(period))
                            : QCoreApplication::translate("Compare", "%n province(s) with both a reported and a measured figure of %1 for %2, "
                                                                     "the largest gap first (measured − reported).",
                                                          nullptr, int(gaps.size()))
                                  .arg(indicator->name(m_language), format.shortPeriod(period)));
    m_summary->setText(QCoreApplication::translate("Compare", "%1 of %2 provinces have a figure for %3; double-click a province to open it.")
                           .arg(withValue)
                           .arg(m_standings.size())
                           .arg(format.shortPeriod(period)));
}

void CompareView::selectUnit(const QString &code)
{
    m_selected = code;
    m_map->setSelected(code);
    m_multiples->setSelected(code);
    for (int r = 0; r < m_ranking->rowCount(); ++r) {
        if (m_ranking->item(r, CodeColumn) && m_ranking->item(r, CodeColumn)->text() == code) {
            const QSignalBlocker block(m_ranking);
            m_ranking->selectRow(r);
            m_ranking->scrollToItem(m_ranking->item(r, CodeColumn));
            return;
        }
    }
}

} // namespace chiso::ui
