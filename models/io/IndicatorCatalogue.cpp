#include "IndicatorCatalogue.h"
#include "store/Backend.h"
#include "CsvReader.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace chiso {

QList<Indicator> bundledIndicatorCatalogue()
{
    const QString path = u":/datasets/indicators.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "The indicator catalogue is missing from this build."));
    CsvReader reader(&file);
    const QStringList expected = {u"code"_s, u"kind"_s, u"unit"_s, u"name_vi"_s, u"name_en"_s,
                                  u"unit_vi"_s, u"unit_en"_s, u"decimals"_s, u"sort_order"_s, u"weighted_by"_s};
    QList<Indicator> catalogue;
    bool header = true;
    while (reader.next()) {
        QStringList fields;
        for (const QByteArray &field : reader.fields())
            fields.append(QString::fromUtf8(field));
        if (header) {
            header = false;
            if (fields != expected)
                break;
            continue;
        }
        Indicator indicator;
        const auto kind = indicatorKindFromCode(fields.value(1));
        const auto unit = unitFromCode(fields.value(2));
        if (fields.size() != expected.size() || !kind || !unit)
            throw StoreError(QCoreApplication::translate("Store", "The indicator catalogue is damaged at line %1.")
                                 .arg(reader.line()));
        indicator.code = fields[0];
        indicator.kind = *kind;
        indicator.unit = *unit;
        indicator.nameVi = fields[3];
        indicator.nameEn = fields[4];
        indicator.unitVi = fields[5];
        indicator.unitEn = fields[6];
        indicator.decimals = fields[7].toInt();
        indicator.sortOrder = fields[8].toInt();
        indicator.weightedBy = fields[9];
        catalogue.append(indicator);
    }
    if (catalogue.isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "The indicator catalogue is damaged at line %1.")
                             .arg(reader.line()));
    return catalogue;
}

void installIndicatorCatalogue(Backend &backend)
{
    QList<Indicator> catalogue = bundledIndicatorCatalogue();
    // Write only when this build knows indicators the database lacks: opening a database
    // must not need the write lock another program may hold.
    QSqlQuery existing(backend.db());
    if (existing.exec(u"SELECT code FROM indicator"_s)) {
        QStringList codes;
        while (existing.next())
            codes.append(existing.value(0).toString());
        catalogue.removeIf([&codes](const Indicator &i) { return codes.contains(i.code); });
    }
    if (catalogue.isEmpty())
        return;
    const QString context = QCoreApplication::translate("Store", "Cannot store the indicator catalogue");
    backend.beginWrite();
    QSqlQuery query(backend.db());
    query.prepare(u"INSERT INTO indicator (code, kind, unit, name_vi, name_en, unit_vi, unit_en, decimals, sort_order, weighted_by) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"_s);
    for (const Indicator &indicator : catalogue) {
        query.bindValue(0, indicator.code);
        query.bindValue(1, indicatorKindCode(indicator.kind));
        query.bindValue(2, unitCode(indicator.unit));
        query.bindValue(3, indicator.nameVi);
        query.bindValue(4, indicator.nameEn);
        query.bindValue(5, indicator.unitVi);
        query.bindValue(6, indicator.unitEn);
        query.bindValue(7, indicator.decimals);
        query.bindValue(8, indicator.sortOrder);
        query.bindValue(9, indicator.weightedBy);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            backend.rollback();
            throw StoreError(backend.explain(error, context));
        }
    }
    backend.commit();
}

} // namespace chiso
