#include "Statement.h"
#include "StoreError.h"
#include "PostgresBackend.h"
#include "Review.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <cstring>

#if CHISO_SQLITE_NATIVE
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

[[noreturn]] void fail(const QString &detail)
{
    if (const QString locked = lockedMonthRefusal(detail); !locked.isEmpty())
        throw StoreError(locked);
    throw StoreError(QCoreApplication::translate("Store", "The database refused an operation: %1").arg(detail));
}

#if CHISO_SQLITE_NATIVE
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
#endif

} // namespace

struct Statement::Impl {
#if CHISO_SQLITE_NATIVE
    sqlite3 *db = nullptr;
    sqlite3_stmt *stmt = nullptr;
    bool stepped = false;
#endif
    std::unique_ptr<QSqlQuery> query; // where the native path is not available
    bool fetched = false;
    bool server = false;
};

void Statement::failQuery() const
{
    const QSqlError error = d->query->lastError();
    if (d->server) {
        if (const QString silent = explainSilentServer(d->query->driver()); !silent.isEmpty())
            throw StoreError(silent);
        const QString known = explainServerError(error, d->query->driver() && d->query->driver()->isOpen());
        if (!known.isEmpty())
            throw StoreError(known);
    } else if (error.nativeErrorCode() == u"5"_s || error.nativeErrorCode() == u"6"_s) {
        throw StoreError(QCoreApplication::translate("Store", "The database is busy: another program is writing to it. "
                                                              "Try again in a moment."));
    }
    fail(error.text());
}

Statement::Statement(const QSqlDatabase &db, const QString &sql)
    : d(std::make_unique<Impl>())
{
#if CHISO_SQLITE_NATIVE
    d->db = nativeHandle(db);
    if (d->db) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(d->db, utf8.constData(), int(utf8.size()), &d->stmt, nullptr) != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errmsg(d->db)));
        return;
    }
#endif
    d->query = std::make_unique<QSqlQuery>(db);
    d->query->setForwardOnly(true); // rows are read once: no cache of every row read so far
    d->server = db.driverName() == u"QPSQL"_s;
    if (!d->query->prepare(sql))
        failQuery();
}

Statement::~Statement()
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt)
        sqlite3_finalize(d->stmt);
#endif
}

void Statement::bind(int index, qint64 value)
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        sqlite3_bind_int64(d->stmt, index + 1, value);
        return;
    }
#endif
    d->query->bindValue(index, value);
}

void Statement::bind(int index, double value)
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        sqlite3_bind_double(d->stmt, index + 1, value);
        return;
    }
#endif
    d->query->bindValue(index, value);
}

void Statement::bind(int index, const QString &value)
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        sqlite3_bind_text16(d->stmt, index + 1, value.isNull() ? static_cast<const void *>(u"") : value.utf16(), int(value.size() * 2),
                            SQLITE_TRANSIENT);
        return;
    }
#endif
    d->query->bindValue(index, value.isNull() ? u""_s : value);
}

void Statement::bindNull(int index)
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        sqlite3_bind_null(d->stmt, index + 1);
        return;
    }
#endif
    d->query->bindValue(index, QVariant(QMetaType(QMetaType::QString)));
}

bool Statement::next()
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        const int rc = sqlite3_step(d->stmt);
        d->stepped = true;
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        const QString error = QString::fromUtf8(sqlite3_errmsg(d->db));
        sqlite3_reset(d->stmt);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            throw StoreError(QCoreApplication::translate("Store", "The database is busy: another program is writing to it. "
                                                                  "Try again in a moment."));
        if (rc == SQLITE_FULL)
            throw StoreError(QCoreApplication::translate("Store", "The disk is full: nothing was stored. Free some space and try again."));
        fail(error);
    }
#endif
    if (!d->fetched) {
        d->fetched = true;
        if (!d->query->exec())
            failQuery();
    }
    return d->query->next();
}

void Statement::reset()
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        sqlite3_reset(d->stmt);
        return;
    }
#endif
    d->query->finish();
    d->fetched = false;
}

qint64 Statement::columnInt(int index) const
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt)
        return sqlite3_column_int64(d->stmt, index);
#endif
    return d->query->value(index).toLongLong();
}

double Statement::columnDouble(int index) const
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt)
        return sqlite3_column_double(d->stmt, index);
#endif
    return d->query->value(index).toDouble();
}

bool Statement::columnIsNull(int index) const
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt)
        return sqlite3_column_type(d->stmt, index) == SQLITE_NULL;
#endif
    return d->query->isNull(index);
}

QString Statement::columnText(int index) const
{
#if CHISO_SQLITE_NATIVE
    if (d->stmt) {
        // As stored (UTF-8): Qt's decoder is faster than SQLite's conversion to UTF-16.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(d->stmt, index));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(d->stmt, index)) : QString();
    }
#endif
    return d->query->value(index).toString();
}

} // namespace chiso
