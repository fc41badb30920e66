#pragma once

#include <QSqlDatabase>

namespace chiso {

/// The schema version this build writes; PRAGMA user_version holds a database's version.
int currentSchemaVersion();

/// Refuses, before anything is written, a database that is not one of ours: another
/// program's tables, an empty database, or a version number over tables that do not match
/// it. Throws StoreError naming `path` and what was found.
void checkIsChisoDatabase(QSqlDatabase &db, const QString &path);

/// Brings a database to the current schema, one migration at a time, each in a transaction.
/// Throws StoreError for a database written by a newer version of the app.
void migrate(QSqlDatabase &db);

/// Foreign keys off on one connection until this goes out of scope, for work that checks
/// them itself or must copy rows as they are. Make it before a transaction begins and let it
/// go after the transaction ends: SQLite ignores the pragma inside one.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase &db);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase &m_db;
};

} // namespace chiso
