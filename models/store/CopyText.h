#pragma once

#include <QByteArray>
#include <QString>
#include <charconv>

namespace chiso {

/// Rows in PostgreSQL's COPY text format: fields separated by tabs, rows by line feeds, a
/// backslash before the characters that would end either, \N for NULL. Doubles as the shortest
/// text that reads back to the same value. A million rows go through here twice an import:
/// numbers are written straight into the buffer, and text a run of plain bytes at a time.
class CopyText
{
public:
    void field(qint64 value)
    {
        separate();
        char digits[24];
        m_bytes.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
    }
    void field(int value) { field(qint64(value)); }
    void field(double value)
    {
        separate();
        char digits[32]; // the shortest form that reads back the same, as PostgreSQL reads it
        m_bytes.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr - digits);
    }
    void field(const QString &value)
    {
        separate();
        const QByteArray utf8 = value.toUtf8();
        const char *plain = utf8.constData();
        const char *end = plain + utf8.size();
        for (const char *c = plain; c != end; ++c) {
            const char *escaped = *c == '\\' ? "\\\\" : *c == '\t' ? "\\t" : *c == '\n' ? "\\n" : *c == '\r' ? "\\r" : nullptr;
            if (!escaped)
                continue;
            m_bytes.append(plain, c - plain);
            m_bytes.append(escaped, 2);
            plain = c + 1;
        }
        m_bytes.append(plain, end - plain);
    }
    void nullField()
    {
        separate();
        m_bytes += "\\N";
    }
    void endRow()
    {
        m_bytes += '\n';
        m_first = true;
    }
    /// Rows already in this format, as they come (a row cut at the end goes on in the next).
    void rows(const QByteArray &text) { m_bytes += text; }
    /// The rest of this row, already in this format and ended: `fields` is another CopyText's
    /// row, put after the fields written so far.
    void endRowWith(const QByteArray &fields)
    {
        separate();
        m_bytes += fields;
        m_first = true;
    }
    const QByteArray &bytes() const { return m_bytes; }
    qsizetype size() const { return m_bytes.size(); }
    void clear() { m_bytes.clear(); }

private:
    void separate()
    {
        if (!m_first)
            m_bytes += '\t';
        m_first = false;
    }

    QByteArray m_bytes;
    bool m_first = true;
};

} // namespace chiso
