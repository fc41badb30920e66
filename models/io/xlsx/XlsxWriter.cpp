#include "XlsxWriter.h"
#include "WorkbookBackend.h"
#include "io/FigureCsvFormat.h"
#include "io/OutputFile.h"
#include "report/KpiReportWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// libxlsxwriter writes to a path of its own choosing: a temporary file, copied into the
/// target through OutputFile once whole, so that a workbook is whole or untouched and a
/// device, a pipe or a link is treated as every other output is.
class AtomicWorkbook
{
public:
    explicit AtomicWorkbook(const QString &path)
        : m_path(path)
    {
        WorkbookBackend *backend = workbookBackend(&m_error); // the error: the plugin is missing
        if (!backend)
            return;
        if (!m_folder.isValid()) {
            m_error = QCoreApplication::translate("Xlsx", "Cannot write %1: %2").arg(path, m_folder.errorString());
            return;
        }
        m_book = backend->createWriter(temporary());
        if (!m_book->isOpen())
            m_error = QCoreApplication::translate("Xlsx", "Cannot write %1.").arg(path);
    }
    ~AtomicWorkbook()
    {
        m_book.reset();
    }
    /// nullptr when the workbook cannot be written; error() says why.
    WorkbookWriter *book() const { return m_error.isEmpty() ? m_book.get() : nullptr; }
    QString error() const { return m_error; }
    bool commit(QString *error)
    {
        QString reason;
        if (!m_book->close(&reason)) {
            *error = QCoreApplication::translate("Xlsx", "Cannot write %1: %2").arg(m_path, reason);
            return false;
        }
        QFile written(temporary());
        if (!written.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Xlsx", "Cannot write %1: %2").arg(m_path, written.errorString());
            return false;
        }
        OutputFile out(m_path);
        if (!out.open(QIODevice::WriteOnly)) {
            *error = out.errorString();
            return false;
        }
        char chunk[65536];
        qint64 n = 0;
        while ((n = written.read(chunk, sizeof chunk)) > 0 && out.write(chunk, n) == n) {
        }
        if (n < 0) { // a short copy must not be committed
            *error = QCoreApplication::translate("Xlsx", "Cannot write %1: %2").arg(m_path, written.errorString());
            return false;
        }
        if (!out.commit()) {
            *error = out.errorString();
            return false;
        }
        return true;
    }

private:
    QString temporary() const { return m_folder.filePath(u"workbook.xlsx"_s); }

    QString m_path;
    QTemporaryDir m_folder;
    std::unique_ptr<WorkbookWriter> m_book;
    QString m_error;
};

/// A number format, and how wide what it shows is.
struct NumberFormat {
    int style = -1;   ///< −1: General
    int decimals = -1; ///< −1: as General shows it
    bool percent = false; ///< shown times 100 with "%"
    QString suffix;       ///< shown after the number, such as " pp"
    bool sign = false;    ///< "+" before what is above 0

    int shownLength(double value) const
    {
        if (decimals < 0)
            return int(QString::number(value, 'g', 15).size());
        static const QLocale grouped(QLocale::English); // Excel's "#,##0" groups in every locale
        return int(grouped.toString(percent ? value * 100 : value, 'f', decimals).size() + (percent ? 1 : 0) + suffix.size()
                   + (sign && value > 0 ? 1 : 0));
    }
};

/// How many lines `text` takes in a column `width` characters wide, wrapped at spaces and
/// line breaks as spreadsheets wrap it (a word longer than the column is broken).
int linesOf(const QString &text, int width)
{
    width = std::max(width, 1);
    int lines = 0;
    for (QStringView paragraph : QStringView(text).split(u'\n')) {
        int used = 0;
        ++lines;
        for (QStringView word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const int length = int(word.size());
            if (used > 0 && used + 1 + length <= width) {
                used += 1 + length;
                continue;
            }
            if (used > 0)
                ++lines;
            lines += (length - 1) / width;
            used = (length - 1) % width + 1;
        }
    }
    return lines;
}

/// Writes one sheet, learning from what it writes how wide each column must be for its
/// content to show whole when printed: its longest text or number, in characters of Excel's
/// default font, with a margin; a header counts by its longest word (headers wrap). Columns
/// of running text wrap at `wrapAt` characters, and their rows are made as tall as their
/// lines: spreadsheets do not all fit a row to wrapped text when they open a file.
class SheetWriter
{
public:
    SheetWriter(WorkbookWriter *book, int sheet, int wrapStyle)
        : m_book(book), m_sheet(sheet), m_wrapStyle(wrapStyle)
    {
    }
    /// Headers go into this row (0-based; 0 unless said).
    void setHeaderRow(int row) { m_headerRow = row; }
    /// Columns that hold running text (quotes, names), which wrap.
    void setWrapped(std::initializer_list<int> columns) { m_wrapped = QList<int>(columns); }

    void header(int column, const QString &text, int style)
    {
        m_book->writeText(m_sheet, m_headerRow, column, text, style);
        m_headers.insert(column, text);
        for (QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts))
            fit(column, int(word.size()));
    }
    void text(int row, int column, const QString &text, int style = -1)
    {
        const bool wraps = m_wrapped.contains(column);
        m_book->writeText(m_sheet, row, column, text, style < 0 && wraps ? m_wrapStyle : style);
        fit(column, int(wraps ? std::min<qsizetype>(text.size(), wrapAt) : text.size()));
        if (wraps)
            tallest(row, linesOf(text, wrapAt));
    }
    void number(int row, int column, std::optional<double> value, const NumberFormat &format = {})
    {
        if (!value)
            return;
        m_book->writeNumber(m_sheet, row, column, *value, format.style);
        fit(column, format.shownLength(*value));
    }
    void blank(int row, int column, int style) { m_book->writeBlank(m_sheet, row, column, style); }
    /// At least `characters` wide, as a column people type into is.
    void fit(int column, int characters)
    {
        if (column >= m_widths.size())
            m_widths.resize(column + 1);
        m_widths[column] = std::max(m_widths[column], characters);
    }
    /// Gives every column its width, the header row its height and the sheet its print layout.
    void finish(const PrintLayout &layout)
    {
        tallest(-1, 1);
        int headerLines = 1;
        for (auto header = m_headers.cbegin(); header != m_headers.cend(); ++header)
            headerLines = std::max(headerLines, linesOf(header.value(), m_widths.value(header.key())));
        if (headerLines > 1)
            m_book->setRowHeight(m_sheet, m_headerRow, std::min(headerLines * lineHeight, tallestRow));
        for (int c = 0; c < m_widths.size(); ++c) {
            if (m_widths[c] > 0)
                m_book->setColumnWidth(m_sheet, c, c, m_widths[c] + margin);
        }
        m_book->setPrintLayout(m_sheet, layout);
    }

    static constexpr int wrapAt = 36;

private:
    static constexpr double margin = 2.5;      // Excel's cell padding, and bold or wide letters
    static constexpr double lineHeight = 15.0;  // points, a line of Excel's default 11-point font
    static constexpr double tallestRow = 409.0; // points, Excel's limit

    /// Keeps the most lines of the row being written; a new row sets the last one's height.
    void tallest(int row, int lines)
    {
        if (row != m_row) {
            if (m_rowLines > 1)
                m_book->setRowHeight(m_sheet, m_row, std::min(m_rowLines * lineHeight, tallestRow));
            m_row = row;
            m_rowLines = 1;
        }
        m_rowLines = std::max(m_rowLines, lines);
    }

    WorkbookWriter *m_book;
    int m_sheet;
    int m_wrapStyle;
    int m_headerRow = 0;
    QList<int> m_wrapped;
    QMap<int, QString> m_headers;
    QList<int> m_widths;
    int m_row = -1;
    int m_rowLines = 1;
};

/// The look of header cells in every sheet we write.
CellStyle headerStyle()
{
    CellStyle style;
    style.bold = true;
    style.wrap = true;
    style.background = 0xDDE6F3;
    return style;
}

CellStyle numberStyle(const QString &format)
{
    CellStyle style;
    style.numberFormat = format;
    return style;
}

/// Why the figures cannot go into a workbook whole: the first text longer than a cell of
/// Excel holds, named by its cell and figure; empty when every text fits. (libxlsxwriter
/// writes nothing for such a text: the export lost it and said nothing.)
QString textTooLong(const QList<Figure> &figures, const QString &sheet)
{
    const QStringList columns = FigureCsv::columns();
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures[i];
        const std::pair<QString, const QString *> texts[] = {{u"source_url"_s, &f.source.url}, {u"source_title"_s, &f.source.title},
                                                             {u"quote"_s, &f.quote}, {u"note"_s, &f.note}};
        for (const auto &[field, text] : texts) {
            if (text->size() <= WorkbookLimits::cellCharacters)
                continue;
            const QString cell = sheet + u'!' + cellReference(int(i) + 2, int(columns.indexOf(field)));
            return QCoreApplication::translate("Xlsx", "%1 (%2 %3 %4, %5-%6): the %7 has %L8 characters, more than the %L9 a cell of "
                                                       "Excel holds; export as CSV to keep it whole")
                .arg(cell, recordKindCode(f.kind), f.indicator, f.region, QString::number(f.year),
                     QString::number(f.month).rightJustified(2, u'0'), field)
                .arg(text->size())
                .arg(WorkbookLimits::cellCharacters);
        }
    }
    return QString();
}

} // namespace

bool XlsxWriter::writeExport(const QString &path, const KpiReport &report, const QList<Figure> &figures, Language language,
                             QString *error)
{
    const QString figuresSheet = language == Language::Vietnamese ? u"Số liệu"_s : u"Figures"_s;
    if (const QString problem = textTooLong(figures, figuresSheet); !problem.isEmpty()) {
        *error = QCoreApplication::translate("Xlsx", "Cannot write %1: %2").arg(path, problem);
        return false;
    }
    AtomicWorkbook workbook(path);
    WorkbookWriter *book = workbook.book();
    if (!book) {
        *error = workbook.error();
        return false;
    }
    const int bold = book->addStyle(headerStyle());
    CellStyle wrapStyle;
    wrapStyle.wrap = true;
    const int wrap = book->addStyle(wrapStyle);
    const NumberFormat integer{book->addStyle(numberStyle(u"#,##0"_s)), 0};
    const NumberFormat decimal{book->addStyle(numberStyle(u"#,##0.00"_s)), 2};
    const NumberFormat percent{book->addStyle(numberStyle(u"0.0%"_s)), 1, true};
    // Growth says its unit on every row: per cent of a flow or count, percentage points of a
    // share ("pp"), which the column mixed with no unit (issue 22.3).
    const NumberFormat growthPercent{book->addStyle(numberStyle(u"+0.0%;-0.0%;0.0%"_s)), 1, true, QString(), true};
    const QString pp = QCoreApplication::translate("Xlsx", "pp", "percentage points, after a number in a spreadsheet cell");
    const NumberFormat growthPoints{book->addStyle(numberStyle(u"+0.0\" %1\";-0.0\" %1\";0.0\" %1\""_s.arg(pp))), 1, false,
                                    u" "_s + pp, true};

    // The KPI table: numbers stay numbers, shown in the reader's Excel locale.
    const int kpiSheet = book->addSheet(language == Language::Vietnamese ? u"Chỉ tiêu"_s : u"KPI"_s);
    SheetWriter kpi(book, kpiSheet, wrap);
    const QStringList headers = KpiReportWriter::headers();
    for (int c = 0; c < headers.size(); ++c)
        kpi.header(c, headers[c], bold);
    // Numbers stay numbers: a figure no source gives is said in words beside them.
    const int derivedColumn = int(headers.size());
    kpi.header(derivedColumn, QCoreApplication::translate("Xlsx", "Derived figures (†)"), bold);
    kpi.setWrapped({0, derivedColumn});
    int row = 1;
    for (const KpiRow &r : report.rows) {
        const Indicator &ind = r.indicator;
        const NumberFormat &valueFormat = ind.decimals > 0 ? decimal : integer;
        kpi.text(row, 0, ind.name(language));
        kpi.text(row, 1, ind.unitLabel(language));
        kpi.text(row, 2, r.current ? u"%1/%2"_s.arg(r.current->month).arg(r.current->year) : QString());
        kpi.number(row, 3, r.current ? std::optional(r.current->value) : std::nullopt, valueFormat);
        kpi.number(row, 4, r.previous ? std::optional(r.previous->value) : std::nullopt, valueFormat);
        if (r.growth)
            kpi.number(row, 5, r.growth->value, r.growth->percentagePoints ? growthPoints : growthPercent);
        kpi.number(row, 6, r.statedGrowth ? std::optional(r.statedGrowth->value / 100.0) : std::nullopt, growthPercent);
        kpi.number(row, 7, r.plan ? std::optional(r.plan->value) : std::nullopt, valueFormat);
        kpi.number(row, 8, r.share, percent);
        kpi.number(row, 9, r.statedShare ? std::optional(r.statedShare->value / 100.0) : std::nullopt, percent);
        kpi.number(row, 10, r.pace ? std::optional(r.pace->expectedShare) : std::nullopt, percent);
        kpi.text(row, 11, Formatter(language).status(r));
        kpi.text(row, derivedColumn, KpiReportWriter::derivedNotes(r, Formatter(language)).join(QLatin1Char('\n')));
        ++row;
    }
    book->freezePanes(kpiSheet, 1, 1);
    kpi.finish({1, 1});

    // Every figure with its source, in the import format: a workbook that imports back.
    const int rawSheet = book->addSheet(figuresSheet);
    SheetWriter raw(book, rawSheet, wrap);
    const QStringList columns = FigureCsv::columns();
    for (int c = 0; c < columns.size(); ++c)
        raw.header(c, columns[c], bold);
    raw.setWrapped({7, 8, 10, 11}); // source_url, source_title, quote, note
    const NumberFormat general; // the value as it is, to import back exactly
    row = 1;
    for (const Figure &f : figures) {
        raw.text(row, 0, recordKindCode(f.kind));
        raw.text(row, 1, f.indicator);
        raw.text(row, 2, f.region);
        raw.number(row, 3, f.year, general);
        raw.number(row, 4, f.month, general);
        raw.number(row, 5, f.value, general);
        raw.text(row, 6, basisCode(f.basis));
        raw.text(row, 7, f.source.url);
        raw.text(row, 8, f.source.title);
        raw.text(row, 9, f.source.published.isValid() ? f.source.published.toString(Qt::ISODate) : QString());
        raw.text(row, 10, f.quote);
        raw.text(row, 11, f.note);
        ++row;
    }
    book->freezePanes(rawSheet, 1, 0);
    raw.finish({1, 1});
    return workbook.commit(error);
}

QString XlsxWriter::unitFormMark(const QString &unit, YearMonth period)
{
    return u"chiso-unit-form %1 %2"_s.arg(unit, period.toIsoString());
}

QString XlsxWriter::indicatorDefinition(const Indicator &indicator, Language language)
{
    const QString unit = indicator.unitLabel(language);
    switch (indicator.kind) {
    case IndicatorKind::Flow:
        return QCoreApplication::translate("Xlsx", "%1: the total from 1 January to the end of the month (year to date), in %2. "
                                                   "Same period last year: the same months of the year before.")
            .arg(indicator.name(language), unit);
    case IndicatorKind::Level:
        return QCoreApplication::translate("Xlsx", "%1: the reading at the end of the month (not a sum), in %2.")
            .arg(indicator.name(language), unit);
    case IndicatorKind::MonthFlow:
        break;
    }
    return QCoreApplication::translate("Xlsx", "%1: the month's own value, in %2.").arg(indicator.name(language), unit);
}

bool XlsxWriter::writeTemplate(const QString &path, const QList<Indicator> &indicators, YearMonth period, Language language,
                               QString *error, const QString &region, const UnitForm *unitForm)
{
    using namespace TemplateLayout;
    AtomicWorkbook workbook(path);
    WorkbookWriter *book = workbook.book();
    if (!book) {
        *error = workbook.error();
        return false;
    }
    const int bold = book->addStyle(headerStyle());
    CellStyle titleStyle;
    titleStyle.bold = true;
    titleStyle.fontSize = 14;
    const int title = book->addStyle(titleStyle);
    CellStyle inputStyle = numberStyle(u"#,##0.##"_s);
    inputStyle.background = 0xFFF8DC;
    inputStyle.thinBorder = true;
    const int input = book->addStyle(inputStyle);
    CellStyle wrapStyle;
    wrapStyle.wrap = true;
    const int sheet = book->addSheet(language == Language::Vietnamese ? u"Biểu tháng"_s : u"Monthly form"_s);
    SheetWriter form(book, sheet, book->addStyle(wrapStyle));
    form.setWrapped({NameColumn});
    book->writeText(sheet, 0, 0, QCoreApplication::translate("Xlsx", "Monthly figures of the ICT sector (Chỉ Số form)"), title); // spills right
    form.text(periodRow - 1, 0, QCoreApplication::translate("Xlsx", "Period (YYYY-MM)"), bold);
    form.text(periodRow - 1, 1, period.toIsoString(), input);
    form.text(sourceRow - 1, 0, QCoreApplication::translate("Xlsx", "Source (report, office, date)"), bold);
    form.blank(sourceRow - 1, 1, input);
    form.text(regionRow - 1, 0, QCoreApplication::translate("Xlsx", "Region (code)"), bold);
    form.text(regionRow - 1, 1, region, input);
    if (unitForm) {
        form.text(regionRow - 1, 2, unitForm->name, bold);
        book->writeText(sheet, markRow - 1, markColumn, unitFormMark(region, period));
    }
    QStringList headers = {QCoreApplication::translate("Xlsx", "Code"), QCoreApplication::translate("Xlsx", "Indicator"),
                                 QCoreApplication::translate("Xlsx", "Unit"),
                                 QCoreApplication::translate("Xlsx", "Year to date (levels: the month's reading)"),
                                 QCoreApplication::translate("Xlsx", "Same period last year"),
                                 QCoreApplication::translate("Xlsx", "Stated growth, %"),
                                 QCoreApplication::translate("Xlsx", "Stated share of plan, %")};
    if (unitForm)
        headers.append(QCoreApplication::translate("Xlsx", "Last month (%1), for reference").arg(unitForm->lastMonth.toIsoString()));
    form.setHeaderRow(headerRow - 1);
    for (int c = 0; c < headers.size(); ++c)
        form.header(c, headers[c], bold);
    const NumberFormat lastMonthFormat{book->addStyle(numberStyle(u"#,##0.##"_s)), 2};
    constexpr int typedNumber = 14; // 1,234,567,890.12: room to type a figure into
    for (int c = ValueColumn; c <= StatedShareColumn; ++c)
        form.fit(c, typedNumber);
    book->freezePanes(sheet, headerRow, 2);
    int row = firstIndicatorRow - 1;
    for (const Indicator &ind : indicators) {
        if (ind.kind == IndicatorKind::MonthFlow)
            continue;
        form.text(row, CodeColumn, ind.code);
        form.text(row, NameColumn, ind.name(language));
        form.text(row, UnitColumn, ind.unitLabel(language));
        for (int c = ValueColumn; c <= StatedShareColumn; ++c)
            form.blank(row, c, input);
        if (unitForm) {
            book->writeComment(sheet, row, NameColumn, indicatorDefinition(ind, language));
            if (unitForm->lastMonthValues.contains(ind.code))
                form.number(row, LastMonthColumn, unitForm->lastMonthValues.value(ind.code), lastMonthFormat);
        }
        ++row;
    }
    form.finish({headerRow, 1}); // the title, period, source and header on every page; the codes
    return workbook.commit(error);
}

} // namespace chiso
