#pragma once

#include <QFileDevice>
#include <QIODevice>
#include <QString>
#include <memory>

namespace chiso {

/// A file the user named for output (`-o`, a save dialog): every writer of such a file goes
/// through here, so that all of them treat odd targets alike.
///
/// - A regular file, or a new path, is written atomically (QSaveFile): whole or untouched.
/// - A symbolic link is followed: its target is written, and the link stays a link.
/// - A device, a FIFO, or /dev/stdout and its kin (/proc/self/fd/N, /dev/fd/N) cannot be
///   renamed over without destroying them, so they are written straight through; every write
///   and the final flush are checked, so a full device fails rather than "succeeds".
///
/// Used as QSaveFile is: open(QIODevice::WriteOnly), write, commit(); on failure
/// errorString() is the whole message, naming the file and the cause.
class OutputFile : public QIODevice
{
public:
    explicit OutputFile(const QString &path);
    /// Without commit(), a regular file is left as it was.
    ~OutputFile() override;

    /// Only WriteOnly is supported.
    bool open(OpenMode mode) override;
    /// Finishes the file; false (errorString() says why) if anything failed.
    bool commit();
    /// True when the target is written straight through (a device, FIFO or stream).
    bool writesThrough() const { return m_through; }
    bool isSequential() const override;

    /// Opens, writes `bytes`, commits; false with the message in *error.
    static bool save(const QString &path, const QByteArray &bytes, QString *error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool fail(int error, const QString &fallback);
    void close() override;

    QString m_path; ///< as the user named it, for messages
    std::unique_ptr<QFileDevice> m_file;
    bool m_through = false;
    bool m_failed = false;
};

} // namespace chiso
