#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace chiso {

/// Rows in PostgreSQL's COPY text format: fields separated by tabs, rows by line feeds, a
/// backslash before the characters that would end either, \N for NULL. Doubles as the shortest
/// text that reads back to the same value.
class CopyText
{
public:
    void field(qint64 value)
    {
        separate();
        m_bytes += QByteArray::number(value);
    }
    void field(int value) { field(qint64(value)); }
    void field(double value)
    {
        separate();
        m_bytes += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
    void field(const QString &value)
    {
        separate();
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '\\': m_bytes += "\\\\"; break;
            case '\t': m_bytes += "\\t"; break;
            case '\n': m_bytes += "\\n"; break;
            case '\r': m_bytes += "\\r"; break;
            default: m_bytes += c;
            }
        }
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
