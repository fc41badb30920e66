#include "BriefingRenderer.h"
#include "charts/ChartView.h"
#include "charts/Charts.h"
#include "StatusColors.h"
#include "compare/CompareFigures.h"

#include "analytics/IndicatorSeries.h"
#include "analytics/KpiCardFigures.h"
#include "analytics/UnitComparison.h"
#include "analytics/UnitTiles.h"
#include "briefing/BriefingText.h"
#include "check/FindingText.h"
#include "io/OutputFile.h"
#include "report/KpiReportWriter.h"
#include "session/Analysis.h"
#include "store/Store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextDocument>
#include <functional>

using namespace Qt::StringLiterals;

namespace chiso::ui {
namespace {

/// DejaVu Sans, which has every Vietnamese letter, from the program's own resources: the same
/// face on every machine (Windows has none), so that pages break the same everywhere. Loaded
/// the first time a briefing is drawn, not at start-up.
QString sansFamily()
{
    static const QString family = [] {
        QString name;
        for (const QString &file : {u":/fonts/DejaVuSans.ttf"_s, u":/fonts/DejaVuSans-Bold.ttf"_s}) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id < 0)
                qWarning("The briefing's font %s did not load", qUtf8Printable(file));
            else if (name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? u"DejaVu Sans"_s : name;
    }();
    return family;
}

/// Whether a family draws every letter of Vietnamese and the table's marks itself, rather than
/// borrowing them from another face (which would mix two faces in one word).
bool coversVietnamese(const QString &family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging);
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || raw.familyName() != family)
        return false;
    for (const QChar c : u"ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư▲●▼○¹²"_s) {
        if (!raw.supportsCharacter(c))
            return false;
    }
    return true;
}

/// Liberation Serif 2 (Debian: fonts-liberation2), read from its file so that the 1.x of the same
/// name, which lacks ạ, ế, ư…, is not taken instead; else a serif face the system has that covers
/// Vietnamese; else DejaVu Sans.
QString serifFamily()
{
    static const QString family = [] {
        const QString folder = u"/usr/share/fonts/truetype/liberation2/"_s;
        for (const QString &file : {folder + u"LiberationSerif-Regular.ttf"_s, folder + u"LiberationSerif-Bold.ttf"_s})
            QFontDatabase::addApplicationFont(file); // fails quietly where it is not installed
        for (const QString &candidate : {u"Liberation Serif"_s, u"Times New Roman"_s}) {
            if (coversVietnamese(candidate))
                return candidate;
        }
        return sansFamily();
    }();
    return family;
}

/// The family of the briefing being drawn (paint() sets it for the fonts below).
QString currentFamily;

QFont briefingFont(qreal points, bool bold = false)
{
    QFont font(currentFamily.isEmpty() ? sansFamily() : currentFamily);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QPalette printPalette()
{
    QPalette palette;
    for (auto role : {QPalette::Window, QPalette::Base})
        palette.setColor(role, Qt::white);
    for (auto role : {QPalette::Text, QPalette::WindowText})
        palette.setColor(role, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    return palette;
}

/// Lays blocks out from top to bottom over pages. Without a painter it only measures: the
/// first pass counts the pages, so that every footer can say "Page 2 of 6".
class PageFlow
{
public:
    PageFlow(QPagedPaintDevice *device, QPainter *painter, QRectF body, std::function<void(QPainter *, int)> footer)
        : m_device(device), m_painter(painter), m_body(body), m_footer(std::move(footer)), m_y(body.top())
    {
    }

    QPainter *painter() const { return m_painter; }
    QPagedPaintDevice *device() const { return m_device; }
    qreal width() const { return m_body.width(); }
    qreal left() const { return m_body.left(); }
    qreal y() const { return m_y; }
    int page() const { return m_page; }
    qreal mm(qreal millimetres) const { return millimetres * m_device->logicalDpiY() / 25.4; }

    /// Starts a new page unless `height` still fits on this one (or this one is empty).
    void ensure(qreal height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }
    void newPage()
    {
        if (m_painter) {
            m_footer(m_painter, m_page);
            m_device->newPage();
        }
        ++m_page;
        m_y = m_body.top();
    }
    void advance(qreal height) { m_y += height; }
    void finish()
    {
        if (m_painter)
            m_footer(m_painter, m_page);
    }

private:
    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    QRectF m_body;
    std::function<void(QPainter *, int)> m_footer;
    qreal m_y;
    int m_page = 1;
};

/// A block of wrapped text (HTML allowed) at the device's resolution.
void paragraph(PageFlow &flow, const QString &html, const QFont &font, qreal spaceAfter, Qt::Alignment align = Qt::AlignJustify)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(flow.device());
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    doc.setTextWidth(flow.width());
    const qreal height = doc.size().height();
    flow.ensure(height);
    if (QPainter *p = flow.painter()) {
        p->save();
        p->translate(flow.left(), flow.y());
        doc.drawContents(p);
        p->restore();
    }
    flow.advance(height + spaceAfter);
}

void heading(PageFlow &flow, const QString &text, qreal keepWith)
{
    const QFont font = briefingFont(12.5, true);
    const qreal height = QFontMetricsF(font, flow.device()).height();
    flow.ensure(height + keepWith); // never a heading alone at the foot of a page
    flow.advance(flow.mm(2));
    paragraph(flow, text.toHtmlEscaped(), font, flow.mm(2.5), Qt::AlignLeft);
}

/// A chart drawn into a rectangle of the page, laid out at screen size so that its fonts print
/// at a readable size.
void chart(PageFlow &flow, QChart *chart, QRectF target)
{
    if (!flow.painter()) {
        paintChart(nullptr, chart, target, target.size(), {}); // a layout pass: the chart is only freed
        return;
    }
    const QSizeF logical(target.width() / flow.device()->logicalDpiX() * 96.0,
                         target.height() / flow.device()->logicalDpiY() * 96.0);
    paintChart(flow.painter(), chart, target, logical,
               {briefingFont(9, true), briefingFont(7.5), briefingFont(7), briefingFont(7.5)});
}

struct Column {
    int index;    ///< KpiReportWriter::cells column
    qreal share;  ///< of the table's width
    bool right;
};

} // namespace

BriefingRenderer::BriefingRenderer(const Analysis &analysis, Options options)
    : m_analysis(analysis), m_options(std::move(options))
{
    if (m_options.unitName.isEmpty())
        m_options.unitName = defaultUnitName(m_options.language);
}

QString BriefingRenderer::defaultUnitName(Language language)
{
    return language == Language::Vietnamese ? u"Văn phòng Bộ Thông tin và Truyền thông"_s
                                            : u"Office of the Ministry of Information and Communications"_s;
}

QString BriefingRenderer::family(Face face)
{
    return face == Face::Serif ? serifFamily() : sansFamily();
}

int BriefingRenderer::paint(QPagedPaintDevice *device) const
{
    currentFamily = family(m_options.face);
    const Formatter format(m_options.language);
    const KpiReport &report = m_analysis.kpis();
    const ForecastReport &forecasts = m_analysis.forecasts();
    const QString title = BriefingText::title(report.period, format, report.region);
    const QRectF paintRect(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiY()).size());
    const QFont small = briefingFont(7.5);
    const qreal footerHeight = QFontMetricsF(small, device).height() * 2;
    const QRectF body(paintRect.left(), paintRect.top(), paintRect.width(), paintRect.height() - footerHeight);

    // Sources get numbers in the order the table first cites them.
    QStringList sources;
    QStringList sourceLines;
    auto cite = [&](const Figure &f) {
        const QString key = f.source.key();
        qsizetype n = sources.indexOf(key);
        if (n < 0) {
            sources.append(key);
            sourceLines.append(f.source.url.isEmpty() ? f.source.title
                                                      : (f.source.title.isEmpty() ? f.source.url : f.source.title + u" — "_s + f.source.url));
            n = sources.size() - 1;
        }
        return u"[%1]"_s.arg(n + 1);
    };

    // The provinces, read once for both passes.
    const Indicator *provinceIndicator = m_options.byProvince ? m_analysis.store().indicator(*m_options.byProvince) : nullptr;
    QList<UnitStanding> provinces;
    TileMapData provinceMap;
    if (provinceIndicator) {
        const UnitComparison comparison(m_analysis.store(), report.period);
        provinces = comparison.standings(*provinceIndicator);
        provinceMap = tileMapData(provinces, tileLayout(m_analysis.store().units(), report.period), Measure::Value, *provinceIndicator,
                                  format, report.period);
    }

    auto layOut = [&](PageFlow &flow, int totalPages) {
        Q_UNUSED(totalPages);
        // Title block.
        paragraph(flow, m_options.unitName.toHtmlEscaped().toUpper(), briefingFont(9, true), flow.mm(1.5), Qt::AlignLeft);
        paragraph(flow, title.toHtmlEscaped(), briefingFont(20, true), flow.mm(1.5), Qt::AlignLeft);
        paragraph(flow,
                  QCoreApplication::translate("Briefing", "Figures as known for the briefing of %1 · prepared on %2 with Chỉ Số")
                      .arg(format.period(report.period), format.documentDate(QDate::currentDate()))
                      .toHtmlEscaped(),
                  briefingFont(8.5), flow.mm(4), Qt::AlignLeft);
        if (QPainter *p = flow.painter()) {
            p->setPen(QPen(QColor(0x1f, 0x5f, 0xb0), flow.mm(0.5)));
            p->drawLine(QPointF(flow.left(), flow.y() - flow.mm(2)), QPointF(flow.left() + flow.width(), flow.y() - flow.mm(2)));
        }

        // Highlights first: where each indicator stands and where the year ends, in a few lines.
        if (const QStringList highlights = BriefingText::highlights(report, forecasts, format); !highlights.isEmpty()) {
            heading(flow, QCoreApplication::translate("Briefing", "Highlights"), flow.mm(20));
            for (const QString &line : highlights)
                paragraph(flow, u"<table cellspacing=0 cellpadding=0><tr><td width=14>•</td><td>%1</td></tr></table>"_s.arg(line.toHtmlEscaped()),
                          briefingFont(9.5), flow.mm(1.2), Qt::AlignLeft);
            flow.advance(flow.mm(1.5));
        }

        // Summary.
        heading(flow, QCoreApplication::translate("Briefing", "Summary"), flow.mm(20));
        for (const QString &text : BriefingText::summary(report, forecasts, format))
            paragraph(flow, text.toHtmlEscaped(), briefingFont(9.5), flow.mm(2.2));
        if (!holdsFigures(report))
            paragraph(flow, QCoreApplication::translate("Briefing", "No figures for %1.").arg(format.period(report.period)).toHtmlEscaped(),
                      briefingFont(9.5), flow.mm(2.2));

        // The KPI table, its header repeated on every page it spans.
        // A unit column; short headers that wrap onto two lines at most; 8-point text; the
        // status wide enough for "▲ vượt tiến độ" on one line, what it rests on in a footnote.
        // Widths measured at 8 pt (and looked at): "8/2024", "105,0%" and "2.820.865" on one line each (the
        // source's number goes under the value), "2.280.408 †" and "○ không đánh giá ²" too.
        const QList<Column> columns = {{0, 0.14, false}, {1, 0.07, false}, {2, 0.065, false}, {3, 0.105, true}, {4, 0.11, true},
                                       {5, 0.10, true},  {7, 0.105, true}, {8, 0.075, true},  {9, 0.065, true}, {11, 0.165, false}};
        const QStringList headerCells = {QCoreApplication::translate("Briefing", "Indicator"), QCoreApplication::translate("Briefing", "Unit"),
                                         QCoreApplication::translate("Briefing", "Period"), QCoreApplication::translate("Briefing", "Value"),
                                         QCoreApplication::translate("Briefing", "Last year"), QCoreApplication::translate("Briefing", "Growth"),
                                         QString(), QCoreApplication::translate("Briefing", "Plan"),
                                         QCoreApplication::translate("Briefing", "% of plan"), QCoreApplication::translate("Briefing", "Stated % of plan"),
                                         QString(), QCoreApplication::translate("Briefing", "Status")};
        const QFont cellFont = briefingFont(8);
        const QFont headerFont = briefingFont(8, true);
        const qreal pad = flow.mm(0.8);
        constexpr int StatusCell = 11;
        auto rowHeight = [&](const QStringList &cells, const QFont &font) {
            const QFontMetricsF metrics(font, flow.device());
            qreal height = 0;
            for (const Column &c : columns) {
                const QRectF box(0, 0, flow.width() * c.share - 2 * pad, 1e6);
                height = std::max(height, metrics.boundingRect(box, Qt::TextWordWrap, cells.value(c.index)).height());
            }
            return height + 2 * pad;
        };
        auto drawRow = [&](const QStringList &cells, const QFont &font, bool header, bool shaded, std::optional<Status> status = {}) {
            const qreal height = rowHeight(cells, font);
            if (QPainter *p = flow.painter()) {
                const QRectF rowRect(flow.left(), flow.y(), flow.width(), height);
                if (header || shaded)
                    p->fillRect(rowRect, header ? QColor(0xdd, 0xe6, 0xf3) : QColor(0xf5, 0xf5, 0xf5));
                p->setFont(font);
                qreal x = flow.left();
                for (const Column &c : columns) {
                    const qreal w = flow.width() * c.share;
                    const QRectF cell(x + pad, flow.y() + pad, w - 2 * pad, height - 2 * pad);
                    // The status in its colour, beside a mark that says the same without colour.
                    QColor ink = Qt::black;
                    if (status && c.index == StatusCell) // no status: a dark grey that still reads on paper
                        ink = *status == Status::Unknown ? QColor(0x55, 0x55, 0x55) : statusColor(*status, printPalette());
                    p->setPen(ink);
                    p->drawText(cell, Qt::TextWordWrap | (c.right && !header ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                                cells.value(c.index));
                    x += w;
                }
                p->setPen(QPen(QColor(0xc0, 0xc0, 0xc0), flow.mm(0.15)));
                p->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
            }
            flow.advance(height);
        };
        struct TableRow {
            QStringList cells;
            Status status;
        };
        QList<TableRow> tableRows;
        QStringList derivedNotes;
        bool calendarNote = false;
        bool derivedPaceNote = false;
        QString flaggedNote;
        for (const KpiRow &row : report.rows) {
            if (!row.current && !row.plan)
                continue;
            derivedNotes += KpiReportWriter::derivedNotes(row, format);
            QStringList cells = KpiReportWriter::cells(row, report, format);
            if (row.current)
                cells[3] += u"\n"_s + cite(*row.current);
            if (row.plan)
                cells[7] += u"\n"_s + cite(*row.plan);
            if (!row.otherValues.isEmpty())
                cells[3] += u" *"_s;
            // A derived figure keeps its mark on its line.
            cells[4].replace(u" "_s + Formatter::derivedMark(), QChar(QChar::Nbsp) + Formatter::derivedMark());
            // "điểm %" kept whole: a unit is never split from its sign.
            cells[5].replace(u" %"_s, QChar(QChar::Nbsp) + u"%"_s);
            if (row.growth && row.statedGrowth) // the stated growth has no column of its own here
                cells[5] += u"\n"_s + QCoreApplication::translate("Briefing", "stated %1").arg(format.statedPercent(row.statedGrowth->value, true));
            // The status's words kept together; a footnote mark for what it rests on.
            const QString word = row.statusNote == KpiRow::StatusNote::FlaggedBase ? format.status(row) : format.status(row.status);
            cells[StatusCell] = statusMark(row.status) + QChar::Nbsp + QString(word).replace(u' ', QChar::Nbsp);
            if (row.statusNote == KpiRow::StatusNote::DerivedBase) {
                cells[StatusCell] += QChar(QChar::Nbsp) + Formatter::derivedMark(); // its pace rests on a derived figure
                derivedPaceNote = true;
            } else if (row.statusNote == KpiRow::StatusNote::CalendarFallback) {
                cells[StatusCell] += u" ¹"_s;
                calendarNote = true;
            } else if (row.statusNote == KpiRow::StatusNote::FlaggedBase && row.flaggedBase) {
                cells[StatusCell] += u" ²"_s;
                flaggedNote = QCoreApplication::translate("Briefing", "²: measured from the figure of %1, flagged as a break: not assessed.")
                                  .arg(format.shortPeriod(*row.flaggedBase));
            }
            tableRows.append({cells, row.status});
        }
        // The heading and the header never alone at the foot of a page: with the first two rows.
        qreal opening = rowHeight(headerCells, headerFont);
        for (qsizetype i = 0; i < std::min<qsizetype>(2, tableRows.size()); ++i)
            opening += rowHeight(tableRows[i].cells, cellFont);
        heading(flow, QCoreApplication::translate("Briefing", "Key indicators"), opening + flow.mm(2));
        flow.ensure(opening);
        drawRow(headerCells, headerFont, true, false);
        for (qsizetype i = 0; i < tableRows.size(); ++i) {
            qreal height = rowHeight(tableRows[i].cells, cellFont);
            // The last row never alone on a page of its own: the one before goes over with it.
            if (i == tableRows.size() - 2)
                height += rowHeight(tableRows[i + 1].cells, cellFont);
            const int pageBefore = flow.page();
            flow.ensure(height);
            if (flow.page() != pageBefore)
                drawRow(headerCells, headerFont, true, false);
            drawRow(tableRows[i].cells, cellFont, false, i % 2 == 1, tableRows[i].status);
        }
        flow.advance(flow.mm(1.5));
        paragraph(flow,
                  QCoreApplication::translate("Briefing", "Growth: against the same period a year earlier (shares in %: percentage points). "
                                                          "Expected pace: the share of last year's total reached by the same month, else m/12. "
                                                          "[n]: source, listed at the end. *: other sources give another value. "
                                                          "Status: ▲ ahead, ● on track, ▼ behind, ○ not assessed.")
                          .toHtmlEscaped()
                      + (calendarNote ? u" "_s + QCoreApplication::translate("Briefing", "¹: against m/12, last year's figure for the month being unknown.").toHtmlEscaped()
                                      : QString())
                      + (derivedPaceNote ? u" "_s + QCoreApplication::translate("Briefing", "A status marked † is measured against a pace that rests "
                                                                                            "on a figure derived as below (derived pace).").toHtmlEscaped()
                                         : QString())
                      + (flaggedNote.isEmpty() ? QString() : u" "_s + flaggedNote.toHtmlEscaped()),
                  briefingFont(7), derivedNotes.isEmpty() ? flow.mm(3) : flow.mm(1));
        if (!derivedNotes.isEmpty()) // each figure no source gives, and how it was derived
            paragraph(flow,
                      (Formatter::derivedMark() + u" "_s
                       + QCoreApplication::translate("Briefing", "Derived, as no source gives it: %1.").arg(derivedNotes.join(u"; "_s)))
                          .toHtmlEscaped(),
                      briefingFont(7), flow.mm(3));

        // Charts.
        const QPalette palette = printPalette();
        auto chartRow = [&](const QList<QChart *> &charts, qreal heightMm) {
            const qreal height = flow.mm(heightMm);
            flow.ensure(height);
            const qreal gap = flow.mm(4);
            const qreal w = (flow.width() - gap * (charts.size() - 1)) / charts.size();
            for (int i = 0; i < charts.size(); ++i)
                chart(flow, charts[i], QRectF(flow.left() + i * (w + gap), flow.y(), w, height));
            flow.advance(height + flow.mm(3));
        };
        auto seriesOf = [&](const KpiRow *row) {
            return buildIndicatorSeries(m_analysis.snapshot(), row->indicator, forecasts, report.period, report.region,
                                        report.tolerancePoints, m_analysis.flaggedPeriods(row->indicator.code));
        };
        // What is behind first: an indicator behind its pace or forecast to fall short of its
        // plan gets its chart ahead of the others, whatever its unit (workforce too).
        QList<const KpiRow *> flows;
        QList<const KpiRow *> levels;
        QList<const KpiRow *> behind;
        for (const KpiRow &row : report.rows) {
            if (!row.current)
                continue;
            const KpiCardFigures figures = kpiCardFigures(row, forecasts);
            if (row.status == Status::Behind || (figures.forecastShareOfPlan && *figures.forecastShareOfPlan < 1.0))
                behind.append(&row);
            else if (row.indicator.isFlow())
                flows.append(&row);
            else if (row.indicator.unit == Unit::Percent || row.indicator.unit == Unit::Per100)
                levels.append(&row);
        }
        heading(flow, QCoreApplication::translate("Briefing", "Charts"), flow.mm(behind.isEmpty() ? 90 : 80));
        for (const KpiRow *row : std::as_const(behind))
            chartRow({yearToDateChart(seriesOf(row), format, palette)}, 76);
        chartRow({overviewChart(report, forecasts, format, palette, false)}, 88);
        for (const KpiRow *row : std::as_const(flows))
            chartRow({yearToDateChart(seriesOf(row), format, palette)}, 82);
        // Growth by cut-off and the telecom levels against their targets: full width, so that
        // every label keeps its room; a chart of a single point says nothing and is left out.
        for (const KpiRow &flowRow : report.rows) {
            const KpiRow *row = &flowRow;
            if (!row->current || !row->indicator.isFlow())
                continue;
            const IndicatorSeries series = seriesOf(row);
            if (series.growth.size() >= 2)
                chartRow({growthChart(series, format, palette)}, 60);
        }
        for (const KpiRow *row : std::as_const(levels)) {
            const IndicatorSeries series = seriesOf(row);
            if (series.thisYear.size() + series.lastYear.size() >= 2)
                chartRow({yearToDateChart(series, format, palette)}, 68);
        }

        // By province: the ranking's top and bottom five, and the map.
        if (provinceIndicator) {
            heading(flow, QCoreApplication::translate("Briefing", "By province"), flow.mm(40));
            for (const QString &text : BriefingText::byProvince(provinces, *provinceIndicator, report.period, format))
                paragraph(flow, text.toHtmlEscaped(), briefingFont(9.5), flow.mm(2.2));
            const QList<qreal> shares = {0.08, 0.32, 0.22, 0.19, 0.19};
            const QFont font = briefingFont(8);
            const QFont bold = briefingFont(8, true);
            const qreal rowHeight = QFontMetricsF(font, flow.device()).height() + 2 * flow.mm(0.8);
            auto provinceRow = [&](const QStringList &cells, const QFont &rowFont, bool header) {
                flow.ensure(rowHeight);
                if (QPainter *p = flow.painter()) {
                    const QRectF rowRect(flow.left(), flow.y(), flow.width(), rowHeight);
                    if (header)
                        p->fillRect(rowRect, QColor(0xdd, 0xe6, 0xf3));
                    p->setFont(rowFont);
                    p->setPen(Qt::black);
                    qreal x = flow.left();
                    for (int c = 0; c < cells.size(); ++c) {
                        const qreal w = flow.width() * shares[c];
                        const QRectF cell(x + flow.mm(0.8), flow.y(), w - 2 * flow.mm(0.8), rowHeight);
                        p->drawText(cell, Qt::AlignVCenter | (c >= 2 && !header ? Qt::AlignRight : Qt::AlignLeft), cells[c]);
                        x += w;
                    }
                    p->setPen(QPen(QColor(0xc0, 0xc0, 0xc0), flow.mm(0.15)));
                    p->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
                }
                flow.advance(rowHeight);
            };
            QList<const UnitStanding *> ranked;
            for (const UnitStanding &s : provinces) {
                if (s.valueRank > 0)
                    ranked.append(&s);
            }
            if (!ranked.isEmpty()) {
                flow.ensure(rowHeight * std::min<qsizetype>(12, ranked.size() + 1));
                provinceRow({QCoreApplication::translate("Briefing", "Rank"), QCoreApplication::translate("Briefing", "Province"),
                             QCoreApplication::translate("Briefing", "Value"), QCoreApplication::translate("Briefing", "Growth"),
                             QCoreApplication::translate("Briefing", "% of plan")},
                            bold, true);
                const auto cells = [&](const UnitStanding &s) {
                    return QStringList{format.locale().toString(s.valueRank), s.unit.name(m_options.language),
                                       format.valueWithUnit(*provinceIndicator, *s.value),
                                       measureText(s, Measure::Growth, *provinceIndicator, format),
                                       measureText(s, Measure::PlanShare, *provinceIndicator, format)};
                };
                // The five highest and the five lowest; all of them where there are ten or fewer.
                const qsizetype count = ranked.size();
                for (qsizetype i = 0; i < count; ++i) {
                    if (count > 10 && i == 5) {
                        provinceRow({QString(), QCoreApplication::translate("Briefing", "… %1 more").arg(count - 10), QString(), QString(), QString()},
                                    font, false);
                        i = count - 5;
                    }
                    provinceRow(cells(*ranked[i]), font, false);
                }
                flow.advance(flow.mm(3));
            }
            const qreal mapHeight = flow.mm(125);
            flow.ensure(mapHeight);
            if (QPainter *p = flow.painter()) {
                p->save();
                p->setPen(Qt::black);
                paintTileMap(*p, QRectF(flow.left(), flow.y(), flow.width(), mapHeight), provinceMap, briefingFont(7.5));
                p->restore();
            }
            flow.advance(mapHeight + flow.mm(3));
        }

        // Sources.
        heading(flow, QCoreApplication::translate("Briefing", "Sources"), flow.mm(10));
        for (qsizetype i = 0; i < sourceLines.size(); ++i)
            paragraph(flow, u"[%1] %2"_s.arg(i + 1).arg(sourceLines[i].toHtmlEscaped()), briefingFont(7.5), flow.mm(1), Qt::AlignLeft);

        // Appendix: what does not add up, as far as nobody has acknowledged it.
        const QList<Finding> open = m_analysis.openFindings();
        heading(flow, QCoreApplication::translate("Briefing", "Appendix: figures to note"), flow.mm(15));
        // Agreement is claimed only where there were figures to compare.
        if (open.isEmpty() && !holdsFigures(report))
            paragraph(flow, QCoreApplication::translate("Briefing", "No figures for this period: nothing was compared.").toHtmlEscaped(),
                      briefingFont(8.5), flow.mm(1.5));
        else if (open.isEmpty())
            paragraph(flow, QCoreApplication::translate("Briefing", "No open findings: the figures agree with one another.").toHtmlEscaped(),
                      briefingFont(8.5), flow.mm(1.5));
        int n = 0;
        for (const Finding &finding : open) {
            const Indicator *indicator = m_analysis.store().indicator(finding.indicator);
            if (!indicator)
                continue;
            paragraph(flow,
                      u"%1. <b>%2.</b> %3"_s.arg(++n).arg(FindingText::kindName(finding.kind).toHtmlEscaped(),
                                                         FindingText::explanation(finding, *indicator, format).toHtmlEscaped()),
                      briefingFont(8.5), flow.mm(1.5));
        }
    };

    // First pass: measure only, to know how many pages there are.
    PageFlow measure(device, nullptr, body, {});
    layOut(measure, 0);
    const int totalPages = measure.page();
    sources.clear();
    sourceLines.clear();

    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    auto footer = [&](QPainter *p, int page) {
        p->save();
        p->setFont(small);
        p->setPen(QColor(0x55, 0x55, 0x55));
        const QRectF area(paintRect.left(), paintRect.bottom() - footerHeight * 0.75, paintRect.width(), footerHeight * 0.75);
        p->drawLine(area.topLeft(), area.topRight());
        p->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, u"Chỉ Số — "_s + title);
        p->drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                    QCoreApplication::translate("Briefing", "Page %1 of %2").arg(page).arg(totalPages));
        p->restore();
    };
    PageFlow draw(device, &painter, body, footer);
    layOut(draw, totalPages);
    draw.finish();
    painter.end();
    return draw.page();
}

bool BriefingRenderer::writePdf(const QString &path, QString *error, int *pages) const
{
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(m_options.layout);
        writer.setTitle(BriefingText::title(m_analysis.kpis().period, Formatter(m_options.language), m_analysis.region()));
        writer.setCreator(u"Chỉ Số %1"_s.arg(QCoreApplication::applicationVersion()));
        const int count = paint(&writer);
        if (pages)
            *pages = count;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace chiso::ui
