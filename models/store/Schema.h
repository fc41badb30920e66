#pragma once

#include <QString>

namespace chiso {

class Backend;

/// The schema version this build writes.
int currentSchemaVersion();

/// Version 7's step that fills the indicators' new weighted_by column from the bundled catalogue.
QString weightBasesOfBundledIndicators();

/// Refuses, before anything is written, a database that is not one of ours: another
/// program's tables, an empty database (unless `mayBeEmpty`: one being prepared), or a
/// version number over tables that do not match it. Throws StoreError naming the database.
void checkIsChisoDatabase(Backend &backend, bool mayBeEmpty = false);

/// Brings a database to the current schema, one migration at a time, each in a transaction
/// under the backend's migration lock. Throws StoreError for a database written by a newer
/// version of the app.
void migrate(Backend &backend);

} // namespace chiso
