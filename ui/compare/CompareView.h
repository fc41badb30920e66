#pragma once

#include "CompareFigures.h"
#include "i18n/Language.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableWidget;

namespace chiso {
class Analysis;
class UnitComparison;
}

namespace chiso::ui {

class RebuildWhenShown;

/// The provinces side by side for one indicator and the window's month: ranked by value, growth
/// or share of plan beside a tile map of Vietnam, each province's year so far in small
/// multiples, and where a province's reported figure and the measured one differ.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Ranking, Map, Multiples, Gaps };

    CompareView(Analysis &analysis, Language language, QWidget *parent = nullptr);
    ~CompareView() override;
    void setLanguage(Language language);
    /// Compares by another indicator; false if the catalogue has no such code.
    bool showIndicator(const QString &code);
    void showPage(Page page);
    void setMeasure(Measure measure);
    /// Asks where to save what the current page shows (the map on the first page), as PNG or SVG.
    void exportCurrent(const QString &suffix);
    /// Chooses a province: its row in the ranking, its tile framed.
    void selectUnit(const QString &code);

    // Each filled if out of date.
    QTableWidget *rankingTable();
    TileMapWidget *tileMap();
    SmallMultiplesWidget *smallMultiples();
    QTableWidget *gapsTable();
    QString indicatorCode() const;
    const QList<UnitStanding> &standings();

private:
    void rebuild();
    /// Fills the views from the comparison for the chosen indicator and measure.
    void refresh();
    void retranslate();
    void addExportMenu(QWidget *widget, const QString &name);
    void exportWidget(QWidget *widget, const QString &name, const QString &suffix);

    Analysis &m_analysis;
    Language m_language;
    std::unique_ptr<UnitComparison> m_comparison;
    std::optional<YearMonth> m_comparedPeriod;
    QList<UnitStanding> m_standings;
    Measure m_measure = Measure::Value;
    QString m_selected;
    QLabel *m_indicatorLabel;
    QComboBox *m_indicator;
    QLabel *m_measureLabel;
    QComboBox *m_measureBox;
    QLabel *m_summary;
    QTabWidget *m_pages;
    QSplitter *m_splitter;
    QTableWidget *m_ranking;
    TileMapWidget *m_map;
    SmallMultiplesWidget *m_multiples;
    QLabel *m_gapsNote;
    QTableWidget *m_gaps;
    RebuildWhenShown *m_refresh;
};

} // namespace chiso::ui
