#pragma once

#include <QList>
#include <QString>
#include <QtPlugin>
#include <functional>
#include <memory>

namespace chiso {

/// One cell of a worksheet as Excel stored it: the text people see for strings, the number
/// for numbers (formulas give their cached value).
struct XlsxCell {
    int column = 0; ///< 0-based
    QString text;   ///< the string, or the number in its shortest exact form
    bool isNumber = false;
    double number = 0;
};

/// Reads one .xlsx workbook a sheet at a time (see XlsxReader, which programs use).
class WorkbookReader
{
public:
    virtual ~WorkbookReader() = default;
    virtual bool open(const QString &path, QString *error) = 0;
    /// The data must outlive the reader.
    virtual bool openData(const QByteArray &data, QString *error) = 0;
    virtual QStringList sheetNames() const = 0;
    virtual bool readSheet(int index, const std::function<bool(int row, const QList<XlsxCell> &cells)> &onRow, QString *error,
                           const std::function<void(double)> &progress) = 0;
};

/// How a cell looks; the defaults are Excel's.
struct CellStyle {
    bool bold = false;
    bool wrap = false;
    bool thinBorder = false;
    double fontSize = 0;  ///< 0: the default
    quint32 background = 0; ///< 0xRRGGBB; 0: none
    QString numberFormat;   ///< Excel's code, such as "#,##0.00"; empty: General
};

/// Writes one .xlsx workbook to a path. Sheets, rows and columns are 0-based; a sheet is what
/// addSheet returned, a style what addStyle returned (−1: none). Text is written as text,
/// never as a formula; empty text writes no cell. Every call but isOpen() needs an open
/// writer, and nothing may follow close().
class WorkbookWriter
{
public:
    virtual ~WorkbookWriter() = default;
    /// False when the file could not be created.
    virtual bool isOpen() const = 0;
    virtual int addStyle(const CellStyle &style) = 0;
    virtual int addSheet(const QString &name) = 0;
    virtual void writeText(int sheet, int row, int column, const QString &text, int style = -1) = 0;
    virtual void writeNumber(int sheet, int row, int column, double value, int style = -1) = 0;
    virtual void writeBlank(int sheet, int row, int column, int style) = 0;
    virtual void setColumnWidth(int sheet, int firstColumn, int lastColumn, double width) = 0;
    virtual void setRowHeight(int sheet, int row, double height) = 0;
    virtual void freezePanes(int sheet, int rows, int columns) = 0;
    /// Finishes the file; false with the library's reason.
    virtual bool close(QString *reason) = 0;
};

/// The workbook plugin (chiso_workbooks: libzip and libxlsxwriter).
class WorkbookBackend
{
public:
    virtual ~WorkbookBackend() = default;
    virtual std::unique_ptr<WorkbookReader> createReader() = 0;
    virtual std::unique_ptr<WorkbookWriter> createWriter(const QString &path) = 0;
};

/// The workbook plugin, loaded on first use; nullptr and a message if it cannot be.
WorkbookBackend *workbookBackend(QString *error);

} // namespace chiso

#define ChisoWorkbookBackend_iid "org.chiso.WorkbookBackend/1"
Q_DECLARE_INTERFACE(chiso::WorkbookBackend, ChisoWorkbookBackend_iid)
