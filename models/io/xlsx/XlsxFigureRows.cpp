#include "XlsxFigureRows.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "domain/FigureRules.h"
#include "io/FigureCsvFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

using Row = XlsxFigureRows::Row;
using OnRow = std::function<bool(Row &&)>;
using Progress = std::function<void(double)>;

enum class Layout { Unknown, Long, Template };

/// Looks at a sheet's first rows to tell the import format from the monthly template; false
/// with the reader's error when the sheet cannot be read. The import format: row 1 names
/// three or more of the import columns (the parser then says which are missing). The
/// template: its period in B2, or B2's label ("Period (YYYY-MM)") in A2, or an indicator
/// code in column A under its header, so that a form with a damaged period or code is
/// still taken for one and its problems named by cell.
bool layoutOf(XlsxReader &reader, int sheet, const QSet<QString> &codes, Layout *layout, QString *error)
{
    using namespace XlsxWriter::TemplateLayout;
    constexpr int lastRowLooked = firstIndicatorRow + 30;
    *layout = Layout::Unknown;
    return reader.readSheet(sheet, [&](int row, const QList<XlsxCell> &cells) {
        if (row > lastRowLooked)
            return false;
        if (row == 1) {
            const auto named = std::count_if(cells.begin(), cells.end(), [](const XlsxCell &c) {
                return FigureCsv::columns().contains(c.text.trimmed().toLower());
            });
            if (named >= 3) {
                *layout = Layout::Long;
                return false;
            }
        }
        for (const XlsxCell &c : cells) {
            const QString text = c.text.trimmed();
            if ((row == periodRow && c.column == 1 && YearMonth::parse(text))
                || (row == periodRow && c.column == 0 && text.contains(u"YYYY-MM"))
                || (row >= firstIndicatorRow && c.column == CodeColumn && codes.contains(text)))
                *layout = Layout::Template;
        }
        return *layout == Layout::Unknown;
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

/// One sheet being read into figure rows.
struct SheetInput {
    const QString &path;
    XlsxReader &reader;
    int sheet;
    QString name;

    QString place(int row, int column) const { return name + u'!' + XlsxReader::cellName(row, column); }
    /// A cell's text; a number in a column of dates is Excel's date serial, as LibreOffice
    /// and Excel save the dates they recognise in CSV files (issue 22.2), written YYYY-MM-DD.
    QString text(const XlsxCell &cell, bool dateColumn) const
    {
        const QDate date = dateColumn && cell.isNumber ? XlsxReader::dateOfSerial(cell.number, reader.usesDates1904()) : QDate();
        return date.isValid() ? date.toString(Qt::ISODate) : cell.text;
    }
    /// The reader's error, where it applies.
    ImportIssue readerIssue(const QString &error) const { return {path, 0, QString(), error, reader.errorCell()}; }
};

/// A sheet in the import format: the CSV's columns, a figure a row.
QList<ImportIssue> readLong(const SheetInput &in, const QList<Indicator> &indicators, const OnRow &onRow, const Progress &progress)
{
    FigureCsvParser parser(in.path, indicators);
    QList<ImportIssue> fileIssues;
    QHash<QString, int> columnOfField;
    int dateColumn = -1;
    int width = 0;
    int rows = 0;
    bool haveHeader = false;
    QString error;
    const bool read = in.reader.readSheet(in.sheet, [&](int row, const QList<XlsxCell> &cells) {
        std::vector<QByteArray> fields;
        for (const XlsxCell &c : cells) {
            if (c.column >= int(fields.size()))
                fields.resize(size_t(c.column) + 1);
            fields[size_t(c.column)] = in.text(c, c.column == dateColumn).toUtf8();
        }
        if (!haveHeader) {
            haveHeader = true;
            width = int(fields.size());
            for (int c = 0; c < width; ++c)
                columnOfField.insert(QString::fromUtf8(fields[size_t(c)]).trimmed().toLower(), c);
            dateColumn = columnOfField.value(u"source_date"_s, -1);
            QList<ImportIssue> issues;
            if (!parser.readHeader(fields, row, issues)) {
                for (ImportIssue &issue : issues) {
                    issue.cell = in.place(row, std::max(0, int(columnOfField.value(issue.field, 0))));
                    fileIssues.append(issue);
                }
                return false;
            }
            return true;
        }
        fields.resize(size_t(std::max(width, int(fields.size()))));
        if (int(fields.size()) > width) {
            Row r{row, in.place(row, width), std::nullopt,
                  {{in.path, row, QString(), QCoreApplication::translate("Xlsx", "a cell stands right of the last column of the header"),
                    in.place(row, width)}}};
            return onRow(std::move(r));
        }
        ++rows;
        Row r;
        r.line = row;
        r.cell = in.place(row, columnOfField.value(u"value"_s, 0));
        r.figure = parser.readRecord(fields, row, r.issues);
        for (ImportIssue &issue : r.issues)
            issue.cell = in.place(row, columnOfField.value(issue.field, 0));
        return onRow(std::move(r));
    }, &error, progress);
    if (!read)
        fileIssues.append(in.readerIssue(error));
    else if (rows == 0 && fileIssues.isEmpty())
        fileIssues.append({in.path, 0, QString(), QCoreApplication::translate("Xlsx", "the sheet '%1' has a header but no figures").arg(in.name),
                           QString()});
    return fileIssues;
}

/// The monthly template: period and source at the top, a row per indicator.
QList<ImportIssue> readTemplate(const SheetInput &in, const QList<Indicator> &indicators, const OnRow &onRow, const Progress &progress,
                                std::optional<XlsxFigureRows::Form> *form)
{
    using namespace XlsxWriter::TemplateLayout;
    QHash<QString, const Indicator *> known;
    for (const Indicator &i : indicators)
        known.insert(i.code, &i);
    QList<ImportIssue> fileIssues;
    std::optional<YearMonth> period;
    QString periodText;
    Source source;
    QString region = u"VN"_s; // a form made before the region row, or left empty: the country
    bool sawSourceRow = false;
    QString mark; // a unit's form: "chiso-unit-form CODE YYYY-MM"
    int rows = 0;
    QString error;
    const bool read = in.reader.readSheet(in.sheet, [&](int row, const QList<XlsxCell> &cells) {
        QHash<int, XlsxCell> byColumn;
        for (const XlsxCell &c : cells)
            byColumn.insert(c.column, c);
        if (row == markRow)
            mark = byColumn.value(markColumn).text.trimmed();
        if (row == periodRow) {
            // A month typed into Excel becomes a date, its first day.
            const XlsxCell cell = byColumn.value(1);
            const QDate day = cell.isNumber ? XlsxReader::dateOfSerial(cell.number, in.reader.usesDates1904()) : QDate();
            periodText = day.isValid() ? day.toString(u"yyyy-MM"_s) : cell.text.trimmed();
            period = YearMonth::parse(periodText);
            return true;
        }
        if (row == sourceRow) {
            sawSourceRow = true;
            source.title = byColumn.value(1).text.trimmed();
            if (source.title.isEmpty())
                fileIssues.append({in.path, row, QString(),
                                   QCoreApplication::translate("Xlsx", "every figure needs its source: fill in the source cell"), in.place(row, 1)});
            else if (const QString problem = FigureCsv::textLengthProblem(source.title); !problem.isEmpty())
                fileIssues.append({in.path, row, u"source_title"_s, problem, in.place(row, 1)});
            return true;
        }
        if (row == regionRow) {
            const QString code = byColumn.value(1).text.trimmed();
            if (const auto normalized = normalizedRegion(code); normalized || code.isEmpty())
                region = normalized.value_or(u"VN"_s);
            else
                fileIssues.append({in.path, row, u"region"_s,
                                   QCoreApplication::translate("Xlsx", "expected a region code of letters and digits such as VN, found '%1'").arg(code),
                                   in.place(row, 1)});
            return true;
        }
        if (row < firstIndicatorRow)
            return true;
        const QString code = byColumn.value(CodeColumn).text.trimmed();
        const Indicator *indicator = known.value(code);
        if (!indicator) {
            const bool figuresBesideIt = std::any_of(byColumn.keyBegin(), byColumn.keyEnd(), [](int c) { return c >= ValueColumn; });
            if (code.isEmpty() && !figuresBesideIt)
                return true; // a row of names or notes, or an empty one
            Row r;
            r.line = row;
            r.cell = in.place(row, CodeColumn);
            r.issues.append({in.path, row, u"indicator"_s,
                             code.isEmpty() ? QCoreApplication::translate("Xlsx", "the indicator's code is missing: its figures cannot be placed")
                                            : QCoreApplication::translate("Xlsx", "unknown indicator code '%1'").arg(code),
                             r.cell});
            return onRow(std::move(r));
        }
        struct Entry { int column; RecordKind kind; int yearOffset; };
        for (const Entry &e : {Entry{ValueColumn, RecordKind::Value, 0}, Entry{LastYearColumn, RecordKind::Value, -1},
                               Entry{StatedGrowthColumn, RecordKind::StatedGrowth, 0}, Entry{StatedShareColumn, RecordKind::StatedShare, 0}}) {
            if (!byColumn.contains(e.column))
                continue;
            ++rows;
            Row r;
            r.line = row;
            r.cell = in.place(row, e.column);
            const XlsxCell &cell = byColumn[e.column];
            const auto value = cellNumber(cell);
            if (!value) {
                r.issues.append({in.path, row, u"value"_s, QCoreApplication::translate("Xlsx", "expected a number, found '%1'").arg(cell.text),
                                 r.cell});
            } else if (const QString problem = valueProblem(indicator, e.kind, *value, cell.text); !problem.isEmpty()) {
                r.issues.append({in.path, row, u"value"_s, problem, r.cell});
            } else if (period && !source.title.isEmpty()) {
                Figure f;
                f.kind = e.kind;
                f.indicator = code;
                f.region = region;
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
        fileIssues.append(in.readerIssue(error));
    if (!sawSourceRow) // a row deleted above the table: the layout cannot be trusted
        fileIssues.append({in.path, sourceRow, QString(),
                           QCoreApplication::translate("Xlsx", "every figure needs its source: fill in the source cell"), in.place(sourceRow, 1)});
    if (!period)
        fileIssues.append({in.path, periodRow, QString(),
                           periodText.isEmpty()
                               ? QCoreApplication::translate("Xlsx", "expected the period as YYYY-MM, such as 2024-06: the cell is empty")
                               : QCoreApplication::translate("Xlsx", "expected the period as YYYY-MM, such as 2024-06, found '%1'").arg(periodText),
                           in.place(periodRow, 1)});
    // A unit's form whose unit or month was changed would file its figures under another unit's
    // name or month: refused, saying which.
    const QStringList marked = mark.split(u' ', Qt::SkipEmptyParts);
    const bool unitForm = marked.size() == 3 && marked[0] == u"chiso-unit-form"_s;
    if (unitForm) {
        if (marked[1] != region)
            fileIssues.append({in.path, regionRow, u"region"_s,
                               QCoreApplication::translate("Xlsx", "this form was made for the unit %1, but this cell says %2: each unit "
                                                                   "fills its own form (chiso template --unit %2)")
                                   .arg(marked[1], region),
                               in.place(regionRow, 1)});
        if (period && marked[2] != period->toIsoString())
            fileIssues.append({in.path, periodRow, u"month"_s,
                               QCoreApplication::translate("Xlsx", "this form was made for %1, but this cell says %2: fill the form of "
                                                                   "that month (chiso template --unit %3 --year %4 --month %5)")
                                   .arg(marked[2], period->toIsoString(), marked[1])
                                   .arg(period->year)
                                   .arg(period->month),
                               in.place(periodRow, 1)});
    }
    if (form)
        *form = XlsxFigureRows::Form{region, period, unitForm};
    if (rows == 0 && fileIssues.isEmpty())
        fileIssues.append({in.path, 0, QString(), QCoreApplication::translate("Xlsx", "the template holds no figures yet"), QString()});
    return fileIssues;
}

} // namespace

QList<ImportIssue> XlsxFigureRows::read(const QString &path, const QList<Indicator> &indicators,
                                        const std::function<bool(Row &&)> &onRow, const std::function<void(double)> &progress,
                                        std::optional<Form> *form)
{
    XlsxReader reader;
    QString error;
    if (!reader.open(path, &error))
        return {{path, 0, QString(), error, QString()}};
    QSet<QString> codes;
    for (const Indicator &i : indicators)
        codes.insert(i.code);
    for (int sheet = 0; sheet < reader.sheetNames().size(); ++sheet) {
        Layout layout = Layout::Unknown;
        const SheetInput in{path, reader, sheet, reader.sheetNames().at(sheet)};
        if (!layoutOf(reader, sheet, codes, &layout, &error))
            return {in.readerIssue(error)};
        if (layout == Layout::Long)
            return readLong(in, indicators, onRow, progress);
        if (layout == Layout::Template)
            return readTemplate(in, indicators, onRow, progress, form);
    }
    return {{path, 0, QString(),
             QCoreApplication::translate("Xlsx", "no sheet holds figures: expected a header row with the import columns "
                                                 "(record, indicator, …) or the monthly template of 'chiso template'"),
             QString()}};
}

} // namespace chiso
