#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <csignal>
#include <stdexcept>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString findBinDir()
{
    for (const QString &dir : QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)) {
        const QString bin = u"/usr/lib/postgresql/%1/bin"_s.arg(dir);
        if (QFile::exists(bin + u"/initdb"_s))
            return bin;
    }
    throw std::runtime_error("PostgreSQL's initdb is not installed (apt install postgresql): the server tests cannot run");
}

} // namespace

int PgServer::freePort()
{
    const int probe = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool bound = probe >= 0 && bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
                       && getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    if (probe >= 0)
        close(probe);
    if (!bound)
        throw std::runtime_error("no free port on 127.0.0.1 for the test server");
    return ntohs(address.sin_port);
}

bool testsUseServer()
{
    return qEnvironmentVariable("CHISO_TEST_BACKEND") == u"postgresql"_s;
}

PgServer &PgServer::shared()
{
    static std::unique_ptr<PgServer> server = [] {
        const QString state = qEnvironmentVariable("CHISO_TEST_PG_STATE");
        return std::unique_ptr<PgServer>(state.isEmpty() ? new PgServer : new PgServer(state));
    }();
    return *server;
}

std::unique_ptr<PgServer> PgServer::startPrivate()
{
    return std::unique_ptr<PgServer>(new PgServer);
}

PgServer::PgServer(const QString &stateDir)
    : m_bin(findBinDir()), m_asPostgres(geteuid() == 0), m_owned(false)
{
    QFile state(stateDir + u"/server"_s);
    if (!state.open(QIODevice::ReadOnly))
        throw std::runtime_error(u"the test server that ctest starts (test server.start) is not running: no %1"_s.arg(state.fileName()).toStdString());
    const QStringList fields = QString::fromUtf8(state.readAll()).trimmed().split(u'\n');
    if (fields.size() != 3)
        throw std::runtime_error("the test server's state file is damaged");
    m_port = fields[0].toInt();
    m_superuser = fields[1];
    m_dataDir = fields[2];
}

void PgServer::startShared(const QString &stateDir)
{
    stopShared(stateDir); // one left by a run that was interrupted
    auto server = std::unique_ptr<PgServer>(new PgServer);
    QDir().mkpath(stateDir);
    QFile state(stateDir + u"/server"_s);
    if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write the test server's state file");
    state.write(u"%1\n%2\n%3\n"_s.arg(server->m_port).arg(server->m_superuser, server->m_dataDir).toUtf8());
    server->m_owned = false; // it outlives this program
}

void PgServer::stopShared(const QString &stateDir)
{
    if (!QFile::exists(stateDir + u"/server"_s))
        return;
    {
        PgServer server(stateDir);
        server.m_owned = true;
    }
    QFile::remove(stateDir + u"/server"_s);
}

PgServer::PgServer()
    : m_bin(findBinDir()), m_asPostgres(geteuid() == 0)
{
    // The folder must belong to the user the server runs as; mkdtemp's is private to us.
    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/chiso-pg-XXXXXX";
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a folder for the test server");
    m_dataDir = QString::fromLocal8Bit(pattern) + u"/data"_s;
    m_superuser = m_asPostgres ? u"postgres"_s : qEnvironmentVariable("USER", u"chiso"_s);
    if (m_asPostgres)
        run({u"chown"_s, u"postgres:"_s, QString::fromLocal8Bit(pattern)}, u"chown"_s);
    run({m_bin + u"/initdb"_s, u"-D"_s, m_dataDir, u"-U"_s, m_superuser, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s,
         u"--no-sync"_s},
        u"initdb"_s);
    // The password login first: every other connection from the loopback is trusted.
    QFile hba(m_dataDir + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the test server's pg_hba.conf");
    const QByteArray rules = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write("host all chiso_pw 127.0.0.1/32 scram-sha-256\n" + rules) < 0)
        throw std::runtime_error("cannot write the test server's pg_hba.conf");
    hba.close();
    start();
    psql(u"postgres"_s, u"CREATE ROLE chiso_pw LOGIN PASSWORD 'secret'"_s);
}

PgServer::~PgServer()
{
    if (!m_owned)
        return;
    if (m_paused)
        resume(); // else the stop below waits on processes that cannot act
    QProcess::execute(m_asPostgres ? u"runuser"_s : m_bin + u"/pg_ctl"_s,
                      (m_asPostgres ? QStringList{u"-u"_s, u"postgres"_s, u"--"_s, m_bin + u"/pg_ctl"_s} : QStringList{})
                          + QStringList{u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-s"_s, u"stop"_s});
    QDir(QFileInfo(m_dataDir).absolutePath()).removeRecursively();
}

void PgServer::start()
{
    // fsync off: the tests stop servers, they do not crash machines. Commits stay synchronous,
    // so that what a test saw committed survives `pg_ctl stop -m immediate`.
    if (m_port == 0)
        m_port = freePort();
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"_s
                                .arg(m_port)
                                .arg(m_dataDir);
    run({m_bin + u"/pg_ctl"_s, u"-D"_s, m_dataDir, u"-o"_s, options, u"-l"_s, m_dataDir + u"/server.log"_s, u"-w"_s, u"-s"_s, u"start"_s},
        u"pg_ctl start"_s);
}

void PgServer::stopImmediately()
{
    run({m_bin + u"/pg_ctl"_s, u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-s"_s, u"stop"_s}, u"pg_ctl stop"_s);
}

void PgServer::signalAll(int signal) const
{
    // The postmaster is the first line of postmaster.pid; its backends are its children.
    QFile pidFile(m_dataDir + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        throw std::runtime_error("the test server is not running: no postmaster.pid");
    const pid_t postmaster = QString::fromLatin1(pidFile.readLine()).trimmed().toInt();
    if (postmaster <= 0)
        throw std::runtime_error("the test server's postmaster.pid is damaged");
    QList<pid_t> pids{postmaster};
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid …: the command may hold spaces, so read after its last ')'.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[1].toInt() == postmaster)
            pids.append(entry.toInt());
    }
    for (const pid_t pid : pids)
        if (kill(pid, signal) != 0 && pid == postmaster)
            throw std::runtime_error("cannot signal the test server's postmaster");
}

void PgServer::pause()
{
    signalAll(SIGSTOP);
    m_paused = true;
}

void PgServer::resume()
{
    signalAll(SIGCONT);
    m_paused = false;
}

QString PgServer::run(const QStringList &command, const QString &what) const
{
    QProcess process;
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (m_asPostgres && program != u"chown"_s) {
        arguments.prepend(program);
        arguments = QStringList{u"-u"_s, u"postgres"_s, u"--"_s} + arguments;
        program = u"runuser"_s;
    }
    process.setWorkingDirectory(QDir::tempPath()); // the postgres user may not enter ours
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        throw std::runtime_error(u"the test server's %1 failed: %2 %3"_s
                                     .arg(what, QString::fromLocal8Bit(process.readAllStandardError()),
                                          QString::fromLocal8Bit(process.readAllStandardOutput()))
                                     .toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

void PgServer::enableSsl()
{
    const QString key = m_dataDir + u"/server.key"_s, certificate = m_dataDir + u"/server.crt"_s;
    run({u"openssl"_s, u"req"_s, u"-new"_s, u"-x509"_s, u"-days"_s, u"2"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, key,
         u"-out"_s, certificate},
        u"openssl"_s);
    run({u"chmod"_s, u"600"_s, key}, u"chmod"_s); // the server refuses a key others may read
    psql(u"postgres"_s, u"ALTER SYSTEM SET ssl = on"_s);
    psql(u"postgres"_s, u"SELECT pg_reload_conf()"_s);
}

QString PgServer::psql(const QString &database, const QString &sql) const
{
    return run({m_bin + u"/psql"_s, u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
                QString::number(m_port), u"-U"_s, m_superuser, u"-d"_s, database, u"-c"_s, sql},
               u"psql"_s);
}

PgServer::Outcome PgServer::psqlAs(const QString &login, const QString &database, const QString &sql) const
{
    QProcess process;
    process.setWorkingDirectory(QDir::tempPath());
    process.start(m_bin + u"/psql"_s, {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
                                       QString::number(m_port), u"-U"_s, login, u"-d"_s, database, u"-c"_s, sql});
    Outcome outcome;
    if (!process.waitForFinished(60000))
        outcome.error = u"psql did not finish"_s;
    outcome.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    outcome.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    outcome.error += QString::fromUtf8(process.readAllStandardError()).trimmed();
    return outcome;
}

QString PgServer::createDatabase()
{
    const QString name = u"test_%1_%2"_s.arg(getpid()).arg(++m_databases);
    psql(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name));
    return url(name);
}

QString PgServer::url(const QString &database, const QString &user) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(user.isEmpty() ? m_superuser : user).arg(m_port).arg(database);
}
