#pragma once

#include "io/ParsedFigureStream.h"

#include <QString>
#include <functional>

namespace chiso {

/// Turns a workbook into figure rows for the importer: a sheet in the import format (the same
/// columns as the CSV, as the export's "Figures" sheet has them) or the monthly template that
/// `chiso template` writes. Every problem names its sheet and cell.
namespace XlsxFigureRows {
    using Row = ParsedFigureStream::Row;
    /// Calls onRow for each row in sheet order; returns the problems of the workbook as a whole
    /// (not a zip, no importable sheet, empty). `progress` gets the share of the sheet read.
    QList<ImportIssue> read(const QString &path, const QList<Indicator> &indicators,
                            const std::function<bool(Row &&row)> &onRow, const std::function<void(double)> &progress = {});
}

} // namespace chiso
