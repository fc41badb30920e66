#pragma once

#include <QByteArray>
#include <QIODevice>
#include <vector>

namespace chiso {

/// Reads RFC 4180 CSV records from a device, one at a time, keeping the line each starts on.
/// Quoted fields may hold commas, doubled quotes and line breaks; LF and CRLF both end a
/// record; a UTF-8 byte-order mark at the start is skipped. Fields stay raw bytes: decoding
/// and validation are the caller's, so that errors can name the field.
/// Written by hand because neither Qt nor Debian's well-kept C++ libraries offer a streaming
/// CSV reader that reports line numbers.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device);

    /// Reads the next record. False at the end of the input or on a malformed record
    /// (then error() says why and line() where).
    bool next();

    /// The fields of the current record (valid until the next call of next()).
    const std::vector<QByteArray> &fields() const { return m_fields; }
    /// The 1-based line on which the current record starts.
    qint64 line() const { return m_recordLine; }
    /// Non-empty after next() returned false because the input is malformed.
    const QString &error() const { return m_error; }
    /// True if the input starts with a UTF-16 or UTF-32 byte-order mark or holds NUL bytes.
    bool looksLikeUtf16() const { return m_utf16; }
    /// Bytes consumed so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// The longest record accepted: nothing a figure needs comes close.
    static constexpr qsizetype maxLineBytes = qsizetype(4) << 20;

private:
    bool readLine();

    QIODevice *m_device;
    QByteArray m_lineBuffer;
    std::vector<QByteArray> m_fields; // their buffers are reused from record to record
    size_t m_fieldCount = 0;
    QString m_error;
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_utf16 = false;
    bool m_tooLong = false;
};

} // namespace chiso
