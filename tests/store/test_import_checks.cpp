// What an import's rows must satisfy, checked once a month rather than by a trigger a row: a
// unit that existed in the figure's month, a month the office has not approved. On a file and,
// in the server run, on PostgreSQL; and every other writer is still refused by the database.
#include "TestDatabase.h"
#include "io/FigureImporter.h"
#include "store/FigureBatch.h"
#include "store/Review.h"
#include "store/StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";
constexpr YearMonth August{2025, 8};

Figure figure(const QString &region, RecordKind kind = RecordKind::Value, double value = 100)
{
    Figure f;
    f.kind = kind;
    f.indicator = u"revenue"_s;
    f.region = region;
    f.year = 2025;
    f.month = kind == RecordKind::Plan ? 12 : 8;
    f.value = value;
    f.basis = kind == RecordKind::Value ? Basis::Estimate : Basis::None;
    f.source.title = u"batch"_s;
    return f;
}

/// Adds the figures through an import's batch (past the importer's own checks, as a program
/// using the store would) and commits: the store's refusal, or empty if it was stored.
QString storeThroughBatch(Store &store, const QList<Figure> &figures)
{
    try {
        auto batch = store.beginImport(u"tester"_s, u"batch.csv"_s);
        qint64 line = 2;
        for (const Figure &f : figures)
            batch->add(f, line++, {});
        batch->settle(10);
        batch->commit();
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

/// Hà Nội's August 2025 imported, its form in and approved: the month is locked.
void lockHanoisAugust(TestDatabase &db)
{
    const QByteArray csv = header + "value,revenue,01,2025,8,5000,estimate,,Sở Hà Nội,,,\n";
    ASSERT_TRUE(FigureImporter(*db.store).importFile(db.write(u"hn.csv"_s, csv)).committed());
    db.store->recordSubmissions({{u"01"_s, August, QDateTime::currentDateTimeUtc(), u"so.hanoi"_s}}, u"form.xlsx"_s);
    ASSERT_EQ(db.store->review(u"01"_s, August, ReviewAction::Approve, {}), ReviewState::Approved);
}

const QString insertObservation = u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, quote, note, entry_id) "
                                  "SELECT 'profit', '%1', 2025, 8, 1, 'estimate', max(s.id), '', '', (SELECT max(id) FROM entry) FROM source AS s"_s;
const QString insertPlan = u"INSERT INTO plan (indicator, region, year, target, source_id, quote, note, entry_id) "
                           "SELECT 'profit', '%1', 2025, 1, max(s.id), '', '', (SELECT max(id) FROM entry) FROM source AS s"_s;
const QString insertClaim = u"INSERT INTO claim (indicator, region, year, month, kind, value, source_id, quote, note, entry_id) "
                            "SELECT 'profit', '%1', 2025, 8, 'growth', 1, max(s.id), '', '', (SELECT max(id) FROM entry) FROM source AS s"_s;

} // namespace

TEST(ImportChecks, AnImportOfAFigureOrPlanOfAUnitThatDidNotExistInItsPeriodIsRefusedWholeAndNothingIsStored)
{
    TestDatabase db(true);
    const QByteArray before = exportAll(*db.store);
    const QString refusedValue = storeThroughBatch(*db.store, {figure(u"01"_s), figure(u"ZZ"_s)});
    EXPECT_TRUE(refusedValue.contains(u"a row of observation refers to a unit that does not exist in its period"_s)) << refusedValue.toStdString();
    const QString refusedPlan = storeThroughBatch(*db.store, {figure(u"01"_s, RecordKind::Plan), figure(u"ZZ"_s, RecordKind::Plan)});
    EXPECT_TRUE(refusedPlan.contains(u"a row of plan refers to a unit that does not exist in its period"_s)) << refusedPlan.toStdString();
    const QString refusedClaim = storeThroughBatch(*db.store, {figure(u"ZZ"_s, RecordKind::StatedGrowth)});
    EXPECT_TRUE(refusedClaim.contains(u"a row of claim refers to a unit that does not exist in its period"_s)) << refusedClaim.toStdString();
    // Hải Dương (30) was merged into Hải Phòng in July 2025: its August is no month of it.
    Figure june = figure(u"30"_s);
    june.month = 6;
    EXPECT_TRUE(storeThroughBatch(*db.store, {june, figure(u"30"_s)}).contains(u"does not exist in its period"_s));
    EXPECT_EQ(exportAll(*db.store), before);
    // The same figures of units that exist in their months go in.
    EXPECT_EQ(storeThroughBatch(*db.store, {figure(u"01"_s), june, figure(u"79"_s), figure(u"01"_s, RecordKind::Plan)}), QString());
    EXPECT_NE(exportAll(*db.store), before);
}

TEST(ImportChecks, AnImportIntoAMonthApprovedAfterTheImporterReadTheLocksIsRefusedWhole)
{
    TestDatabase db(true);
    lockHanoisAugust(db);
    const QByteArray before = exportAll(*db.store);
    Figure profit = figure(u"01"_s);
    profit.indicator = u"profit"_s;
    const QString refused = storeThroughBatch(*db.store, {figure(u"79"_s), profit});
    EXPECT_TRUE(refused.contains(u"approved and locked"_s)) << refused.toStdString();
    EXPECT_TRUE(storeThroughBatch(*db.store, {figure(u"79"_s), figure(u"01"_s, RecordKind::StatedGrowth)}).contains(u"approved and locked"_s));
    EXPECT_EQ(exportAll(*db.store), before);
    // A plan has no month to lock; another unit's August is open.
    EXPECT_EQ(storeThroughBatch(*db.store, {figure(u"79"_s), figure(u"01"_s, RecordKind::Plan)}), QString());
}

TEST(ImportChecks, AfterAnImportAndARefusedOneEveryWriterIsStillRefusedAnUnknownUnitOrALockedMonth)
{
    TestDatabase db(true);
    lockHanoisAugust(db);
    EXPECT_EQ(storeThroughBatch(*db.store, {figure(u"79"_s)}), QString());
    EXPECT_FALSE(storeThroughBatch(*db.store, {figure(u"48"_s), figure(u"ZZ"_s)}).isEmpty());
    const QByteArray before = exportAll(*db.store);
    for (const QString &insert : {insertObservation, insertPlan, insertClaim}) {
        const QString unknown = rawSql(*db.store, insert.arg(u"ZZ"_s));
        EXPECT_TRUE(unknown.contains(u"refers to a unit that does not exist in its period"_s)) << unknown.toStdString();
    }
    for (const QString &insert : {insertObservation, insertClaim})
        EXPECT_TRUE(rawSql(*db.store, insert.arg(u"01"_s)).contains(u"approved and locked"_s));
    EXPECT_EQ(exportAll(*db.store), before);
    // What the rules allow still goes in, with its history.
    EXPECT_EQ(rawSql(*db.store, insertObservation.arg(u"48"_s)), QString());
}

TEST(ImportChecks, AUnitWithAGapInItsLifeTakesFiguresOnBothSidesOfTheGapAndRefusesOneInIt)
{
    TestDatabase db(true);
    // A unit that existed in 2020 and again from 2022: no single period of it covers an
    // import's first and last month, so its months are checked one by one.
    ASSERT_EQ(rawSql(*db.store, u"INSERT INTO unit (code, valid_from, valid_until, kind, name_vi, name_en) VALUES "
                                "('Q1', '2020-01-01', '2020-12-31', 'other', 'Q1', 'Q1'), ('Q1', '2022-01-01', '', 'other', 'Q1', 'Q1')"_s),
              QString());
    const auto in = [](int year) {
        Figure f = figure(u"Q1"_s);
        f.year = year;
        return f;
    };
    const QByteArray before = exportAll(*db.store);
    const QString refused = storeThroughBatch(*db.store, {in(2020), in(2021), in(2022)});
    EXPECT_TRUE(refused.contains(u"does not exist in its period"_s)) << refused.toStdString();
    EXPECT_EQ(exportAll(*db.store), before);
    EXPECT_EQ(storeThroughBatch(*db.store, {in(2020), in(2022), in(2024)}), QString());
    EXPECT_NE(exportAll(*db.store), before);
}
