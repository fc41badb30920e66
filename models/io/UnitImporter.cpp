#include "UnitImporter.h"
#include "CsvReader.h"
#include "FigureCsvFormat.h"
#include "FileChecks.h"
#include "domain/FigureRules.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cerrno>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

enum Column { Code, NameVi, NameEn, Kind, ValidFrom, ValidUntil, CentreLat, CentreLon, Indicators, ColumnCount };

/// "1/7/2025 – " or "– 30/6/2025", for messages: the unit's period in the ISO form the file uses.
QString periodText(const ReportingUnit &unit)
{
    const QString from = unit.validFrom.isNull() ? QString() : unit.validFrom.toString(Qt::ISODate);
    const QString until = unit.validUntil.isNull() ? QString() : unit.validUntil.toString(Qt::ISODate);
    return from + u" … "_s + until;
}

/// One data line read into a unit, each problem named by its field.
class LineReader
{
public:
    LineReader(const QString &file, const QList<int> &columnOf, const QStringList &catalogue)
        : m_file(file), m_columnOf(columnOf), m_catalogue(catalogue)
    {
    }

    std::optional<ReportingUnit> read(const std::vector<QByteArray> &fields, qint64 line, QList<ImportIssue> &issues)
    {
        m_line = line;
        m_issues = &issues;
        const qsizetype before = issues.size();
        ReportingUnit unit;
        const QString code = text(fields, Code);
        if (const auto normalized = normalizedRegion(code))
            unit.code = *normalized;
        else
            fail(Code, QCoreApplication::translate("UnitImporter", "expected a code of 1 to 32 letters, digits, '_', '.' or '-' such as BTC or VNPT, found '%1'").arg(code));
        unit.nameVi = text(fields, NameVi);
        if (unit.nameVi.isEmpty())
            fail(NameVi, QCoreApplication::translate("UnitImporter", "the unit's Vietnamese name is missing"));
        unit.nameEn = text(fields, NameEn);
        if (unit.nameEn.isEmpty())
            fail(NameEn, QCoreApplication::translate("UnitImporter", "the unit's English name is missing"));
        const QString kind = text(fields, Kind);
        if (kind.isEmpty())
            unit.kind = UnitKind::Other;
        else if (const auto k = unitKindFromCode(kind))
            unit.kind = *k;
        else
            fail(Kind, QCoreApplication::translate("UnitImporter", "expected country, province or other, found '%1'").arg(kind));
        unit.validFrom = date(fields, ValidFrom);
        unit.validUntil = date(fields, ValidUntil);
        if (!unit.validFrom.isNull() && !unit.validUntil.isNull() && unit.validUntil < unit.validFrom)
            fail(ValidUntil, QCoreApplication::translate("UnitImporter", "the unit ends (%1) before it begins (%2)").arg(unit.validUntil.toString(Qt::ISODate), unit.validFrom.toString(Qt::ISODate)));
        unit.centreLat = degrees(fields, CentreLat, 90);
        unit.centreLon = degrees(fields, CentreLon, 180);
        if (unit.centreLat.has_value() != unit.centreLon.has_value() && issues.size() == before)
            fail(unit.centreLat ? CentreLon : CentreLat, QCoreApplication::translate("UnitImporter", "give both centre_lat and centre_lon, or neither"));
        for (const QString &code : text(fields, Indicators).split(QRegularExpression(u"[\\s;]+"_s), Qt::SkipEmptyParts)) {
            if (!m_catalogue.contains(code)) {
                fail(Indicators, QCoreApplication::translate("UnitImporter", "expected the codes of indicators the unit reports, separated by "
                                                                             "spaces (such as revenue workforce), found '%1'").arg(code));
                break;
            }
            if (!unit.indicators.contains(code))
                unit.indicators.append(code);
        }
        if (issues.size() != before)
            return std::nullopt;
        return unit;
    }

private:
    void fail(int column, const QString &message)
    {
        m_issues->append({m_file, m_line, UnitImporter::columns().at(column), message, QString()});
    }
    QString text(const std::vector<QByteArray> &fields, int column)
    {
        const int index = m_columnOf.at(column);
        if (index < 0)
            return {};
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(fields[size_t(index)]);
        if (decoder.hasError()) {
            fail(column, QCoreApplication::translate("UnitImporter", "the text is not valid UTF-8: save the file as UTF-8 (in Excel: \"CSV UTF-8\")"));
            return {};
        }
        const QString trimmed = FigureCsv::unguardFormula(decoded.trimmed());
        if (const QString problem = FigureCsv::textLengthProblem(trimmed); !problem.isEmpty()) {
            fail(column, problem);
            return {};
        }
        return trimmed;
    }
    QDate date(const std::vector<QByteArray> &fields, int column)
    {
        const QString value = text(fields, column);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, u"yyyy-MM-dd"_s);
        if (!date.isValid() || date.year() < 1900 || date.year() > 2100)
            fail(column, QCoreApplication::translate("UnitImporter", "expected a date YYYY-MM-DD from 1900 to 2100, or nothing for an open end, found '%1'").arg(value));
        return date;
    }
    std::optional<double> degrees(const std::vector<QByteArray> &fields, int column, double limit)
    {
        const QString value = text(fields, column);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number) || std::abs(number) > limit || value.contains(u',')) {
            fail(column, QCoreApplication::translate("UnitImporter", "expected degrees from %1 to %2 with '.' as decimal point, found '%3'")
                             .arg(-limit).arg(limit).arg(value));
            return std::nullopt;
        }
        return number;
    }

    QString m_file;
    QList<int> m_columnOf;
    QStringList m_catalogue; ///< the indicator codes a unit may report
    qint64 m_line = 0;
    QList<ImportIssue> *m_issues = nullptr;
};

} // namespace

QStringList UnitImporter::columns()
{
    return {u"code"_s, u"name_vi"_s, u"name_en"_s, u"kind"_s, u"valid_from"_s, u"valid_until"_s, u"centre_lat"_s, u"centre_lon"_s,
            u"indicators"_s};
}

ImportReport UnitImporter::importFile(const QString &path)
{
    ImportReport report;
    const auto add = [&report](const ImportIssue &issue) { report.add(issue); };
    const auto refuse = [&](const QString &message) {
        add({path, 0, QString(), message, QString()});
        return report;
    };
    QFile file;
    if (const QString why = FileChecks::openForImport(path, file, QCoreApplication::translate("UnitImporter", "a CSV file of units")); !why.isEmpty())
        return refuse(why);
    if (QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return refuse(QCoreApplication::translate("UnitImporter", "units are imported from CSV: save the sheet as \"CSV UTF-8\""));

    CsvReader reader(&file);
    QList<int> columnOf(ColumnCount, -1);
    int fieldCount = 0;
    bool header = true;
    std::optional<LineReader> lines;
    QList<ReportingUnit> added;
    QHash<QString, qint64> lineOf; // code + start -> line, for repeated lines
    while (reader.next()) {
        const std::vector<QByteArray> &fields = reader.fields();
        const qint64 line = reader.line();
        if (header) {
            header = false;
            fieldCount = int(fields.size());
            for (int i = 0; i < fieldCount; ++i) {
                const QString name = QString::fromUtf8(fields[size_t(i)]).trimmed().toLower();
                const int column = int(columns().indexOf(name));
                if (column < 0)
                    add({path, line, name, QCoreApplication::translate("UnitImporter", "unknown column; the columns are: %1").arg(columns().join(u", "_s)), QString()});
                else if (columnOf[column] >= 0)
                    add({path, line, name, QCoreApplication::translate("UnitImporter", "this column appears twice"), QString()});
                else
                    columnOf[column] = i;
            }
            for (int required : {Code, NameVi, NameEn}) {
                if (columnOf[required] < 0)
                    add({path, line, QString(), QCoreApplication::translate("UnitImporter", "the header lacks the column '%1'; a header line is: %2").arg(columns().at(required), columns().join(u','))});
            }
            if (report.issueCount > 0)
                return report;
            QStringList catalogue;
            for (const Indicator &indicator : m_store.indicators()) {
                if (indicator.kind != IndicatorKind::MonthFlow)
                    catalogue.append(indicator.code);
            }
            lines.emplace(path, columnOf, catalogue);
            continue;
        }
        ++report.rows;
        if (int(fields.size()) != fieldCount) {
            add({path, line, QString(), QCoreApplication::translate("UnitImporter", "the line has %1 fields; the header has %2").arg(fields.size()).arg(fieldCount), QString()});
            continue;
        }
        QList<ImportIssue> issues;
        const std::optional<ReportingUnit> unit = lines->read(fields, line, issues);
        for (const ImportIssue &issue : issues)
            add(issue);
        if (!unit)
            continue;
        // The same unit as stored changes nothing; one of its code whose period meets a
        // stored unit's would make a figure's unit ambiguous.
        bool same = false;
        bool overlapping = false;
        for (const ReportingUnit *stored : m_store.units().withCode(unit->code)) {
            if (stored->validFrom == unit->validFrom && stored->validUntil == unit->validUntil && stored->nameVi == unit->nameVi
                && stored->nameEn == unit->nameEn && stored->kind == unit->kind && stored->centreLat == unit->centreLat
                && stored->centreLon == unit->centreLon && stored->indicators == unit->indicators) {
                same = true;
            } else if (stored->overlaps(*unit)) {
                add({path, line, u"code"_s,
                     QCoreApplication::translate("UnitImporter", "the code %1 is already the unit '%2' (%3); a unit of this code from %4 would overlap it: choose another code or period")
                         .arg(unit->code, stored->nameVi, periodText(*stored), periodText(*unit)),
                     QString()});
                overlapping = true;
                break;
            }
        }
        if (overlapping)
            continue;
        if (same) {
            ++report.unchanged;
            continue;
        }
        bool repeated = false;
        for (const ReportingUnit &earlier : added) {
            if (earlier.code == unit->code && earlier.overlaps(*unit)) {
                add({path, line, u"code"_s,
                     QCoreApplication::translate("UnitImporter", "line %1 already gives a unit of code %2 for this period").arg(lineOf.value(earlier.code + earlier.validFrom.toString(Qt::ISODate))).arg(unit->code),
                     QString()});
                repeated = true;
                break;
            }
        }
        if (repeated)
            continue;
        lineOf.insert(unit->code + unit->validFrom.toString(Qt::ISODate), line);
        added.append(*unit);
    }
    if (!reader.error().isEmpty())
        add({path, reader.line(), QString(), reader.error(), QString()});
    else if (header)
        add({path, 0, QString(), QCoreApplication::translate("UnitImporter", "the file is empty; the first line is the header: %1").arg(columns().join(u','))});
    else if (report.rows == 0)
        add({path, 1, QString(), QCoreApplication::translate("UnitImporter", "the file holds only its header: no unit to import"), QString()});
    if (report.issueCount > 0) {
        report.unchanged = 0;
        return report;
    }
    if (!added.isEmpty())
        m_store.addUnits(added);
    report.added = added.size();
    return report;
}

} // namespace chiso
