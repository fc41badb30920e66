#include "KpiTableModel.h"
#include "check/FindingText.h"
#include "report/KpiReportWriter.h"
#include "session/Analysis.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso {

KpiTableModel::KpiTableModel(Analysis &analysis, QObject *parent)
    : QAbstractTableModel(parent), m_analysis(analysis), m_format(Language::English)
{
    connect(&analysis, &Analysis::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void KpiTableModel::setLanguage(Language language)
{
    beginResetModel();
    m_format = Formatter(language);
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_analysis.kpis().rows.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const KpiReport &report = m_analysis.kpis();
    const KpiRow &row = report.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = KpiReportWriter::cells(row, report, m_format).value(index.column());
        if (index.column() == Value && !row.otherValues.isEmpty())
            text += u" *"_s;
        return text;
    }
    case Qt::ToolTipRole:
        if (index.column() == Value || index.column() == Name) {
            QString tip = KpiReportWriter::sourceDescription(row, m_format);
            for (const Finding &f : m_analysis.openFindings(row.indicator.code))
                tip += u"\n⚠ "_s + FindingText::explanation(f, row.indicator, m_format);
            return tip;
        }
        if (index.column() == LastYear || index.column() == Growth || index.column() == Pace || index.column() == StatusColumn) {
            // The cells marked †: how the figure no source gives was derived.
            const QStringList notes = KpiReportWriter::derivedNotes(row, m_format);
            if (!notes.isEmpty())
                return Formatter::derivedMark() + u" "_s + notes.join(u"\n"_s);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Value && index.column() < StatusColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case Value: return row.current ? QVariant(row.current->value) : QVariant();
        case LastYear: return row.previous ? QVariant(row.previous->value) : QVariant();
        case Growth: return row.growth ? QVariant(row.growth->value) : QVariant();
        case StatedGrowth: return row.statedGrowth ? QVariant(row.statedGrowth->value) : QVariant();
        case Plan: return row.plan ? QVariant(row.plan->value) : QVariant();
        case Share: return row.share ? QVariant(*row.share) : QVariant();
        case StatedShare: return row.statedShare ? QVariant(row.statedShare->value) : QVariant();
        case Pace: return row.pace ? QVariant(row.pace->expectedShare) : QVariant();
        case StatusColumn: return int(row.status);
        default: return row.indicator.name(m_format.language());
        }
    case StatusRole:
        return int(row.status);
    case DisputedRole:
        return !row.otherValues.isEmpty();
    case OpenFindingsRole:
        return int(m_analysis.openFindings(row.indicator.code).size());
    case IndicatorCodeRole:
        return row.indicator.code;
    case SourceRole:
        return KpiReportWriter::sourceDescription(row, m_format);
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return KpiReportWriter::headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString KpiTableModel::toTabSeparated(const QModelIndexList &indexes) const
{
    QList<int> rows;
    QList<int> columns;
    for (const QModelIndex &index : indexes) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(index.column()))
            columns.append(index.column());
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    auto clean = [](QString text) { return text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (int column : std::as_const(columns))
        header.append(clean(headerData(column, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char('\t')));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells.append(clean(data(index(row, column)).toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace chiso
