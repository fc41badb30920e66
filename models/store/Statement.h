#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace chiso {

/// A prepared statement with positional parameters (0-based), for the store's hot paths.
/// Where the SQLite library linked here is the one Qt's driver uses (Linux), it calls SQLite
/// directly on the driver's connection: QtSql 6.4 spends more time naming each positional
/// parameter than SQLite spends inserting the row. Elsewhere it goes through QSqlQuery.
class Statement
{
public:
    /// Throws StoreError if the SQL cannot be prepared.
    Statement(const QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value); ///< a null QString binds '' (never NULL)
    void bindNull(int index);

    /// Runs the statement; true while it yields a row (read it with the column functions).
    /// Throws StoreError on failure.
    bool next();
    /// Ends the current run so that the statement can be bound and run again.
    void reset();

    qint64 columnInt(int index) const;
    double columnDouble(int index) const;
    QString columnText(int index) const;
    bool columnIsNull(int index) const;


private:
    [[noreturn]] void failQuery() const;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace chiso
