// What only a server has: preparing it, copying to and from it, logins and their failures,
// a server that stops in the middle of an import, and clients upgrading it at once.
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "support/ServerDatabase.h"
#include "io/FigureImporter.h"
#include "session/Analysis.h"
#include "store/Backend.h"
#include "store/DatabaseAddress.h"
#include "store/History.h"
#include "store/Logins.h"
#include "store/PostgresBackend.h"
#include "store/Schema.h"
#include "store/ServerWatchdog.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryDir>
#include <arpa/inet.h>
#include <clocale>
#include <future>
#include <latch>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Runs the program with `variables` added to its environment.
std::function<void(QProcess &)> withEnvironment(const QProcessEnvironment &variables)
{
    return [variables](QProcess &process) {
        QProcessEnvironment env = process.processEnvironment();
        for (const QString &key : variables.keys())
            env.insert(key, variables.value(key));
        process.setProcessEnvironment(env);
    };
}

QString connectError(const QString &url, const QString &password = {})
{
    QString error;
    const auto address = DatabaseAddress::parse(url, &error);
    if (!address)
        return error;
    try {
        Store::open(*address, password);
    } catch (const StoreError &e) {
        return e.message();
    }
    return {};
}

/// The schema as `target` left it: its steps, one transaction each, as an older Chỉ Số ran them.
void migrateUpTo(const DatabaseAddress &address, int target)
{
    std::unique_ptr<Backend> backend = Backend::connect(address, false);
    for (int version = 0; version < target; ++version) {
        backend->beginMigration();
        QSqlQuery query(backend->db());
        for (const QString &sql : backend->migrations().at(version))
            ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        backend->setSchemaVersion(version + 1);
        backend->commit();
        backend->endMigration();
    }
}

/// A CSV of `rows` figures over 5,000 regions (R0 …), whose units `url`'s database is given:
/// an import that takes seconds.
QString writeBigImport(const QTemporaryDir &dir, const QString &url, int rows)
{
    const QString csv = dir.filePath(u"big.csv"_s);
    QFile big(csv);
    if (!big.open(QIODevice::WriteOnly))
        return {};
    big.write("record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n");
    for (int i = 0; i < rows; ++i)
        big.write(u"value,revenue,R%1,%2,%3,%4,reported,https://a.vn/big,Big,,,\n"_s.arg(i % 5000).arg(1950 + i / 60000).arg(1 + (i / 5000) % 12).arg(i).toUtf8());
    big.close();
    addUnits(*Store::open(url), numberedCodes(u"R"_s, 5000));
    return csv;
}

/// Waits until a client of ours holds a transaction that has written; false after 20 s.
bool waitForAWritingImport(const PgServer &server)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const QString active = server.psql(u"postgres"_s, u"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'chiso' "
                                                           "AND backend_xid IS NOT NULL"_s).trimmed();
        if (active != u"0"_s)
            return true;
        QThread::msleep(20);
    }
    return false;
}

/// The environment of a German desktop, whose libpq and C library speak German (Debian ships
/// libpq's catalogue for de; installer/setup-debian.sh generates the locale).
QProcessEnvironment germanEnvironment()
{
    QProcessEnvironment env;
    env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"de"_s);
    return env;
}

/// `chiso import` of 400,000 figures into a private server holding the bundled data, on a
/// German desktop, once its transaction has begun to write (the entry, then the staged rows,
/// which take seconds): what a server that fails in the middle of an import meets. `before`:
/// the export from before it.
struct ImportUnderWay {
    std::unique_ptr<PgServer> server;
    QString url;
    QString before;
    QTemporaryDir dir;
    QProcess import;
};

void startImportUnderWay(ImportUnderWay &run)
{
    run.server = PgServer::startPrivate();
    run.url = run.server->createDatabase();
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, run.url}).exitCode, 0);
    const QString csv = writeBigImport(run.dir, run.url, 400000);
    ASSERT_FALSE(csv.isEmpty());
    run.before = runChiso({u"export"_s, u"--db"_s, run.url}).out;
    withEnvironment(germanEnvironment())(run.import);
    run.import.start(QStringLiteral(CHISO_BINARY), {u"import"_s, u"--db"_s, run.url, csv, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(run.import.waitForStarted());
    ASSERT_TRUE(waitForAWritingImport(*run.server)) << "the import never began to write";
}

QString tablesOf(PgServer &server, const QString &url)
{
    return server.psql(url.section(u'/', -1), u"SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables "
                                               "WHERE table_schema = 'public'"_s).trimmed();
}

} // namespace

TEST(DatabaseAddress, ReadsAServerAddressAndRefusesAPassword)
{
    QString error;
    const auto address = DatabaseAddress::parse(u"postgresql://analyst@db.office.vn:5433/chiso?sslmode=require"_s, &error);
    ASSERT_TRUE(address) << error.toStdString();
    EXPECT_TRUE(address->isServer());
    EXPECT_EQ(address->host, u"db.office.vn"_s);
    EXPECT_EQ(address->port, 5433);
    EXPECT_EQ(address->user, u"analyst"_s);
    EXPECT_EQ(address->database, u"chiso"_s);
    EXPECT_EQ(address->sslMode, u"require"_s);
    EXPECT_EQ(address->display(), u"postgresql://analyst@db.office.vn:5433/chiso?sslmode=require"_s);
    EXPECT_EQ(address->server(), u"db.office.vn:5433"_s); // as messages name it
    EXPECT_EQ(DatabaseAddress::parse(u"postgresql://a@[::1]:5433/d"_s, &error)->server(), u"[::1]:5433"_s);
    EXPECT_EQ(DatabaseAddress::parse(u"postgres://h/d"_s, &error)->port, 5432);
    EXPECT_FALSE(DatabaseAddress::parse(u"/home/a/chiso.sqlite"_s, &error)->isServer());

    EXPECT_FALSE(DatabaseAddress::parse(u"postgresql://analyst:hunter2@h/d"_s, &error));
    EXPECT_TRUE(error.contains(u"password"_s) && !error.contains(u"hunter2"_s)) << error.toStdString();
    EXPECT_FALSE(DatabaseAddress::parse(u"postgresql://h/"_s, &error));
    EXPECT_TRUE(error.contains(u"no database"_s)) << error.toStdString();
    EXPECT_FALSE(DatabaseAddress::parse(u"postgresql://h/d?sslmode=always"_s, &error));
    EXPECT_TRUE(error.contains(u"sslmode must be one of"_s)) << error.toStdString();
    EXPECT_FALSE(DatabaseAddress::parse(u"postgresql://h/d?options=-c"_s, &error));
    EXPECT_TRUE(error.contains(u"'options'"_s)) << error.toStdString();
}

// The server's group roles are named after the database (its first 48 bytes): a name cut
// there could be another database's too, and its logins would have rights in both.
TEST(Server, InitRefusesADatabaseNameTooLongForItsRolesAndTakesOneThatFits)
{
    PgServer &server = PgServer::shared();
    const QString tooLong = u"chiso_bao_cao_hang_thang_cua_cac_so_thong_tin_2026"_s; // 50 bytes
    const QString fits = u"chỉ_số_báo_cáo_tháng_sở_thông_tin_2026"_s;                // 48 bytes, 38 letters
    ASSERT_EQ(tooLong.toUtf8().size(), 50);
    ASSERT_EQ(fits.toUtf8().size(), 48);
    for (const QString &name : {tooLong, fits}) {
        server.psql(u"postgres"_s, u"DROP DATABASE IF EXISTS \"%1\""_s.arg(name));
        server.psql(u"postgres"_s, u"CREATE DATABASE \"%1\""_s.arg(name));
    }
    const ChisoRun refused = runChiso({u"server"_s, u"init"_s, u"--db"_s, server.url(tooLong)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"The database name %1 takes 50 bytes"_s.arg(tooLong))) << refused.err.toStdString();
    EXPECT_TRUE(tablesOf(server, server.url(tooLong)).isEmpty()); // nothing created

    const ChisoRun prepared = runChiso({u"server"_s, u"init"_s, u"--db"_s, server.url(fits)});
    ASSERT_EQ(prepared.exitCode, 0) << prepared.err.toStdString();
    // Its roles carry the whole name, within PostgreSQL's 63 bytes.
    EXPECT_EQ(server.psql(fits, u"SELECT count(*) FROM pg_roles WHERE rolname = chiso_group('office') AND rolname LIKE '%%_chiso_office'"_s).trimmed(), u"1"_s);
    EXPECT_EQ(server.psql(fits, u"SELECT chiso_group('office')"_s).trimmed(), fits + u"_chiso_office"_s);
}

TEST(Server, InitPreparesAnEmptyDatabaseOnceAndRefusesAnotherProgramsTables)
{
    PgServer &server = PgServer::shared();
    const QString url = server.createDatabase();
    const ChisoRun first = runChiso({u"server"_s, u"init"_s, u"--db"_s, url});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(u"schema version %1"_s.arg(currentSchemaVersion()))) << first.out.toStdString();
    const QString tables = tablesOf(server, url);
    EXPECT_EQ(tables, u"acknowledgement,chiso_login,chiso_schema,claim,entry,history,indicator,observation,plan,review,setting,source,submission,unit,unit_merger,unit_weight"_s);
    const ChisoRun again = runChiso({u"server"_s, u"init"_s, u"--db"_s, url});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(server.psql(url.section(u'/', -1), u"SELECT count(*) FROM chiso_schema"_s).trimmed(), u"1"_s);

    const QString foreign = server.createDatabase();
    server.psql(foreign.section(u'/', -1), u"CREATE TABLE bookmarks (id integer)"_s);
    const ChisoRun refused = runChiso({u"server"_s, u"init"_s, u"--db"_s, foreign});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"tables of another program (bookmarks)"_s)) << refused.err.toStdString();
    EXPECT_EQ(tablesOf(server, foreign), u"bookmarks"_s); // nothing created beside them

    // An empty database opened for work, not prepared, says how to prepare it.
    const QString empty = server.createDatabase();
    const ChisoRun report = runChiso({u"report"_s, u"--db"_s, empty});
    EXPECT_EQ(report.exitCode, 1);
    EXPECT_TRUE(report.err.contains(u"chiso server init --db "_s + empty)) << report.err.toStdString();
}

TEST(Server, ACopyThereAndBackExportsTheSameBytes)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"analyst.sqlite"_s);
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, file}).exitCode, 0);
    // Text that a copy could mangle: tabs, line breaks, backslashes, quotes, beyond the BMP.
    const QString csv = dir.filePath(u"odd.csv"_s);
    QFile odd(csv);
    ASSERT_TRUE(odd.open(QIODevice::WriteOnly));
    odd.write(R"(record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note
value,revenue,HN,2024,3,0.1,reported,https://a.vn/x,"Tab	here \N \. end",,"line one
line two )" "\xf0\x9f\x98\x80" R"(","'; DROP TABLE observation; --"
value,revenue,HN,2024,4,123456789.125,reported,https://a.vn/x,"Tab	here \N \. end",,"Robert'); --","\\'"""
)");
    odd.close();
    // HN is a unit of the analyst's own, added as the office would: the copy carries it over.
    QFile units(dir.filePath(u"units.csv"_s));
    ASSERT_TRUE(units.open(QIODevice::WriteOnly));
    units.write("code,name_vi,name_en,kind\nHN,Sở Hà Nội,Hanoi department,other\n");
    units.close();
    const ChisoRun added = runChiso({u"units"_s, u"import"_s, units.fileName(), u"--db"_s, file});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const ChisoRun imported = runChiso({u"import"_s, u"--db"_s, file, csv});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    {
        // A history beyond insertions: a value changed, a figure removed, an acknowledgement.
        auto analyst = Store::open(file);
        QList<Figure> values = analyst->figures();
        values.removeIf([](const Figure &f) { return f.kind != RecordKind::Value; });
        ASSERT_GE(values.size(), 2);
        Figure changed = values.constFirst();
        changed.value += 1;
        analyst->saveFigures({changed}, u"window"_s, {values.constLast()});
        analyst->acknowledge(u"some.finding"_s, u"Đã kiểm tra với Vụ Kế hoạch"_s);
    }

    const QString url = PgServer::shared().createDatabase();
    const ChisoRun there = runChiso({u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, url});
    ASSERT_EQ(there.exitCode, 0) << there.err.toStdString();
    const QString back = dir.filePath(u"back.sqlite"_s);
    const ChisoRun again = runChiso({u"db"_s, u"copy"_s, u"--from"_s, url, u"--to"_s, back});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();

    const ChisoRun fromFile = runChiso({u"export"_s, u"--db"_s, file});
    const ChisoRun fromServer = runChiso({u"export"_s, u"--db"_s, url});
    const ChisoRun fromBack = runChiso({u"export"_s, u"--db"_s, back});
    ASSERT_EQ(fromFile.exitCode, 0);
    EXPECT_TRUE(fromFile.out.contains(u"line one\nline two 😀"_s)) << fromFile.out.right(600).toStdString();
    EXPECT_TRUE(fromFile.out.contains(u"\\\\'"_s));
    EXPECT_EQ(fromServer.out, fromFile.out);
    EXPECT_EQ(fromBack.out, fromFile.out);
    // The history goes with the figures, as it was: not the copy's own insertions.
    const QStringList allChanges = {u"history"_s, u"--format"_s, u"csv"_s, u"--limit"_s, u"0"_s, u"--db"_s};
    const ChisoRun historyOfFile = runChiso(allChanges + QStringList{file});
    ASSERT_EQ(historyOfFile.exitCode, 0) << historyOfFile.err.toStdString();
    for (const QString &action : {u",insert,observation,"_s, u",update,observation,"_s, u",delete,observation,"_s, u",insert,acknowledgement,"_s})
        EXPECT_TRUE(historyOfFile.out.contains(action)) << action.toStdString();
    EXPECT_EQ(runChiso(allChanges + QStringList{url}).out, historyOfFile.out);
    EXPECT_EQ(runChiso(allChanges + QStringList{back}).out, historyOfFile.out);
    // A change after the copy is recorded after the copied ones.
    {
        auto office = Store::open(url);
        office->acknowledge(u"another.finding"_s, u"Số liệu đúng"_s);
        const QList<HistoryChange> latest = readHistory(*office, {}, 1);
        ASSERT_EQ(latest.size(), 1);
        EXPECT_EQ(latest[0].newText, u"Số liệu đúng"_s);
        EXPECT_GT(latest[0].id, latestChange(*Store::open(file)));
    }
    // Entries and acknowledgements travel too, with their ids.
    auto a = Store::open(file);
    auto b = Store::open(back);
    EXPECT_EQ(a->counts().sources, b->counts().sources);

    // Into a database that holds figures: refused, and it stays as it was.
    const ChisoRun refused = runChiso({u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, url});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"holds figures already"_s)) << refused.err.toStdString();
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, url}).out, fromFile.out);
    // Onto an existing file: refused.
    EXPECT_EQ(runChiso({u"db"_s, u"copy"_s, u"--from"_s, url, u"--to"_s, back}).exitCode, 1);
}

TEST(Server, ACopyIsRefusedOntoADatabaseWithAHistoryOfItsOwn)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"analyst.sqlite"_s);
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, file}).exitCode, 0);
    const QString url = PgServer::shared().createDatabase();
    ASSERT_EQ(runChiso({u"server"_s, u"init"_s, u"--db"_s, url}).exitCode, 0);
    {
        // Nothing is stored there, but something was: its history would meet the file's.
        auto office = Store::open(url);
        office->acknowledge(u"some.finding"_s, u"checked"_s);
        office->reopen(u"some.finding"_s);
    }
    const ChisoRun refused = runChiso({u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, url});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"holds a history of changes already"_s)) << refused.err.toStdString();
    EXPECT_TRUE(Store::open(url)->figures().isEmpty());
}

TEST(Server, ACopyOntoAServerIsTheOwnersAndAnotherOfficeLoginIsToldSo)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"analyst.sqlite"_s);
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, file}).exitCode, 0);
    PgServer &server = PgServer::shared();
    const QString url = server.createDatabase();
    const QString name = url.section(u'/', -1);
    ASSERT_EQ(runChiso({u"server"_s, u"init"_s, u"--db"_s, url}).exitCode, 0);
    ASSERT_EQ(runChiso({u"server"_s, u"add-user"_s, name + u"_office"_s, u"--role"_s, u"office"_s, u"--db"_s, url}).exitCode, 0);
    const ChisoRun refused = runChiso({u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, server.url(name, name + u"_office"_s)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"Only the owner of the tables of"_s) && refused.err.contains(u"may copy a database onto it"_s))
        << refused.err.toStdString();
    EXPECT_TRUE(Store::open(url)->figures().isEmpty());
    // The owner copies it.
    EXPECT_EQ(runChiso({u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, url}).exitCode, 0);
    EXPECT_FALSE(Store::open(url)->figures().isEmpty());
}

TEST(Server, AnOutdatedDatabaseOpenedByALoginThatDoesNotOwnItIsToldWhoMayUpdateIt)
{
    PgServer &server = PgServer::shared();
    const auto [url, db, address] = newServerDatabase(server);
    const int previous = currentSchemaVersion() - 1;
    ASSERT_NO_FATAL_FAILURE(migrateUpTo(address, previous)); // as the previous version left it
    server.psql(db, u"SELECT chiso_add_login('%1_office', 'office', NULL, NULL)"_s.arg(db));
    const QString office = server.url(db, db + u"_office"_s);
    EXPECT_EQ(connectError(office), u"%1 needs its schema updated from version %2 to %3, which only the owner of its tables (%4) may do: "
                                     "ask them to open it once, or to run chiso server init --db %1."_s
                                         .arg(office)
                                         .arg(previous)
                                         .arg(currentSchemaVersion())
                                         .arg(server.superuser()));
    EXPECT_EQ(server.psql(db, u"SELECT max(version) FROM chiso_schema"_s).trimmed(), QString::number(previous)); // untouched
    // The owner opens it once: updated; then the office login opens it too.
    Store::prepareServer(address);
    EXPECT_EQ(connectError(office), QString());
}

TEST(Server, TwoClientsUpgradingAtOnceMigrateOnce)
{
    PgServer &server = PgServer::shared();
    const QString url = server.createDatabase();
    QString error;
    const DatabaseAddress address = *DatabaseAddress::parse(url, &error);
    std::latch start(2);
    auto prepare = [&] {
        start.arrive_and_wait();
        return Store::prepareServer(address)->indicators().size();
    };
    auto first = std::async(std::launch::async, prepare);
    auto second = std::async(std::launch::async, prepare);
    const qsizetype a = first.get();
    const qsizetype b = second.get();
    EXPECT_EQ(a, b);
    EXPECT_GT(a, 10);
    const QString db = url.section(u'/', -1);
    EXPECT_EQ(server.psql(db, u"SELECT string_agg(version::text, ',') FROM chiso_schema"_s).trimmed(), QString::number(currentSchemaVersion()));
    EXPECT_EQ(server.psql(db, u"SELECT count(*) FROM indicator"_s).trimmed(), QString::number(a));
}

TEST(Server, AWrongOrMissingPasswordIsSaidWithoutThePassword)
{
    PgServer &server = PgServer::shared();
    const QString url = server.url(u"postgres"_s, PgServer::passwordUser());
    const QString wrong = connectError(url, u"hunter2-xyz"_s);
    EXPECT_TRUE(wrong.contains(u"refused the login chiso_pw: the password is wrong or missing"_s)) << wrong.toStdString();
    EXPECT_FALSE(wrong.contains(u"hunter2"_s));
    // PGPASSWORD is honoured, and a wrong one is said the same way.
    QProcessEnvironment env;
    env.insert(u"PGPASSWORD"_s, u"hunter2-xyz"_s);
    const ChisoRun run = runChiso({u"report"_s, u"--db"_s, url}, withEnvironment(env));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"the password is wrong or missing"_s)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"hunter2"_s));
    // The right one reaches the database (which is not prepared: said so, not a login error).
    env.insert(u"PGPASSWORD"_s, u"secret"_s);
    const ChisoRun right = runChiso({u"report"_s, u"--db"_s, url}, withEnvironment(env));
    EXPECT_TRUE(right.err.contains(u"holds no tables yet"_s)) << right.err.toStdString();
    const QString passed = connectError(url, u"secret"_s);
    EXPECT_TRUE(passed.contains(u"holds no tables yet"_s)) << passed.toStdString();
}

TEST(Server, NoServerUnknownHostAndNoAnswerAreEachSaidInOneSentence)
{
    // A port that nothing listens on: one we bound and let go.
    const int closedPort = PgServer::freePort();
    const QString none = connectError(u"postgresql://a@127.0.0.1:%1/d"_s.arg(closedPort));
    EXPECT_EQ(none, u"No database server is listening at 127.0.0.1:%1: check the address and the port, or whether the server is running."_s.arg(closedPort));
    const QString unknown = connectError(u"postgresql://a@no-such-host.invalid/d"_s);
    EXPECT_EQ(unknown, u"There is no computer named no-such-host.invalid on the network: check the server's name."_s);
    // Encryption asked of a server that offers none (the test server's ssl is off).
    PgServer &server = PgServer::shared();
    const QString plain = connectError(server.url(server.createDatabase().section(u'/', -1)) + u"?sslmode=require"_s);
    EXPECT_EQ(plain, u"The server 127.0.0.1:%1 does not offer encrypted connections (SSL), and the address asks for one (sslmode=require): "
                     "ask its administrator to turn SSL on, or leave sslmode out on a network you trust."_s.arg(server.port()));

    // A server that accepts the connection and never says a word.
    const int silent = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ASSERT_EQ(listen(silent, 4), 0);
    getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length);
    QElapsedTimer timer;
    timer.start();
    const QString hung = connectError(u"postgresql://a@127.0.0.1:%1/d"_s.arg(ntohs(address.sin_port)));
    const qint64 waited = timer.elapsed();
    close(silent);
    EXPECT_EQ(hung, u"The server 127.0.0.1:%1 did not answer within 5 seconds."_s.arg(ntohs(address.sin_port)));
    EXPECT_LT(waited, 10000); // libpq's connect_timeout of 5 s, not TCP's minutes
}

TEST(Server, AnEncryptedConnectionImportsAndReportsAndACertificateThatCannotBeCheckedIsSaidSo)
{
    const auto server = PgServer::startPrivate();
    server->enableSsl();
    const QString url = server->createDatabase() + u"?sslmode=require"_s;
    ASSERT_EQ(runChiso({u"server"_s, u"init"_s, u"--db"_s, url}).exitCode, 0);
    {
        auto store = Store::open(url);
        QSqlQuery encrypted(store->database());
        ASSERT_TRUE(encrypted.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && encrypted.next());
        EXPECT_TRUE(encrypted.value(0).toBool()); // the premise: this connection is encrypted
    }
    QTemporaryDir dir;
    QFile csv(dir.filePath(u"figures.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
              "value,revenue,VN,2024,6,1000,actual,https://a.vn/x,,,,\n");
    csv.close();
    const ChisoRun imported = runChiso({u"import"_s, csv.fileName(), u"--db"_s, url}); // COPY through TLS
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const ChisoRun report = runChiso({u"report"_s, u"--db"_s, url});
    EXPECT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains(u"1,000"_s)) << report.out.toStdString();
    // verify-full asks for a certificate signed by a known authority: this one is self-signed.
    const QString unchecked = connectError(QString(url).replace(u"require"_s, u"verify-full"_s));
    EXPECT_TRUE(unchecked.startsWith(u"The server 127.0.0.1:%1's certificate could not be checked (sslmode=verify-full): "_s.arg(server->port())))
        << unchecked.toStdString();
    EXPECT_FALSE(unchecked.contains(u"QPSQL"_s)) << unchecked.toStdString();
}

TEST(Server, AServerStoppedInTheMiddleOfAnImportStoresNothing)
{
    // On a German desktop: the lost connection is told by libpq's state, not its (German) words.
    ImportUnderWay run;
    ASSERT_NO_FATAL_FAILURE(startImportUnderWay(run));
    run.server->stopImmediately();
    ASSERT_TRUE(run.import.waitForFinished(60000));
    EXPECT_EQ(run.import.exitCode(), 1);
    const QString err = QString::fromUtf8(run.import.readAllStandardError());
    EXPECT_TRUE(err.contains(u"The connection to the database server was lost: nothing of this change was stored."_s)) << err.toStdString();
#if CHISO_EXPECT_PSQL_NATIVE // the server's own notice is silenced through libpq's handle
    EXPECT_FALSE(err.contains(u"terminating connection"_s)) << err.toStdString();
#endif
    run.server->start();
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, run.url}).out, run.before);
}

#if CHISO_EXPECT_PSQL_NATIVE // the watchdog reads libpq's socket and asks with PQping: a build on Qt's driver alone has none (README)
TEST(Server, AServerThatStopsAnsweringInTheMiddleOfAnImportIsToldWithinFiveSecondsAndStoresNothing)
{
    ImportUnderWay run;
    ASSERT_NO_FATAL_FAILURE(startImportUnderWay(run));
    // Every process of the server stopped, its sockets open: the kernel still acknowledges
    // what the import sends and answers keepalives, so only a question to the server shows it.
    run.server->pause();
    QElapsedTimer timer;
    timer.start();
    const bool finished = run.import.waitForFinished(30000);
    const qint64 waited = timer.elapsed();
    run.server->resume();
    ASSERT_TRUE(finished) << "the import still waits for a server that stopped answering";
    // About 4 s (2 s of silence, then 2 s for the question); the rest is room for a busy machine.
    EXPECT_LT(waited, 7000);
    EXPECT_EQ(run.import.exitCode(), 1);
    const QString err = QString::fromUtf8(run.import.readAllStandardError());
    const QString stopped = u"The server 127.0.0.1:%1 stopped answering"_s.arg(run.server->port());
    EXPECT_TRUE(err.contains(stopped)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"nothing of this change was stored. Reconnect and try again."_s)) << err.toStdString();
    // The program's last word (Qt's driver may have warned before it, in the desktop's language).
    EXPECT_TRUE(err.trimmed().section(u'\n', -1).startsWith(stopped)) << err.toStdString();
    EXPECT_EQ(runChiso({u"export"_s, u"--db"_s, run.url}).out, run.before);
}
#endif

TEST(Server, AStatementThatIsLongButAnsweredIsNotCutOff)
{
    TestDatabase db(true);
    ASSERT_TRUE(db.store->isServer());
    // Longer than the watchdog's quiet time and its question to the server together, several times.
    QSqlQuery sleep(db.store->database());
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(sleep.exec(u"SELECT pg_sleep(8)"_s)) << sleep.lastError().text().toStdString();
    EXPECT_GE(timer.elapsed(), 8000);
    EXPECT_TRUE(explainSilentServer(db.store->database().driver()).isEmpty());
    EXPECT_TRUE(db.store->isConnected());
}

TEST(Server, ConnectionFailuresAreToldTheSameUnderALibpqThatSpeaksGerman)
{
    const std::string saved = std::setlocale(LC_ALL, nullptr);
    ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr) << "the locale de_DE.UTF-8 is missing: installer/setup-debian.sh generates it";
    const auto restore = qScopeGuard([&saved] { std::setlocale(LC_ALL, saved.c_str()); });
    const int closedPort = PgServer::freePort();
    {
        // The premise: libpq itself says it in German here, else this test would prove nothing.
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"german"_s);
        raw.setHostName(u"127.0.0.1"_s);
        raw.setPort(closedPort);
        raw.setDatabaseName(u"d"_s);
        EXPECT_FALSE(raw.open());
        const QString german = raw.lastError().text();
        EXPECT_FALSE(german.contains(u"Connection refused"_s)) << german.toStdString();
        EXPECT_TRUE(german.contains(u"Verbindung"_s)) << german.toStdString();
    }
    QSqlDatabase::removeDatabase(u"german"_s);

    EXPECT_EQ(connectError(u"postgresql://a@127.0.0.1:%1/d"_s.arg(closedPort)),
              u"No database server is listening at 127.0.0.1:%1: check the address and the port, or whether the server is running."_s.arg(closedPort));
    EXPECT_EQ(connectError(u"postgresql://a@no-such-host.invalid/d"_s),
              u"There is no computer named no-such-host.invalid on the network: check the server's name."_s);
    PgServer &server = PgServer::shared();
    const QString wrong = connectError(server.url(u"postgres"_s, PgServer::passwordUser()), u"hunter2-de"_s);
    EXPECT_EQ(wrong, u"The server 127.0.0.1:%1 refused the login chiso_pw: the password is wrong or missing."_s.arg(server.port()));
    EXPECT_EQ(connectError(server.url(u"no_such_database"_s)), u"The server 127.0.0.1:%1 has no database no_such_database."_s.arg(server.port()));

    const int silent = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(bind(silent, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ASSERT_EQ(listen(silent, 4), 0);
    getsockname(silent, reinterpret_cast<sockaddr *>(&address), &length);
    const QString hung = connectError(u"postgresql://a@127.0.0.1:%1/d"_s.arg(ntohs(address.sin_port)));
    close(silent);
    EXPECT_EQ(hung, u"The server 127.0.0.1:%1 did not answer within 5 seconds."_s.arg(ntohs(address.sin_port)));

    // And the program on a German desktop, with its password in the environment.
    QProcessEnvironment env = germanEnvironment();
    env.insert(u"PGPASSWORD"_s, u"hunter2-de"_s);
    const ChisoRun run = runChiso({u"report"_s, u"--db"_s, server.url(u"postgres"_s, PgServer::passwordUser()), u"--lang"_s, u"en"_s},
                                  withEnvironment(env));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"refused the login chiso_pw: the password is wrong or missing."_s)) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(u"hunter2"_s) || run.out.contains(u"hunter2"_s));
}

#if CHISO_EXPECT_PSQL_NATIVE // a server's own language is read from the refusal's SQLSTATE, which only libpq itself gives (README)
TEST(Server, ALoginRefusedByAServerThatSpeaksGermanIsToldTheSame)
{
    std::unique_ptr<PgServer> server = PgServer::startPrivate();
    server->psql(u"postgres"_s, u"ALTER SYSTEM SET lc_messages = 'de_DE.UTF-8'"_s);
    server->psql(u"postgres"_s, u"SELECT pg_reload_conf()"_s);
    // The premise: the server refuses in German, else this test would prove nothing.
    const PgServer::Outcome premise = server->psqlAs(u"nobody"_s, u"postgres"_s, u"SELECT 1"_s);
    ASSERT_TRUE(premise.error.contains(u"existiert nicht"_s)) << premise.error.toStdString();

    const QString at = u"127.0.0.1:%1"_s.arg(server->port());
    const QString wrong = connectError(server->url(u"postgres"_s, PgServer::passwordUser()), u"hunter2-de"_s);
    EXPECT_EQ(wrong, u"The server %1 refused the login chiso_pw: the password is wrong or missing."_s.arg(at));
    EXPECT_EQ(connectError(server->url(u"no_such_database"_s)), u"The server %1 has no database no_such_database."_s.arg(at));
    EXPECT_EQ(connectError(server->url(u"postgres"_s, u"nobody"_s)),
              u"The server %1 does not let the login nobody in: it knows no such login, or does not let it connect from this computer."_s.arg(at));
}
#endif

TEST(Server, ImportsGoThroughCopyWhereLibpqIsLinked)
{
    TestDatabase db(true); // on the test server: the suite runs with CHISO_TEST_BACKEND=postgresql
    ASSERT_TRUE(db.store->isServer());
    auto &backend = static_cast<PostgresBackend &>(db.store->backend());
    EXPECT_EQ(backend.copiesNatively(), bool(CHISO_EXPECT_PSQL_NATIVE)) << db.store->database().driver()->handle().typeName();
}

TEST(Server, AnAnalysisThatLosesItsServerKeepsWhatItShowsAndReconnects)
{
    std::unique_ptr<PgServer> server = PgServer::startPrivate();
    const QString url = server->createDatabase();
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, url}).exitCode, 0);
    std::unique_ptr<Store> store = Store::open(url);
    Analysis analysis(*store, AnalysisSettings{YearMonth{2023, 6}});
    const qsizetype rows = analysis.kpis().rows.size();
    QStringList failures;
    QObject::connect(&analysis, &Analysis::readFailed, [&failures](const QString &message) { failures.append(message); });

    server->stopImmediately();
    analysis.setPeriod(YearMonth{2024, 6}); // a later year: read from the server, which is gone
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures[0].startsWith(u"The connection to the database server was lost"_s)) << failures[0].toStdString();
    EXPECT_EQ(analysis.period(), (YearMonth{2023, 6})); // what is shown stays, and says which month it is
    EXPECT_EQ(analysis.kpis().rows.size(), rows);
    EXPECT_FALSE(store->isConnected());
    EXPECT_FALSE(analysis.findLatestPeriod());
    EXPECT_EQ(failures.size(), 2);

    server->start();
    std::unique_ptr<Store> again = store->openAgain();
    EXPECT_TRUE(again->isConnected());
    EXPECT_EQ(again->counts().values, Store::open(url)->counts().values);
}

#if CHISO_EXPECT_PSQL_NATIVE // the watchdog reads libpq's socket and asks with PQping: a build on Qt's driver alone has none (README)
TEST(Server, AnAnalysisWhoseServerStopsAnsweringIsToldWithinFiveSecondsAndReconnects)
{
    std::unique_ptr<PgServer> server = PgServer::startPrivate();
    const QString url = server->createDatabase();
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, url}).exitCode, 0);
    std::unique_ptr<Store> store = Store::open(url);
    Analysis analysis(*store, AnalysisSettings{YearMonth{2023, 6}});
    QStringList failures;
    QObject::connect(&analysis, &Analysis::readFailed, [&failures](const QString &message) { failures.append(message); });
    QThread::msleep(3000); // idle a while first: the wait is timed from the request, not from the last answer

    server->pause();
    QElapsedTimer timer;
    timer.start();
    analysis.setPeriod(YearMonth{2024, 6}); // what the window does on Ctrl+PageUp
    const qint64 waited = timer.elapsed();
    server->resume();
    ASSERT_EQ(failures.size(), 1);
    EXPECT_TRUE(failures[0].startsWith(u"The server 127.0.0.1:%1 stopped answering"_s.arg(server->port()))) << failures[0].toStdString();
    EXPECT_LT(waited, 7000);
    EXPECT_GE(waited, ServerWatchdog::QuietMs); // and no sooner than the quiet time
    EXPECT_EQ(analysis.period(), (YearMonth{2023, 6}));
    EXPECT_FALSE(store->isConnected()); // which is what makes the window offer to reconnect
    std::unique_ptr<Store> again = store->openAgain();
    EXPECT_TRUE(again->isConnected());
}
#endif

TEST(Server, TheDatabaseItselfRefusesAFigureWithoutItsIndicatorSourceOrEntry)
{
    PgServer &server = PgServer::shared();
    const QString url = server.createDatabase();
    ASSERT_EQ(runChiso({u"init"_s, u"--db"_s, url}).exitCode, 0);
    const QString db = url.section(u'/', -1);
    const auto refused = [&](const QString &sql) {
        try {
            server.psql(db, sql);
        } catch (const std::runtime_error &error) {
            return QString::fromUtf8(error.what());
        }
        return QString();
    };
    const QString values = u"(indicator, region, year, month, value, basis, source_id, entry_id) VALUES "_s;
    EXPECT_TRUE(refused(u"INSERT INTO observation "_s + values + u"('no_such', 'VN', 2024, 1, 1, 'actual', 1, 1)"_s)
                    .contains(u"refers to an indicator, a source or an entry that does not exist"_s));
    EXPECT_TRUE(refused(u"INSERT INTO observation "_s + values + u"('revenue', 'VN', 2024, 1, 1, 'actual', 999999, 1)"_s)
                    .contains(u"does not exist"_s));
    EXPECT_TRUE(refused(u"UPDATE plan SET entry_id = 999999"_s).contains(u"does not exist"_s));
    EXPECT_TRUE(refused(u"DELETE FROM source"_s).contains(u"figures still refer to a row of source"_s));
    EXPECT_TRUE(refused(u"UPDATE indicator SET code = 'renamed' WHERE code = 'revenue'"_s).contains(u"figures still refer"_s));
    // The region is a unit of the figure's period: 02 was Hà Giang until June 2025, not after.
    EXPECT_TRUE(refused(u"INSERT INTO observation "_s + values + u"('revenue', 'XX', 2024, 1, 1, 'actual', 1, 1)"_s)
                    .contains(u"refers to a unit that does not exist in its period"_s));
    EXPECT_TRUE(refused(u"INSERT INTO observation "_s + values + u"('revenue', '02', 2025, 7, 1, 'actual', 1, 1)"_s)
                    .contains(u"refers to a unit that does not exist in its period"_s));
    EXPECT_TRUE(refused(u"INSERT INTO observation "_s + values + u"('revenue', '02', 2025, 6, 1, 'actual', 1, 1)"_s).isEmpty());
    EXPECT_TRUE(refused(u"UPDATE plan SET region = 'XX'"_s).contains(u"unit that does not exist"_s));
    EXPECT_TRUE(refused(u"DELETE FROM unit WHERE code = '02'"_s).contains(u"figures still refer to a row of unit"_s));
    EXPECT_TRUE(refused(u"DELETE FROM unit WHERE code = '04'"_s).isEmpty()); // no figure of Cao Bằng
    EXPECT_TRUE(refused(u"DELETE FROM observation WHERE region = '02'"_s).isEmpty());
    // A row nothing refers to may go.
    server.psql(db, u"INSERT INTO source (key) VALUES ('unused')"_s);
    EXPECT_TRUE(refused(u"DELETE FROM source WHERE key = 'unused'"_s).isEmpty());
    const QString counts = server.psql(db, u"SELECT count(*) FROM observation"_s).trimmed();
    EXPECT_EQ(counts.toInt(), Store::open(url)->counts().values);
}

TEST(Server, AnInsertionOfManyRowsIsOneRowOfTheHistoryAndAUnitReadsItsOwnRegionsFiguresOfIt)
{
    PgServer &server = PgServer::shared();
    const auto [url, database, address] = newServerDatabase(server);
    QString error;
    auto owner = Store::prepareServer(address);
    const QString unit = database + u"_so01"_s;
    logins::add(*owner, unit, Login::Role::Unit, u"01"_s, std::nullopt);
    const QString insert = u"INSERT INTO observation (%1indicator, region, year, month, value, basis, source_id, entry_id) VALUES "_s;
    server.psql(database, u"INSERT INTO source (key) VALUES ('so'); INSERT INTO entry (entered_at, entered_by) VALUES ('2025-09-03', 'so')"_s);
    const QString keys = u"(SELECT min(id) FROM source), (SELECT min(id) FROM entry)"_s;
    // One statement's three rows, under consecutive ids: one row of the history.
    server.psql(database, insert.arg(QString()) + u"('revenue', '01', 2025, 7, 10, 'estimate', %1), ('revenue', '79', 2025, 7, 70, 'estimate', %1), "
                                                   "('revenue', '01', 2025, 8, 20, 'estimate', %1)"_s.arg(keys));
    EXPECT_EQ(server.psql(database, u"SELECT count(*), min(last_row_id - row_id), min(login) FROM history"_s).trimmed(), u"1|2|postgres"_s);
    // Rows whose ids another connection's interleave: a row for each run of consecutive ids.
    server.psql(database, insert.arg(u"id, "_s) + u"(5000, 'revenue', '01', 2025, 9, 30, 'estimate', %1), "
                                                  "(5001, 'revenue', '01', 2025, 10, 40, 'estimate', %1), "
                                                  "(5005, 'revenue', '79', 2025, 9, 90, 'estimate', %1)"_s.arg(keys));
    EXPECT_EQ(server.psql(database, u"SELECT string_agg(row_id || '-' || last_row_id, ',' ORDER BY id) FROM history WHERE row_id >= 5000"_s).trimmed(),
              u"5000-5001,5005-5005"_s);
    // A single row is recorded with its key, as a save in the window is.
    server.psql(database, insert.arg(QString()) + u"('revenue', '79', 2025, 10, 100, 'estimate', %1)"_s.arg(keys));
    EXPECT_EQ(server.psql(database, u"SELECT region, month, new_value, last_row_id IS NULL FROM history ORDER BY id DESC LIMIT 1"_s).trimmed(),
              u"79|10|100|t"_s);

    // A province's form, one region's rows: that region's, as a row's change is.
    server.psql(database, insert.arg(QString()) + u"('revenue', '79', 2025, 11, 110, 'estimate', %1), "
                                                   "('revenue', '79', 2025, 12, 120, 'estimate', %1)"_s.arg(keys));
    EXPECT_EQ(server.psql(database, u"SELECT region FROM history ORDER BY id DESC LIMIT 1"_s).trimmed(), u"79"_s);
    const PgServer::Outcome seen = server.psqlAs(unit, database, u"SELECT string_agg(coalesce(region, '-'), ',' ORDER BY id) FROM history"_s);
    ASSERT_TRUE(seen.ok) << seen.error.toStdString();
    EXPECT_EQ(seen.output.trimmed(), u"-,01"_s); // the office's insertion of 01 and 79, the run of 01; not 79's

    const auto valuesRead = [](Store &store) {
        QStringList values;
        for (const HistoryChange &c : readHistory(store, {}))
            values.append(c.region + u':' + QString::number(*c.newValue));
        return values.join(u',');
    };
    EXPECT_EQ(valuesRead(*owner), u"01:10,79:70,01:20,01:30,01:40,79:90,79:100,79:110,79:120"_s);
    // A province's login reads its own region's figures of the insertion, not another's.
    auto asUnit = Store::open(*DatabaseAddress::parse(server.url(database, unit), &error));
    EXPECT_EQ(valuesRead(*asUnit), u"01:10,01:20,01:30,01:40"_s);
}

TEST(Server, ADatabaseOfSchemaEightMigratesKeepingEveryHistoryRowAndRefusingWhatItRefused)
{
    PgServer &server = PgServer::shared();
    const auto [url, db, address] = newServerDatabase(server);
    ASSERT_NO_FATAL_FAILURE(migrateUpTo(address, 8)); // the schema as version 8 left it
    // Changes of every kind made with psql, recorded by version 8's triggers.
    server.psql(db, uR"(INSERT INTO indicator (code, kind, unit, name_vi, name_en, unit_vi, unit_en) VALUES ('revenue', 'flow', 'vnd_bn', 'Doanh thu', 'Revenue', 'tỷ đồng', 'VND bn');
        INSERT INTO unit (code, kind, name_vi, name_en) VALUES ('01', 'province', 'Hà Nội', 'Hanoi'), ('79', 'province', 'TP. Hồ Chí Minh', 'Ho Chi Minh City');
        INSERT INTO source (key, title) VALUES ('form', 'form');
        INSERT INTO entry (entered_at, entered_by) VALUES ('2025-09-01T00:00:00Z', 'so.hanoi');
        INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) VALUES
            ('revenue', '01', 2025, 7, 10, 'estimate', 1, 1), ('revenue', '01', 2025, 8, 20, 'estimate', 1, 1), ('revenue', '79', 2025, 8, 30, 'estimate', 1, 1);
        UPDATE observation SET value = 21 WHERE month = 8 AND region = '01';
        DELETE FROM observation WHERE month = 7;
        INSERT INTO plan (indicator, region, year, target, source_id, entry_id) VALUES ('revenue', '01', 2025, 500, 1, 1);
        INSERT INTO acknowledgement (finding_key, comment, acknowledged_at, acknowledged_by) VALUES ('k', 'seen', '2025-09-01', 'me');
        INSERT INTO submission (unit, year, month, entry_id) VALUES ('01', 2025, 8, 1);
        INSERT INTO review (unit, year, month, action, submission_id) VALUES ('01', 2025, 8, 'approve', 1);)"_s);
    const QString historyQuery = u"SELECT id, changed_at, login, action, record, row_id, indicator, region, year, month, detail, source_id, "
                                 "old_value, new_value, old_text, new_text FROM history ORDER BY id"_s;
    const QString before = server.psql(db, historyQuery);
    EXPECT_EQ(before.count(u'\n'), 7) << before.toStdString(); // 3 insertions, an update, a deletion, a plan, an acknowledgement

    // Opened by this version: migrated, once.
    Store::prepareServer(address);
    EXPECT_EQ(server.psql(db, u"SELECT max(version) FROM chiso_schema"_s).trimmed(), QString::number(currentSchemaVersion()));
    EXPECT_EQ(server.psql(db, historyQuery), before);

    // The approved month and the unit that does not exist are refused as before, whoever writes.
    const auto refused = [&](const QString &sql) { return server.psqlAs(server.superuser(), db, sql); };
    const PgServer::Outcome locked = refused(u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                                             "VALUES ('revenue', '01', 2025, 8, 5, 'actual', 1, 1)"_s);
    EXPECT_FALSE(locked.ok);
    EXPECT_TRUE(locked.error.contains(u"unit 01's form for 8/2025 is approved and locked"_s)) << locked.error.toStdString();
    const PgServer::Outcome changed = refused(u"UPDATE observation SET value = 1 WHERE region = '01' AND month = 8"_s);
    EXPECT_TRUE(changed.error.contains(u"approved and locked"_s)) << changed.error.toStdString();
    const PgServer::Outcome unknown = refused(u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, entry_id) "
                                              "VALUES ('revenue', 'ZZ', 2025, 8, 5, 'actual', 1, 1)"_s);
    EXPECT_TRUE(unknown.error.contains(u"refers to a unit that does not exist in its period"_s)) << unknown.error.toStdString();
    // What is allowed is recorded by the new functions as by the old: who, when, before and after.
    EXPECT_TRUE(refused(u"UPDATE observation SET value = 31 WHERE region = '79'"_s).ok);
    const QString last = server.psql(db, u"SELECT login = session_user, changed_at ~ '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$', action, "
                                         "old_value, new_value FROM history ORDER BY id DESC LIMIT 1"_s).trimmed();
    EXPECT_EQ(last, u"t|t|update|30|31"_s);
}
