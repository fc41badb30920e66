#include "TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// Width on a terminal: characters after composition, so "ệ" written as e + marks counts once.
qsizetype displayWidth(const QString &text)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    return std::count_if(composed.cbegin(), composed.cend(), [](QChar c) {
        return !c.isLowSurrogate() && c.category() != QChar::Mark_NonSpacing;
    });
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

QString TextTable::render() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            const QString pad(widths[i] - displayWidth(cell), QLatin1Char(' '));
            if (i > 0)
                out += u"  "_s;
            out += m_rightAligned.contains(int(i)) ? pad + cell : cell + pad;
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, QChar(0x2500)));
    out += rule.join(u"  "_s) + QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace chiso
