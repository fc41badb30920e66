#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

/// A throw-away PostgreSQL cluster for the tests: initdb and pg_ctl in a temporary folder, on
/// 127.0.0.1 and a free port, run as the `postgres` user when the tests run as root. Started
/// once per test program, on first use, and stopped when it ends. If it cannot start, the
/// tests that need it fail with the reason: nothing is skipped.
class PgServer
{
public:
    /// The server of this run: the one ctest started for every suite (its state folder in
    /// CHISO_TEST_PG_STATE), or else one of this program's own. Throws std::runtime_error if
    /// it cannot start or the shared one is not running.
    static PgServer &shared();
    /// A server of the caller's own, for tests that stop it.
    static std::unique_ptr<PgServer> startPrivate();
    /// ctest's fixture: starts a server that outlives this program, its port and folder
    /// written into `stateDir`; and stops it.
    static void startShared(const QString &stateDir);
    static void stopShared(const QString &stateDir);
    ~PgServer();

    /// An address of a new, empty database on the server.
    QString createDatabase();
    QString url(const QString &database, const QString &user = {}) const;
    int port() const { return m_port; }
    const QString &superuser() const { return m_superuser; }
    /// A login that must give its password (`secret`), for the tests of wrong passwords.
    static QString passwordUser() { return QStringLiteral("chiso_pw"); }
    /// Runs SQL as the superuser on a database (psql -v ON_ERROR_STOP=1); returns its output.
    QString psql(const QString &database, const QString &sql) const;
    /// Runs SQL as `login` (trusted on the loopback, as the superuser is), without throwing:
    /// what the server refuses is the point of the tests that call this.
    struct Outcome {
        bool ok = false;
        QString output;
        QString error;
    };
    Outcome psqlAs(const QString &login, const QString &database, const QString &sql) const;
    /// A port on 127.0.0.1 that nothing listened on a moment ago (bound and let go).
    static int freePort();
    /// Stops the server at once (pg_ctl stop -m immediate), as a crash would, and starts it again.
    void stopImmediately();
    void start();
    /// Stops every process of the server (SIGSTOP: the postmaster and its backends) without
    /// closing a socket, as a hung machine would: the kernel still accepts and acknowledges.
    void pause();
    /// Lets them go on (SIGCONT).
    void resume();
    /// Turns SSL on (ssl = on, reloaded), with a self-signed certificate for 127.0.0.1 made by
    /// openssl (Debian's postgresql brings it): encrypted connections, a certificate no client
    /// can check. Debian's own clusters have SSL on: libpq's default (sslmode=prefer) uses it.
    void enableSsl();

private:
    PgServer();
    /// Attaches to a server another program started (see startShared).
    explicit PgServer(const QString &stateDir);
    QString run(const QStringList &command, const QString &what) const;

    QString m_bin;
    QString m_dataDir;
    QString m_superuser;
    bool m_asPostgres = false;
    bool m_owned = true; ///< stopped and removed by the destructor
    int m_port = 0;
    int m_databases = 0;
    bool m_paused = false;
    void signalAll(int signal) const;
};

/// Which engine the tests of this run use: CHISO_TEST_BACKEND=postgresql runs them against
/// the throw-away server.
bool testsUseServer();
