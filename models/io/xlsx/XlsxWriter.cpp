#include "XlsxWriter.h"
#include "io/FigureCsvFormat.h"
#include "report/KpiReportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// libxlsxwriter writes to a path: write beside the target, then rename over it.
class AtomicWorkbook
{
public:
    explicit AtomicWorkbook(const QString &path)
        : m_path(path), m_temporary(path + u".part"_s)
    {
        m_book = workbook_new(QFile::encodeName(m_temporary).constData());
    }
    ~AtomicWorkbook()
    {
        if (m_book)
            workbook_close(m_book);
        QFile::remove(m_temporary);
    }
    lxw_workbook *book() const { return m_book; }
    bool commit(QString *error)
    {
        const lxw_error result = m_book ? workbook_close(m_book) : LXW_ERROR_CREATING_XLSX_FILE;
        m_book = nullptr;
        if (result != LXW_NO_ERROR) {
            *error = QCoreApplication::translate("Xlsx", "Cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(result)));
            return false;
        }
        QFile::remove(m_path);
        if (!QFile::rename(m_temporary, m_path)) {
            *error = QCoreApplication::translate("Xlsx", "Cannot write %1.").arg(m_path);
            return false;
        }
        return true;
    }

private:
    QString m_path;
    QString m_temporary;
    lxw_workbook *m_book = nullptr;
};

void text(lxw_worksheet *sheet, int row, int column, const QString &value, lxw_format *format = nullptr)
{
    if (!value.isEmpty())
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), format);
}

void number(lxw_worksheet *sheet, int row, int column, std::optional<double> value, lxw_format *format = nullptr)
{
    if (value)
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), *value, format);
}

/// The look of header cells in every sheet we write.
lxw_format *headerFormat(lxw_workbook *book)
{
    lxw_format *format = workbook_add_format(book);
    format_set_bold(format);
    format_set_text_wrap(format);
    format_set_bg_color(format, 0xDDE6F3);
    return format;
}

} // namespace

bool XlsxWriter::writeExport(const QString &path, const KpiReport &report, const QList<Figure> &figures, Language language,
                             QString *error)
{
    AtomicWorkbook workbook(path);
    lxw_workbook *book = workbook.book();
    if (!book) {
        *error = QCoreApplication::translate("Xlsx", "Cannot write %1.").arg(path);
        return false;
    }
    lxw_format *bold = headerFormat(book);
    lxw_format *integer = workbook_add_format(book);
    format_set_num_format(integer, "#,##0");
    lxw_format *decimal = workbook_add_format(book);
    format_set_num_format(decimal, "#,##0.00");
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");

    // The KPI table: numbers stay numbers, shown in the reader's Excel locale.
    lxw_worksheet *kpi = workbook_add_worksheet(book, language == Language::Vietnamese ? "Chỉ tiêu" : "KPI");
    const QStringList headers = KpiReportWriter::headers();
    for (int c = 0; c < headers.size(); ++c)
        text(kpi, 0, c, headers[c], bold);
    worksheet_freeze_panes(kpi, 1, 1);
    worksheet_set_column(kpi, 0, 0, 42, nullptr);
    worksheet_set_column(kpi, 1, 2, 14, nullptr);
    worksheet_set_column(kpi, 3, 11, 15, nullptr);
    int row = 1;
    for (const KpiRow &r : report.rows) {
        const Indicator &ind = r.indicator;
        lxw_format *valueFormat = ind.decimals > 0 ? decimal : integer;
        text(kpi, row, 0, ind.name(language));
        text(kpi, row, 1, ind.unitLabel(language));
        text(kpi, row, 2, r.current ? u"%1/%2"_s.arg(r.current->month).arg(r.current->year) : QString());
        number(kpi, row, 3, r.current ? std::optional(r.current->value) : std::nullopt, valueFormat);
        number(kpi, row, 4, r.previous ? std::optional(r.previous->value) : std::nullopt, valueFormat);
        if (r.growth)
            number(kpi, row, 5, r.growth->value, r.growth->percentagePoints ? decimal : percent);
        number(kpi, row, 6, r.statedGrowth ? std::optional(r.statedGrowth->value / 100.0) : std::nullopt, percent);
        number(kpi, row, 7, r.plan ? std::optional(r.plan->value) : std::nullopt, valueFormat);
        number(kpi, row, 8, r.share, percent);
        number(kpi, row, 9, r.statedShare ? std::optional(r.statedShare->value / 100.0) : std::nullopt, percent);
        number(kpi, row, 10, r.pace ? std::optional(r.pace->expectedShare) : std::nullopt, percent);
        text(kpi, row, 11, Formatter(language).status(r.status));
        ++row;
    }

    // Every figure with its source, in the import format: a workbook that imports back.
    lxw_worksheet *raw = workbook_add_worksheet(book, language == Language::Vietnamese ? "Số liệu" : "Figures");
    const QStringList columns = FigureCsv::columns();
    for (int c = 0; c < columns.size(); ++c)
        text(raw, 0, c, columns[c], bold);
    worksheet_freeze_panes(raw, 1, 0);
    worksheet_set_column(raw, 0, 6, 12, nullptr);
    worksheet_set_column(raw, 7, 8, 40, nullptr);
    worksheet_set_column(raw, 10, 11, 60, nullptr);
    row = 1;
    for (const Figure &f : figures) {
        text(raw, row, 0, recordKindCode(f.kind));
        text(raw, row, 1, f.indicator);
        text(raw, row, 2, f.region);
        number(raw, row, 3, f.year);
        number(raw, row, 4, f.month);
        number(raw, row, 5, f.value);
        text(raw, row, 6, basisCode(f.basis));
        text(raw, row, 7, f.source.url);
        text(raw, row, 8, f.source.title);
        text(raw, row, 9, f.source.published.isValid() ? f.source.published.toString(Qt::ISODate) : QString());
        text(raw, row, 10, f.quote);
        text(raw, row, 11, f.note);
        ++row;
    }
    return workbook.commit(error);
}

bool XlsxWriter::writeTemplate(const QString &path, const QList<Indicator> &indicators, YearMonth period, Language language,
                               QString *error)
{
    using namespace TemplateLayout;
    AtomicWorkbook workbook(path);
    lxw_workbook *book = workbook.book();
    if (!book) {
        *error = QCoreApplication::translate("Xlsx", "Cannot write %1.").arg(path);
        return false;
    }
    lxw_format *bold = headerFormat(book);
    lxw_format *title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format *input = workbook_add_format(book);
    format_set_bg_color(input, 0xFFF8DC);
    format_set_num_format(input, "#,##0.##");
    format_set_border(input, LXW_BORDER_THIN);
    const QString sheetName = language == Language::Vietnamese ? u"Biểu tháng"_s : u"Monthly form"_s;
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
    text(sheet, 0, 0, QCoreApplication::translate("Xlsx", "Monthly figures of the ICT sector (Chỉ Số form)"), title);
    text(sheet, periodRow - 1, 0, QCoreApplication::translate("Xlsx", "Period (YYYY-MM)"), bold);
    text(sheet, periodRow - 1, 1, period.toIsoString(), input);
    text(sheet, sourceRow - 1, 0, QCoreApplication::translate("Xlsx", "Source (report, office, date)"), bold);
    worksheet_write_blank(sheet, lxw_row_t(sourceRow - 1), 1, input);
    const QStringList headers = {QCoreApplication::translate("Xlsx", "Code"), QCoreApplication::translate("Xlsx", "Indicator"),
                                 QCoreApplication::translate("Xlsx", "Unit"),
                                 QCoreApplication::translate("Xlsx", "Year to date (levels: the month's reading)"),
                                 QCoreApplication::translate("Xlsx", "Same period last year"),
                                 QCoreApplication::translate("Xlsx", "Stated growth, %"),
                                 QCoreApplication::translate("Xlsx", "Stated share of plan, %")};
    for (int c = 0; c < headers.size(); ++c)
        text(sheet, headerRow - 1, c, headers[c], bold);
    worksheet_set_row(sheet, lxw_row_t(headerRow - 1), 45, nullptr);
    worksheet_set_column(sheet, 0, 0, 26, nullptr);
    worksheet_set_column(sheet, 1, 1, 44, nullptr);
    worksheet_set_column(sheet, 2, 2, 16, nullptr);
    worksheet_set_column(sheet, 3, 6, 18, nullptr);
    worksheet_freeze_panes(sheet, lxw_row_t(headerRow), 2);
    int row = firstIndicatorRow - 1;
    for (const Indicator &ind : indicators) {
        if (ind.kind == IndicatorKind::MonthFlow)
            continue;
        text(sheet, row, CodeColumn, ind.code);
        text(sheet, row, NameColumn, ind.name(language));
        text(sheet, row, UnitColumn, ind.unitLabel(language));
        for (int c = ValueColumn; c <= StatedShareColumn; ++c)
            worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(c), input);
        ++row;
    }
    return workbook.commit(error);
}

} // namespace chiso
