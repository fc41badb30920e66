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
    /// A monthly form as filled in: its region and period cells, and whether it is a unit's
    /// own form (made by chiso template --unit), which is then the unit's submission.
    struct Form {
        QString region;
        std::optional<YearMonth> period;
        bool unitForm = false;
    };
    /// Calls onRow for each row in sheet order; returns the problems of the workbook as a whole
    /// (not a zip, no importable sheet, empty). `progress` gets the share of the sheet read.
    QList<ImportIssue> read(const QString &path, const QList<Indicator> &indicators,
                            const std::function<bool(Row &&row)> &onRow, const std::function<void(double)> &progress = {},
                            std::optional<Form> *form = nullptr);
}

} // namespace chiso
