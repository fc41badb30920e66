// Many hands on one server: logins managed and refused through chiso, what a unit's import may
// write, the history command, and the notification an open window gets of another's change.
#include "TestDatabase.h"
#include "i18n/Language.h"
#include "support/RunChiso.h"
#include "store/ChangeListener.h"
#include "store/DatabaseAddress.h"
#include "store/Logins.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// A server database with an office login and the logins of units 01 and 79, named after it.
struct SharedDatabase {
    SharedDatabase()
        : server(PgServer::shared()), url(server.createDatabase()), name(url.section(u'/', -1))
    {
        QString error;
        store = Store::prepareServer(*DatabaseAddress::parse(url, &error));
        logins::add(*store, login(u"office"_s), Login::Role::Office, {}, std::nullopt);
        logins::add(*store, login(u"u01"_s), Login::Role::Unit, u"01"_s, std::nullopt);
        logins::add(*store, login(u"u79"_s), Login::Role::Unit, u"79"_s, std::nullopt);
        logins::add(*store, login(u"reader"_s), Login::Role::Reader, {}, std::nullopt);
    }
    QString login(const QString &who) const { return name + u"_"_s + who; }
    QString as(const QString &who) const { return server.url(name, login(who)); }

    PgServer &server;
    QString url;
    QString name;
    std::unique_ptr<Store> store;
};

/// Runs the event loop until `done` or `ms` have passed; whether it is done.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

struct Announced {
    QString login, record, action;
    qint64 rows = 0;
};

QByteArray figuresOf(const QString &region, int rows, double base = 100)
{
    QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("value,revenue,%1,%2,%3,%4,reported,,Sở %1 báo cáo,,,\n").arg(region).arg(2000 + i / 12).arg(1 + i % 12).arg(base + i).toUtf8();
    return csv;
}

TEST(ManyHands, AUnitsImportStoresItsRegionAndIsRefusedAtTheLineOfAnother)
{
    SharedDatabase db;
    QTemporaryDir dir;
    QFile file(dir.filePath(u"mixed.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(figuresOf(u"01"_s, 3) + "value,revenue,79,2001,1,5,reported,,Sở 01 báo cáo,,,\n");
    file.close();
    const ChisoRun refused = runChiso({u"import"_s, file.fileName(), u"--db"_s, db.as(u"u01"_s)});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"mixed.csv:5: region: your login writes only region 01's figures, not 79"_s)) << refused.err.toStdString();
    EXPECT_EQ(db.store->counts().values, 0);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(figuresOf(u"01"_s, 3));
    file.close();
    const ChisoRun stored = runChiso({u"import"_s, file.fileName(), u"--db"_s, db.as(u"u01"_s)});
    EXPECT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_EQ(db.store->counts().values, 3);
    // Without --region, the unit's login reads its own region (the office's, the country's).
    const ChisoRun ownReport = runChiso({u"report"_s, u"--db"_s, db.as(u"u01"_s)});
    EXPECT_EQ(ownReport.exitCode, 0) << ownReport.err.toStdString();
    EXPECT_TRUE(ownReport.out.section(u'\n', 0, 0).endsWith(u"(region 01)"_s)) << ownReport.out.left(200).toStdString();
    // A reader imports nothing, and says so before reading the file.
    const ChisoRun reader = runChiso({u"import"_s, file.fileName(), u"--db"_s, db.as(u"reader"_s)});
    EXPECT_EQ(reader.exitCode, 1);
    EXPECT_TRUE(reader.err.contains(u"may only read"_s)) << reader.err.toStdString();
    // Units and their weights are the office's: another login is told so in a sentence, not the server's refusal.
    const auto importAs = [&](const QString &command, const QByteArray &csv, const QString &login) {
        QFile written(dir.filePath(command + u".csv"_s));
        EXPECT_TRUE(written.open(QIODevice::WriteOnly) && written.write(csv) == csv.size());
        written.close();
        return runChiso({command, u"import"_s, written.fileName(), u"--db"_s, db.as(login)});
    };
    const ChisoRun unitsByUnit = importAs(u"units"_s, "code,name_vi,name_en,kind\nHN2,Sở HN 2,Hanoi 2,other\n", u"u01"_s);
    EXPECT_EQ(unitsByUnit.exitCode, 1);
    EXPECT_TRUE(unitsByUnit.err.contains(u"Only an office login adds reporting units; %1 is not one"_s.arg(db.login(u"u01"_s))))
        << unitsByUnit.err.toStdString();
    EXPECT_FALSE(unitsByUnit.err.contains(u"ERROR"_s)) << unitsByUnit.err.toStdString();
    const ChisoRun weightsByReader = importAs(
        u"weights"_s, "basis,region,year,value,source_url,source_title\nhouseholds,01,2024,2500000,https://gso.gov.vn,GSO\n", u"reader"_s);
    EXPECT_EQ(weightsByReader.exitCode, 1);
    EXPECT_TRUE(weightsByReader.err.contains(u"Only an office login stores the units' weights; %1 is not one"_s.arg(db.login(u"reader"_s))))
        << weightsByReader.err.toStdString();
    // The history names the unit's login, whoever asks.
    const ChisoRun history = runChiso({u"history"_s, u"--region"_s, u"01"_s, u"--db"_s, db.as(u"office"_s)});
    EXPECT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_EQ(history.out.count(db.login(u"u01"_s)), 3) << history.out.toStdString();
    EXPECT_TRUE(history.out.contains(u"\tadded\t"_s)) << history.out.toStdString();
    // Unit 79 reads none of unit 01's figures, and is told why.
    const ChisoRun report = runChiso({u"report"_s, u"--region"_s, u"01"_s, u"--db"_s, db.as(u"u79"_s)});
    EXPECT_EQ(report.exitCode, 1);
    EXPECT_TRUE(report.err.contains(u"reads only region 79's figures and the national ones (VN), not region 01's"_s)) << report.err.toStdString();
    // Nor any of its history.
    const ChisoRun other = runChiso({u"history"_s, u"--db"_s, db.as(u"u79"_s)});
    EXPECT_FALSE(other.out.contains(db.login(u"u01"_s))) << other.out.toStdString();
}

TEST(ManyHands, OnlyAnOfficeLoginAddsUsersThroughChiso)
{
    SharedDatabase db;
    const QString newcomer = db.login(u"new"_s);
    const ChisoRun byUnit = runChiso({u"server"_s, u"add-user"_s, newcomer, u"--role"_s, u"reader"_s, u"--db"_s, db.as(u"u01"_s)});
    EXPECT_EQ(byUnit.exitCode, 1);
    EXPECT_TRUE(byUnit.err.contains(u"may not do this"_s)) << byUnit.err.toStdString();
    const ChisoRun byOffice = runChiso({u"server"_s, u"add-user"_s, newcomer, u"--role"_s, u"unit"_s, u"--region"_s, u"48"_s, u"--db"_s,
                                        db.as(u"office"_s)});
    EXPECT_EQ(byOffice.exitCode, 0) << byOffice.err.toStdString();
    const ChisoRun list = runChiso({u"server"_s, u"list-users"_s, u"--db"_s, db.as(u"office"_s)});
    // A table: the login, its role, its region with the region's name, when and by whom.
    const QStringList lines = list.out.split(u'\n');
    const auto row = std::find_if(lines.begin(), lines.end(), [&newcomer](const QString &line) { return line.startsWith(newcomer + u' '); });
    ASSERT_NE(row, lines.end()) << list.out.toStdString();
    EXPECT_EQ(row->simplified().section(u' ', 1, 4), u"unit 48 Da Nang"_s) << row->toStdString();
    // When it was added: the server's time, shown in the desktop's time zone and language.
    const QString addedAt = db.server.psql(db.name, u"SELECT added_at FROM chiso_login WHERE login = '%1'"_s.arg(newcomer)).trimmed();
    const QString shown = localeFor(Language::English).toString(QDateTime::fromString(addedAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    EXPECT_FALSE(addedAt.isEmpty());
    EXPECT_TRUE(row->contains(u"  "_s + shown + u"  "_s)) << row->toStdString() << " / " << shown.toStdString();
    EXPECT_TRUE(lines.first().startsWith(u"Login"_s)) << list.out.toStdString();
    const ChisoRun unitWithoutRegion = runChiso({u"server"_s, u"add-user"_s, newcomer, u"--role"_s, u"unit"_s, u"--db"_s, db.as(u"office"_s)});
    EXPECT_EQ(unitWithoutRegion.exitCode, 1);
    EXPECT_TRUE(unitWithoutRegion.err.contains(u"needs its region"_s)) << unitWithoutRegion.err.toStdString();
    // Refused in a sentence each: a region that is no unit, a login with no rights to take,
    // the owner of the tables (the office by what it is).
    const ChisoRun nowhere = runChiso({u"server"_s, u"add-user"_s, db.login(u"nowhere"_s), u"--role"_s, u"unit"_s, u"--region"_s, u"99"_s,
                                       u"--db"_s, db.as(u"office"_s)});
    EXPECT_EQ(nowhere.exitCode, 1);
    EXPECT_TRUE(nowhere.err.startsWith(u"99 is not a reporting unit of "_s)) << nowhere.err.toStdString();
    const ChisoRun stranger = runChiso({u"server"_s, u"remove-user"_s, db.login(u"stranger"_s), u"--db"_s, db.as(u"office"_s)});
    EXPECT_EQ(stranger.exitCode, 1);
    EXPECT_TRUE(stranger.err.contains(u"has no rights in"_s) && !stranger.err.contains(u"ERROR"_s)) << stranger.err.toStdString();
    const QString owner = PgServer::shared().superuser();
    for (const QStringList &action : {QStringList{u"add-user"_s, owner, u"--role"_s, u"reader"_s}, QStringList{u"remove-user"_s, owner}}) {
        const ChisoRun refused = runChiso(QStringList{u"server"_s} + action + QStringList{u"--db"_s, db.as(u"office"_s)});
        EXPECT_EQ(refused.exitCode, 1);
        EXPECT_TRUE(refused.err.startsWith(owner + u" owns the tables of "_s)) << refused.err.toStdString();
    }
    const ChisoRun removed = runChiso({u"server"_s, u"remove-user"_s, newcomer, u"--db"_s, db.as(u"office"_s)});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(runChiso({u"server"_s, u"list-users"_s, u"--db"_s, db.as(u"office"_s)}).out.contains(newcomer));
    // A file has no logins.
    QTemporaryDir dir;
    const ChisoRun onFile = runChiso({u"server"_s, u"list-users"_s, u"--db"_s, dir.filePath(u"a.sqlite"_s)});
    EXPECT_EQ(onFile.exitCode, 2);
}

TEST(ManyHands, APasswordGivenToANewLoginLetsItInAndIsNeverSaid)
{
    // A server of its own: the password login's password changes here, which the shared
    // server's tests of wrong passwords count on.
    std::unique_ptr<PgServer> server = PgServer::startPrivate();
    const QString url = server->createDatabase();
    const QString name = url.section(u'/', -1);
    QString error;
    Store::prepareServer(*DatabaseAddress::parse(url, &error));
    // Every login but chiso_pw is trusted on the loopback: its password is checked.
    const QString password = u"s3cret'; --"_s;
    const ChisoRun added = runChiso({u"server"_s, u"add-user"_s, PgServer::passwordUser(), u"--role"_s, u"reader"_s, u"--password-stdin"_s,
                                     u"--db"_s, url},
                                    [&password](QProcess &process) {
                                        QObject::connect(&process, &QProcess::started, &process, [&process, &password] {
                                            process.write(password.toUtf8() + "\n");
                                            process.closeWriteChannel();
                                        });
                                    });
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_FALSE((added.out + added.err).contains(password));
    // The server keeps a SCRAM verifier, not the password.
    EXPECT_EQ(server->psql(u"postgres"_s, u"SELECT rolpassword LIKE 'SCRAM-SHA-256$%' AND strpos(rolpassword, 's3cret') = 0 FROM pg_authid "
                                          "WHERE rolname = 'chiso_pw'"_s).trimmed(),
              u"t"_s);
    const auto address = DatabaseAddress::parse(server->url(name, PgServer::passwordUser()), &error);
    EXPECT_NO_THROW(Store::open(*address, password));
    EXPECT_THROW(Store::open(*address, u"wrong"_s), StoreError);
}

TEST(ManyHands, AnotherLoginsImportReachesAnOpenWindowWithinTwoSeconds)
{
    SharedDatabase db;
    QString error;
    auto watching = Store::open(*DatabaseAddress::parse(db.as(u"office"_s), &error));
    ChangeListener listener(*watching);
    ASSERT_TRUE(listener.isListening());
    QList<Announced> changes;
    QObject::connect(&listener, &ChangeListener::changed, [&changes](const QString &login, const QString &record, const QString &action, qint64 rows) {
        changes.append({login, record, action, rows});
    });
    QTemporaryDir dir;
    QFile file(dir.filePath(u"u79.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(figuresOf(u"79"_s, 500));
    file.close();
    const ChisoRun import = runChiso({u"import"_s, file.fileName(), u"--db"_s, db.as(u"u79"_s)});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    ASSERT_TRUE(waitFor([&changes] { return !changes.isEmpty(); }, 2000)) << "no notification within 2 s";
    EXPECT_LT(sinceCommit.elapsed(), 2000);
    EXPECT_EQ(changes.first().login, db.login(u"u79"_s));
    EXPECT_EQ(changes.first().record, u"observation"_s);
    EXPECT_EQ(changes.first().action, u"insert"_s);
    EXPECT_EQ(changes.first().rows, 500);
    // Its own saves are not announced back to it.
    changes.clear();
    Figure f;
    f.indicator = u"revenue"_s;
    f.region = u"VN"_s;
    f.year = 2024;
    f.month = 1;
    f.value = 1;
    f.basis = Basis::Actual;
    f.source.title = u"own"_s;
    watching->saveFigures({f}, u"form"_s);
    EXPECT_FALSE(waitFor([&changes] { return !changes.isEmpty(); }, 500));
}

} // namespace
