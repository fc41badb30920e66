#include "TestDatabase.h"
#include "io/FigureImporter.h"
#include "store/Backend.h"
#include "store/Schema.h"
#include "store/SqliteBackend.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <future>
#include <latch>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

int pragma(Store &store, const QString &name)
{
    QSqlQuery query(store.database());
    query.exec(u"PRAGMA "_s + name);
    return query.next() ? query.value(0).toInt() : -1;
}

QString openError(const QString &path)
{
    try {
        Store::open(path);
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST(SqliteFile, NewDatabaseHasTheCurrentSchemaWalAndForeignKeys)
{
    TestDatabase db(/*empty=*/true);
    EXPECT_EQ(pragma(*db.store, u"user_version"_s), currentSchemaVersion());
    EXPECT_EQ(pragma(*db.store, u"foreign_keys"_s), 1);
    QSqlQuery query(db.store->database());
    query.exec(u"PRAGMA journal_mode"_s);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"wal"_s);
    EXPECT_EQ(db.store->counts().values, 0);
    EXPECT_EQ(db.store->indicators().size(), 15);
}

TEST(Store, ForeignKeysRefuseAFigureOfAnUnknownIndicator)
{
    TestDatabase db(/*empty=*/true);
    QSqlQuery query(db.store->database());
    ASSERT_TRUE(query.exec(u"INSERT INTO source (key) VALUES ('s')"_s));
    ASSERT_TRUE(query.exec(u"INSERT INTO entry (entered_at, entered_by) VALUES ('now', 'me')"_s));
    EXPECT_TRUE(query.exec(u"INSERT INTO observation (indicator, year, month, value, basis, source_id, entry_id) "
                           "VALUES ('revenue', 2024, 6, 1, 'actual', 1, 1)"_s));
    EXPECT_FALSE(query.exec(u"INSERT INTO observation (indicator, year, month, value, basis, source_id, entry_id) "
                            "VALUES ('nothing', 2024, 6, 1, 'actual', 1, 1)"_s));
    EXPECT_FALSE(query.exec(u"INSERT INTO observation (indicator, year, month, value, basis, source_id, entry_id) "
                            "VALUES ('revenue', 2024, 7, 1, 'actual', 1, 99)"_s));
}

TEST(Store, ReopenKeepsEverything)
{
    TestDatabase db;
    const Store::Counts counts = db.store->counts();
    const QList<Figure> figures = db.store->figures();
    db.store.reset();
    auto reopened = Store::open(db.path());
    EXPECT_EQ(reopened->counts().values, counts.values);
    EXPECT_EQ(reopened->figures().size(), figures.size());
    EXPECT_EQ(reopened->indicator(u"revenue"_s)->nameVi, u"Doanh thu toàn ngành"_s);
}

TEST(Store, FiguresCanBeLimitedToYears)
{
    TestDatabase db;
    const QList<Figure> figures = db.store->figures(std::pair{2023, 2024});
    ASSERT_FALSE(figures.isEmpty());
    for (const Figure &f : figures)
        EXPECT_TRUE(f.year == 2023 || f.year == 2024);
    EXPECT_LT(figures.size(), db.store->figures().size());
}

namespace {

/// The bundled dataset and two provinces: Hà Nội (HN, with a plan and a stated growth, up to
/// March 2025, two sources for March 2024) and one whose code sorts after VN's (VN-QN, levels only).
void addProvinces(TestDatabase &db)
{
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,HN,2024,6,5000,actual,https://example.vn/hn,Sở HN,,,\n"
                           "value,revenue,HN,2024,6,5100,reported,https://example.vn/hn-paper,Sở HN,,,\n"
                           "value,revenue,HN,2023,6,4000,actual,https://example.vn/hn,Sở HN,,,\n"
                           "value,revenue,HN,2025,3,2600,estimate,https://example.vn/hn,Sở HN,,,\n"
                           "value,workforce,HN,2025,6,900,actual,https://example.vn/hn,Sở HN,,,\n"
                           "plan,revenue,HN,2024,12,11000,,https://example.vn/hn,Sở HN,,,\n"
                           "stated_growth,revenue,HN,2024,6,25,,https://example.vn/hn,Sở HN,,,\n"
                           // Sources by title, whose order UTF-8 (SQLite) and UTF-16 (QString) tell apart.
                           "value,revenue,HN,2024,3,2400,estimate,,Báo cáo \xf0\x9f\x98\x80,,,\n"
                           "value,revenue,HN,2024,3,2410,estimate,,Báo cáo \xee\x80\x80,,,\n"
                           "value,fibre_households_pct,VN-QN,2024,5,71.5,measured,https://example.vn/qn,Sở QN,,,\n";
    addUnits(*db.store, {u"HN"_s, u"VN-QN"_s});
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(db.write(u"provinces.csv"_s, csv));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
}

} // namespace

TEST(Store, FiguresOfOneRegionAreThoseOfAllFilteredInTheSameOrder)
{
    TestDatabase db;
    addProvinces(db);
    for (const std::optional<std::pair<int, int>> &years : {std::optional<std::pair<int, int>>(), std::optional(std::pair{2023, 2024})}) {
        for (const QString &region : {u"VN"_s, u"HN"_s, u"VN-QN"_s, u"XX"_s}) {
            QList<Figure> expected = db.store->figures(years);
            expected.removeIf([&region](const Figure &f) { return f.region != region; });
            const QList<Figure> figures = db.store->figures(region, years);
            ASSERT_EQ(figures.size(), expected.size()) << region.toStdString();
            for (qsizetype i = 0; i < figures.size(); ++i) {
                EXPECT_EQ(figures[i].id, expected[i].id);
                EXPECT_EQ(figures[i].kind, expected[i].kind);
                EXPECT_EQ(figures[i].source.key(), expected[i].source.key());
            }
        }
    }
    EXPECT_EQ(db.store->figures(u"HN"_s).size(), 9);
    EXPECT_EQ(db.store->figures(u"HN"_s, std::pair{2024, 2024}).size(), 6); // four values, the plan, the claim
    // SQLite's order of text, which is UTF-8's: U+E000 before U+1F600 (UTF-16 has them the other way).
    const QList<Figure> march = db.store->figures(u"HN"_s, std::pair{2024, 2024}).mid(0, 2);
    EXPECT_EQ(march[0].value, 2410);
    EXPECT_EQ(march[1].value, 2400);

    QList<qint64> streamed;
    db.store->forEachFigure([&streamed](const Figure &f) { streamed.append(f.id); }, u"HN"_s);
    QList<qint64> listed;
    for (const Figure &f : db.store->figures(u"HN"_s))
        listed.append(f.id);
    EXPECT_EQ(streamed, listed);
    qsizetype everything = 0;
    db.store->forEachFigure([&everything](const Figure &) { ++everything; });
    EXPECT_EQ(everything, db.store->figures().size());
}

TEST(SqliteFile, AScanOfEverythingGivesItsSmallCacheBack)
{
    TestDatabase db;
    const int cacheSize = pragma(*db.store, u"cache_size"_s);
    qsizetype everything = 0;
    db.store->forEachFigure([&everything](const Figure &) { ++everything; });
    EXPECT_EQ(everything, db.store->figures().size());
    EXPECT_EQ(pragma(*db.store, u"cache_size"_s), cacheSize); // the scan's small cache given back
    EXPECT_LT(cacheSize, -8192);
}

TEST(Store, RegionsLatestPeriodAndCountsComeFromSql)
{
    TestDatabase db;
    EXPECT_EQ(db.store->regions(), QStringList{u"VN"_s});
    addProvinces(db);
    EXPECT_EQ(db.store->regions(), (QStringList{u"HN"_s, u"VN"_s, u"VN-QN"_s}));
    const QStringList flows = {u"revenue"_s, u"profit"_s};
    EXPECT_EQ(db.store->latestPeriod(u"HN"_s, flows), (YearMonth{2025, 3}));
    EXPECT_EQ(db.store->latestPeriod(u"HN"_s), (YearMonth{2025, 6})); // the workforce reading
    EXPECT_EQ(db.store->latestPeriod(u"VN"_s, flows), (YearMonth{2024, 8}));
    EXPECT_FALSE(db.store->latestPeriod(u"VN-QN"_s, flows));
    EXPECT_FALSE(db.store->latestPeriod(u"XX"_s));
    EXPECT_EQ(db.store->valueCount(u"HN"_s), 7);
    EXPECT_EQ(db.store->valueCount(u"VN-QN"_s), 1);
    EXPECT_EQ(db.store->valueCount(u"VN"_s) + 8, db.store->counts().values);
    TestDatabase empty(true);
    EXPECT_TRUE(empty.store->regions().isEmpty());
}

TEST(SqliteFile, OneRegionsFiguresAreARangeOfItsIndex)
{
    TestDatabase db;
    for (const QString &table : {u"observation"_s, u"plan"_s, u"claim"_s}) {
        QSqlQuery plan(db.store->database());
        ASSERT_TRUE(plan.exec(u"EXPLAIN QUERY PLAN SELECT * FROM %1 WHERE region = 'VN' AND year BETWEEN 2023 AND 2024"_s.arg(table)));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        EXPECT_TRUE(steps.startsWith(u"SEARCH %1 USING INDEX "_s.arg(table)) && steps.contains(u" (region=? AND year>? AND year<?)"_s))
            << steps.toStdString();
    }
}

TEST(Store, MissingDatabaseSaysHowToCreateOne)
{
    const QString message = openError(u"/nonexistent/chiso.sqlite"_s);
    EXPECT_TRUE(message.contains(u"chiso init --db /nonexistent/chiso.sqlite"_s)) << message.toStdString();
}

TEST(Store, FileThatIsNotADatabase)
{
    TestDatabase db(true);
    const QString path = db.write(u"junk.sqlite"_s, QByteArray(4096, 'x'));
    EXPECT_TRUE(openError(path).contains(u"not a Chỉ Số database"_s)) << openError(path).toStdString();
}

TEST(Store, DatabaseFromANewerVersionIsRefused)
{
    TestDatabase db(true);
    db.store->backend().setSchemaVersion(99);
    db.store.reset();
    EXPECT_TRUE(openError(db.path()).contains(u"newer version"_s)) << openError(db.path()).toStdString();
}

namespace {

/// A file's bytes, to show that a refused open wrote nothing.
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// An SQLite file made by another program with `statements`.
QString foreignDatabase(TestDatabase &db, const QString &name, const QStringList &statements)
{
    const QString path = db.file(name);
    {
        auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        conn.setDatabaseName(path);
        EXPECT_TRUE(conn.open());
        for (const QString &sql : statements)
            EXPECT_TRUE(QSqlQuery(conn).exec(sql)) << sql.toStdString();
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    return path;
}

} // namespace

TEST(Store, AnotherProgramsDatabaseIsRefusedAndLeftUnchanged)
{
    TestDatabase db(true);
    const QString path = foreignDatabase(db, u"bookmarks.sqlite"_s, {u"CREATE TABLE bookmarks (id)"_s, u"INSERT INTO bookmarks VALUES (1)"_s});
    const QByteArray before = bytesOf(path);
    const QString message = openError(path);
    EXPECT_TRUE(message.contains(u"another program (bookmarks)"_s)) << message.toStdString();
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST(Store, AnEmptySqliteDatabaseIsRefusedNotFilled)
{
    TestDatabase db(true);
    const QString path = foreignDatabase(db, u"empty.sqlite"_s, {u"PRAGMA user_version = 0"_s});
    const QByteArray before = bytesOf(path);
    EXPECT_TRUE(openError(path).contains(u"chiso init"_s)) << openError(path).toStdString();
    EXPECT_EQ(bytesOf(path), before);
    const QString zeroBytes = db.write(u"zero.sqlite"_s, QByteArray());
    EXPECT_TRUE(openError(zeroBytes).contains(u"the file is empty"_s)) << openError(zeroBytes).toStdString();
    EXPECT_EQ(QFileInfo(zeroBytes).size(), 0);
}

TEST(Store, AVersionNumberOverForeignTablesSaysWhatIsMissing)
{
    TestDatabase db(true);
    const QString path = foreignDatabase(db, u"v3.sqlite"_s, {u"CREATE TABLE bookmarks (id)"_s, u"PRAGMA user_version = 3"_s});
    const QByteArray before = bytesOf(path);
    const QString message = openError(path);
    EXPECT_TRUE(message.contains(u"schema 3"_s) && message.contains(u"observation"_s)) << message.toStdString();
    EXPECT_FALSE(message.contains(u"Parameter count"_s));
    EXPECT_EQ(bytesOf(path), before);
    // Our tables with a column dropped by another tool: named, not a failing statement later.
    TestDatabase ours(true);
    QSqlQuery(ours.store->database()).exec(u"ALTER TABLE observation DROP COLUMN note"_s);
    ours.store.reset();
    EXPECT_TRUE(openError(ours.path()).contains(u"observation.note"_s)) << openError(ours.path()).toStdString();
}

TEST(SqliteFile, AnOpeningErrorWithNoCauseToNameIsGivenAsItIs)
{
    TestDatabase db(true);
    EXPECT_EQ(whyCannotOpen(db.path(), u"disk I/O error"_s), u"disk I/O error"_s);
}

TEST(SqliteFile, SymlinkLoopAndFoldersAreNamedForWhatTheyAre)
{
    TestDatabase db(true);
    const QString loop = db.file(u"loop.sqlite"_s);
    ASSERT_TRUE(QFile::link(loop, loop));
    EXPECT_TRUE(openError(loop).contains(u"symbolic links"_s)) << openError(loop).toStdString();
    const QString folder = QFileInfo(db.path()).absolutePath();
    EXPECT_TRUE(openError(folder).contains(u"is not a database file"_s)) << openError(folder).toStdString();
}

namespace {

/// Every row of a table as text, in id order: equal lists mean the same rows and ids.
QStringList rowsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(table))); // a table name of ours, not input
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

/// A database written by the build before schema 3 (chiso init, bundled dataset).
QString copyOfSchemaTwo(const TestDatabase &db)
{
    const QString path = db.file(u"v2.sqlite"_s);
    QFile::copy(QStringLiteral(CHISO_TEST_DATA "/store/schema-v2.sqlite"), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

TEST(Store, MigrationToVersionThreeKeepsEveryRowAndItsChecks)
{
    TestDatabase db(true);
    const QString path = copyOfSchemaTwo(db);
    QStringList observations, claims;
    {
        auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        conn.setDatabaseName(path);
        ASSERT_TRUE(conn.open());
        QSqlQuery version(conn);
        ASSERT_TRUE(version.exec(u"PRAGMA user_version"_s) && version.next());
        ASSERT_EQ(version.value(0).toInt(), 2);
        observations = rowsOf(conn, u"observation"_s);
        claims = rowsOf(conn, u"claim"_s);
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);
    ASSERT_EQ(observations.size(), 138);
    ASSERT_EQ(claims.size(), 106);

    auto store = Store::open(path);
    EXPECT_EQ(pragma(*store, u"user_version"_s), currentSchemaVersion());
    EXPECT_EQ(rowsOf(store->database(), u"observation"_s), observations);
    EXPECT_EQ(rowsOf(store->database(), u"claim"_s), claims);
    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(u"SELECT sql FROM sqlite_schema WHERE name IN ('observation', 'claim')"_s));
    while (query.next())
        EXPECT_FALSE(query.value(0).toString().contains(u" IN ("_s)) << query.value(0).toString().toStdString();
    ASSERT_TRUE(query.exec(u"PRAGMA foreign_key_check"_s));
    EXPECT_FALSE(query.next());
    ASSERT_TRUE(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"ok"_s);
    // The checks still refuse what they refused.
    EXPECT_FALSE(query.exec(u"INSERT INTO observation (indicator, year, month, value, basis, source_id, entry_id) "
                            "VALUES ('revenue', 2030, 6, 1, 'guessed', 1, 1)"_s));
    EXPECT_FALSE(query.exec(u"INSERT INTO claim (indicator, year, month, kind, value, source_id, entry_id) "
                            "VALUES ('revenue', 2030, 6, 'rumour', 1, 1, 1)"_s));
    EXPECT_TRUE(query.exec(u"INSERT INTO claim (indicator, year, month, kind, value, source_id, entry_id) "
                           "VALUES ('revenue', 2030, 6, 'share', 1, 1, 1)"_s)) << query.lastError().text().toStdString();
}

TEST(Store, TwoProgramsOpeningAnOldDatabaseAtOnceMigrateItOnce)
{
    // As the window's loading thread and a script may: each waits for the other's step.
    TestDatabase db(true);
    const QString path = copyOfSchemaTwo(db);
    std::latch start(2); // both open at the same moment
    auto openAndCount = [&path, &start] {
        start.arrive_and_wait();
        return Store::open(path)->counts().values;
    };
    auto first = std::async(std::launch::async, openAndCount);
    auto second = std::async(std::launch::async, openAndCount);
    EXPECT_EQ(first.get(), 138);
    EXPECT_EQ(second.get(), 138);
    auto store = Store::open(path);
    EXPECT_EQ(pragma(*store, u"user_version"_s), currentSchemaVersion());
    EXPECT_EQ(store->counts().values, 138);
}

TEST(Store, MigrationCarriesOverARowAnotherToolLeftWithoutItsSource)
{
    TestDatabase db(true);
    const QString path = copyOfSchemaTwo(db);
    {
        // The sqlite3 shell, for one, does not check foreign keys unless told to.
        auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tool"_s);
        conn.setDatabaseName(path);
        ASSERT_TRUE(conn.open());
        QSqlQuery insert(conn);
        ASSERT_TRUE(insert.exec(u"INSERT INTO observation (indicator, year, month, value, basis, source_id, entry_id) "
                                "VALUES ('revenue', 2030, 1, 5, 'actual', 9999, 1)"_s))
            << insert.lastError().text().toStdString();
        conn.close();
    }
    QSqlDatabase::removeDatabase(u"tool"_s);
    auto store = Store::open(path);
    EXPECT_EQ(pragma(*store, u"user_version"_s), currentSchemaVersion());
    EXPECT_EQ(store->counts().values, 139);
    EXPECT_EQ(pragma(*store, u"foreign_keys"_s), 1); // on again for everything after
}

TEST(Store, CreateRefusesAnExistingFile)
{
    TestDatabase db;
    const int values = db.store->counts().values;
    EXPECT_THROW(createDatabase(db.path()), StoreError);
    EXPECT_EQ(Store::open(db.path())->counts().values, values);
}
