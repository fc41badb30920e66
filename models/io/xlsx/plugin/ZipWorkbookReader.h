#pragma once

#include "io/xlsx/WorkbookBackend.h"

namespace chiso {

/// Reads .xlsx workbooks (Office Open XML) with libzip and QXmlStreamReader, a sheet at a time
/// and row by row, so that memory does not grow with the sheet.
/// Supports: shared strings (rich text joined), inline strings, numbers, booleans, formulas'
/// cached values, error cells as their text. Not supported: dates as dates (they read as
/// Excel serial numbers), merged cells, hidden sheets' semantics, encrypted workbooks,
/// the binary .xlsb and old .xls formats.
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

private:
    bool readPackage(QString *error);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace chiso
