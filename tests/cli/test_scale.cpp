// Issue 16: a database holding a million figures of other regions answers every command about
// VN exactly as the bundled database alone does, byte for byte; and a region of its own is
// chosen with --region.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a command with its own HOME, so that no remembered window setting (region, period)
/// differs between the two databases' runs.
Outcome runIn(const QString &home, const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void exec(QSqlQuery &query, const QString &sql)
{
    ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString() << "\n" << sql.toStdString();
}

void addOtherRegionsOn(QSqlDatabase &db, qint64 *added);

/// 253 regions × the 11 indicators of the catalogue that are neither single months nor the
/// newer online-service measures × 30 years (1997–2026, past the bundled data's last year) × 12
/// months: 1,001,880 values, as in the issue. Region codes sort before VN ("P…") and after it
/// ("VN-…", "Z…"); some share VN's sources; each region has plans and stated growth, and a
/// second source for June and December. Plain SQL in one transaction on a connection of its
/// own (no store's, so without a history of a million generated rows): a few seconds.
void addOtherRegions(const QString &path, qint64 *added)
{
    const QString name = u"scale-generator"_s;
    const auto removeConnection = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
    addOtherRegionsOn(db, added);
    db.close();
}

void addOtherRegionsOn(QSqlDatabase &db, qint64 *added)
{
    QSqlQuery query(db);
    ASSERT_TRUE(db.transaction());
    exec(query, u"INSERT INTO entry (entered_at, entered_by, origin) VALUES ('2025-01-01T00:00:00Z', 'test', 'scale')"_s);
    exec(query, u"INSERT INTO source (key, url, title, published) VALUES "
                "('https://example.vn/scale/a', 'https://example.vn/scale/a', 'Scale A', NULL), "
                "('https://example.vn/scale/b', 'https://example.vn/scale/b', 'Scale B', '2026-01-15')"_s);
    exec(query, u"CREATE TEMP TABLE scale_region AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 252) "
                "SELECT i, CASE i % 3 WHEN 0 THEN printf('P%03d', i) WHEN 1 THEN printf('VN-%03d', i) ELSE printf('Z%03d', i) END "
                "AS code FROM n"_s);
    exec(query, u"INSERT INTO unit (code, kind, name_vi, name_en) SELECT code, 'other', code, code FROM scale_region"_s);
    exec(query, u"CREATE TEMP TABLE scale_year AS WITH RECURSIVE n(y) AS (SELECT 1997 UNION ALL SELECT y + 1 FROM n WHERE y < 2026) "
                "SELECT y FROM n"_s);
    exec(query, u"CREATE TEMP TABLE scale_month AS WITH RECURSIVE n(m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM n WHERE m < 12) "
                "SELECT m FROM n"_s);
    exec(query, u"CREATE TEMP TABLE scale_indicator AS SELECT code, sort_order FROM indicator WHERE code NOT LIKE '%single_month' "
                "AND code NOT LIKE 'online_public_services_%_pct' ORDER BY sort_order LIMIT 11"_s);
    // Sources: VN's own first (the lowest id), or the two above, by region.
    const QString source = u"CASE r.i % 4 WHEN 0 THEN (SELECT min(id) FROM source) "
                           "ELSE (SELECT id FROM source WHERE key = 'https://example.vn/scale/a') END"_s;
    exec(query, uR"(INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id)
                    SELECT i.code, r.code, y.y, m.m, (r.i * 7 + y.y * 13 + m.m * 17 + i.sort_order) % 90 + 1.5, 'estimate', %1,
                           (SELECT max(id) FROM entry)
                    FROM scale_region r, scale_indicator i, scale_year y, scale_month m)"_s.arg(source));
    exec(query, uR"(INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id)
                    SELECT i.code, r.code, y.y, m.m, (r.i + y.y) % 90 + 3, 'reported',
                           (SELECT id FROM source WHERE key = 'https://example.vn/scale/b'), (SELECT max(id) FROM entry)
                    FROM scale_region r, scale_indicator i, scale_year y, scale_month m WHERE m.m IN (6, 12) AND r.i % 5 = 0)"_s);
    exec(query, uR"(INSERT INTO plan (indicator, region, year, target, source_id, entry_id)
                    SELECT i.code, r.code, y.y, 95, %1, (SELECT max(id) FROM entry)
                    FROM scale_region r, scale_indicator i, scale_year y)"_s.arg(source));
    exec(query, uR"(INSERT INTO claim (indicator, region, year, month, kind, value, source_id, entry_id)
                    SELECT i.code, r.code, y.y, m.m, 'growth', 12.5, %1, (SELECT max(id) FROM entry)
                    FROM scale_region r, scale_indicator i, scale_year y, scale_month m WHERE m.m IN (3, 6, 9, 12))"_s.arg(source));
    exec(query, u"SELECT count(*) FROM observation WHERE region <> 'VN'"_s);
    ASSERT_TRUE(query.next());
    *added = query.value(0).toLongLong();
    ASSERT_TRUE(db.commit());
}

class Scale : public testing::Test
{
protected:
    static inline QTemporaryDir *dir = nullptr;
    static inline QString bundled;
    static inline QString big;
    static inline qint64 added = 0;
    static inline qint64 bundledValues = 0;

    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        bundled = dir->filePath(u"bundled.sqlite"_s);
        big = dir->filePath(u"big.sqlite"_s);
        QDir().mkpath(dir->filePath(u"home"_s));
        const Outcome init = runIn(home(), QStringLiteral(CHISO_BINARY), {u"init"_s, u"--db"_s, bundled});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        ASSERT_TRUE(QFile::copy(bundled, big));
        bundledValues = chiso::Store::open(big)->counts().values;
        addOtherRegions(big, &added);
    }
    static void TearDownTestSuite()
    {
        delete dir;
        dir = nullptr;
    }
    static QString home() { return dir->filePath(u"home"_s); }

    static Outcome chiso(const QString &db, QStringList arguments)
    {
        arguments << u"--db"_s << db;
        return runIn(home(), QStringLiteral(CHISO_BINARY), arguments);
    }

    /// The command's exit code, standard output and messages on both databases: identical.
    static void expectSame(const QStringList &arguments)
    {
        const Outcome alone = chiso(bundled, arguments);
        const Outcome among = chiso(big, arguments);
        const std::string command = arguments.join(u' ').toStdString();
        EXPECT_EQ(alone.exitCode, 0) << command << "\n" << alone.err.toStdString();
        EXPECT_GT(alone.out.size() + alone.err.size(), 0) << command;
        EXPECT_EQ(among.exitCode, alone.exitCode) << command;
        EXPECT_EQ(among.out, alone.out) << command;
        EXPECT_EQ(among.err, alone.err) << command;
    }
};

} // namespace

TEST_F(Scale, TheOtherRegionsAreReallyThere)
{
    ASSERT_GE(added, 1'000'000);
    auto store = chiso::Store::open(big);
    EXPECT_EQ(store->counts().values, bundledValues + added);
    EXPECT_EQ(store->regions().size(), 254);
    EXPECT_EQ(store->regions().first(), u"P000"_s);
    EXPECT_EQ(store->figures(u"VN"_s).size(), chiso::Store::open(bundled)->figures().size());
}

TEST_F(Scale, ReportsAreTheSameByteForByte)
{
    for (const QString &lang : {u"vi"_s, u"en"_s}) {
        for (const QString &format : {u"table"_s, u"csv"_s, u"json"_s})
            expectSame({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, format, u"--lang"_s, lang});
    }
    expectSame({u"report"_s, u"--lang"_s, u"en"_s}); // the latest month: VN's, though others have later ones
    expectSame({u"report"_s, u"--as-of"_s, u"2024-04"_s, u"--lang"_s, u"en"_s, u"--region"_s, u"vn"_s});
    expectSame({u"report"_s, u"--year"_s, u"2023"_s, u"--month"_s, u"12"_s, u"--tolerance"_s, u"5"_s, u"--lang"_s, u"vi"_s});
}

TEST_F(Scale, ForecastsBacktestsAndFindingsAreTheSameByteForByte)
{
    expectSame({u"forecast"_s, u"--as-of"_s, u"2024-06"_s, u"--lang"_s, u"en"_s});
    expectSame({u"forecast"_s, u"--as-of"_s, u"2024-06"_s, u"--format"_s, u"json"_s});
    expectSame({u"forecast"_s, u"--lang"_s, u"vi"_s});
    expectSame({u"backtest"_s, u"--lang"_s, u"en"_s});
    expectSame({u"backtest"_s, u"--format"_s, u"json"_s});
    expectSame({u"check"_s, u"--lang"_s, u"en"_s});
    expectSame({u"check"_s, u"--year"_s, u"2023"_s, u"--lang"_s, u"vi"_s});
    expectSame({u"check"_s, u"--as-of"_s, u"2024-04"_s, u"--format"_s, u"json"_s});
}

TEST_F(Scale, TheRegionsExportIsTheBundledExport)
{
    const Outcome alone = chiso(bundled, {u"export"_s});
    const Outcome region = chiso(big, {u"export"_s, u"--region"_s, u"VN"_s});
    ASSERT_EQ(region.exitCode, 0) << region.err.toStdString();
    EXPECT_EQ(region.out, alone.out);
    EXPECT_EQ(chiso(big, {u"export"_s, u"--region"_s, u"VN"_s, u"--as-of"_s, u"2024-04"_s}).out,
              chiso(bundled, {u"export"_s, u"--as-of"_s, u"2024-04"_s}).out);
    // Everything, streamed: a line per stored row and the header.
    const QString file = dir->filePath(u"all.csv"_s);
    const Outcome all = chiso(big, {u"export"_s, u"-o"_s, file, u"--lang"_s, u"en"_s});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    qint64 lines = 0;
    while (!csv.atEnd()) {
        csv.readLine();
        ++lines;
    }
    auto store = chiso::Store::open(big);
    const chiso::Store::Counts counts = store->counts();
    EXPECT_EQ(lines, 1 + counts.values + counts.plans + counts.claims);
    EXPECT_TRUE(all.err.contains(QByteArray::number(counts.values + counts.plans + counts.claims))) << all.err.toStdString();
}

TEST_F(Scale, TheBriefingIsTheSame)
{
    QByteArrayList texts;
    QByteArrayList messages;
    for (const QString &db : {bundled, big}) {
        const QString pdf = dir->filePath(u"briefing.pdf"_s);
        QFile::remove(pdf);
        const Outcome run = chiso(db, {u"briefing"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--lang"_s, u"vi"_s, u"-o"_s, pdf});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        messages.append(run.err); // names the page count
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        ASSERT_TRUE(text.waitForFinished(60000));
        texts.append(text.readAllStandardOutput());
    }
    EXPECT_TRUE(messages[0].contains("trang")) << messages[0].toStdString();
    EXPECT_EQ(messages[1], messages[0]);
    EXPECT_GT(texts[0].size(), 1000);
    EXPECT_EQ(texts[1], texts[0]);
}

TEST_F(Scale, TheWindowsViewsAreTheSamePixelForPixel)
{
    for (const QStringList &view : {QStringList{u"--view"_s, u"dashboard"_s, u"--as-of"_s, u"2024-06"_s},
                                    QStringList{u"--view"_s, u"dashboard"_s}, // the latest month
                                    QStringList{u"--view"_s, u"findings"_s, u"--as-of"_s, u"2024-06"_s},
                                    QStringList{u"--view"_s, u"indicator:revenue"_s, u"--as-of"_s, u"2024-06"_s}}) {
        QList<QImage> shots;
        for (const QString &db : {bundled, big}) {
            const QString file = dir->filePath(u"shot.png"_s);
            const Outcome run = chiso(db, QStringList{u"--screenshot"_s, file, u"--lang"_s, u"vi"_s} + view);
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            shots.append(QImage(file));
        }
        ASSERT_FALSE(shots[0].isNull());
        EXPECT_TRUE(shots[1] == shots[0]) << view.join(u' ').toStdString();
    }
}

TEST_F(Scale, AnotherRegionIsChosenWithRegionAndOneWithoutFiguresSaysSo)
{
    const Outcome vn = chiso(big, {u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"json"_s});
    const Outcome province = chiso(big, {u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"json"_s,
                                     u"--region"_s, u"p003"_s});
    ASSERT_EQ(province.exitCode, 0) << province.err.toStdString();
    EXPECT_NE(province.out, vn.out);
    EXPECT_TRUE(province.out.contains("\"region\": \"P003\"")) << province.out.left(400).toStdString();
    // Its own latest month (December 2026), not VN's.
    const Outcome latest = chiso(big, {u"report"_s, u"--region"_s, u"Z005"_s, u"--format"_s, u"json"_s});
    EXPECT_TRUE(latest.out.contains("\"period\": \"2026-12\"")) << latest.out.left(400).toStdString();

    for (const QString &command : {u"report"_s, u"forecast"_s, u"backtest"_s, u"check"_s, u"briefing"_s, u"export"_s}) {
        const Outcome none = chiso(big, {command, u"--region"_s, u"XX"_s, u"--lang"_s, u"en"_s});
        EXPECT_EQ(none.exitCode, 1) << command.toStdString();
        EXPECT_TRUE(none.err.contains("no figures for region XX. Regions with figures: P000, P003,")) << none.err.toStdString();
        EXPECT_TRUE(none.err.contains(" and 242 more.")) << none.err.toStdString();
    }
    EXPECT_EQ(chiso(big, {u"report"_s, u"--region"_s, u"V N"_s}).exitCode, 2);
}
