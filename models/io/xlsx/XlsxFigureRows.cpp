#include "XlsxFigureRows.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "domain/FigureRules.h"
#include "io/FigureCsvFormat.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

enum class Layout { Unknown, Long, Template };

/// Looks at a sheet's first rows to tell the import format from the monthly template; false
/// with the reader's error when the sheet cannot be read.
bool layoutOf(XlsxReader &reader, int sheet, Layout *layout, QString *error)
{
    *layout = Layout::Unknown;
    return reader.readSheet(sheet, [&](int row, const QList<XlsxCell> &cells) {
        if (row == 1) {
            QStringList names;
            for (const XlsxCell &c : cells)
                names.append(c.text.trimmed().toLower());
            if (names.contains(u"record"_s) && names.contains(u"indicator"_s)) {
                *layout = Layout::Long;
                return false;
            }
        }
        if (row == XlsxWriter::TemplateLayout::periodRow) {
            for (const XlsxCell &c : cells) {
                if (c.column == 1 && YearMonth::parse(c.text))
                    *layout = Layout::Template;
            }
            return false;
        }
        return row < XlsxWriter::TemplateLayout::periodRow;
    }, error);
}

/// A number as a cell holds it: a number cell, or text that is a plain number.
std::optional<double> cellNumber(const XlsxCell &cell)
{
    if (cell.isNumber)
        return cell.number;
    bool ok = false;
    const double value = cell.text.trimmed().toDouble(&ok); // C locale: '.' decimal, no separators
    if (!ok || cell.text.contains(u','))
        return std::nullopt;
    return value;
}

} // namespace

QList<ImportIssue> XlsxFigureRows::read(const QString &path, const QList<Indicator> &indicators,
                                        const std::function<bool(Row &&)> &onRow, const std::function<void(double)> &progress)
{
    XlsxReader reader;
    QString error;
    if (!reader.open(path, &error))
        return {{path, 0, QString(), error, QString()}};
    auto readerIssue = [&]() { return ImportIssue{path, 0, QString(), error, reader.errorCell()}; };
    int sheet = -1;
    Layout layout = Layout::Unknown;
    for (int i = 0; i < reader.sheetNames().size() && sheet < 0; ++i) {
        if (!layoutOf(reader, i, &layout, &error))
            return {readerIssue()};
        if (layout != Layout::Unknown)
            sheet = i;
    }
    if (sheet < 0)
        return {{path, 0, QString(),
                 QCoreApplication::translate("Xlsx", "no sheet holds figures: expected a header row with the import columns "
                                                     "(record, indicator, …) or the monthly template of 'chiso template'"),
                 QString()}};
    const QString sheetName = reader.sheetNames().at(sheet);
    auto place = [&sheetName](int row, int column) { return sheetName + u'!' + XlsxReader::cellName(row, column); };
    QList<ImportIssue> fileIssues;
    int rows = 0;

    if (layout == Layout::Long) {
        FigureCsvParser parser(path, indicators);
        QHash<QString, int> columnOfField;
        int width = 0;
        bool haveHeader = false;
        const bool read = reader.readSheet(sheet, [&](int row, const QList<XlsxCell> &cells) {
            std::vector<QByteArray> fields;
            for (const XlsxCell &c : cells) {
                if (c.column >= int(fields.size()))
                    fields.resize(size_t(c.column) + 1);
                fields[size_t(c.column)] = c.text.toUtf8();
            }
            if (!haveHeader) {
                haveHeader = true;
                width = int(fields.size());
                for (int c = 0; c < width; ++c)
                    columnOfField.insert(QString::fromUtf8(fields[size_t(c)]).trimmed().toLower(), c);
                QList<ImportIssue> issues;
                if (!parser.readHeader(fields, row, issues)) {
                    for (ImportIssue &issue : issues) {
                        issue.cell = place(row, std::max(0, int(columnOfField.value(issue.field, 0))));
                        fileIssues.append(issue);
                    }
                    return false;
                }
                return true;
            }
            fields.resize(size_t(std::max(width, int(fields.size()))));
            if (int(fields.size()) > width) {
                Row r{row, place(row, width), std::nullopt,
                      {{path, row, QString(), QCoreApplication::translate("Xlsx", "a cell stands right of the last column of the header"),
                        place(row, width)}}};
                return onRow(std::move(r));
            }
            ++rows;
            Row r;
            r.line = row;
            r.cell = place(row, columnOfField.value(u"value"_s, 0));
            r.figure = parser.readRecord(fields, row, r.issues);
            for (ImportIssue &issue : r.issues)
                issue.cell = place(row, columnOfField.value(issue.field, 0));
            return onRow(std::move(r));
        }, &error, progress);
        if (!read)
            fileIssues.append(readerIssue());
        else if (rows == 0 && fileIssues.isEmpty())
            fileIssues.append({path, 0, QString(), QCoreApplication::translate("Xlsx", "the sheet '%1' has a header but no figures").arg(sheetName), QString()});
        return fileIssues;
    }

    // The monthly template: period and source at the top, a row per indicator.
    using namespace XlsxWriter::TemplateLayout;
    QHash<QString, const Indicator *> known;
    for (const Indicator &i : indicators)
        known.insert(i.code, &i);
    std::optional<YearMonth> period;
    Source source;
    bool sawSourceRow = false;
    const bool read = reader.readSheet(sheet, [&](int row, const QList<XlsxCell> &cells) {
        QHash<int, XlsxCell> byColumn;
        for (const XlsxCell &c : cells)
            byColumn.insert(c.column, c);
        if (row == periodRow) {
            period = YearMonth::parse(byColumn.value(1).text);
            return true;
        }
        if (row == sourceRow) {
            sawSourceRow = true;
            source.title = byColumn.value(1).text.trimmed();
            if (source.title.isEmpty())
                fileIssues.append({path, row, QString(), QCoreApplication::translate("Xlsx", "every figure needs its source: fill in the source cell"),
                                   place(row, 1)});
            else if (const QString problem = FigureCsv::textLengthProblem(source.title); !problem.isEmpty())
                fileIssues.append({path, row, u"source_title"_s, problem, place(row, 1)});
            return true;
        }
        if (row < firstIndicatorRow)
            return true;
        const QString code = byColumn.value(CodeColumn).text.trimmed();
        const Indicator *indicator = known.value(code);
        Row base;
        base.line = row;
        if (!indicator) {
            if (!code.isEmpty() || byColumn.size() > 1) {
                base.cell = place(row, CodeColumn);
                base.issues.append({path, row, u"indicator"_s,
                                    QCoreApplication::translate("Xlsx", "unknown indicator code '%1'").arg(code), base.cell});
                return onRow(std::move(base));
            }
            return true;
        }
        struct Entry { int column; RecordKind kind; int yearOffset; };
        for (const Entry &e : {Entry{ValueColumn, RecordKind::Value, 0}, Entry{LastYearColumn, RecordKind::Value, -1},
                               Entry{StatedGrowthColumn, RecordKind::StatedGrowth, 0}, Entry{StatedShareColumn, RecordKind::StatedShare, 0}}) {
            if (!byColumn.contains(e.column))
                continue;
            ++rows;
            Row r;
            r.line = row;
            r.cell = place(row, e.column);
            const XlsxCell &cell = byColumn[e.column];
            const auto value = cellNumber(cell);
            if (!value) {
                r.issues.append({path, row, u"value"_s,
                                 QCoreApplication::translate("Xlsx", "expected a number, found '%1'").arg(cell.text), r.cell});
            } else if (const QString problem = valueProblem(indicator, e.kind, *value, cell.text); !problem.isEmpty()) {
                r.issues.append({path, row, u"value"_s, problem, r.cell});
            } else if (period && !source.title.isEmpty()) {
                Figure f;
                f.kind = e.kind;
                f.indicator = code;
                f.region = u"VN"_s;
                f.year = period->year + e.yearOffset;
                f.month = period->month;
                f.value = *value;
                f.basis = e.kind == RecordKind::Value ? Basis::Estimate : Basis::None;
                f.source = source;
                r.figure = f;
            }
            if (!onRow(std::move(r)))
                return false;
        }
        return true;
    }, &error, progress);
    if (!read)
        fileIssues.append(readerIssue());
    if (!sawSourceRow) // a row deleted above the table: the layout cannot be trusted
        fileIssues.append({path, sourceRow, QString(), QCoreApplication::translate("Xlsx", "every figure needs its source: fill in the source cell"),
                           place(sourceRow, 1)});
    if (!period)
        fileIssues.append({path, periodRow, QString(), QCoreApplication::translate("Xlsx", "expected the period as YYYY-MM, such as 2024-06"),
                           place(periodRow, 1)});
    if (rows == 0 && fileIssues.isEmpty())
        fileIssues.append({path, 0, QString(), QCoreApplication::translate("Xlsx", "the template holds no figures yet"), QString()});
    return fileIssues;
}

} // namespace chiso
