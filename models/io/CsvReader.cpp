#include "CsvReader.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace chiso {

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

namespace {

/// Every `width`-byte unit of `head` has its one ASCII byte at `at` and zeros elsewhere: the
/// header line (plain ASCII) written as UTF-16 or UTF-32 without a byte-order mark.
bool asciiIn(const QByteArray &head, int width, int at)
{
    const qsizetype units = std::min<qsizetype>(head.size(), 64) / width;
    if (units < 2)
        return false;
    for (qsizetype u = 0; u < units; ++u) {
        for (int b = 0; b < width; ++b) {
            const char byte = head[u * width + b];
            if ((b == at) == (byte == 0))
                return false;
        }
    }
    return true;
}

} // namespace

void CsvReader::lookAtStart()
{
    const QByteArray head = m_device->peek(4096);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        m_problem = Problem::Zip;
    else if (head.startsWith(QByteArray("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArray("\0\0\xFE\xFF", 4))
             || asciiIn(head, 4, 0) || asciiIn(head, 4, 3))
        m_problem = Problem::Utf32;
    else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || asciiIn(head, 2, 0) || asciiIn(head, 2, 1))
        m_problem = Problem::Utf16;
    else
        m_crOnly = head.contains('\r') && !head.contains('\n');
}

bool CsvReader::readLine()
{
    // QIODevice::readLine() without a limit zero-fills a fresh buffer for every line; reading
    // into a reused one keeps the import's time in SQLite, where it belongs.
    m_lineBuffer.resize(0);
    char chunk[16384];
    const char end = m_crOnly ? '\r' : '\n';
    for (;;) {
        qint64 n = 0;
        if (!m_crOnly) {
            n = m_device->readLine(chunk, sizeof chunk);
        } else { // QIODevice reads lines up to LF only: find the CR, then take up to it
            n = m_device->peek(chunk, sizeof chunk);
            if (n > 0) {
                const void *cr = std::memchr(chunk, '\r', size_t(n));
                n = m_device->read(chunk, cr ? static_cast<const char *>(cr) - chunk + 1 : n);
            }
        }
        if (n <= 0)
            break;
        m_lineBuffer.append(chunk, n);
        if (chunk[n - 1] == end)
            break;
        if (m_lineBuffer.size() > maxLineBytes) { // a binary or runaway file: stop before memory does
            m_tooLong = true;
            break;
        }
    }
    if (m_lineBuffer.isEmpty())
        return false;
    m_bytesRead += m_lineBuffer.size();
    if (m_atStart) {
        m_atStart = false;
        if (m_lineBuffer.startsWith("\xEF\xBB\xBF"))
            m_lineBuffer.remove(0, 3);
    }
    if (m_problem == Problem::None && m_lineBuffer.contains('\0')) {
        m_problem = Problem::NulByte;
        m_nulLine = m_nextLine; // the physical line just read (next() counts it after)
    }
    return true;
}

QString CsvReader::problemMessage() const
{
    switch (m_problem) {
    case Problem::Utf16:
        return QCoreApplication::translate("CsvReader", "the file is not UTF-8 (it looks like UTF-16): save it as UTF-8");
    case Problem::Utf32:
        return QCoreApplication::translate("CsvReader", "the file is not UTF-8 (it looks like UTF-32): save it as UTF-8");
    case Problem::Zip:
        return QCoreApplication::translate("CsvReader", "the file is a zip archive (an Excel workbook?): name it .xlsx, "
                                                        "or save it from Excel as CSV UTF-8");
    case Problem::NulByte:
        return QCoreApplication::translate("CsvReader", "the file holds a NUL byte at line %1, which text never has "
                                                        "(damaged, or not a text file): save it again as CSV UTF-8")
            .arg(m_nulLine);
    case Problem::None:
        break;
    }
    return {};
}

bool CsvReader::next()
{
    m_fieldCount = 0;
    m_error.clear();
    if (m_atStart) {
        lookAtStart();
        if (m_problem != Problem::None) { // not text at all: say so before reading a line of it
            m_recordLine = 1;
            m_error = problemMessage();
            return false;
        }
    } else if (m_problem != Problem::None) { // found inside the previous record's quoted line break
        m_recordLine = m_nextLine;
        m_error = problemMessage();
        return false;
    }
    if (!readLine())
        return false;
    m_recordLine = m_nextLine++;
    if (m_tooLong) {
        m_error = QCoreApplication::translate("CsvReader", "the line is longer than %1 MiB: this is not a CSV file of figures")
                      .arg(maxLineBytes >> 20);
        return false;
    }
    if (m_problem != Problem::None) {
        m_error = problemMessage();
        return false;
    }

    auto newField = [this]() -> QByteArray & {
        if (m_fieldCount == m_fields.size())
            m_fields.emplace_back();
        QByteArray &field = m_fields[m_fieldCount++];
        field.resize(0);
        return field;
    };
    QByteArray *field = &newField();
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field began with a quote
    qsizetype i = 0;
    for (;;) {
        const char *data = m_lineBuffer.constData();
        const qsizetype size = m_lineBuffer.size();
        if (i >= size) {
            if (!quoted)
                break;
            // A quoted field goes on over the line break.
            if (!readLine() || m_tooLong || field->size() > maxLineBytes) {
                m_tooLong = m_tooLong || field->size() > maxLineBytes;
                m_error = m_tooLong ? QCoreApplication::translate("CsvReader", "the line is longer than %1 MiB: this is not a CSV file of figures")
                                          .arg(maxLineBytes >> 20)
                                    : QCoreApplication::translate("CsvReader", "a quoted field is not closed before the end of the file");
                return false;
            }
            ++m_nextLine;
            i = 0;
            if (m_problem != Problem::None) {
                m_error = problemMessage();
                return false;
            }
            continue;
        }
        if (quoted) {
            // Copy up to the next quote in one go.
            qsizetype end = i;
            while (end < size && data[end] != '"')
                ++end;
            field->append(data + i, end - i);
            i = end;
            if (i >= size)
                continue;
            if (i + 1 < size && data[i + 1] == '"') {
                field->append('"');
                i += 2;
            } else {
                quoted = false;
                ++i;
            }
            continue;
        }
        const char c = data[i];
        if (c == ',') {
            field = &newField();
            wasQuoted = false;
            ++i;
        } else if (c == '\n' || (c == '\r' && ((i + 1 < size && data[i + 1] == '\n') || (m_crOnly && i + 1 == size)))) {
            break;
        } else if (c == '"') {
            if (!field->isEmpty() || wasQuoted) {
                m_error = QCoreApplication::translate("CsvReader", "a quote appears inside an unquoted field (quote the whole field and double the quote)");
                return false;
            }
            quoted = true;
            wasQuoted = true;
            ++i;
        } else {
            if (wasQuoted) {
                m_error = QCoreApplication::translate("CsvReader", "text follows the closing quote of a field");
                return false;
            }
            // Copy up to the next separator in one go.
            qsizetype end = i;
            while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r' && data[end] != '"')
                ++end;
            if (end == i)
                ++end; // a lone '\r' not followed by '\n' is data
            field->append(data + i, end - i);
            i = end;
        }
    }
    m_fields.resize(m_fieldCount);
    return true;
}

} // namespace chiso
