#pragma once

#include "io/xlsx/WorkbookBackend.h"

namespace chiso {

/// Reads .xlsx workbooks (Office Open XML) with libzip and QXmlStreamReader, a sheet at a time
/// and row by row, so that memory does not grow with the sheet; past WorkbookLimits it refuses
/// the file.
/// Supports: shared strings (rich text joined), inline strings, numbers, booleans, formulas'
/// cached values, error cells as their text, OOXML's _xHHHH_ escapes in text, rows and cells
/// without a reference (they follow the previous one), the 1904 date system's flag. Not
/// supported: dates as dates (they read as Excel serial numbers), merged cells, hidden
/// sheets' semantics, encrypted workbooks, the binary .xlsb and old .xls formats.
/// Written by hand because Debian offers no xlsx reader for C++; kept small on purpose.
class ZipWorkbookReader : public WorkbookReader
{
public:
    ZipWorkbookReader();
    ~ZipWorkbookReader() override;

    bool open(const QString &path, QString *error) override;
    bool openData(const QByteArray &data, QString *error) override;
    QStringList sheetNames() const override;
    bool readSheet(int index, const std::function<bool(int row, const QList<XlsxCell> &cells)> &onRow, QString *error,
                   const std::function<void(double)> &progress) override;
    QString errorCell() const override;
    bool usesDates1904() const override;

    /// Text with OOXML's escapes (ST_Xstring: "_x001B_" for a character XML cannot hold,
    /// "_x005F_" for the underscore that would start one) turned back into characters.
    static QString unescape(const QString &text);

private:
    bool readPackage(QString *error);
    bool readSharedStrings(const QString &path, QString *error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace chiso
