// The catalogue of reporting units: what it holds, what it lets a figure's region be, and the
// office's own units added by import. Runs on a file and on the server.
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "io/FigureImporter.h"
#include "io/UnitImporter.h"
#include "store/DatabaseCopy.h"
#include "store/Schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Header = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";

QStringList issuesOf(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines.append(issue.toString());
    return lines;
}

} // namespace

TEST(Units, TheCatalogueHoldsTheCountryTheSixtyThreeProvincesTheThirtyFourAndTheirMergers)
{
    TestDatabase db(true);
    const UnitCatalogue &units = db.store->units();
    int country = 0, before = 0, after = 0;
    for (const ReportingUnit &unit : units.units()) {
        if (unit.kind == UnitKind::Country)
            ++country;
        else if (unit.validUntil == QDate(2025, 6, 30) && unit.validFrom.isNull())
            ++before;
        else if (unit.validFrom == QDate(2025, 7, 1) && unit.validUntil.isNull())
            ++after;
    }
    EXPECT_EQ(country, 1);
    EXPECT_EQ(before, 63);
    EXPECT_EQ(after, 34);
    EXPECT_EQ(units.units().size(), 98);
    EXPECT_EQ(units.mergers().size(), 63);

    // A code names a unit only with its period: 15 was Yên Bái and is Lào Cai.
    ASSERT_TRUE(units.find(u"15"_s, {2025, 6}));
    EXPECT_EQ(units.find(u"15"_s, {2025, 6})->nameVi, u"Yên Bái"_s);
    ASSERT_TRUE(units.find(u"15"_s, {2025, 7}));
    EXPECT_EQ(units.find(u"15"_s, {2025, 7})->nameVi, u"Lào Cai"_s);
    EXPECT_EQ(units.find(u"15"_s, {2025, 7})->nameEn, u"Lao Cai"_s);
    EXPECT_FALSE(units.find(u"02"_s, {2025, 7})); // Hà Giang went into Tuyên Quang
    ASSERT_TRUE(units.find(u"VN"_s, {1990, 1}));
    EXPECT_EQ(units.find(u"VN"_s, {2030, 1})->kind, UnitKind::Country);
    ASSERT_TRUE(units.find(u"01"_s, {2025, 7})->centreLat.has_value());
    EXPECT_DOUBLE_EQ(*units.find(u"01"_s, {2025, 7})->centreLat, 21.03);
    EXPECT_FALSE(units.find(u"01"_s, {2025, 6})->centreLat.has_value());

    QStringList laoCai;
    for (const UnitMerger &merger : units.formedFrom(u"15"_s))
        laoCai.append(merger.oldCode);
    EXPECT_EQ(laoCai, (QStringList{u"10"_s, u"15"_s}));
    QStringList hcmc;
    for (const UnitMerger &merger : units.formedFrom(u"79"_s))
        hcmc.append(merger.oldCode);
    EXPECT_EQ(hcmc, (QStringList{u"74"_s, u"77"_s, u"79"_s}));
    EXPECT_TRUE(units.formedFrom(u"01"_s).isEmpty()); // Hà Nội absorbed nobody
}

TEST(Units, AFigureOfAnUnknownUnitOrOfAUnitOutsideItsPeriodIsRefusedAtItsLine)
{
    TestDatabase db;
    const QByteArray before = exportAll(*db.store);
    const QString csv = db.write(u"units.csv"_s, Header
                                 + "value,revenue,02,2025,6,10,actual,https://so.vn/hg,,,,\n"      // Hà Giang in June: fine
                                   "value,revenue,02,2025,7,12,actual,https://so.vn/hg,,,,\n"      // gone in July
                                   "value,revenue,XX,2024,6,5,actual,https://so.vn/xx,,,,\n"       // never a unit
                                   "plan,revenue,02,2026,12,99,,https://so.vn/hg,,,,\n");          // nor in 2026
    const ImportReport report = FigureImporter(*db.store).importFile(csv);
    EXPECT_FALSE(report.committed());
    const QStringList issues = issuesOf(report);
    ASSERT_EQ(issues.size(), 3) << issues.join(u'\n').toStdString();
    EXPECT_TRUE(issues[0].startsWith(csv + u":3: region: in 7/2025 there was no unit 02: the code was Hà Giang ( … 2025-06-30)"_s))
        << issues[0].toStdString();
    EXPECT_TRUE(issues[1].startsWith(csv + u":4: region: 'XX' is not a unit of this database"_s)) << issues[1].toStdString();
    EXPECT_TRUE(issues[2].startsWith(csv + u":5: region: in 2026 there was no unit 02"_s)) << issues[2].toStdString();
    EXPECT_EQ(exportAll(*db.store), before);
}

TEST(Units, TheDatabaseItselfRefusesARegionThatIsNoUnitOfItsPeriod)
{
    // What psql or another tool writes, past the importer.
    TestDatabase db;
    QSqlQuery query(db.store->database());
    const QString insert = u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                           "VALUES ('revenue', ?, ?, ?, 1, 'actual', 1, 1)"_s;
    const auto stores = [&](const QString &region, int year, int month) {
        query.prepare(insert);
        query.bindValue(0, region);
        query.bindValue(1, year);
        query.bindValue(2, month);
        return query.exec();
    };
    EXPECT_FALSE(stores(u"XX"_s, 2024, 1));
    EXPECT_TRUE(query.lastError().text().contains(u"refers to a unit that does not exist in its period"_s)) << query.lastError().text().toStdString();
    EXPECT_FALSE(stores(u"02"_s, 2025, 7));
    EXPECT_TRUE(stores(u"02"_s, 2025, 6)) << query.lastError().text().toStdString();
    EXPECT_TRUE(stores(u"15"_s, 2025, 7)) << query.lastError().text().toStdString(); // Lào Cai
    EXPECT_FALSE(query.exec(u"UPDATE plan SET region = 'XX'"_s));
    EXPECT_FALSE(query.exec(u"UPDATE claim SET region = '02', year = 2030"_s));
    // A unit figures refer to may not go; one that none does may.
    EXPECT_FALSE(query.exec(u"DELETE FROM unit WHERE code = '02'"_s));
    EXPECT_TRUE(query.lastError().text().contains(u"figures still refer to a row of unit"_s)) << query.lastError().text().toStdString();
    EXPECT_FALSE(query.exec(u"UPDATE unit SET valid_until = '2025-05-31' WHERE code = '02'"_s));
    EXPECT_TRUE(query.exec(u"DELETE FROM unit WHERE code = '04'"_s)) << query.lastError().text().toStdString();
}

TEST(Units, TheOfficeAddsItsOwnUnitsByImportAndFiguresMayThenUseThem)
{
    TestDatabase db;
    const QString file = db.write(u"units.csv"_s, "code,name_vi,name_en,kind,valid_from,valid_until,centre_lat,centre_lon\n"
                                                  "cds,Cục Chuyển đổi số quốc gia,National Digital Transformation Agency,other,2025-03-01,,,\n"
                                                  "VNPT,Tập đoàn VNPT,VNPT Group,other,,,21.02,105.81\n");
    const ImportReport report = UnitImporter(*db.store).importFile(file);
    ASSERT_TRUE(report.committed()) << issuesOf(report).join(u'\n').toStdString();
    EXPECT_EQ(report.added, 2);
    ASSERT_TRUE(db.store->units().find(u"CDS"_s, {2025, 3}));
    EXPECT_EQ(db.store->units().find(u"CDS"_s, {2025, 3})->nameEn, u"National Digital Transformation Agency"_s);
    EXPECT_FALSE(db.store->units().find(u"CDS"_s, {2025, 2}));
    EXPECT_DOUBLE_EQ(*db.store->units().find(u"VNPT"_s, {2020, 1})->centreLon, 105.81);
    // Known to the next connection too, and the figures may now name them.
    auto again = Store::open(db.path());
    EXPECT_EQ(again->units().units().size(), 100);
    const ImportReport figures = FigureImporter(*again).importFile(
        db.write(u"f.csv"_s, Header + "value,revenue,VNPT,2024,6,100,actual,https://vnpt.vn,,,,\nvalue,revenue,CDS,2025,2,1,actual,https://cds.vn,,,,\n"));
    ASSERT_EQ(issuesOf(figures).size(), 1);
    EXPECT_TRUE(issuesOf(figures)[0].contains(u":3: region: in 2/2025 there was no unit CDS"_s)) << issuesOf(figures)[0].toStdString();
    // The same file again changes nothing.
    const ImportReport repeated = UnitImporter(*again).importFile(file);
    ASSERT_TRUE(repeated.committed());
    EXPECT_EQ(repeated.added, 0);
    EXPECT_EQ(repeated.unchanged, 2);
}

TEST(Units, ABadUnitsFileIsRefusedAtItsLinesAndNothingIsStored)
{
    TestDatabase db;
    const QString file = db.write(u"bad.csv"_s, "code,name_vi,name_en,kind,valid_from,valid_until,centre_lat,centre_lon\n"
                                                "OK1,Một,One,other,,,,\n"
                                                "B C,Hai,Two,other,,,,\n"
                                                "OK3,,Three,,,,,\n"
                                                "OK4,Bốn,Four,ministry,,,,\n"
                                                "OK5,Năm,Five,other,2025-13-01,,,\n"
                                                "OK6,Sáu,Six,other,2025-07-01,2025-06-30,,\n"
                                                "OK7,Bảy,Seven,other,,,91,105\n"
                                                "OK8,Tám,Eight,other,,,21.0,\n"
                                                "15,Lào Cai mới,New Lao Cai,province,2026-01-01,,,\n"
                                                "OK1,Một lần nữa,One again,other,,,,\n");
    const int before = int(db.store->units().units().size());
    const ImportReport report = UnitImporter(*db.store).importFile(file);
    EXPECT_FALSE(report.committed());
    const QStringList issues = issuesOf(report);
    const QStringList expected = {
        file + u":3: code: expected a code of 1 to 32 letters"_s,
        file + u":4: name_vi: the unit's Vietnamese name is missing"_s,
        file + u":5: kind: expected country, province or other, found 'ministry'"_s,
        file + u":6: valid_from: expected a date YYYY-MM-DD"_s,
        file + u":7: valid_until: the unit ends (2025-06-30) before it begins (2025-07-01)"_s,
        file + u":8: centre_lat: expected degrees from -90 to 90"_s,
        file + u":9: centre_lon: give both centre_lat and centre_lon, or neither"_s,
        file + u":10: code: the code 15 is already the unit 'Lào Cai' (2025-07-01 … )"_s,
        file + u":11: code: line 2 already gives a unit of code OK1 for this period"_s,
    };
    ASSERT_EQ(issues.size(), expected.size()) << issues.join(u'\n').toStdString();
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_TRUE(issues[i].startsWith(expected[i])) << issues[i].toStdString() << "\n expected " << expected[i].toStdString();
    EXPECT_EQ(db.store->units().units().size(), before);
    EXPECT_EQ(Store::open(db.path())->units().units().size(), before);

    const ImportReport header = UnitImporter(*db.store).importFile(db.write(u"h.csv"_s, "code,name,name_en\n"));
    ASSERT_FALSE(header.committed());
    EXPECT_TRUE(issuesOf(header).join(u'\n').contains(u":1: name: unknown column"_s)) << issuesOf(header).join(u'\n').toStdString();
}

TEST(Units, TheCommandListsTheUnitsInEitherLanguageAndImportsTheOfficesOwn)
{
    TestDatabase db(true);
    const QString path = db.path();
    db.store.reset();
    const ChisoRun english = runChiso({u"units"_s, u"--db"_s, path});
    ASSERT_EQ(english.exitCode, 0) << english.err.toStdString();
    EXPECT_TRUE(english.out.contains(u"Lao Cai"_s));
    EXPECT_TRUE(english.out.contains(u"98 units."_s)) << english.out.toStdString();
    // Lào Cai from 1 July 2025, formed from 10 and 15.
    EXPECT_TRUE(english.out.contains(QRegularExpression(u"\\n15 +Lao Cai +province +2025-07-01 +10 15\\n"_s))) << english.out.toStdString();
    EXPECT_TRUE(english.out.contains(QRegularExpression(u"\\n15 +Yen Bai +province +2025-06-30 *\\n"_s))) << english.out.toStdString();
    // runChiso speaks English: Vietnamese is asked of the program directly.
    QProcess vi;
    vi.start(QStringLiteral(CHISO_BINARY), {u"units"_s, u"--db"_s, path, u"--lang"_s, u"vi"_s});
    ASSERT_TRUE(vi.waitForFinished(60000));
    const QString vietnamese = QString::fromUtf8(vi.readAllStandardOutput());
    EXPECT_TRUE(vietnamese.contains(QRegularExpression(u"\\n15 +Lào Cai +tỉnh +2025-07-01 +10 15\\n"_s))) << vietnamese.toStdString();
    EXPECT_TRUE(vietnamese.contains(u"98 đơn vị."_s));

    const QString file = db.write(u"units.csv"_s, "code,name_vi,name_en\nBTC,Bộ Tài chính,Ministry of Finance\n");
    const ChisoRun added = runChiso({u"units"_s, u"import"_s, file, u"--db"_s, path});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(u"1 unit added"_s)) << added.out.toStdString();
    const QString bad = db.write(u"bad.csv"_s, "code,name_vi,name_en\nB T,x,y\n");
    const ChisoRun refused = runChiso({u"units"_s, u"import"_s, bad, u"--db"_s, path});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(bad + u":2: code: "_s)) << refused.err.toStdString();
    EXPECT_TRUE(runChiso({u"units"_s, u"--db"_s, path}).out.contains(u"Ministry of Finance"_s));
}

TEST(UnitsMigration, SqliteFileOfAnOlderVersionGetsTheCatalogueAndKeepsItsOwnRegionsAsUnits)
{
    // A database of schema 2 (chiso init of an earlier build) whose analyst used a region code
    // of their own: after the migration it is a unit of kind "other", and every figure has its unit.
    TestDatabase db(true);
    const QString path = db.file(u"v2.sqlite"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHISO_TEST_DATA "/store/schema-v2.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        conn.setDatabaseName(path);
        ASSERT_TRUE(conn.open());
        QSqlQuery insert(conn);
        ASSERT_TRUE(insert.exec(u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                                "VALUES ('revenue', 'HN', 2024, 6, 5000, 'actual', 1, 1)"_s))
            << insert.lastError().text().toStdString();
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    auto store = Store::open(path);
    const ReportingUnit *hn = store->units().find(u"HN"_s, {2024, 6});
    ASSERT_TRUE(hn);
    EXPECT_EQ(hn->kind, UnitKind::Other);
    EXPECT_EQ(hn->nameVi, u"HN"_s);
    EXPECT_TRUE(hn->validFrom.isNull() && hn->validUntil.isNull());
    EXPECT_EQ(store->units().units().size(), 99); // the bundled 98 and HN
    EXPECT_EQ(store->units().mergers().size(), 63);
    EXPECT_EQ(store->counts().values, 139);
    // The copy of it (every row written again, through the triggers) is whole.
    const QString copy = db.file(u"copy.sqlite"_s);
    EXPECT_NO_THROW(copyDatabase(*store, copy));
    EXPECT_EQ(Store::open(copy)->units().units().size(), 99);
}
