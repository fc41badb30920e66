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
    bool consecutiveIds() const override { return true; }
    QString explain(const QSqlError &error, const QString &context) const override;

private:
    using Backend::Backend;
};

/// Why SQLite could not open the database at `path` (its own words in `error`): a read-only
/// disk or folder or a full disk, said as such, for a message a user can act on.
QString whyCannotOpen(const QString &path, const QString &error);

} // namespace chiso
