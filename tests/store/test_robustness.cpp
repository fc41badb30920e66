// What must hold when things go wrong: a killed import, two programs on one database, a full
// disk, a huge binary file.
#include "TestDatabase.h"
#include "analytics/Snapshot.h"
#include "io/FigureExporter.h"
#include "io/FigureImporter.h"
#include "store/StoreError.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Unique figures P0..P999 × years × months, all valid.
QString writeBigCsv(const TestDatabase &db, const QString &name, int rows)
{
    addUnits(*db.store, numberedCodes(u"P"_s, std::min(rows, 1000)));
    QFile file(db.file(name));
    file.open(QIODevice::WriteOnly);
    file.write("record,indicator,region,year,month,value,basis,source_url\n");
    QByteArray line;
    for (int i = 0; i < rows; ++i) {
        line = "value,revenue,P" + QByteArray::number(i % 1000) + ',' + QByteArray::number(1900 + i / 12000) + ','
               + QByteArray::number(1 + (i / 1000) % 12) + ',' + QByteArray::number(i) + ",estimate,https://example.vn/big\n";
        file.write(line);
    }
    return file.fileName();
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

} // namespace

TEST(SqliteFile, KilledImportLeavesTheDatabaseWholeAndUnchanged)
{
    TestDatabase db;
    const QByteArray before = exportAll(*db.store);
    const Store::Counts counts = db.store->counts();
    const QString csv = writeBigCsv(db, u"million.csv"_s, 1000000);
    db.store.reset(); // the child process owns the database now

    QProcess child;
    child.setProcessEnvironment(environment());
    child.start(QStringLiteral(CHISO_BINARY), {u"import"_s, csv, u"--db"_s, db.path()});
    ASSERT_TRUE(child.waitForStarted());
    // Let it write part of the file into its transaction, then kill it without warning.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1500 && child.state() == QProcess::Running)
        QThread::msleep(50);
    ASSERT_EQ(child.state(), QProcess::Running) << "the import ended before it could be killed";
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished();

    auto store = Store::open(db.path());
    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"ok"_s);
    EXPECT_EQ(store->counts().values, counts.values); // none of the half import
    EXPECT_EQ(exportAll(*store), before);             // all from before
}

TEST(Robustness, ReportWhileAnotherProgramImports)
{
    TestDatabase db;
    const QString csv = writeBigCsv(db, u"big.csv"_s, 200000);
    const Store::Counts counts = db.store->counts();
    db.store.reset();
    QProcess importer;
    importer.setProcessEnvironment(environment());
    importer.start(QStringLiteral(CHISO_BINARY), {u"import"_s, csv, u"--db"_s, db.path(), u"--lang"_s, u"en"_s});
    ASSERT_TRUE(importer.waitForStarted());
    QThread::msleep(300);
    // Readers see the last committed state while the import writes (WAL), and do not wait.
    QProcess reader;
    reader.setProcessEnvironment(environment());
    QElapsedTimer timer;
    timer.start();
    reader.start(QStringLiteral(CHISO_BINARY), {u"report"_s, u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--db"_s, db.path(),
                                                u"--lang"_s, u"en"_s});
    ASSERT_TRUE(reader.waitForFinished(30000));
    EXPECT_EQ(reader.exitCode(), 0) << reader.readAllStandardError().toStdString();
    EXPECT_TRUE(reader.readAllStandardOutput().contains("2,067,389"));
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_TRUE(importer.waitForFinished(120000));
    EXPECT_EQ(importer.exitCode(), 0) << importer.readAllStandardError().toStdString();
    EXPECT_EQ(Store::open(db.path())->counts().values, counts.values + 200000);
}

TEST(SqliteFile, ALockedDatabaseSaysBusyAfterABoundedWait)
{
    TestDatabase db;
    const QString csv = writeBigCsv(db, u"small.csv"_s, 10);
    // This test holds the write lock, as another program in the middle of an import would.
    QSqlQuery lock(db.store->database());
    ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));
    QProcess child;
    QProcessEnvironment env = environment();
    env.insert(u"CHISO_BUSY_TIMEOUT_MS"_s, u"1000"_s);
    child.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    child.start(QStringLiteral(CHISO_BINARY), {u"import"_s, csv, u"--db"_s, db.path(), u"--lang"_s, u"en"_s});
    ASSERT_TRUE(child.waitForFinished(30000));
    EXPECT_EQ(child.exitCode(), 1);
    EXPECT_TRUE(child.readAllStandardError().contains("busy")) ;
    EXPECT_LT(timer.elapsed(), 10000);
    lock.exec(u"ROLLBACK"_s);
}

TEST(SqliteFile, AFullDiskFailsTheWholeImport)
{
    TestDatabase db;
    const QByteArray before = exportAll(*db.store);
    const QString csv = writeBigCsv(db, u"full.csv"_s, 50000);
    // SQLite's page limit stands in for a full disk: the write fails as it would with ENOSPC.
    QSqlQuery query(db.store->database());
    ASSERT_TRUE(query.exec(u"PRAGMA page_count"_s) && query.next());
    const int pages = query.value(0).toInt();
    ASSERT_TRUE(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 20)));
    FigureImporter importer(*db.store);
    try {
        importer.importFile(csv);
        FAIL() << "the import should have failed";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(u"full"_s)) << error.message().toStdString();
    }
    EXPECT_EQ(exportAll(*db.store), before);
}

TEST(Robustness, AHugeBinaryFileIsRefusedWithoutReadingItIntoMemory)
{
    TestDatabase db;
    QFile file(db.file(u"huge.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(1) << 30)); // 1 GiB, sparse: no disk used
    file.close();
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(file.fileName());
    EXPECT_FALSE(report.committed());
    ASSERT_FALSE(report.issues.isEmpty());
    EXPECT_TRUE(report.issues.first().message.contains(u"MiB"_s) || report.issues.first().message.contains(u"UTF-16"_s))
        << report.issues.first().toString().toStdString();
}

TEST(Robustness, ByteOrderMarkCrLfAndQuotedLineBreaksAreRead)
{
    TestDatabase db(true);
    const QString path = db.write(u"windows.csv"_s,
                                  "\xEF\xBB\xBFrecord,indicator,year,month,value,basis,source_title,quote\r\n"
                                  "value,revenue,2024,6,2067389,estimate,\"Báo \"\"Ví dụ\"\"\",\"dòng một\r\ndòng hai\"\r\n"
                                  "value,profit,2024,6,150000,estimate,\"Báo \"\"Ví dụ\"\"\",\r\n");
    FigureImporter importer(*db.store);
    const ImportReport report = importer.importFile(path);
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
    const Snapshot snapshot(db.store->figures());
    const auto revenue = snapshot.value(u"revenue"_s, u"VN"_s, 2024, 6);
    ASSERT_TRUE(revenue);
    EXPECT_EQ(revenue->source.title, u"Báo \"Ví dụ\""_s);
    EXPECT_EQ(revenue->quote, u"dòng một\r\ndòng hai"_s);
    EXPECT_EQ(snapshot.value(u"profit"_s, u"VN"_s, 2024, 6)->value, 150000);
}

namespace {

/// A folder every user may enter, holding a copy of chiso: a clone under /root (mode 700)
/// is out of reach of the user the child drops to.
struct SharedFolder {
    QTemporaryDir dir{u"/tmp/chiso-permission-XXXXXX"_s};
    QString binary;

    SharedFolder()
    {
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                         | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QFile::setPermissions(dir.path(), all);
        binary = dir.filePath(u"chiso"_s);
        QFile::copy(QStringLiteral(CHISO_BINARY), binary);
        QFile::setPermissions(binary, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    }
    QString filePath(const QString &name) const { return dir.filePath(name); }
};

/// Runs chiso as an unprivileged user ("nobody" when the tests run as root, as in CI).
QProcess *startUnprivileged(QProcess &child, const SharedFolder &folder, const QStringList &arguments)
{
    child.setProcessEnvironment(environment());
    if (geteuid() == 0)
        child.setChildProcessModifier([] {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(99);
        });
    child.start(folder.binary, arguments);
    return &child;
}

} // namespace

TEST(Robustness, AFileTheUserMayNotReadIsRefusedByName)
{
    // Root reads every file, so as root the import runs in a child that drops to "nobody".
    SharedFolder dir;
    ASSERT_TRUE(QFileInfo(dir.binary).isExecutable());
    const QString db = dir.filePath(u"db.sqlite"_s);
    createDatabase(db, true);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::setPermissions(db + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther);
    const QString secret = dir.filePath(u"secret.csv"_s);
    {
        QFile file(secret);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("record,indicator,year,month,value,basis,source_url\nvalue,revenue,2024,6,1,estimate,https://x.vn\n");
    }
    ASSERT_TRUE(QFile::setPermissions(secret, QFileDevice::Permissions()));
    QProcess child;
    startUnprivileged(child, dir, {u"import"_s, secret, u"--db"_s, db, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(child.waitForFinished(30000)) << child.errorString().toStdString();
    const QString err = QString::fromUtf8(child.readAllStandardError());
    EXPECT_EQ(child.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(secret + u": cannot read the file"_s)) << err.toStdString();
}

TEST(Robustness, ADatabaseInAFolderTheUserMayNotWriteSaysSo)
{
    // A database in WAL mode needs its journal and index beside it: a read-only folder is the
    // cause, not the file, which is a good database.
    SharedFolder dir;
    const QString folder = dir.filePath(u"readonly"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString db = folder + u"/db.sqlite"_s;
    createDatabase(db, true); // closed: its -wal and -shm are gone
    ASSERT_FALSE(QFileInfo::exists(db + u"-shm"_s));
    QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther);
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QProcess child;
    startUnprivileged(child, dir, {u"export"_s, u"--db"_s, db, u"--lang"_s, u"en"_s});
    ASSERT_TRUE(child.waitForFinished(30000)) << child.errorString().toStdString();
    const QString err = QString::fromUtf8(child.readAllStandardError());
    EXPECT_EQ(child.exitCode(), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(u"may not write in the folder "_s + folder)) << err.toStdString();
    EXPECT_FALSE(err.contains(u"not a Chỉ Số database"_s)) << err.toStdString();
}
