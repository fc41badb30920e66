#include "FileChecks.h"

#include <QCoreApplication>
#include <QFile>
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

} // namespace chiso
