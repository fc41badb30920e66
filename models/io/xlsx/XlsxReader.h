#pragma once

#include "WorkbookBackend.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace chiso {

/// Reads .xlsx workbooks a sheet at a time and row by row, so that memory does not grow with
/// the sheet; the work is done by the workbook plugin (plugin/ZipWorkbookReader, which says
/// what is supported), loaded on the first open.
class XlsxReader
{
public:
    XlsxReader();
    ~XlsxReader();

    /// Opens a workbook; false with a message saying what is wrong with the file (or that the
    /// workbook plugin is missing).
    bool open(const QString &path, QString *error);
    /// The same from bytes in memory (the data must outlive the reader).
    bool openData(const QByteArray &data, QString *error);
    QStringList sheetNames() const;
    /// Calls onRow for every row that has cells, in order (row is 1-based); onRow returns
    /// false to stop. `progress` receives the share of the sheet read (0–1).
    bool readSheet(int index, const std::function<bool(int row, const QList<XlsxCell> &cells)> &onRow, QString *error,
                   const std::function<void(double)> &progress = {});

    /// Where the last error applies: "Sheet!F12", "Sheet!12:12" for a row; empty for the file.
    QString errorCell() const;
    /// True when the workbook's dates count from 1904 rather than 1900.
    bool usesDates1904() const;

    /// The day an Excel date serial stands for, its time of day dropped: from 1899-12-31 in
    /// the 1900 system, which counts Excel's fictitious 1900-02-29 as day 60 (so 45449 is
    /// 2024-06-06), or from 1904-01-01 in the 1904 system (43987 is 2024-06-06). Invalid for
    /// a serial that names no day: below 1 (0 for 1904), day 60 of 1900, past 9999-12-31.
    static QDate dateOfSerial(double serial, bool dates1904);

    /// "F12" for row 12, column index 5.
    static QString cellName(int row, int column);

private:
    bool createReader(QString *error);
    std::unique_ptr<WorkbookReader> d;
};

} // namespace chiso
