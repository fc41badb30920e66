#include "LxwWorkbookWriter.h"
#include "LibraryPath.h"

#include <QRegularExpression>
#include <locale.h>
#include <string>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// The C locale's numbers on this thread while it lives. libxlsxwriter writes doubles with
/// snprintf("%.16G") under the process's locale (Debian builds it without its locale-free
/// dtoa), and QCoreApplication sets that locale from the environment: under vi_VN or de_DE
/// every number would be written "82,2", which no spreadsheet reads as 82.2 (issue 22.1).
class CNumbers
{
public:
#ifdef Q_OS_WIN
    CNumbers()
        : m_perThread(_configthreadlocale(_ENABLE_PER_THREAD_LOCALE))
    {
        if (const char *current = setlocale(LC_NUMERIC, nullptr))
            m_previous = current;
        setlocale(LC_NUMERIC, "C");
    }
    ~CNumbers()
    {
        setlocale(LC_NUMERIC, m_previous.c_str());
        _configthreadlocale(m_perThread);
    }

private:
    int m_perThread;
    std::string m_previous;
#else
    CNumbers()
        : m_previous(uselocale(cLocale()))
    {
    }
    ~CNumbers() { uselocale(m_previous); }

private:
    static locale_t cLocale()
    {
        static const locale_t c = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
        return c;
    }
    locale_t m_previous;
#endif
    Q_DISABLE_COPY(CNumbers)
};

} // namespace

LxwWorkbookWriter::LxwWorkbookWriter(const QString &path)
    : m_book(workbook_new(xlsxwriterPath(path).constData()))
{
}

LxwWorkbookWriter::~LxwWorkbookWriter()
{
    const CNumbers numbers;
    if (m_book)
        workbook_close(m_book);
}

lxw_worksheet *LxwWorkbookWriter::worksheet(int index) const
{
    Q_ASSERT(m_book && index >= 0 && size_t(index) < m_sheets.size());
    return m_sheets[size_t(index)];
}

lxw_format *LxwWorkbookWriter::format(int style) const
{
    return style >= 0 && size_t(style) < m_formats.size() ? m_formats[size_t(style)] : nullptr;
}

int LxwWorkbookWriter::addStyle(const CellStyle &style)
{
    Q_ASSERT(m_book);
    lxw_format *format = workbook_add_format(m_book);
    if (style.bold)
        format_set_bold(format);
    if (style.wrap)
        format_set_text_wrap(format);
    if (style.thinBorder)
        format_set_border(format, LXW_BORDER_THIN);
    if (style.fontSize > 0)
        format_set_font_size(format, style.fontSize);
    if (style.background)
        format_set_bg_color(format, lxw_color_t(style.background));
    if (!style.numberFormat.isEmpty())
        format_set_num_format(format, style.numberFormat.toUtf8().constData());
    m_formats.push_back(format);
    return int(m_formats.size()) - 1;
}

int LxwWorkbookWriter::addSheet(const QString &name)
{
    Q_ASSERT(m_book);
    m_sheets.push_back(workbook_add_worksheet(m_book, name.toUtf8().constData()));
    m_sheetNames.push_back(name);
    return int(m_sheets.size()) - 1;
}

QString LxwWorkbookWriter::escape(const QString &text)
{
    static const QRegularExpression escapeLike(u"_(x[0-9A-Fa-f]{4}_)"_s);
    if (!text.contains(u"_x"))
        return text;
    QString escaped = text;
    return escaped.replace(escapeLike, u"_x005F_\\1"_s);
}

void LxwWorkbookWriter::check(int result, int sheet, int row, int column)
{
    if (result != LXW_NO_ERROR && m_firstError.isEmpty())
        m_firstError = m_sheetNames[size_t(sheet)] + u'!' + cellReference(row + 1, column) + u": "_s
                       + QString::fromUtf8(lxw_strerror(lxw_error(result)));
}

void LxwWorkbookWriter::writeText(int sheet, int row, int column, const QString &text, int style)
{
    if (!text.isEmpty())
        check(worksheet_write_string(worksheet(sheet), lxw_row_t(row), lxw_col_t(column), escape(text).toUtf8().constData(), format(style)),
              sheet, row, column);
}

void LxwWorkbookWriter::writeNumber(int sheet, int row, int column, double value, int style)
{
    check(worksheet_write_number(worksheet(sheet), lxw_row_t(row), lxw_col_t(column), value, format(style)), sheet, row, column);
}

void LxwWorkbookWriter::writeBlank(int sheet, int row, int column, int style)
{
    check(worksheet_write_blank(worksheet(sheet), lxw_row_t(row), lxw_col_t(column), format(style)), sheet, row, column);
}

void LxwWorkbookWriter::writeComment(int sheet, int row, int column, const QString &text)
{
    if (!text.isEmpty())
        check(worksheet_write_comment(worksheet(sheet), lxw_row_t(row), lxw_col_t(column), escape(text).toUtf8().constData()), sheet, row,
              column);
}

void LxwWorkbookWriter::setColumnWidth(int sheet, int firstColumn, int lastColumn, double width)
{
    worksheet_set_column(worksheet(sheet), lxw_col_t(firstColumn), lxw_col_t(lastColumn), width, nullptr);
}

void LxwWorkbookWriter::setRowHeight(int sheet, int row, double height)
{
    worksheet_set_row(worksheet(sheet), lxw_row_t(row), height, nullptr);
}

void LxwWorkbookWriter::freezePanes(int sheet, int rows, int columns)
{
    worksheet_freeze_panes(worksheet(sheet), lxw_row_t(rows), lxw_col_t(columns));
}

void LxwWorkbookWriter::setPrintLayout(int sheet, const PrintLayout &layout)
{
    constexpr uint8_t a4 = 9; // Excel's paper codes
    lxw_worksheet *ws = worksheet(sheet);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, a4);
    worksheet_fit_to_pages(ws, 1, 0); // one page wide, as many down as needed
    if (layout.repeatRows > 0)
        check(worksheet_repeat_rows(ws, 0, lxw_row_t(layout.repeatRows - 1)), sheet, 0, 0);
    if (layout.repeatColumns > 0)
        check(worksheet_repeat_columns(ws, 0, lxw_col_t(layout.repeatColumns - 1)), sheet, 0, 0);
    check(worksheet_set_footer(ws, "&L&A&R&P / &N"), sheet, 0, 0); // the sheet's name; page / pages
}

bool LxwWorkbookWriter::close(QString *reason)
{
    const CNumbers numbers; // the sheets, widths and heights are written out here
    const lxw_error result = m_book ? workbook_close(m_book) : LXW_ERROR_CREATING_XLSX_FILE;
    m_book = nullptr;
    if (result != LXW_NO_ERROR)
        *reason = QString::fromUtf8(lxw_strerror(result));
    else if (!m_firstError.isEmpty()) // a cell the library refused: the file is not what was asked for
        *reason = m_firstError;
    return result == LXW_NO_ERROR && m_firstError.isEmpty();
}

} // namespace chiso
