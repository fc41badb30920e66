#pragma once

#include <QList>
#include <QString>
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

/// Reads .xlsx workbooks (Office Open XML) with libzip and QXmlStreamReader, a sheet at a time
/// and row by row, so that memory does not grow with the sheet.
/// Supports: shared strings (rich text joined), inline strings, numbers, booleans, formulas'
/// cached values, error cells as their text. Not supported: dates as dates (they read as
/// Excel serial numbers), merged cells, hidden sheets' semantics, encrypted workbooks,
/// the binary .xlsb and old .xls formats.
/// Written by hand because Debian offers no xlsx reader for C++; kept small on purpose.
class XlsxReader
{
public:
    XlsxReader();
    ~XlsxReader();

    /// Opens a workbook; false with a message saying what is wrong with the file.
    bool open(const QString &path, QString *error);
    /// The same from bytes in memory (the data must outlive the reader).
    bool openData(const QByteArray &data, QString *error);
    QStringList sheetNames() const;
    /// Calls onRow for every row that has cells, in order (row is 1-based); onRow returns
    /// false to stop. `progress` receives the share of the sheet read (0–1).
    bool readSheet(int index, const std::function<bool(int row, const QList<XlsxCell> &cells)> &onRow, QString *error,
                   const std::function<void(double)> &progress = {});

    /// "F12" for row 12, column index 5.
    static QString cellName(int row, int column);

private:
    bool readPackage(QString *error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace chiso
