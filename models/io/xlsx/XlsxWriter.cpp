#include "XlsxWriter.h"
#include "WorkbookBackend.h"
#include "io/FigureCsvFormat.h"
#include "io/OutputFile.h"
#include "report/KpiReportWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

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

void number(WorkbookWriter *book, int sheet, int row, int column, std::optional<double> value, int style = -1)
{
    if (value)
        book->writeNumber(sheet, row, column, *value, style);
}

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
    const int integer = book->addStyle(numberStyle(u"#,##0"_s));
    const int decimal = book->addStyle(numberStyle(u"#,##0.00"_s));
    const int percent = book->addStyle(numberStyle(u"0.0%"_s));

    // The KPI table: numbers stay numbers, shown in the reader's Excel locale.
    const int kpi = book->addSheet(language == Language::Vietnamese ? u"Chỉ tiêu"_s : u"KPI"_s);
    const QStringList headers = KpiReportWriter::headers();
    for (int c = 0; c < headers.size(); ++c)
        book->writeText(kpi, 0, c, headers[c], bold);
    book->freezePanes(kpi, 1, 1);
    book->setColumnWidth(kpi, 0, 0, 42);
    book->setColumnWidth(kpi, 1, 2, 14);
    book->setColumnWidth(kpi, 3, 11, 15);
    int row = 1;
    for (const KpiRow &r : report.rows) {
        const Indicator &ind = r.indicator;
        const int valueFormat = ind.decimals > 0 ? decimal : integer;
        book->writeText(kpi, row, 0, ind.name(language));
        book->writeText(kpi, row, 1, ind.unitLabel(language));
        book->writeText(kpi, row, 2, r.current ? u"%1/%2"_s.arg(r.current->month).arg(r.current->year) : QString());
        number(book, kpi, row, 3, r.current ? std::optional(r.current->value) : std::nullopt, valueFormat);
        number(book, kpi, row, 4, r.previous ? std::optional(r.previous->value) : std::nullopt, valueFormat);
        if (r.growth)
            number(book, kpi, row, 5, r.growth->value, r.growth->percentagePoints ? decimal : percent);
        number(book, kpi, row, 6, r.statedGrowth ? std::optional(r.statedGrowth->value / 100.0) : std::nullopt, percent);
        number(book, kpi, row, 7, r.plan ? std::optional(r.plan->value) : std::nullopt, valueFormat);
        number(book, kpi, row, 8, r.share, percent);
        number(book, kpi, row, 9, r.statedShare ? std::optional(r.statedShare->value / 100.0) : std::nullopt, percent);
        number(book, kpi, row, 10, r.pace ? std::optional(r.pace->expectedShare) : std::nullopt, percent);
        book->writeText(kpi, row, 11, Formatter(language).status(r.status));
        ++row;
    }

    // Every figure with its source, in the import format: a workbook that imports back.
    const int raw = book->addSheet(figuresSheet);
    const QStringList columns = FigureCsv::columns();
    for (int c = 0; c < columns.size(); ++c)
        book->writeText(raw, 0, c, columns[c], bold);
    book->freezePanes(raw, 1, 0);
    book->setColumnWidth(raw, 0, 6, 12);
    book->setColumnWidth(raw, 7, 8, 40);
    book->setColumnWidth(raw, 10, 11, 60);
    row = 1;
    for (const Figure &f : figures) {
        book->writeText(raw, row, 0, recordKindCode(f.kind));
        book->writeText(raw, row, 1, f.indicator);
        book->writeText(raw, row, 2, f.region);
        book->writeNumber(raw, row, 3, f.year);
        book->writeNumber(raw, row, 4, f.month);
        book->writeNumber(raw, row, 5, f.value);
        book->writeText(raw, row, 6, basisCode(f.basis));
        book->writeText(raw, row, 7, f.source.url);
        book->writeText(raw, row, 8, f.source.title);
        book->writeText(raw, row, 9, f.source.published.isValid() ? f.source.published.toString(Qt::ISODate) : QString());
        book->writeText(raw, row, 10, f.quote);
        book->writeText(raw, row, 11, f.note);
        ++row;
    }
    return workbook.commit(error);
}

bool XlsxWriter::writeTemplate(const QString &path, const QList<Indicator> &indicators, YearMonth period, Language language,
                               QString *error)
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
    const int sheet = book->addSheet(language == Language::Vietnamese ? u"Biểu tháng"_s : u"Monthly form"_s);
    book->writeText(sheet, 0, 0, QCoreApplication::translate("Xlsx", "Monthly figures of the ICT sector (Chỉ Số form)"), title);
    book->writeText(sheet, periodRow - 1, 0, QCoreApplication::translate("Xlsx", "Period (YYYY-MM)"), bold);
    book->writeText(sheet, periodRow - 1, 1, period.toIsoString(), input);
    book->writeText(sheet, sourceRow - 1, 0, QCoreApplication::translate("Xlsx", "Source (report, office, date)"), bold);
    book->writeBlank(sheet, sourceRow - 1, 1, input);
    const QStringList headers = {QCoreApplication::translate("Xlsx", "Code"), QCoreApplication::translate("Xlsx", "Indicator"),
                                 QCoreApplication::translate("Xlsx", "Unit"),
                                 QCoreApplication::translate("Xlsx", "Year to date (levels: the month's reading)"),
                                 QCoreApplication::translate("Xlsx", "Same period last year"),
                                 QCoreApplication::translate("Xlsx", "Stated growth, %"),
                                 QCoreApplication::translate("Xlsx", "Stated share of plan, %")};
    for (int c = 0; c < headers.size(); ++c)
        book->writeText(sheet, headerRow - 1, c, headers[c], bold);
    book->setRowHeight(sheet, headerRow - 1, 45);
    book->setColumnWidth(sheet, 0, 0, 26);
    book->setColumnWidth(sheet, 1, 1, 44);
    book->setColumnWidth(sheet, 2, 2, 16);
    book->setColumnWidth(sheet, 3, 6, 18);
    book->freezePanes(sheet, headerRow, 2);
    int row = firstIndicatorRow - 1;
    for (const Indicator &ind : indicators) {
        if (ind.kind == IndicatorKind::MonthFlow)
            continue;
        book->writeText(sheet, row, CodeColumn, ind.code);
        book->writeText(sheet, row, NameColumn, ind.name(language));
        book->writeText(sheet, row, UnitColumn, ind.unitLabel(language));
        for (int c = ValueColumn; c <= StatedShareColumn; ++c)
            book->writeBlank(sheet, row, c, input);
        ++row;
    }
    return workbook.commit(error);
}

} // namespace chiso
