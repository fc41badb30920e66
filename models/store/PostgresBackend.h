#pragma once

#include "Backend.h"

#include <memory>

class QIODevice;
class QSqlDriver;

namespace chiso {

/// A COPY … FROM STDIN taking rows already in PostgreSQL's text format, whole rows at a time.
class TextCopy
{
public:
    virtual ~TextCopy() = default;
    virtual void rows(const QByteArray &text) = 0;
    /// Ends the COPY; throws StoreError if the server refused it (copyFailureState() says why).
    virtual void finish() = 0;
};

/// A PostgreSQL server through Qt's QPSQL driver. The schema's version is a row of the table
/// chiso_schema; migrations hold an advisory lock; bulk rows go through COPY where libpq is
/// linked (CHISO_PSQL_NATIVE), through multi-row INSERTs elsewhere.
class ServerWatchdog;

class PostgresBackend : public Backend
{
public:
    ~PostgresBackend() override;

    /// Connects within 5 seconds or throws StoreError with one sentence saying why (a wrong
    /// password, an unknown host, no server listening, no answer), never with the password.
    static std::unique_ptr<Backend> connect(const DatabaseAddress &address, const QString &password);

    void beginSession() override;
    int schemaVersion() override;
    void setSchemaVersion(int version) override;
    QStringList tables() override;
    QStringList columns(const QString &table) override;
    const QList<QStringList> &migrations() const override;
    void lockSchema() override;
    void unlockSchema() override;
    void beginMigration() override;
    void endMigration() override;
    void beginWrite() override;
    std::unique_ptr<BulkRows> bulkRows(const QString &table, const QStringList &columns) override;
    void checkMayMigrate(int fromVersion, int toVersion) override;
    void pauseInsertionHistory() override;
    void resumeInsertionHistory() override;
    void continueIdsAfterCopy(const QString &table) override;
    bool consecutiveIds() const override { return false; }
    QString explain(const QSqlError &error, const QString &context) const override;
    bool lostConnection(const QSqlError &error) const override;

    /// True if bulk rows go through libpq's COPY (for tests and benchmarks).
    bool copiesNatively() const;
    /// The SQLSTATE of the last COPY's refusal (23505: a unique key), empty if it was taken.
    const QString &copyFailureState() const { return m_copyState; }
    /// COPY of rows already in the text format (CopyText), read from `rows`. Only where
    /// copiesNatively().
    void copyText(const QString &table, const QStringList &columns, QIODevice &rows);
    /// The same, the rows given as they come: an import formats each row once and sends the
    /// same bytes to the table and to its replay file. Only where copiesNatively().
    std::unique_ptr<TextCopy> openTextCopy(const QString &table, const QStringList &columns);
    /// Whether row-level security applies to this login's writes into `table`: COPY into such
    /// a table is refused, so its rows go through a staging table and INSERT … SELECT.
    bool rowSecurityApplies(const QString &table);
    /// What ALTER ROLE … PASSWORD is given for `password`: libpq's SCRAM verifier where libpq
    /// is linked (the server never sees the password), else the password itself.
    QString passwordVerifier(const QString &login, const QString &password);

private:
    /// Whether this login owns the tables (is a member of the owning role, or a superuser),
    /// and who owns them.
    bool ownsTables(QString *owner);
    using Backend::Backend;
    QString m_copyState;
    std::unique_ptr<ServerWatchdog> m_watchdog; ///< where libpq is linked, on Linux
    void run(const QString &sql, const QString &context);
};

/// The sentence a user reads for a server's error that means something to them (busy, a full
/// disk, a right refused, a lost connection); empty for any other.
QString explainServerError(const QSqlError &error, bool connectionOpen);
/// Whether a server's error means the connection went away (or the server shut down). QPSQL's
/// isOpen() is libpq's PQstatus(), which tells it in any language; the words are a fallback.
bool meansLostConnection(const QSqlError &error, bool connectionOpen);
/// The sentence for a statement on `driver`'s connection that failed because the server had
/// stopped answering and the connection was cut (see ServerWatchdog); empty otherwise.
QString explainSilentServer(const QSqlDriver *driver);

/// The sentence a user reads for libpq's words on a failed connection to `address` (in
/// English: see connect()), or for the SQLSTATE of the server's refusal where one is known.
QString explainConnectionFailure(const DatabaseAddress &address, const QString &libpqMessage, const QString &sqlState = {});

} // namespace chiso
