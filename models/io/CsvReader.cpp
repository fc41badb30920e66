#include "CsvReader.h"

#include <QCoreApplication>

namespace chiso {

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

bool CsvReader::readLine()
{
    // QIODevice::readLine() without a limit zero-fills a fresh buffer for every line; reading
    // into a reused one keeps the import's time in SQLite, where it belongs.
    m_lineBuffer.resize(0);
    char chunk[16384];
    for (;;) {
        const qint64 n = m_device->readLine(chunk, sizeof chunk);
        if (n <= 0)
            break;
        m_lineBuffer.append(chunk, n);
        if (chunk[n - 1] == '\n')
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
        else if (m_lineBuffer.startsWith("\xFF\xFE") || m_lineBuffer.startsWith("\xFE\xFF"))
            m_utf16 = true;
    }
    if (m_lineBuffer.contains('\0'))
        m_utf16 = true;
    return true;
}

bool CsvReader::next()
{
    m_fieldCount = 0;
    m_error.clear();
    if (m_utf16 && !m_atStart) { // found inside the previous record's quoted line break
        m_recordLine = m_nextLine;
        m_error = QCoreApplication::translate("CsvReader", "the file is not UTF-8 (it looks like UTF-16): save it as UTF-8");
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
    if (m_utf16) {
        m_error = QCoreApplication::translate("CsvReader", "the file is not UTF-8 (it looks like UTF-16): save it as UTF-8");
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
            if (m_utf16) {
                m_error = QCoreApplication::translate("CsvReader", "the file is not UTF-8 (it looks like UTF-16): save it as UTF-8");
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
        } else if (c == '\n' || (c == '\r' && i + 1 < size && data[i + 1] == '\n')) {
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
