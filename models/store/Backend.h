#pragma once

#include "DatabaseAddress.h"
#include "Login.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class QSqlError;

namespace chiso {

/// Rows written into one table in bulk, in the table's column order as given: PostgreSQL's
/// COPY where libpq is linked, prepared INSERTs elsewhere. Fields are set left to right and
/// each row ended; finish() sends what is buffered. Throws StoreError.
class BulkRows
{
public:
    virtual ~BulkRows() = default;
    virtual void field(qint64 value) = 0;
    virtual void field(double value) = 0;
    virtual void field(const QString &value) = 0; ///< a null QString writes '' (never NULL)
    virtual void nullField() = 0;
    virtual void endRow() = 0;
    virtual void finish() = 0;
    void field(int value) { field(qint64(value)); }
};

/// What differs between the databases Chỉ Số stores in: SQLite files and PostgreSQL servers.
/// One per connection; the store and the importer speak SQL that both understand (ON CONFLICT,
/// RETURNING, bound parameters) and ask this for the rest: the schema's version and its DDL,
/// how a write transaction takes its lock, bulk loading, and what an error means.
class Backend
{
public:
    /// Connects, or throws StoreError with one sentence a user can act on. A file must exist
    /// and be an SQLite file unless `create`; a server is asked for the password only through
    /// `password` (empty: libpq's own ~/.pgpass and PGPASSWORD).
    static std::unique_ptr<Backend> connect(const DatabaseAddress &address, bool create, const QString &password = {});

    virtual ~Backend();
    Backend(const Backend &) = delete;
    Backend &operator=(const Backend &) = delete;

    QSqlDatabase &db() { return m_db; }
    const DatabaseAddress &address() const { return m_address; }
    bool isServer() const { return m_address.isServer(); }

    /// The connection's settings; called once the database is known to be ours (SQLite's WAL
    /// mode alone rewrites a file's header).
    virtual void configure() {}
    /// After the schema is current: what the connection needs to record its changes (a file's
    /// history triggers, which know the operating-system user) and who it writes as.
    virtual void beginSession() {}
    /// Who this connection writes as (read at beginSession()).
    const Login &login() const { return m_login; }

    /// The version of the schema the database holds (0: none yet).
    virtual int schemaVersion() = 0;
    /// Inside the migration transaction.
    virtual void setSchemaVersion(int version) = 0;
    /// The tables of the database (of its schema, on a server), sorted; none of the engine's own.
    virtual QStringList tables() = 0;
    virtual QStringList columns(const QString &table) = 0;
    /// The migrations: entry i holds the statements that bring the schema from version i to i + 1.
    virtual const QList<QStringList> &migrations() const = 0;

    /// Keeps other clients from changing the schema until unlockSchema(): what a check of the
    /// tables and the version must see in one piece. Nests.
    virtual void lockSchema() {}
    virtual void unlockSchema() {}
    /// Begins a transaction for a migration, holding the lock that makes a second client
    /// upgrading at the same moment wait and then find the work done.
    virtual void beginMigration() = 0;
    /// After the migration's commit or rollback: lets the next client in.
    virtual void endMigration() {}
    /// Throws StoreError, in a sentence, if this connection may not change the schema of a
    /// database that needs it (a server's tables are their owner's to change).
    virtual void checkMayMigrate(int fromVersion, int toVersion) { Q_UNUSED(fromVersion); Q_UNUSED(toVersion); }
    /// Begins a write transaction, taking the write lock now (waiting a bounded time), so that
    /// a long import does not fail at its first row because another program writes.
    virtual void beginWrite() = 0;
    void commit();
    void rollback();

    /// Turns the database's own foreign-key checks off for this connection, where that is a
    /// setting of the connection (SQLite), for work that checks them itself. Outside transactions.
    virtual void setForeignKeys(bool on) { Q_UNUSED(on); }
    /// Rows into `table` in bulk, inside the caller's transaction.
    virtual std::unique_ptr<BulkRows> bulkRows(const QString &table, const QStringList &columns) = 0;
    /// After rows were written with their ids (a copy), new ids continue after the largest.
    virtual void continueIdsAfterCopy(const QString &table) { Q_UNUSED(table); }
    /// A copy of a whole database brings the history it has: while paused, rows inserted
    /// record no insertion of their own. Inside the caller's write transaction, which undoes
    /// the pause if it does not commit; on a server, for the owner of the tables alone.
    virtual void pauseInsertionHistory() = 0;
    virtual void resumeInsertionHistory() = 0;
    /// Whether ids given to rows inserted in one write transaction are consecutive (SQLite's
    /// rowids under its write lock); a server's sequences interleave with other sessions.
    virtual bool consecutiveIds() const = 0;

    /// A StoreError's message for a failed statement: a busy or locked database, a full disk,
    /// a lost connection said as such; otherwise the engine's own words after `context`.
    virtual QString explain(const QSqlError &error, const QString &context) const;
    /// Whether the error means the connection to a server went away.
    virtual bool lostConnection(const QSqlError &error) const { Q_UNUSED(error); return false; }

protected:
    Backend(QSqlDatabase db, DatabaseAddress address);
    QSqlDatabase m_db;
    DatabaseAddress m_address;
    Login m_login{operatingSystemUser(), Login::Role::Office, {}};
};

/// Foreign keys off on one connection until this goes out of scope (see Backend::setForeignKeys).
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Backend &backend) : m_backend(backend) { m_backend.setForeignKeys(false); }
    ~ForeignKeysOff() { m_backend.setForeignKeys(true); }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Backend &m_backend;
};

} // namespace chiso
