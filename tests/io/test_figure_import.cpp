// Import: every bad input is refused with file:line:field and leaves the stored figures as they were.
#include "TestDatabase.h"
#include "io/FigureExporter.h"
#include "io/FigureImporter.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";

class Import : public testing::Test
{
protected:
    TestDatabase db; // holds the bundled dataset: "what is already stored"
    QByteArray before = exportAll(*db.store);

    ImportReport importBytes(const QByteArray &bytes, const QString &name = u"in.csv"_s)
    {
        FigureImporter importer(*db.store);
        return importer.importFile(db.write(name, bytes));
    }

    /// Asserts the import was refused with one issue naming line and field, and nothing changed.
    void expectRefused(const QByteArray &bytes, qint64 line, const QString &field, const QString &messagePart)
    {
        const ImportReport report = importBytes(bytes);
        EXPECT_FALSE(report.committed());
        ASSERT_FALSE(report.issues.isEmpty());
        const ImportIssue &issue = report.issues.first();
        EXPECT_TRUE(issue.file.endsWith(u"in.csv"_s)) << issue.toString().toStdString();
        EXPECT_EQ(issue.line, line) << issue.toString().toStdString();
        EXPECT_EQ(issue.field, field) << issue.toString().toStdString();
        EXPECT_TRUE(issue.message.contains(messagePart)) << issue.toString().toStdString();
        EXPECT_EQ(exportAll(*db.store), before);
    }
};

const QByteArray goodRow = "value,revenue,VN,2024,7,2400000,estimate,https://example.vn/7m,Example,2024-08-05,\"quote, with comma\",\n";

} // namespace

TEST_F(Import, GoodFileIsStoredAndReimportChangesNothing)
{
    const QByteArray file = header + goodRow
        + "plan,revenue,VN,2025,,4500000,,https://example.vn/plan,Example,,,\n"
        + "stated_growth,revenue,VN,2024,7,26.5,,https://example.vn/7m,Example,2024-08-05,,\n";
    const Store::Counts countsBefore = db.store->counts();
    const ImportReport first = importBytes(file);
    ASSERT_TRUE(first.committed()) << first.issues.value(0).toString().toStdString();
    EXPECT_EQ(first.added, 3);
    EXPECT_EQ(db.store->counts().values, countsBefore.values + 1);
    EXPECT_EQ(db.store->counts().plans, countsBefore.plans + 1);
    EXPECT_EQ(db.store->counts().claims, countsBefore.claims + 1);
    EXPECT_EQ(db.store->counts().sources, countsBefore.sources + 2);

    const QByteArray afterFirst = exportAll(*db.store);
    const ImportReport second = importBytes(file);
    EXPECT_TRUE(second.committed());
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.unchanged, 3);
    EXPECT_EQ(exportAll(*db.store), afterFirst);
}

TEST_F(Import, SecondSourceOfTheSameFigureIsAnotherRow)
{
    ASSERT_TRUE(importBytes(header + goodRow).committed());
    const ImportReport other = importBytes(header + "value,revenue,VN,2024,7,2400001,estimate,https://other.vn/x,Other,,,\n");
    ASSERT_TRUE(other.committed());
    EXPECT_EQ(other.added, 1);
}

TEST_F(Import, DifferentValueFromTheSameSourceIsAConflict)
{
    ASSERT_TRUE(importBytes(header + goodRow).committed());
    before = exportAll(*db.store);
    QByteArray changed = goodRow;
    changed.replace("2400000", "2400500");
    expectRefused(header + changed, 2, u"value"_s, u"conflict"_s);
    const ImportReport report = importBytes(header + changed);
    EXPECT_TRUE(report.issues.first().message.contains(u"2400000"_s));
    EXPECT_TRUE(report.issues.first().message.contains(u"2400500"_s));
}

// A figure stored before, met between two new sources: on a server the figures go straight
// into their table until the unique key refuses that one; the import then starts over from
// what it kept of each line, and each source is stored once, under the id its figures name.
TEST_F(Import, AFigureStoredBeforeBetweenTwoNewSourcesStoresEachSourceOnceWithItsFigures)
{
    ASSERT_TRUE(importBytes(header + goodRow).committed());
    const Store::Counts countsBefore = db.store->counts();
    const QByteArray newSourceB = "value,revenue,VN,2024,8,2700000,estimate,https://b.example.vn/8m,Bee,,,\n";
    const QByteArray newSourceC = "value,revenue,VN,2024,9,3000000,estimate,https://c.example.vn/9m,Cee,,,\n";
    const ImportReport report = importBytes(header + newSourceB + goodRow + newSourceC);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, 2);
    EXPECT_EQ(report.unchanged, 1);
    EXPECT_EQ(db.store->counts().values, countsBefore.values + 2);
    EXPECT_EQ(db.store->counts().sources, countsBefore.sources + 2);
    const QByteArray exported = exportAll(*db.store);
    EXPECT_TRUE(exported.contains("revenue,VN,2024,8,2700000,estimate,https://b.example.vn/8m,Bee")) << exported.toStdString();
    EXPECT_TRUE(exported.contains("revenue,VN,2024,9,3000000,estimate,https://c.example.vn/9m,Cee")) << exported.toStdString();

    // The same with the stored figure's value changed: refused, and neither source stays.
    before = exportAll(*db.store);
    QByteArray changed = goodRow;
    changed.replace("2400000", "2400500");
    const QByteArray otherB = QByteArray(newSourceB).replace("b.example", "b2.example");
    const QByteArray otherC = QByteArray(newSourceC).replace("c.example", "c2.example");
    const ImportReport refused = importBytes(header + otherB + changed + otherC);
    EXPECT_FALSE(refused.committed());
    ASSERT_FALSE(refused.issues.isEmpty());
    EXPECT_EQ(refused.issues.first().line, 3);
    EXPECT_EQ(exportAll(*db.store), before);
    EXPECT_EQ(db.store->counts().sources, countsBefore.sources + 2);
}

TEST_F(Import, ConflictWithTheBundledDataset)
{
    // 6M-2024 revenue from seed 001 is 2,067,389; a file claiming 2,067,398 from that source is refused.
    expectRefused(header + "value,revenue,VN,2024,6,2067398,estimate,,\"Bộ TT&TT, hội nghị 6 tháng đầu năm 2024 "
                           "(tháng 7/2024)\",,,\n",
                  2, u"value"_s, u"conflict"_s);
}

TEST_F(Import, WrongHeader)
{
    expectRefused("record,indicator,year,month,amount,source_url\n" + goodRow, 1, u"amount"_s, u"unknown column"_s);
    expectRefused("record,indicator,year,month,source_url\nvalue,revenue,2024,6,https://x.vn\n", 1, QString(),
                  u"'value'"_s);
}

TEST_F(Import, TextWhereANumberMustBe)
{
    expectRefused(header + "value,revenue,VN,2024,7,abc,estimate,https://x.vn,,,,\n", 2, u"value"_s, u"'abc'"_s);
}

TEST_F(Import, ThousandsSeparatorsAndDecimalCommasAreNeverGuessed)
{
    expectRefused(header + "value,revenue,VN,2024,7,2.067.389,estimate,https://x.vn,,,,\n", 2, u"value"_s,
                  u"thousands separators"_s);
    expectRefused(header + "value,revenue,VN,2024,7,\"2,067,389\",estimate,https://x.vn,,,,\n", 2, u"value"_s,
                  u"thousands separators"_s);
    expectRefused(header + "stated_share,revenue,VN,2024,7,\"49,6\",,https://x.vn,,,,\n", 2, u"value"_s, u"49.6"_s);
}

TEST_F(Import, MonthOutOfRange)
{
    expectRefused(header + "value,revenue,VN,2024,0,1,estimate,https://x.vn,,,,\n", 2, u"month"_s, u"1 to 12"_s);
    expectRefused(header + "value,revenue,VN,2024,13,1,estimate,https://x.vn,,,,\n", 2, u"month"_s, u"1 to 12"_s);
    expectRefused(header + "plan,revenue,VN,2024,6,1,,https://x.vn,,,,\n", 2, u"month"_s, u"whole year"_s);
}

TEST_F(Import, YearOutOfRange)
{
    expectRefused(header + "value,revenue,VN,1850,6,1,estimate,https://x.vn,,,,\n", 2, u"year"_s, u"1900 to 2100"_s);
}

TEST_F(Import, UnknownIndicator)
{
    expectRefused(header + "value,revenu,VN,2024,6,1,estimate,https://x.vn,,,,\n", 2, u"indicator"_s, u"'revenu'"_s);
}

TEST_F(Import, DuplicateRowWithinTheFile)
{
    expectRefused(header + goodRow + goodRow, 3, QString(), u"line 2"_s);
}

TEST_F(Import, NotUtf8)
{
    // "Doanh thu ước đạt" in Windows-1258 bytes.
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https://x.vn,,,\"Doanh thu \xFB\xF4" "c \xF0\xE1" "t\",\n", 2,
                  u"quote"_s, u"UTF-8"_s);
}

TEST_F(Import, Utf16File)
{
    QByteArray utf16("\xFF\xFE", 2);
    for (char c : header)
        utf16.append(c).append('\0');
    expectRefused(utf16, 1, QString(), u"UTF-16"_s);
}

TEST_F(Import, EmptyFileAndHeaderOnly)
{
    expectRefused("", 0, QString(), u"empty"_s);
    expectRefused(header, 0, QString(), u"no figures"_s);
}

TEST_F(Import, ImpossibleValues)
{
    expectRefused(header + "value,revenue,VN,2024,7,-5,estimate,https://x.vn,,,,\n", 2, u"value"_s, u"negative"_s);
    expectRefused(header + "value,fibre_households_pct,VN,2024,7,130,estimate,https://x.vn,,,,\n", 2, u"value"_s, u"100"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1e9,estimate,https://x.vn,,,,\n", 2, u"value"_s, u"'1e9'"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1000000000000000,estimate,https://x.vn,,,,\n", 2, u"value"_s,
                  u"too large"_s);
}

TEST_F(Import, MissingBasisSourceOrDate)
{
    expectRefused(header + "value,revenue,VN,2024,7,1,,https://x.vn,,,,\n", 2, u"basis"_s, u"estimate"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,,,,,\n", 2, u"source_url"_s, u"source"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,www.x.vn,,,,\n", 2, u"source_url"_s, u"http"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https://x.vn,,5/8/2024,,\n", 2, u"source_date"_s,
                  u"YYYY-MM-DD"_s);
}

TEST_F(Import, WrongNumberOfFields)
{
    expectRefused(header + "value,revenue,VN,2024,7,1\n", 2, QString(), u"header has 12"_s);
}

TEST_F(Import, OneBadLineAmongGoodOnesStoresNothing)
{
    const ImportReport report = importBytes(header + goodRow + "value,revenue,VN,2024,8,x,estimate,https://x.vn,,,,\n"
                                            + "value,revenue,VN,2024,9,1,estimate,https://x.vn,,,,\n");
    EXPECT_FALSE(report.committed());
    EXPECT_EQ(report.issueCount, 1);
    EXPECT_EQ(report.issues.first().line, 3);
    EXPECT_EQ(exportAll(*db.store), before);
}

TEST_F(Import, EveryRefusedLineIsListed)
{
    const ImportReport report = importBytes(header + "value,revenue,VN,2024,13,1,estimate,https://x.vn,,,,\n"
                                            + goodRow + "value,nothing,VN,2024,9,1,estimate,https://x.vn,,,,\n");
    ASSERT_EQ(report.issues.size(), 2);
    EXPECT_EQ(report.issues[0].line, 2);
    EXPECT_EQ(report.issues[1].line, 4);
    EXPECT_TRUE(report.issues[1].toString().endsWith(u"in.csv:4: indicator: unknown indicator 'nothing'; known: "
                                                      "revenue, profit, state_budget, gdp_contribution, workforce, "
                                                      "fibre_households_pct, internet_users_pct, fixed_broadband_per100, "
                                                      "mobile_broadband_per100, smartphone_users_pct, "
                                                      "online_public_services_pct, online_public_services_fullprocess_of_eligible_pct, "
                                                      "online_public_services_use_pct, revenue_single_month, "
                                                      "state_budget_single_month"_s))
        << report.issues[1].toString().toStdString();
}

TEST_F(Import, CancelStoresNothing)
{
    QByteArray file = header;
    for (int i = 0; i < 10000; ++i)
        file += QByteArray("value,revenue,P") + QByteArray::number(i) + ",2024,7,1,estimate,https://x.vn,,,,\n";
    FigureImporter importer(*db.store);
    importer.setProgress([](qint64, qint64) { return false; });
    const ImportReport report = importer.importFile(db.write(u"big.csv"_s, file));
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.committed());
    EXPECT_EQ(exportAll(*db.store), before);
}

TEST_F(Import, FolderAndMissingFile)
{
    FigureImporter importer(*db.store);
    EXPECT_FALSE(importer.importFile(db.file(QString())).committed());
    EXPECT_FALSE(importer.importFile(db.file(u"missing.csv"_s)).committed());
}

TEST(ImportRoundTrip, ExportImportExportIsIdentical)
{
    TestDatabase bundled;
    const QByteArray exported = exportAll(*bundled.store);
    TestDatabase empty(/*empty=*/true);
    FigureImporter importer(*empty.store);
    const ImportReport report = importer.importFile(empty.write(u"export.csv"_s, exported));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    EXPECT_EQ(report.added, bundled.store->counts().values + bundled.store->counts().plans + bundled.store->counts().claims);
    EXPECT_EQ(exportAll(*empty.store), exported);
}

TEST(BundledDataset, EveryFigureOfTheDatasetFileIsStored)
{
    TestDatabase bundled;
    QFile file(QStringLiteral(CHISO_SOURCE_DIR "/datasets/figures.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    int rows = -1; // header
    QByteArray all = file.readAll();
    // Count records, not lines: quotes may hold line breaks.
    bool quoted = false;
    for (char c : all) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++rows;
    }
    const Store::Counts counts = bundled.store->counts();
    EXPECT_EQ(counts.values + counts.plans + counts.claims, rows);
    EXPECT_GT(rows, 250);
}

TEST_F(Import, ASourceDateLearntLaterIsKept)
{
    ASSERT_TRUE(importBytes(header + "value,revenue,VN,2024,7,1,estimate,https://dated.vn/a,,,,\n").committed());
    ASSERT_TRUE(importBytes(header + "value,revenue,VN,2024,8,2,estimate,https://dated.vn/a,,2024-09-03,,\n").committed());
    for (const Figure &f : db.store->figures()) {
        if (f.source.url == u"https://dated.vn/a"_s) {
            EXPECT_EQ(f.source.published, QDate(2024, 9, 3));
        }
    }
}

TEST_F(Import, SqliteFileForeignKeysAreOnAgainAfterAnImport)
{
    // The importer checks what foreign keys would, and turns them off meanwhile only.
    auto foreignKeys = [this] {
        QSqlQuery query(db.store->database());
        return query.exec(u"PRAGMA foreign_keys"_s) && query.next() ? query.value(0).toInt() : -1;
    };
    EXPECT_TRUE(importBytes(header + "value,revenue,,2024,9,3100000,estimate,https://x.vn,,,,\n").committed());
    EXPECT_EQ(foreignKeys(), 1);
    EXPECT_FALSE(importBytes(header + "value,revenue,,2024,13,1,estimate,https://x.vn,,,,\n").committed());
    EXPECT_EQ(foreignKeys(), 1);
}

TEST(ImportCatalogue, AnIndicatorRemovedSinceTheDatabaseWasOpenedIsRefused)
{
    TestDatabase db(/*empty=*/true);
    // Another program takes 'profit' out of the list after this one read it.
    QSqlQuery remove(db.store->database());
    ASSERT_TRUE(remove.exec(u"DELETE FROM indicator WHERE code = 'profit'"_s)) << remove.lastError().text().toStdString();
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(db.write(u"in.csv"_s, header + "value,revenue,,2024,9,3100000,estimate,https://x.vn,,,,\n"
                                                                                   "value,profit,,2024,9,200000,estimate,https://x.vn,,,,\n"));
    EXPECT_FALSE(report.committed());
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues.first().line, 3);
    EXPECT_EQ(report.issues.first().field, u"indicator"_s);
    EXPECT_TRUE(report.issues.first().message.contains(u"no longer an indicator"_s)) << report.issues.first().toString().toStdString();
    EXPECT_EQ(db.store->counts().values, 0);
}

TEST_F(Import, RegionCodesAreOneRegionWhateverTheirCase)
{
    const QByteArray lower = header + "value,revenue,vn,2024,7,2400000,estimate,https://example.vn/7m,Example,2024-08-05,,\n";
    ASSERT_TRUE(importBytes(lower).committed());
    before = exportAll(*db.store);
    // Stored as VN: the same row again in capitals is the same figure, not a second region.
    const ImportReport again = importBytes(header + "value,revenue,VN,2024,7,2400000,estimate,https://example.vn/7m,Example,2024-08-05,,\n");
    ASSERT_TRUE(again.committed());
    EXPECT_EQ(again.added, 0);
    expectRefused(header + "value,revenue,V N,2024,7,1,estimate,https://x.vn,,,,\n", 2, u"region"_s, u"region code"_s);
}

TEST_F(Import, AShareJustAboveAHundredIsRefusedThoughADoubleRoundsItToAHundred)
{
    ASSERT_EQ(100.000000000000001, 100.0); // why the text itself must be read
    expectRefused(header + "value,fibre_households_pct,VN,2024,7,100.00000000000001,estimate,https://x.vn,,,,\n", 2, u"value"_s,
                  u"100"_s);
    expectRefused(header + "value,fibre_households_pct,VN,2024,7,100.000000000000001,estimate,https://x.vn,,,,\n", 2, u"value"_s,
                  u"100"_s);
    expectRefused(header + "value,fibre_households_pct,VN,2024,7,+100.0000000000000000001,estimate,https://x.vn,,,,\n", 2,
                  u"value"_s, u"100"_s);
    EXPECT_TRUE(importBytes(header + "value,fibre_households_pct,VN,2024,7,100.000,estimate,https://x.vn/a,,,,\n").committed());
}

TEST_F(Import, AnAddressWithoutAHostIsRefused)
{
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,http://,,,,\n", 2, u"source_url"_s, u"host"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https:///path,,,,\n", 2, u"source_url"_s, u"host"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https://exa mple.vn,,,,\n", 2, u"source_url"_s, u"host"_s);
}

TEST_F(Import, PublicationDatesInTheFutureOrBeforeThePeriodAreRefused)
{
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https://x.vn,,9999-01-01,,\n", 2, u"source_date"_s, u"future"_s);
    const QByteArray tomorrowButOne = QDate::currentDate().addDays(2).toString(Qt::ISODate).toUtf8();
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https://x.vn,," + tomorrowButOne + ",,\n", 2, u"source_date"_s,
                  u"future"_s);
    expectRefused(header + "value,revenue,VN,2024,7,1,estimate,https://x.vn,,2024-06-30,,\n", 2, u"source_date"_s, u"2024-07"_s);
    expectRefused(header + "plan,revenue,VN,2024,,1,,https://x.vn,,2013-12-31,,\n", 2, u"source_date"_s, u"ten years"_s);
    // The first day of the month, and a plan set in a ten-year strategy, are fine.
    EXPECT_TRUE(importBytes(header + "value,revenue,VN,2024,7,2400000,estimate,https://x.vn/b,,2024-07-01,,\n"
                            + "plan,revenue,VN,2030,,9000000,,https://x.vn/c,,2021-01-22,,\n")
                    .committed());
}
