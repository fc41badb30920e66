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

/// "F12" for row 12 (1-based), column 5 (0-based).
inline QString cellReference(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

/// What the reader takes from one workbook before it refuses the file, naming the limit: far
/// more than real workbooks hold (a million-figure export, the monthly form), far less than
/// a small zip can unpack to (a "decompression bomb": 1 MB that inflates to gigabytes).
/// Together they keep the reader's memory within some 100 MiB whatever the file.
namespace WorkbookLimits {
    /// Every part read, decompressed: a million-figure export is some 380 MiB, 500 MiB with a
    /// quote of 50 characters to each figure.
    constexpr qint64 decompressedBytes = qint64(1) << 30;
    /// The workbook and its relations, which are read whole.
    constexpr qsizetype partBytes = qsizetype(16) << 20;
    /// One XML tag or run of text (a cell's text is far shorter, even escaped).
    constexpr qsizetype tokenBytes = qsizetype(4) << 20;
    constexpr int cellCharacters = 32767; ///< Excel's limit for a cell
    constexpr int rowCharacters = 1 << 20;
    constexpr int rows = 1048576;  ///< Excel's last row
    constexpr int columns = 16384; ///< Excel's last column, XFD
    constexpr qint64 cellsPerSheet = qint64(1) << 24;
    constexpr qsizetype sharedStrings = qsizetype(1) << 22;
    /// Their text, as UTF-8: what a sharedStrings.xml of 128 MiB holds, as much as the
    /// reader took before these limits. A million quotes of 50 characters are 60 MiB.
    constexpr qsizetype sharedStringBytes = qsizetype(128) << 20;
}

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
    /// Where the last error applies ("Sheet!F12", or "Sheet!12" for a row); empty for the
    /// whole file.
    virtual QString errorCell() const = 0;
    /// True when the workbook counts dates from 1904 (workbookPr date1904), as old Mac Excel did.
    virtual bool usesDates1904() const = 0;
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

/// How a sheet prints: landscape on A4, as wide as one page and as many pages down as it
/// takes, its header rows and first columns on every page, "page / pages" at the foot.
struct PrintLayout {
    int repeatRows = 0;    ///< rows 0 to repeatRows − 1 head every page
    int repeatColumns = 0; ///< columns 0 to repeatColumns − 1 start every page
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
    /// A note on a cell, shown when the pointer rests on it (Excel's comment).
    virtual void writeComment(int sheet, int row, int column, const QString &text) = 0;
    virtual void setColumnWidth(int sheet, int firstColumn, int lastColumn, double width) = 0;
    virtual void setRowHeight(int sheet, int row, double height) = 0;
    virtual void freezePanes(int sheet, int rows, int columns) = 0;
    virtual void setPrintLayout(int sheet, const PrintLayout &layout) = 0;
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

#define ChisoWorkbookBackend_iid "org.chiso.WorkbookBackend/3"
Q_DECLARE_INTERFACE(chiso::WorkbookBackend, ChisoWorkbookBackend_iid)
