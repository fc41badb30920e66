#pragma once

#include <QString>

class QFile;

namespace chiso {

/// Plain words for what went wrong with a file the user named, for messages that must name
/// the real cause (QFile::error() is too coarse to tell a missing file from a forbidden one).
namespace FileChecks {
    /// The cause behind a failed system call's errno, translated ("permission denied", "the
    /// disk or device is full", "too many levels of symbolic links", …); `fallback` (Qt's
    /// error string) where errno says nothing more useful.
    QString reason(int error, const QString &fallback);
    /// What a path is when it exists but is neither a regular file nor a folder (after
    /// following links): "a FIFO (named pipe)", "a device", "a socket"; empty otherwise.
    QString specialKind(const QString &path);
    /// Why a file cannot be opened at all, from the system's own answer (stat): "there is no
    /// such file", "permission denied", "too many levels of symbolic links"; empty if stat finds it.
    QString whyUnreachable(const QString &path);
    /// Opens a file the user named for an import, or says in one sentence why there is none to
    /// read: unreachable, a folder, a special file (a FIFO waits for a writer, a device never
    /// ends), or not readable. `expected` names what the import reads ("a CSV file of units").
    /// Empty with `file` open for reading.
    QString openForImport(const QString &path, QFile &file, const QString &expected);
}

} // namespace chiso
