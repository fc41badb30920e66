#pragma once

#include "Backend.h"

namespace chiso {

/// An SQLite file: WAL, foreign keys on, the schema's version in PRAGMA user_version.
class SqliteBackend : public Backend
{
public:
    static std::unique_ptr<Backend> connect(const DatabaseAddress &address, bool create);

    void configure() override;
    void beginSession() override;

    int schemaVersion() override;
    void setSchemaVersion(int version) override;
    QStringList tables() override;
    QStringList columns(const QString &table) override;
    const QList<QStringList> &migrations() const override;
    void beginMigration() override;
    void beginWrite() override;
    void setForeignKeys(bool on) override;
    std::unique_ptr<BulkRows> bulkRows(const QString &table, const QStringList &columns) override;
    void pauseInsertionHistory() override;
    void resumeInsertionHistory() override;
    bool consecutiveIds() const override { return true; }
    QString explain(const QSqlError &error, const QString &context) const override;

private:
    using Backend::Backend;
};

/// The rules the file's row triggers apply to an inserted figure, for an import that checks
/// its rows at once instead (SqliteFigureBatch): one code for both.
namespace sqliteRules {
/// The file's triggers on inserting a figure, plan or stated figure (its unit, its month's lock).
QStringList importTriggers();
/// SELECT of 1 when the unit (first parameter) does not exist in the year (second; `yearly`) or
/// the month (second and third).
QString regionUncovered(bool yearly);
/// SELECT of 1 when the office approved the unit's (first parameter) form for the year and month
/// (second, third) and has not reopened it.
QString monthLocked();
} // namespace sqliteRules

/// Why SQLite could not open the database at `path` (its own words in `error`): a read-only
/// disk or folder or a full disk, said as such, for a message a user can act on.
QString whyCannotOpen(const QString &path, const QString &error);

} // namespace chiso
