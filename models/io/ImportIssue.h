#pragma once

#include <QString>

namespace chiso {

/// One reason an input was refused: where (file, line, field) and what was expected.
struct ImportIssue {
    QString file;
    qint64 line = 0; ///< 0 where the issue concerns the whole file
    QString field;   ///< column name; empty where the issue concerns the whole line or file
    QString message;
    QString cell;    ///< in a workbook: "Sheet!F12" (then it stands for the line)

    /// "file:line: field: message", the form compilers use, so editors can jump to it.
    QString toString() const;
};

} // namespace chiso
