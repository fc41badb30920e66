#pragma once

#include <QByteArray>
#include <QIODevice>
#include <vector>

namespace chiso {

/// Reads RFC 4180 CSV records from a device, one at a time, keeping the line each starts on.
/// Quoted fields may hold commas, doubled quotes and line breaks; LF and CRLF both end a
/// record, and so does CR in a file whose lines end in CR alone (old Mac); a UTF-8
/// byte-order mark at the start is skipped. What is not UTF-8 text is named: UTF-16, UTF-32,
/// a zip archive (a workbook renamed .csv), a NUL byte in the text. Fields stay raw bytes: decoding
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
    /// True if the input starts as UTF-16 text does (with or without a byte-order mark).
    bool looksLikeUtf16() const { return m_problem == Problem::Utf16; }
    /// Bytes consumed so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// The longest record accepted: nothing a figure needs comes close.
    static constexpr qsizetype maxLineBytes = qsizetype(4) << 20;

private:
    enum class Problem { None, Utf16, Utf32, Zip, NulByte };

    /// Looks at the first bytes without consuming them: encoding, zip, CR-only line ends.
    void lookAtStart();
    bool readLine();
    QString problemMessage() const;

    QIODevice *m_device;
    QByteArray m_lineBuffer;
    std::vector<QByteArray> m_fields; // their buffers are reused from record to record
    size_t m_fieldCount = 0;
    QString m_error;
    qint64 m_nextLine = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_crOnly = false;   ///< lines end in CR alone
    Problem m_problem = Problem::None;
    qint64 m_nulLine = 0;
    bool m_tooLong = false;
};

} // namespace chiso
