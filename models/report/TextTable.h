#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace chiso {

/// A plain-text table with aligned columns, for terminals and logs.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void setRightAligned(const QSet<int> &columns) { m_rightAligned = columns; }
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    QString render() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    QSet<int> m_rightAligned;
};

} // namespace chiso
