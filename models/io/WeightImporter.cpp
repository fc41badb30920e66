#include "WeightImporter.h"
#include "CsvReader.h"
#include "FigureCsvFormat.h"
#include "FileChecks.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <cerrno>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

enum Column { BasisColumn, Region, Year, Value, SourceUrl, SourceTitle, ColumnCount };


} // namespace

QStringList WeightImporter::columns()
{
    return {u"basis"_s, u"region"_s, u"year"_s, u"value"_s, u"source_url"_s, u"source_title"_s};
}

ImportReport WeightImporter::importFile(const QString &path)
{
    ImportReport report;
    const auto add = [&report](const ImportIssue &issue) { report.add(issue); };
    const auto refuse = [&](const QString &message) {
        add({path, 0, QString(), message, QString()});
        return report;
    };
    QFile file;
    if (const QString why = FileChecks::openForImport(path, file, QCoreApplication::translate("WeightImporter", "a CSV file of weights")); !why.isEmpty())
        return refuse(why);

    QStringList bases;
    for (const Indicator &indicator : m_store.indicators()) {
        if (!indicator.weightedBy.isEmpty() && !bases.contains(indicator.weightedBy))
            bases.append(indicator.weightedBy);
    }
    bases.sort();

    CsvReader reader(&file);
    QList<int> columnOf(ColumnCount, -1);
    int fieldCount = 0;
    bool header = true;
    QList<UnitWeight> weights;
    QHash<QString, qint64> lineOf; // basis|region|year -> line, for repeated lines
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
                    add({path, line, name, QCoreApplication::translate("WeightImporter", "unknown column; the columns are: %1").arg(columns().join(u", "_s)), QString()});
                else if (columnOf[column] >= 0)
                    add({path, line, name, QCoreApplication::translate("WeightImporter", "this column appears twice"), QString()});
                else
                    columnOf[column] = i;
            }
            for (int required : {BasisColumn, Region, Year, Value}) {
                if (columnOf[required] < 0)
                    add({path, line, QString(), QCoreApplication::translate("WeightImporter", "the header lacks the column '%1'; a header line is: %2").arg(columns().at(required), columns().join(u','))});
            }
            if (columnOf[SourceUrl] < 0 && columnOf[SourceTitle] < 0)
                add({path, line, QString(), QCoreApplication::translate("WeightImporter", "the header needs source_url or source_title: every weight says where it comes from"), QString()});
            if (report.issueCount > 0)
                return report;
            continue;
        }
        ++report.rows;
        if (int(fields.size()) != fieldCount) {
            add({path, line, QString(), QCoreApplication::translate("WeightImporter", "the line has %1 fields; the header has %2").arg(fields.size()).arg(fieldCount), QString()});
            continue;
        }
        const qint64 before = report.issueCount;
        const auto fail = [&](int column, const QString &message) { add({path, line, columns().at(column), message, QString()}); };
        const auto text = [&](int column) -> QString {
            const int index = columnOf.at(column);
            if (index < 0)
                return {};
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(fields[size_t(index)]);
            if (decoder.hasError()) {
                fail(column, QCoreApplication::translate("WeightImporter", "the text is not valid UTF-8: save the file as UTF-8 (in Excel: \"CSV UTF-8\")"));
                return {};
            }
            return FigureCsv::unguardFormula(decoded.trimmed());
        };
        UnitWeight weight;
        weight.basis = text(BasisColumn);
        if (!bases.contains(weight.basis))
            fail(BasisColumn, QCoreApplication::translate("WeightImporter", "expected one of %1 (what the indicators' shares are weighted by), found '%2'").arg(bases.join(u", "_s), weight.basis));
        bool yearOk = false;
        const QString yearText = text(Year);
        weight.year = yearText.toInt(&yearOk);
        if (!yearOk || weight.year < 1900 || weight.year > 2100) {
            fail(Year, QCoreApplication::translate("WeightImporter", "expected a year from 1900 to 2100, found '%1'").arg(yearText));
            yearOk = false;
        }
        weight.region = text(Region).toUpper();
        if (yearOk && !m_store.units().findInYear(weight.region, weight.year))
            fail(Region, QCoreApplication::translate("WeightImporter", "expected the code of a unit that existed in %1 (see chiso units), found '%2'").arg(weight.year).arg(weight.region));
        const QString valueText = text(Value);
        bool valueOk = false;
        weight.value = valueText.toDouble(&valueOk);
        if (!valueOk || !std::isfinite(weight.value) || weight.value <= 0 || valueText.contains(u','))
            fail(Value, QCoreApplication::translate("WeightImporter", "expected a number above 0 with '.' as decimal point and no thousands separator, found '%1'").arg(valueText));
        weight.source.url = text(SourceUrl);
        weight.source.title = text(SourceTitle);
        if (weight.source.key().isEmpty())
            fail(columnOf[SourceUrl] >= 0 ? SourceUrl : SourceTitle, QCoreApplication::translate("WeightImporter", "the source is missing: give its address or title"));
        if (report.issueCount != before)
            continue;
        const QString key = u"%1|%2|%3"_s.arg(weight.basis, weight.region).arg(weight.year);
        if (const auto earlier = lineOf.constFind(key); earlier != lineOf.constEnd()) {
            fail(Region, QCoreApplication::translate("WeightImporter", "line %1 already gives the %2 of %3 in %4").arg(*earlier).arg(weight.basis, weight.region).arg(weight.year));
            continue;
        }
        lineOf.insert(key, line);
        weights.append(weight);
    }
    if (!reader.error().isEmpty())
        add({path, reader.line(), QString(), reader.error(), QString()});
    else if (header)
        add({path, 0, QString(), QCoreApplication::translate("WeightImporter", "the file is empty; the first line is the header: %1").arg(columns().join(u','))});
    else if (report.rows == 0)
        add({path, 1, QString(), QCoreApplication::translate("WeightImporter", "the file holds only its header: no weight to import"), QString()});
    if (report.issueCount > 0)
        return report;
    m_store.saveUnitWeights(weights, QFileInfo(path).fileName());
    report.added = weights.size();
    return report;
}

} // namespace chiso
