#include "CsvReader.h"

#include <QCoreApplication>

namespace chiso {

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
}

bool CsvReader::readLine()
{
    m_lineBuffer = m_device->readLine();
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
    m_fields.clear();
    m_error.clear();
    if (m_utf16 || !readLine())
        return false;
    if (m_utf16) {
        m_recordLine = m_nextLine;
        m_error = QCoreApplication::translate("CsvReader", "the file is not UTF-8 (it looks like UTF-16): save it as UTF-8");
        return false;
    }
    m_recordLine = m_nextLine++;

    QByteArray field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field began with a quote
    qsizetype i = 0;
    for (;;) {
        if (i >= m_lineBuffer.size()) {
            if (!quoted)
                break;
            // A quoted field goes on over the line break.
            if (!readLine()) {
                m_error = QCoreApplication::translate("CsvReader", "a quoted field is not closed before the end of the file");
                return false;
            }
            ++m_nextLine;
            i = 0;
            continue;
        }
        const char c = m_lineBuffer.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < m_lineBuffer.size() && m_lineBuffer.at(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            field.append(c);
            ++i;
            continue;
        }
        if (c == ',') {
            m_fields.push_back(field);
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == '\n' || (c == '\r' && i + 1 < m_lineBuffer.size() && m_lineBuffer.at(i + 1) == '\n')) {
            break;
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted) {
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
            field.append(c);
            ++i;
        }
    }
    m_fields.push_back(field);
    return true;
}

} // namespace chiso
