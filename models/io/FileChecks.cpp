#include "FileChecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sys/stat.h>

namespace chiso {

QString FileChecks::reason(int error, const QString &fallback)
{
    switch (error) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QCoreApplication::translate("FileChecks", "the disk or device is full");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("FileChecks", "permission denied");
    case ELOOP:
        return QCoreApplication::translate("FileChecks", "too many levels of symbolic links");
    case ENOENT:
        return QCoreApplication::translate("FileChecks", "there is no such file or folder");
    case ENOTDIR:
        return QCoreApplication::translate("FileChecks", "a part of the path is not a folder");
    case EISDIR:
        return QCoreApplication::translate("FileChecks", "this is a folder");
    case EROFS:
        return QCoreApplication::translate("FileChecks", "the disk is read-only");
    case EPIPE:
        return QCoreApplication::translate("FileChecks", "the program reading the output has closed it");
    case ENAMETOOLONG:
        return QCoreApplication::translate("FileChecks", "the name is too long");
    default:
        return fallback;
    }
}

QString FileChecks::specialKind(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    if (S_ISFIFO(info.st_mode))
        return QCoreApplication::translate("FileChecks", "a FIFO (named pipe)");
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return QCoreApplication::translate("FileChecks", "a device");
    if (S_ISSOCK(info.st_mode))
        return QCoreApplication::translate("FileChecks", "a socket");
    return {};
#else
    Q_UNUSED(path);
    return {};
#endif
}

QString FileChecks::whyUnreachable(const QString &path)
{
    const QString missing = QCoreApplication::translate("FileChecks", "there is no such file");
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return {};
    const int error = errno;
    return error == ENOENT ? missing : reason(error, missing);
#else
    return QFile::exists(path) ? QString() : missing;
#endif
}

QString FileChecks::openForImport(const QString &path, QFile &file, const QString &expected)
{
    // stat's own answer: a link loop or a forbidden folder is not "no such file".
    if (const QString unreachable = whyUnreachable(path); !unreachable.isEmpty())
        return unreachable;
    if (QFileInfo(path).isDir())
        return QCoreApplication::translate("FileChecks", "this is a folder, not a CSV file");
    if (const QString kind = specialKind(path); !kind.isEmpty())
        return QCoreApplication::translate("FileChecks", "this is %1, not a file: import %2").arg(kind, expected);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const int error = errno;
        return QCoreApplication::translate("FileChecks", "cannot read the file: %1").arg(reason(error, file.errorString()));
    }
    return {};
}

} // namespace chiso
