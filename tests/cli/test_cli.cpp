// The chiso binary as scripts use it: exit codes, standard output, messages.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runChiso(const QStringList &arguments, const QString &home = {}, const QString &program = QStringLiteral(CHISO_BINARY))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (!home.isEmpty()) {
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class Cli : public testing::Test
{
protected:
    QTemporaryDir dir;
    // A file, or a new database on the test server when the suite runs against one.
    QString db = testsUseServer() ? PgServer::shared().createDatabase() : dir.filePath(u"cli.sqlite"_s);
    void SetUp() override { ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, db, u"--lang"_s, u"en"_s}).exitCode, 0); }
};

} // namespace

TEST_F(Cli, ReportInEnglish)
{
    const CliRun run = runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--lang"_s, u"en"_s, u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString revenue = run.out.split(u'\n').filter(u"Sector revenue"_s).value(0);
    EXPECT_TRUE(revenue.contains(u"2,067,389"_s)) << revenue.toStdString();
    EXPECT_TRUE(revenue.contains(u"4,171,172"_s));
    EXPECT_TRUE(revenue.contains(u"49.6%"_s));
    EXPECT_TRUE(revenue.contains(u"+28.1%"_s));
    EXPECT_TRUE(revenue.contains(u"+27%"_s));
    const QString budget = run.out.split(u'\n').filter(u"State-budget"_s).value(0);
    EXPECT_TRUE(budget.contains(u"58.9%"_s)) << budget.toStdString();
    EXPECT_TRUE(budget.contains(u"61%"_s));
    EXPECT_TRUE(run.out.contains(u"June 2024"_s));
}

TEST_F(Cli, ReportInVietnamese)
{
    const CliRun run = runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString revenue = run.out.split(u'\n').filter(u"Doanh thu toàn ngành"_s).value(0);
    EXPECT_TRUE(revenue.contains(u"2.067.389"_s)) << revenue.toStdString();
    EXPECT_TRUE(revenue.contains(u"49,6%"_s));
    EXPECT_TRUE(revenue.contains(u"vượt tiến độ"_s));
    const QString budget = run.out.split(u'\n').filter(u"Nộp ngân sách"_s).value(0);
    EXPECT_TRUE(budget.contains(u"58,9%"_s)) << budget.toStdString();
    EXPECT_TRUE(budget.contains(u"61%"_s));
    EXPECT_TRUE(run.out.contains(u"tháng 6/2024"_s));
    EXPECT_TRUE(run.out.contains(u"Chỉ tiêu"_s)); // the header is translated too
}

TEST_F(Cli, ReportAsJsonAndCsv)
{
    const CliRun json = runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root[u"period"_s].toString(), u"2024-06"_s);
    const QJsonObject revenue = root[u"rows"_s].toArray().first().toObject();
    EXPECT_EQ(revenue[u"indicator"_s].toString(), u"revenue"_s);
    EXPECT_EQ(revenue[u"current"_s].toObject()[u"value"_s].toDouble(), 2067389);
    EXPECT_NEAR(revenue[u"share_pct"_s].toDouble(), 49.563743715195635, 1e-12);
    EXPECT_EQ(revenue[u"status"_s].toString(), u"ahead"_s);
    EXPECT_TRUE(revenue[u"status_note"_s].isNull()); // last year's profile, sound figures

    // August 2024: profit on the calendar's pace (no 8-month figure nor total of 2023); revenue
    // on last year's profile with 8M-2023 derived from the stated growth; workforce's path
    // starts from December 2023, flagged as a break, so it has no status.
    const CliRun august = runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"8"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(august.exitCode, 0);
    QJsonObject augustRows;
    for (const QJsonValue &row : QJsonDocument::fromJson(august.out.toUtf8()).object()[u"rows"_s].toArray())
        augustRows.insert(row[u"indicator"_s].toString(), row);
    EXPECT_EQ(augustRows[u"profit"_s][u"status"_s].toString(), u"ahead"_s);
    EXPECT_EQ(augustRows[u"profit"_s][u"status_note"_s].toString(), u"calendar_fallback"_s);
    EXPECT_EQ(augustRows[u"revenue"_s][u"status"_s].toString(), u"ahead"_s);
    EXPECT_EQ(augustRows[u"revenue"_s][u"status_note"_s].toString(), u"derived_base:2023-08"_s);
    EXPECT_EQ(augustRows[u"revenue"_s][u"previous"_s][u"derived"_s][u"method"_s].toString(), u"stated_growth"_s);
    EXPECT_TRUE(augustRows[u"workforce"_s][u"status"_s].isNull());
    EXPECT_EQ(augustRows[u"workforce"_s][u"status_note"_s].toString(), u"flagged_base:2023-12"_s);

    const CliRun csv = runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"csv"_s, u"--db"_s, db});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_TRUE(lines.first().startsWith(u"indicator,name,unit,year,month,value,"_s));
    EXPECT_TRUE(lines.value(1).startsWith(u"revenue,"_s));
    EXPECT_TRUE(lines.value(1).contains(u",2067389,"_s));
}

TEST_F(Cli, HistoryAsCsvAndJson)
{
    const CliRun csv = runChiso({u"history"_s, u"--format"_s, u"csv"_s, u"--indicator"_s, u"revenue"_s, u"--limit"_s, u"0"_s, u"--db"_s, db});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 1);
    EXPECT_EQ(lines.first(), u"id,changed_at,login,action,record,indicator,region,year,month,detail,source,old_value,new_value,old_text,new_text"_s);
    const CliRun json = runChiso({u"history"_s, u"--format"_s, u"json"_s, u"--indicator"_s, u"revenue"_s, u"--limit"_s, u"0"_s, u"--db"_s, db});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray changes = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"changes"_s].toArray();
    // The same changes either way: every bundled revenue figure's insertion, one a line.
    EXPECT_EQ(changes.size(), lines.size() - 1);
    for (const QJsonValue &change : changes) {
        EXPECT_EQ(change[u"indicator"_s].toString(), u"revenue"_s);
        EXPECT_EQ(change[u"action"_s].toString(), u"insert"_s);
        EXPECT_TRUE(change[u"new_value"_s].isDouble());
    }
    const CliRun wrong = runChiso({u"history"_s, u"--format"_s, u"xml"_s, u"--db"_s, db, u"--lang"_s, u"en"_s});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(u"Unknown format 'xml': choose table, csv or json."_s)) << wrong.err.toStdString();
}

#if defined(__GLIBC__)
// libpq, and the TLS, Kerberos and LDAP libraries it needs, are loaded only for a server: a
// start on a file does without them (glibc's loader says what it loads).
TEST_F(Cli, LibpqIsLoadedOnlyForAServer)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHISO_BINARY), {u"report"_s, u"--db"_s, db, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0);
    const QString loaded = QString::fromUtf8(process.readAllStandardError());
    ASSERT_TRUE(loaded.contains(u"libQt6Core"_s)) << "the loader said nothing of what it loads";
    EXPECT_EQ(loaded.contains(u"file=libpq.so"_s), testsUseServer()) << loaded.right(2000).toStdString();
}
#endif

TEST_F(Cli, AsOfReport)
{
    const CliRun run = runChiso({u"report"_s, u"--as-of"_s, u"2024-04"_s, u"--lang"_s, u"en"_s, u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"April 2024"_s));
    EXPECT_TRUE(run.out.split(u'\n').filter(u"Sector revenue"_s).value(0).contains(u"1,365,758"_s));
}

TEST_F(Cli, ExportImportRoundTrip)
{
    const CliRun exported = runChiso({u"export"_s, u"--db"_s, db});
    ASSERT_EQ(exported.exitCode, 0);
    EXPECT_TRUE(exported.out.startsWith(u"record,indicator,region,year,month,value,basis,source_url,"_s));

    const QString file = dir.filePath(u"all.csv"_s);
    ASSERT_EQ(runChiso({u"export"_s, u"--db"_s, db, u"-o"_s, file}).exitCode, 0);
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    ASSERT_EQ(runChiso({u"init"_s, u"--empty"_s, u"--db"_s, empty}).exitCode, 0);
    const CliRun imported = runChiso({u"import"_s, file, u"--db"_s, empty, u"--lang"_s, u"en"_s});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(u"added"_s));
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, empty}).out, exported.out);

    const CliRun again = runChiso({u"import"_s, file, u"--db"_s, empty, u"--lang"_s, u"en"_s});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(u": 0 figures added"_s)) << again.out.toStdString();
}

TEST_F(Cli, ExportAsOfLeavesOutLaterFigures)
{
    const CliRun all = runChiso({u"export"_s, u"--db"_s, db});
    const CliRun april = runChiso({u"export"_s, u"--as-of"_s, u"2024-04"_s, u"--db"_s, db});
    ASSERT_EQ(april.exitCode, 0);
    EXPECT_LT(april.out.size(), all.out.size());
    EXPECT_FALSE(april.out.contains(u",2067389,"_s));
    EXPECT_TRUE(april.out.contains(u",1365758,"_s));
}

TEST_F(Cli, BadImportNamesFileLineFieldAndStoresNothing)
{
    const QString bad = dir.filePath(u"bad.csv"_s);
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("record,indicator,region,year,month,value,basis,source_url\n"
            "value,revenue,VN,2024,7,2400000,estimate,https://x.vn\n"
            "value,revenue,VN,2024,13,2400000,estimate,https://x.vn\n");
    f.close();
    const QString before = runChiso({u"export"_s, u"--db"_s, db}).out;
    const CliRun run = runChiso({u"import"_s, bad, u"--db"_s, db, u"--lang"_s, u"en"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(bad + u":3: month: expected a month from 1 to 12"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"nothing was stored"_s));
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, db}).out, before);
}

TEST_F(Cli, MissingDatabaseSaysHowToCreateIt)
{
    const QString missing = dir.filePath(u"missing.sqlite"_s);
    const CliRun run = runChiso({u"report"_s, u"--db"_s, missing, u"--lang"_s, u"en"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"chiso init --db "_s + missing)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}

TEST_F(Cli, UsageErrors)
{
    EXPECT_EQ(runChiso({u"report"_s, u"--db"_s, db, u"--format"_s, u"xml"_s}).exitCode, 2);
    EXPECT_EQ(runChiso({u"report"_s, u"--db"_s, db, u"--year"_s, u"2024"_s}).exitCode, 2);
    EXPECT_EQ(runChiso({u"report"_s, u"--db"_s, db, u"--as-of"_s, u"2024-13"_s}).exitCode, 2);
    EXPECT_EQ(runChiso({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(runChiso({u"report"_s, u"--lang"_s, u"fr"_s}).exitCode, 2);
}

TEST(CliDefault, FirstRunCreatesTheUsersDatabaseAndPrintsTheLatestReport)
{
    QTemporaryDir home;
    const CliRun run = runChiso({u"--lang"_s, u"en"_s}, home.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"Created your database"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"No display"_s));
    // The latest flow figure of the bundled dataset is 8M-2024.
    EXPECT_TRUE(run.out.contains(u"August 2024"_s)) << run.out.toStdString();
    EXPECT_TRUE(QFile::exists(home.path() + u"/.local/share/chiso/chiso.sqlite"_s));
    // …and the month's briefing, saying where.
    const QString briefing = home.path() + u"/.local/share/chiso/briefings/briefing-2024-08-en.pdf"_s;
    EXPECT_TRUE(run.err.contains(u"Wrote the briefing for August 2024"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(briefing)) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(briefing));

    const CliRun second = runChiso({u"--lang"_s, u"en"_s}, home.path());
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_FALSE(second.err.contains(u"Created your database"_s));
}

TEST(CliHelp, HelpAndVersion)
{
    const CliRun help = runChiso({u"--help"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"report"_s));
    const CliRun vi = runChiso({u"--help"_s, u"--lang"_s, u"vi"_s});
    EXPECT_TRUE(vi.out.contains(u"Lệnh"_s)) << vi.out.toStdString();
    const CliRun version = runChiso({u"--version"_s});
    EXPECT_TRUE(version.out.startsWith(u"chiso "_s));
}

TEST(CliHelp, SubcommandHelpAndMistakesNameTheCommand)
{
    const CliRun help = runChiso({u"report"_s, u"--help"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(u"Usage: chiso report [options]"_s)) << help.out.toStdString();
    const CliRun vi = runChiso({u"briefing"_s, u"--help"_s, u"--lang"_s, u"vi"_s});
    EXPECT_TRUE(vi.out.section(u'\n', 0, 0).contains(u"chiso briefing"_s)) << vi.out.toStdString();
    const CliRun wrong = runChiso({u"export"_s, u"--bogus"_s, u"--lang"_s, u"en"_s});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(u"Run 'chiso export --help' for the options."_s)) << wrong.err.toStdString();
}

TEST_F(Cli, ForecastAsJson)
{
    const CliRun run = runChiso({u"forecast"_s, u"--as-of"_s, u"2024-06"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root[u"as_of"_s].toString(), u"2024-06"_s);
    const QJsonObject revenue = root[u"flows"_s].toArray().first().toObject();
    EXPECT_EQ(revenue[u"indicator"_s].toString(), u"revenue"_s);
    EXPECT_EQ(revenue[u"cut_off_month"_s].toInt(), 6);
    EXPECT_EQ(revenue[u"year_to_date"_s].toDouble(), 2067389);
    EXPECT_EQ(revenue[u"plan"_s].toDouble(), 4171172);
    const QJsonArray methods = revenue[u"methods"_s].toArray();
    ASSERT_EQ(methods.size(), 12);
    // The bundled dataset has no run of every month: the monthly methods say what they lack.
    EXPECT_EQ(methods[6][u"method"_s].toString(), u"theta"_s);
    EXPECT_FALSE(methods[6][u"available"_s].toBool());
    EXPECT_EQ(methods[6][u"missing"_s].toString(), u"needs every month of last year and of this year so far"_s);
    EXPECT_EQ(methods[7][u"method"_s].toString(), u"ets"_s);
    EXPECT_FALSE(methods[7][u"available"_s].toBool());
    EXPECT_EQ(methods[7][u"missing"_s].toString(), u"needs every month of last year and of this year so far"_s);
    EXPECT_EQ(methods[8][u"method"_s].toString(), u"airline"_s);
    EXPECT_FALSE(methods[8][u"available"_s].toBool());
    EXPECT_EQ(methods[8][u"missing"_s].toString(), u"needs every month of last year and of this year so far"_s);
    // The plan as a forecast: shown, but without past plans to score it, left out of the combination.
    EXPECT_EQ(methods[9][u"method"_s].toString(), u"plan"_s);
    EXPECT_EQ(methods[9][u"point"_s].toDouble(), 4171172);
    EXPECT_TRUE(methods[9][u"interval80"_s].isNull());
    // Nor their mean.
    EXPECT_EQ(methods[10][u"method"_s].toString(), u"monthly_mean"_s);
    EXPECT_FALSE(methods[10][u"available"_s].toBool());
    EXPECT_EQ(methods[10][u"missing"_s].toString(), u"needs every month of last year and of this year so far"_s);
    EXPECT_NE(revenue[u"preferred"_s].toString(), u"monthly_mean"_s);
    const QJsonObject runRate = methods.first().toObject();
    EXPECT_EQ(runRate[u"method"_s].toString(), u"run_rate"_s);
    EXPECT_EQ(runRate[u"point"_s].toDouble(), 4134778); // 2,067,389 · 12 / 6
    EXPECT_NEAR(runRate[u"share_of_plan"_s].toDouble(), 4134778.0 / 4171172.0, 1e-12);
    EXPECT_FALSE(revenue[u"preferred"_s].toString().isEmpty());
    // As of June, August's 2,820,865 is unknown: no method may have used it.
    EXPECT_FALSE(run.out.contains(u"2820865"_s));
}

TEST_F(Cli, ForecastTableInBothLanguagesAndBacktest)
{
    const CliRun en = runChiso({u"forecast"_s, u"--as-of"_s, u"2024-06"_s, u"--indicator"_s, u"revenue"_s, u"--lang"_s,
                                u"en"_s, u"--db"_s, db});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    EXPECT_TRUE(en.out.contains(u"4,134,778"_s));
    EXPECT_TRUE(en.out.contains(u"Preferred:"_s));
    const CliRun vi = runChiso({u"forecast"_s, u"--as-of"_s, u"2024-06"_s, u"--indicator"_s, u"revenue"_s, u"--lang"_s,
                                u"vi"_s, u"--db"_s, db});
    EXPECT_TRUE(vi.out.contains(u"4.134.778"_s));
    EXPECT_TRUE(vi.out.contains(u"Ưu tiên"_s)) << vi.out.toStdString();
    const CliRun backtest = runChiso({u"backtest"_s, u"--indicator"_s, u"revenue"_s, u"--lang"_s, u"en"_s, u"--db"_s, db});
    ASSERT_EQ(backtest.exitCode, 0);
    EXPECT_TRUE(backtest.out.contains(u"Run rate"_s));
    EXPECT_EQ(runChiso({u"forecast"_s, u"--indicator"_s, u"nothing"_s, u"--db"_s, db}).exitCode, 2);
}

TEST_F(Cli, ScreenshotsOfEveryViewInBothLanguages)
{
    for (const QString &lang : {u"vi"_s, u"en"_s}) {
        for (const QString &view : {u"dashboard"_s, u"indicator:revenue"_s, u"overview"_s, u"table"_s, u"entry"_s}) {
            const QString file = dir.filePath(u"shot-%1-%2.png"_s.arg(lang, QString(view).replace(u':', u'_')));
            const CliRun run = runChiso({u"--screenshot"_s, file, u"--view"_s, view, u"--lang"_s, lang, u"--as-of"_s,
                                         u"2024-06"_s, u"--db"_s, db});
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            const QImage image(file);
            ASSERT_FALSE(image.isNull()) << file.toStdString();
            EXPECT_EQ(image.size(), QSize(1400, 900));
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            EXPECT_GT(colours.size(), 20) << "looks blank: " << file.toStdString();
        }
    }
    EXPECT_EQ(runChiso({u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--view"_s, u"nothing"_s, u"--db"_s, db}).exitCode, 2);
}

TEST_F(Cli, AScreenshotSizeOutsideItsBoundsIsRefusedByNameAndNothingWritten)
{
    const QString file = dir.filePath(u"huge.png"_s);
    for (const QString &size : {u"100000x100000"_s, u"10001x900"_s, u"1400x199"_s, u"0x0"_s, u"1400"_s, u"widexhigh"_s, u"1400x900x3"_s}) {
        const CliRun run = runChiso({u"--screenshot"_s, file, u"--size"_s, size, u"--lang"_s, u"en"_s, u"--db"_s, db});
        EXPECT_EQ(run.exitCode, 2) << size.toStdString();
        EXPECT_TRUE(run.err.contains(u"--size"_s) && run.err.contains(u"from 200 to 10,000"_s)
                    && run.err.contains(u"'%1'"_s.arg(size)))
            << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(u"QPainter"_s)) << run.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(file)) << size.toStdString();
    }
    const CliRun vi = runChiso({u"--screenshot"_s, file, u"--size"_s, u"20000x900"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db});
    EXPECT_EQ(vi.exitCode, 2);
    EXPECT_TRUE(vi.err.contains(u"--size"_s) && vi.err.contains(u"10.000"_s)) << vi.err.toStdString();

    // The bounds themselves are sizes, and the image has the size asked for.
    const CliRun small = runChiso({u"--screenshot"_s, file, u"--size"_s, u"1000x700"_s, u"--lang"_s, u"en"_s, u"--db"_s, db});
    ASSERT_EQ(small.exitCode, 0) << small.err.toStdString();
    EXPECT_EQ(QImage(file).size(), QSize(1000, 700));
}

TEST_F(Cli, AScreenshotThatCannotBeWrittenNamesTheFileAndTheCause)
{
    const QString file = dir.filePath(u"no-such-folder/shot.png"_s);
    const CliRun run = runChiso({u"--screenshot"_s, file, u"--lang"_s, u"en"_s, u"--db"_s, db});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(file)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"Unknown error"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(Cli, KpiTableCsvFileForExcelHasAByteOrderMark)
{
    const QString file = dir.filePath(u"kpi.csv"_s);
    ASSERT_EQ(runChiso({u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"csv"_s, u"--lang"_s, u"vi"_s,
                        u"-o"_s, file, u"--db"_s, db})
                  .exitCode,
              0);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(u"Doanh thu toàn ngành"_s));
    // Standard output stays without one, for programs.
    EXPECT_FALSE(runChiso({u"report"_s, u"--format"_s, u"csv"_s, u"--db"_s, db}).out.startsWith(QChar(0xFEFF)));
}

TEST_F(Cli, CheckListsFindingsLargestFirst)
{
    const CliRun json = runChiso({u"check"_s, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s, u"--db"_s, db});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8()).object()[u"findings"_s].toArray();
    ASSERT_GT(findings.size(), 5);
    EXPECT_EQ(findings.first().toObject()[u"kind"_s].toString(), u"reported_vs_measured"_s);
    double previous = 1e9;
    bool budget = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        EXPECT_LE(f[u"severity"_s].toDouble(), previous);
        previous = f[u"severity"_s].toDouble();
        budget = budget || (f[u"kind"_s].toString() == u"stated_share"_s && f[u"indicator"_s].toString() == u"state_budget"_s
                            && f[u"found"_s].toDouble() == 61);
    }
    EXPECT_TRUE(budget);
    const CliRun vi = runChiso({u"check"_s, u"--year"_s, u"2024"_s, u"--lang"_s, u"vi"_s, u"--db"_s, db});
    EXPECT_TRUE(vi.out.contains(u"báo cáo 30,0%, trong khi đo trực tuyến chỉ 17,0%"_s)) << vi.out.toStdString();

    const QString empty = dir.filePath(u"empty-check.sqlite"_s);
    ASSERT_EQ(runChiso({u"init"_s, u"--empty"_s, u"--db"_s, empty}).exitCode, 0);
    EXPECT_TRUE(runChiso({u"check"_s, u"--lang"_s, u"en"_s, u"--db"_s, empty}).out.contains(u"No findings"_s));
}

TEST_F(Cli, CheckTolerancesAreSettings)
{
    auto count = [&](const QStringList &extra) {
        const CliRun run = runChiso(QStringList{u"check"_s, u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s, u"--db"_s, db} + extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(run.out.toUtf8()).object()[u"findings"_s].toArray().size();
    };
    const qsizetype defaults = count({});
    // At 3 pp, none of 2024's four stated shares is a finding any more: GDP 3M (22,4 % vs 23,5 %),
    // GDP 6M (49 % vs 50,8 %), budget 6M (61 % vs 58,9 %), revenue 8M (66,4 % vs 67,6 %).
    EXPECT_EQ(count({u"--share-tolerance"_s, u"3"_s}), defaults - 4);
    EXPECT_GT(count({u"--growth-tolerance"_s, u"0"_s}), defaults);
    EXPECT_EQ(runChiso({u"check"_s, u"--share-tolerance"_s, u"abc"_s, u"--db"_s, db}).exitCode, 2);
}

TEST_F(Cli, ExcelExportTemplateAndImport)
{
    const QString book = dir.filePath(u"all.xlsx"_s);
    ASSERT_EQ(runChiso({u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, book, u"--db"_s, db}).exitCode, 0);
    EXPECT_EQ(runChiso({u"export"_s, u"--format"_s, u"xlsx"_s, u"--db"_s, db}).exitCode, 2); // a workbook needs -o
    const QString empty = dir.filePath(u"empty-xlsx.sqlite"_s);
    ASSERT_EQ(runChiso({u"init"_s, u"--empty"_s, u"--db"_s, empty}).exitCode, 0);
    const CliRun imported = runChiso({u"import"_s, book, u"--db"_s, empty, u"--lang"_s, u"en"_s});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, empty}).out, runChiso({u"export"_s, u"--db"_s, db}).out);

    const QString form = dir.filePath(u"form.xlsx"_s);
    const CliRun written = runChiso({u"template"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"9"_s, u"-o"_s, form, u"--lang"_s, u"vi"_s, u"--db"_s, db});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(QFile::exists(form));
    const CliRun unfilled = runChiso({u"import"_s, form, u"--db"_s, db, u"--lang"_s, u"en"_s});
    EXPECT_EQ(unfilled.exitCode, 1);
    EXPECT_TRUE(unfilled.err.contains(u"!B3"_s)) << unfilled.err.toStdString(); // the source cell is empty
}

TEST_F(Cli, WithoutItsWorkbookPluginExcelIsRefusedByNameAndNothingIsWritten)
{
    // The program alone in a folder, without the lib/…/chiso beside it.
    const QString lonely = dir.filePath(u"bin/chiso"_s);
    ASSERT_TRUE(QDir().mkpath(dir.filePath(u"bin"_s)));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHISO_BINARY), lonely));
    const QString book = dir.filePath(u"all.xlsx"_s);
    const CliRun exported = runChiso({u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, book, u"--db"_s, db, u"--lang"_s, u"en"_s}, {}, lonely);
    EXPECT_NE(exported.exitCode, 0);
    EXPECT_TRUE(exported.err.contains(u"Chỉ Số cannot find its part"_s) && exported.err.contains(u"chiso_workbooks"_s)) << exported.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(book));
    EXPECT_FALSE(QFileInfo::exists(book + u".part"_s));
    // The same program with its plugin writes the workbook, which the lonely one cannot read.
    ASSERT_EQ(runChiso({u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, book, u"--db"_s, db}).exitCode, 0);
    const CliRun imported = runChiso({u"import"_s, book, u"--db"_s, db, u"--lang"_s, u"en"_s}, {}, lonely);
    EXPECT_NE(imported.exitCode, 0);
    EXPECT_TRUE(imported.err.contains(u"chiso_workbooks"_s)) << imported.err.toStdString();
    // Everything else still works without it.
    EXPECT_EQ(runChiso({u"report"_s, u"--db"_s, db}, {}, lonely).exitCode, 0);
}

TEST_F(Cli, GlobalOptionsBeforeTheCommandAreTheCommandsToo)
{
    const QString csv = dir.filePath(u"july.csv"_s);
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("record,indicator,year,month,value,basis,source_url\nvalue,revenue,2024,7,2400000,estimate,https://example.vn/7m\n");
    }
    const QString home = dir.filePath(u"home"_s); // a user's own database must stay untouched
    const CliRun import = runChiso({u"--db"_s, db, u"--lang"_s, u"en"_s, u"import"_s, csv}, home);
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    EXPECT_TRUE(import.out.contains(u"1"_s) || import.err.contains(u"1"_s));
    EXPECT_FALSE(QFileInfo::exists(home + u"/.local/share/chiso/chiso.sqlite"_s));
    const CliRun exported = runChiso({u"--db=%1"_s.arg(db), u"export"_s}, home);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(u"https://example.vn/7m"_s));

    // No command: the report of the database named, in the language named, not the user's own.
    const CliRun headless = runChiso({u"--db"_s, db, u"--lang"_s, u"en"_s}, home);
    ASSERT_EQ(headless.exitCode, 0) << headless.err.toStdString();
    EXPECT_TRUE(headless.out.contains(u"Sector revenue"_s)) << headless.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(home + u"/.local/share/chiso/chiso.sqlite"_s));
    EXPECT_EQ(runChiso({u"--db"_s}, home).exitCode, 2);
}

TEST_F(Cli, NotANumberIsNoTolerance)
{
    for (const QString &value : {u"nan"_s, u"NaN"_s, u"inf"_s, u"-1"_s, u"101"_s}) {
        const CliRun report = runChiso({u"report"_s, u"--tolerance"_s, value, u"--db"_s, db, u"--lang"_s, u"en"_s});
        EXPECT_EQ(report.exitCode, 2) << value.toStdString();
        EXPECT_TRUE(report.err.contains(u"from 0 to 100"_s)) << report.err.toStdString();
        for (const QString &option : {u"--share-tolerance"_s, u"--growth-tolerance"_s, u"--sources-tolerance"_s, u"--chain-tolerance"_s})
            EXPECT_EQ(runChiso({u"check"_s, option, value, u"--db"_s, db}).exitCode, 2) << option.toStdString() << ' ' << value.toStdString();
    }
    EXPECT_EQ(runChiso({u"report"_s, u"--tolerance"_s, u"2.5"_s, u"--db"_s, db}).exitCode, 0);
}

TEST_F(Cli, ReadingAnotherProgramsDatabaseChangesNothing)
{
    const QString foreign = dir.filePath(u"bookmarks.sqlite"_s);
    ASSERT_EQ(QProcess::execute(u"sqlite3"_s, {foreign, u"create table bookmarks(id)"_s}), 0);
    QFile file(foreign);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    for (const QString &command : {u"export"_s, u"report"_s, u"check"_s, u"forecast"_s}) {
        const CliRun run = runChiso({command, u"--db"_s, foreign, u"--lang"_s, u"en"_s});
        EXPECT_EQ(run.exitCode, 1) << command.toStdString();
        EXPECT_TRUE(run.err.contains(u"another program"_s)) << run.err.toStdString();
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    EXPECT_FALSE(QFileInfo::exists(foreign + u"-wal"_s));
}

TEST_F(Cli, AScreenshotAskedForWithEqualsSignsIsTaken)
{
    const QString png = dir.filePath(u"equals.png"_s);
    const CliRun run = runChiso({u"--db=%1"_s.arg(db), u"--screenshot=%1"_s.arg(png), u"--view=overview"_s, u"--size=800x600"_s,
                                 u"--lang=en"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(800, 600));
    EXPECT_FALSE(run.out.contains(u"Sector revenue"_s)); // not the headless report
}

namespace {

/// Province figures for June 2024 (and 2023, for growth): Hồ Chí Minh City the largest, and
/// Hà Nội's fibre households both reported and measured.
const QByteArray provinceFigures = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                                   "value,revenue,01,2024,6,500,actual,https://so.vn/hn,,,,\n"
                                   "value,revenue,01,2023,6,400,actual,https://so.vn/hn,,,,\n"
                                   "value,revenue,79,2024,6,900,actual,https://so.vn/hcm,,,,\n"
                                   "value,revenue,79,2023,6,1000,actual,https://so.vn/hcm,,,,\n"
                                   "value,revenue,31,2024,6,300,actual,https://so.vn/hp,,,,\n"
                                   "value,fibre_households_pct,01,2024,6,30,reported,https://so.vn/hn-paper,,,,\n"
                                   "value,fibre_households_pct,01,2024,6,17,measured,https://vnnic.vn/hn,,,,\n";

} // namespace

TEST_F(Cli, ScreenshotsOfTheProvincesComparedInBothLanguages)
{
    QFile csv(dir.filePath(u"provinces.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write(provinceFigures);
    csv.close();
    ASSERT_EQ(runChiso({u"import"_s, csv.fileName(), u"--db"_s, db}).exitCode, 0);
    for (const QString &lang : {u"vi"_s, u"en"_s}) {
        for (const QString &view : {u"ranking:revenue"_s, u"map:revenue"_s, u"multiples:revenue"_s, u"gaps:fibre_households_pct"_s}) {
            const QString file = dir.filePath(u"compare-%1-%2.png"_s.arg(lang, QString(view).replace(u':', u'_')));
            const CliRun run = runChiso({u"--screenshot"_s, file, u"--view"_s, view, u"--lang"_s, lang, u"--as-of"_s, u"2024-06"_s,
                                         u"--region"_s, u"79"_s, u"--size"_s, u"1366x768"_s, u"--db"_s, db});
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            const QImage image(file);
            ASSERT_FALSE(image.isNull()) << file.toStdString();
            EXPECT_EQ(image.size(), QSize(1366, 768));
            if (view.startsWith(u"map"_s)) {
                // The largest province's tile in the scale's top colour (cividis' yellow, ui/StatusColors).
                bool top = false;
                for (int y = 0; y < image.height() && !top; ++y) {
                    for (int x = 0; x < image.width() && !top; ++x)
                        top = image.pixelColor(x, y) == QColor(0xfe, 0xe8, 0x38);
                }
                EXPECT_TRUE(top) << lang.toStdString();
            }
        }
    }
    const CliRun unknown = runChiso({u"--screenshot"_s, dir.filePath(u"x.png"_s), u"--view"_s, u"ranking:nothing"_s, u"--db"_s, db});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"ranking:CODE"_s)) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(u"x.png"_s)));
}
