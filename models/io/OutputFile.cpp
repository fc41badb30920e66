#include "OutputFile.h"
#include "FileChecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// Where a path leads once its symbolic links are followed, and how to write it.
struct Target {
    QString path;
    bool stream = false; ///< a link to an open descriptor (/dev/stdout): write where it points now
    bool loop = false;
};

Target resolve(const QString &path)
{
    Target target{path};
    // As the kernel does (40 links); QFileInfo::canonicalFilePath() is empty for a link to a
    // file not yet made, which is a file to create, not an error.
    for (int depth = 0; depth <= 40; ++depth) {
        const QFileInfo link(target.path);
        if (!link.isSymLink())
            return target;
        // /proc/self/fd/N names what a descriptor holds ("pipe:[123]", or a file the shell
        // opened for `>`): only the kernel can follow it, and replacing the file would
        // leave the shell's descriptor writing into a deleted one.
        const QString absolute = link.absoluteFilePath();
        if (absolute.startsWith(u"/proc/"_s) || absolute.startsWith(u"/dev/fd/"_s)) {
            target.stream = true;
            return target;
        }
        target.path = link.symLinkTarget();
    }
    target.loop = true;
    return target;
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
}

OutputFile::~OutputFile()
{
    close();
}

bool OutputFile::fail(int error, const QString &fallback)
{
    if (!m_failed) { // the first failure is the cause; later ones follow from it
        m_failed = true;
        setErrorString(QCoreApplication::translate("OutputFile", "Cannot write %1: %2").arg(m_path, FileChecks::reason(error, fallback)));
    }
    return false;
}

bool OutputFile::open(OpenMode mode)
{
    Q_ASSERT((mode & ReadWrite) == WriteOnly);
    m_failed = false;
    if (m_path.isEmpty()) {
        m_failed = true;
        setErrorString(QCoreApplication::translate("OutputFile", "No file to write was named: an output file name is needed."));
        return false;
    }
    const Target target = resolve(m_path);
    if (target.loop)
        return fail(ELOOP, QString());
    const QFileInfo info(target.path);
    if (info.isDir())
        return fail(EISDIR, QString());
    m_through = target.stream || (info.exists() && !info.isFile());
    if (m_through) {
        auto file = std::make_unique<QFile>(target.stream ? m_path : target.path);
        // Through /proc/self/fd the shell already truncated a file for `>`, and `>>` must append.
        const bool toFile = target.stream && info.isFile();
        if (!file->open(toFile ? WriteOnly | Append : WriteOnly)) {
            const int error = errno;
            return fail(error, file->errorString());
        }
        m_file = std::move(file);
    } else {
        const QString folder = info.absolutePath();
        if (!QFileInfo(folder).isDir()) {
            m_failed = true;
            setErrorString(QCoreApplication::translate("OutputFile", "Cannot write %1: the folder %2 does not exist")
                               .arg(m_path, QDir::toNativeSeparators(folder)));
            return false;
        }
        auto file = std::make_unique<QSaveFile>(target.path);
        errno = 0;
        if (!file->open(WriteOnly)) {
            const int error = errno;
            return fail(error ? error : EACCES, file->errorString()); // QSaveFile refuses a read-only file itself
        }
        m_file = std::move(file);
    }
    return QIODevice::open(mode | Unbuffered);
}

bool OutputFile::isSequential() const
{
    return m_through;
}

qint64 OutputFile::readData(char *, qint64)
{
    return -1;
}

qint64 OutputFile::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    const qint64 written = m_file->write(data, size);
    if (written != size) {
        const int error = errno;
        fail(error, m_file->errorString());
        return -1;
    }
    return written;
}

bool OutputFile::commit()
{
    Q_ASSERT(isOpen());
    if (!m_failed) {
        errno = 0;
        bool ok = false;
        if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
            ok = save->commit();
        else
            ok = m_file->flush() && m_file->error() == QFileDevice::NoError;
        if (!ok) {
            const int error = errno;
            fail(error, m_file->errorString());
        }
    }
    close();
    return !m_failed;
}

void OutputFile::close()
{
    if (!isOpen())
        return;
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get()); save && save->isOpen())
        save->cancelWriting(); // not committed: the file stays as it was
    m_file.reset();
    QIODevice::close();
}

bool OutputFile::save(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFile file(path);
    if (!file.open(WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace chiso
