#pragma once

#include <QSqlDatabase>

namespace chiso {

/// The schema version this build writes; PRAGMA user_version holds a database's version.
int currentSchemaVersion();

/// Brings a database to the current schema, one migration at a time, each in a transaction.
/// Throws StoreError for a database written by a newer version of the app.
void migrate(QSqlDatabase &db);

} // namespace chiso
