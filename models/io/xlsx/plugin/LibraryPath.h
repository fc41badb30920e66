#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace chiso {

/// A path as libzip's zip_open takes it. On Windows libzip reads it as UTF-8 and opens the
/// file by its UTF-16 name (zip_source_file_win32_utf8.c): QFile::encodeName would give the
/// ANSI code page, in which a Vietnamese folder name does not fit (issue 22.6). Elsewhere,
/// the file system's own encoding.
inline QByteArray zipPath(const QString &path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

/// A path as libxlsxwriter's workbook_new takes it. Built with MSVC, it reads it as UTF-8 and
/// opens the file by its UTF-16 name (packager.c, _open_zipfile_win32); built with MinGW, it
/// calls fopen, which takes the ANSI code page (see installer/windows/README.md).
inline QByteArray xlsxwriterPath(const QString &path)
{
#if defined(Q_OS_WIN) && !defined(__MINGW32__)
    return QDir::toNativeSeparators(path).toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace chiso
