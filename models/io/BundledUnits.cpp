#include "BundledUnits.h"
#include "CsvReader.h"
#include "store/Backend.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

[[noreturn]] void damaged(const QString &file, qint64 line)
{
    throw StoreError(QCoreApplication::translate("Store", "The bundled list of units (%1) is damaged at line %2.").arg(file).arg(line));
}

/// The rows of a bundled CSV file under its expected header.
QList<QStringList> readBundled(const QString &name, const QStringList &header)
{
    QFile file(u":/datasets/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "The bundled list of units (%1) is missing from this build.").arg(name));
    CsvReader reader(&file);
    QList<QStringList> rows;
    bool first = true;
    while (reader.next()) {
        QStringList fields;
        for (const QByteArray &field : reader.fields())
            fields.append(QString::fromUtf8(field));
        if (first) {
            first = false;
            if (fields != header)
                damaged(name, reader.line());
            continue;
        }
        if (fields.size() != header.size())
            damaged(name, reader.line());
        rows.append(fields);
    }
    if (!reader.error().isEmpty() || rows.isEmpty())
        damaged(name, reader.line());
    return rows;
}

QString dateText(const QDate &date)
{
    return date.isNull() ? u""_s : date.toString(Qt::ISODate);
}

} // namespace

QDate provinceMergerDate()
{
    return QDate(2025, 7, 1);
}

UnitCatalogue bundledUnitCatalogue()
{
    const QString oldFile = u"provinces-until-2025-06.csv"_s;
    const QString newFile = u"provinces-from-2025-07.csv"_s;
    const QDate since = provinceMergerDate();
    QList<ReportingUnit> units;
    units.append({u"VN"_s, u"Việt Nam"_s, u"Viet Nam"_s, UnitKind::Country, {}, {}, std::nullopt, std::nullopt});
    QList<UnitMerger> mergers;
    for (const QStringList &row : readBundled(oldFile, {u"code"_s, u"name_vi"_s, u"name_en"_s, u"merged_into_2025"_s})) {
        units.append({row[0], row[1], row[2], UnitKind::Province, {}, since.addDays(-1), std::nullopt, std::nullopt});
        mergers.append({row[0], row[3], since});
    }
    QHash<QString, QString> formedFrom; // old code -> new code, as the second file says
    qint64 line = 1;
    for (const QStringList &row : readBundled(newFile, {u"code"_s, u"name_vi"_s, u"name_en"_s, u"centre_lat"_s, u"centre_lon"_s, u"formed_from"_s})) {
        ++line;
        bool latOk = false;
        bool lonOk = false;
        const double lat = row[3].toDouble(&latOk);
        const double lon = row[4].toDouble(&lonOk);
        if (!latOk || !lonOk)
            damaged(newFile, line);
        units.append({row[0], row[1], row[2], UnitKind::Province, since, {}, lat, lon});
        for (const QString &old : row[5].split(u' ', Qt::SkipEmptyParts))
            formedFrom.insert(old, row[0]);
    }
    // The two files must tell the same mergers.
    if (formedFrom.size() != mergers.size())
        damaged(newFile, line);
    for (const UnitMerger &merger : mergers) {
        if (formedFrom.value(merger.oldCode) != merger.newCode)
            damaged(oldFile, 0);
    }
    return UnitCatalogue(units, mergers);
}

void insertUnits(Backend &backend, const QList<ReportingUnit> &units, const QList<UnitMerger> &mergers)
{
    const QString context = QCoreApplication::translate("Store", "Cannot store the units");
    QSqlQuery insert(backend.db());
    insert.prepare(u"INSERT INTO unit (code, valid_from, valid_until, kind, name_vi, name_en, centre_lat, centre_lon) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const ReportingUnit &unit : units) {
        insert.bindValue(0, unit.code);
        insert.bindValue(1, dateText(unit.validFrom));
        insert.bindValue(2, dateText(unit.validUntil));
        insert.bindValue(3, unitKindCode(unit.kind));
        insert.bindValue(4, unit.nameVi);
        insert.bindValue(5, unit.nameEn);
        insert.bindValue(6, unit.centreLat ? QVariant(*unit.centreLat) : QVariant(QMetaType(QMetaType::Double)));
        insert.bindValue(7, unit.centreLon ? QVariant(*unit.centreLon) : QVariant(QMetaType(QMetaType::Double)));
        if (!insert.exec())
            throw StoreError(backend.explain(insert.lastError(), context));
    }
    QSqlQuery merger(backend.db());
    merger.prepare(u"INSERT INTO unit_merger (old_code, new_code, since) VALUES (?, ?, ?)"_s);
    for (const UnitMerger &m : mergers) {
        merger.bindValue(0, m.oldCode);
        merger.bindValue(1, m.newCode);
        merger.bindValue(2, dateText(m.since));
        if (!merger.exec())
            throw StoreError(backend.explain(merger.lastError(), context));
    }
}

void installUnitCatalogue(Backend &backend)
{
    const UnitCatalogue catalogue = bundledUnitCatalogue();
    insertUnits(backend, catalogue.units(), catalogue.mergers());
    // Regions an older database's figures use that the catalogue does not know (a code of the
    // analyst's own, such as HN) become units of kind "other", named by their code, valid
    // always: every figure keeps a unit, and the list shows what to tidy.
    QSqlQuery legacy(backend.db());
    if (!legacy.exec(uR"(INSERT INTO unit (code, valid_from, valid_until, kind, name_vi, name_en)
                         SELECT r.region, '', '', 'other', r.region, r.region
                         FROM (SELECT region FROM observation UNION SELECT region FROM plan UNION SELECT region FROM claim) AS r
                         WHERE NOT EXISTS (SELECT 1 FROM unit AS u WHERE u.code = r.region))"_s))
        throw StoreError(backend.explain(legacy.lastError(), QCoreApplication::translate("Store", "Cannot store the units")));
}

} // namespace chiso
