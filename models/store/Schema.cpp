#include "Schema.h"
#include "Backend.h"
#include "HistorySchema.h"
#include "StoreError.h"
#include "io/BundledUnits.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

/// The version that brought the catalogue of reporting units.
constexpr int UnitsVersion = 6;
/// The version that brought the units' weights (adding shares up).
constexpr int WeightsVersion = 7;
/// The version that brought the review of the units' forms.
constexpr int ReviewVersion = 8;
// Version 9 made the server's checks of an import cheaper (the same rules).
// Version 10 checked a server import's units and locks together.
// Version 11 checked them without listing the import's distinct months.
/// The version that recorded an insertion of many rows in one row of the history.
constexpr int BatchedInsertionsVersion = 12;

/// The longest name (UTF-8 bytes) of a database `server init` prepares: see chiso_group().
constexpr qsizetype MaxServerDatabaseNameBytes = 48;

/// The tables each schema version has, with their columns (of the current version).
const QHash<QString, QStringList> &columnsOfTables()
{
    static const QHash<QString, QStringList> tables = {
        {u"indicator"_s, {u"code"_s, u"kind"_s, u"unit"_s, u"name_vi"_s, u"name_en"_s, u"unit_vi"_s, u"unit_en"_s, u"decimals"_s, u"sort_order"_s, u"weighted_by"_s}},
        {u"source"_s, {u"id"_s, u"key"_s, u"url"_s, u"title"_s, u"published"_s}},
        {u"entry"_s, {u"id"_s, u"entered_at"_s, u"entered_by"_s, u"origin"_s}},
        {u"observation"_s, {u"id"_s, u"indicator"_s, u"region"_s, u"year"_s, u"month"_s, u"value"_s, u"basis"_s, u"source_id"_s,
                            u"quote"_s, u"note"_s, u"entry_id"_s}},
        {u"plan"_s, {u"id"_s, u"indicator"_s, u"region"_s, u"year"_s, u"target"_s, u"source_id"_s, u"quote"_s, u"note"_s, u"entry_id"_s}},
        {u"claim"_s, {u"id"_s, u"indicator"_s, u"region"_s, u"year"_s, u"month"_s, u"kind"_s, u"value"_s, u"source_id"_s, u"quote"_s,
                      u"note"_s, u"entry_id"_s}},
        {u"acknowledgement"_s, {u"finding_key"_s, u"comment"_s, u"acknowledged_at"_s, u"acknowledged_by"_s}},
        {u"history"_s, history::columns()},
        {u"unit"_s, {u"code"_s, u"valid_from"_s, u"valid_until"_s, u"kind"_s, u"name_vi"_s, u"name_en"_s, u"centre_lat"_s, u"centre_lon"_s, u"indicators"_s}},
        {u"unit_merger"_s, {u"old_code"_s, u"new_code"_s, u"since"_s}},
        {u"submission"_s, {u"id"_s, u"unit"_s, u"year"_s, u"month"_s, u"entry_id"_s}},
        {u"setting"_s, {u"name"_s, u"value"_s}},
        {u"unit_weight"_s, {u"id"_s, u"basis"_s, u"region"_s, u"year"_s, u"value"_s, u"source_id"_s, u"entry_id"_s}},
        {u"review"_s, {u"id"_s, u"unit"_s, u"year"_s, u"month"_s, u"action"_s, u"comment"_s, u"submission_id"_s, u"reviewed_at"_s,
                       u"reviewed_by"_s}},
    };
    return tables;
}

QStringList tablesOfVersion(int version)
{
    QStringList tables = {u"indicator"_s, u"source"_s, u"entry"_s, u"observation"_s, u"plan"_s, u"claim"_s};
    if (version >= 2)
        tables.append(u"acknowledgement"_s);
    if (version >= 5)
        tables.append(u"history"_s);
    if (version >= UnitsVersion)
        tables.append({u"unit"_s, u"unit_merger"_s, u"submission"_s, u"setting"_s});
    if (version >= WeightsVersion)
        tables.append(u"unit_weight"_s);
    if (version >= ReviewVersion)
        tables.append(u"review"_s);
    return tables;
}

} // namespace

void checkIsChisoDatabase(Backend &backend, bool mayBeEmpty)
{
    const QString name = backend.address().display();
    const auto fail = [&name](const QString &why) {
        throw StoreError(QCoreApplication::translate("Store", "%1 is not a Chỉ Số database: %2").arg(name, why));
    };
    const int version = backend.schemaVersion();
    const QStringList tables = backend.tables();
    if (version > currentSchemaVersion())
        return; // migrate() says it is from a newer version
    if (version == 0) {
        const QString create = backend.isServer() ? u"chiso server init --db %1"_s.arg(name) : u"chiso init --db PATH"_s;
        if (tables.isEmpty()) {
            // The server's group roles carry the database's name (chiso_group(): its first 48
            // characters and "_chiso_office", within PostgreSQL's 63 bytes only if those 48 are
            // bytes too): a longer name would be cut, and two databases cut to the same would
            // share their logins' rights.
            const qsizetype bytes = backend.address().database.toUtf8().size();
            if (mayBeEmpty && backend.isServer() && bytes > MaxServerDatabaseNameBytes)
                throw StoreError(QCoreApplication::translate("Store", "The database name %1 takes %2 bytes; Chỉ Số names the server's "
                                                                      "roles for its logins after it, and allows at most %3 (a Vietnamese "
                                                                      "letter with a mark takes 2 or 3). Create the database under a "
                                                                      "shorter name.")
                                     .arg(backend.address().database)
                                     .arg(bytes)
                                     .arg(MaxServerDatabaseNameBytes));
            if (mayBeEmpty)
                return;
            if (backend.isServer())
                fail(QCoreApplication::translate("Store", "it holds no tables yet. Prepare it with: %1").arg(create));
            fail(QCoreApplication::translate("Store", "it is an empty SQLite database. Create a Chỉ Số database with: chiso init --db PATH"));
        }
        if (backend.isServer())
            fail(QCoreApplication::translate("Store", "it holds tables of another program (%1). Chỉ Số does not change them; prepare "
                                                      "an empty database of its own with: chiso server init --db postgresql://…")
                     .arg(tables.mid(0, 5).join(u", "_s) + (tables.size() > 5 ? u", …"_s : QString())));
        fail(QCoreApplication::translate("Store", "it holds tables of another program (%1). Chỉ Số does not change it; create a "
                                                  "database of its own with: chiso init --db PATH")
                 .arg(tables.mid(0, 5).join(u", "_s) + (tables.size() > 5 ? u", …"_s : QString())));
    }
    QStringList missing;
    for (const QString &table : tablesOfVersion(version)) {
        if (!tables.contains(table)) {
            missing.append(table);
            continue;
        }
        if (version != currentSchemaVersion())
            continue; // older versions' columns are the migrations' business
        const QStringList columns = backend.columns(table);
        for (const QString &column : columnsOfTables().value(table)) {
            if (!columns.contains(column))
                missing.append(table + u'.' + column);
        }
    }
    if (!missing.isEmpty())
        fail(QCoreApplication::translate("Store", "it says it is of schema %1, but it lacks %2. Another program has changed it; "
                                                  "open a backup or create a new database with: chiso init --db PATH")
                 .arg(version)
                 .arg(missing.join(u", "_s)));
}

int currentSchemaVersion()
{
    // Each backend's list of migrations holds this many steps (migrate() asserts it, and the
    // test suites migrate on both).
    return BatchedInsertionsVersion;
}

QString weightBasesOfBundledIndicators()
{
    // The bundled catalogue's weighted_by column as of version 7, for databases made before it:
    // what each share is weighted by when the provinces add up to the country.
    return uR"(UPDATE indicator SET weighted_by = CASE code
                   WHEN 'fibre_households_pct' THEN 'households'
                   WHEN 'internet_users_pct' THEN 'population'
                   WHEN 'fixed_broadband_per100' THEN 'population'
                   WHEN 'mobile_broadband_per100' THEN 'population'
                   WHEN 'smartphone_users_pct' THEN 'population'
                   WHEN 'online_public_services_use_pct' THEN 'population'
                   WHEN 'online_public_services_pct' THEN 'online_services'
                   WHEN 'online_public_services_fullprocess_of_eligible_pct' THEN 'eligible_services'
                   ELSE '' END)"_s;
}

void migrate(Backend &backend)
{
    Q_ASSERT(backend.migrations().size() == currentSchemaVersion());
    int version = backend.schemaVersion();
    if (version > currentSchemaVersion())
        throw StoreError(QCoreApplication::translate("Store",
            "This database was written by a newer version of Chỉ Số (schema %1; this version knows up to %2). "
            "Update the application or open another database.")
                             .arg(version).arg(currentSchemaVersion()));
    if (version == currentSchemaVersion())
        return;
    backend.checkMayMigrate(version, currentSchemaVersion());
    // Foreign keys off while tables are copied and renamed, as SQLite prescribes for changing a
    // table: a row another tool left without its parent is carried over, not a reason to refuse
    // the whole database.
    const ForeignKeysOff foreignKeysOff(backend);
    QSqlQuery query(backend.db());
    while (version < currentSchemaVersion()) {
        // The version read again inside the lock: a second program opening the same database
        // at the same moment (a script while the window starts) waits for the first, then
        // finds the step done instead of doing it twice.
        backend.beginMigration();
        try {
            version = backend.schemaVersion();
            if (version < currentSchemaVersion()) {
                const bool hadUnits = backend.tables().contains(u"unit"_s);
                for (const QString &sql : backend.migrations().at(version)) {
                    if (!query.exec(sql))
                        throw StoreError(backend.explain(query.lastError(), QCoreApplication::translate("Store", "Could not update the database schema")));
                }
                // The step that made the unit table fills it in the same transaction: the bundled
                // provinces, and a unit for each region an older database's figures already use.
                if (!hadUnits && backend.tables().contains(u"unit"_s))
                    installUnitCatalogue(backend);
                backend.setSchemaVersion(version + 1);
                ++version;
            }
            backend.commit();
        } catch (...) {
            backend.rollback();
            backend.endMigration();
            throw;
        }
        backend.endMigration();
    }
}

} // namespace chiso
