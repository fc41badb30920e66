#include "Backend.h"
#include "PostgresBackend.h"
#include "Review.h"
#include "SqliteBackend.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace chiso {

Backend::Backend(QSqlDatabase db, DatabaseAddress address)
    : m_db(std::move(db)), m_address(std::move(address))
{
}

Backend::~Backend()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Backend> Backend::connect(const DatabaseAddress &address, bool create, const QString &password)
{
    if (address.isServer())
        return PostgresBackend::connect(address, password);
    return SqliteBackend::connect(address, create);
}

void Backend::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        rollback();
        // A server that went away during COMMIT may have made the change durable before its
        // answer was lost: "nothing was stored" would be a guess.
        if (lostConnection(error))
            throw StoreError(QCoreApplication::translate("Store", "The connection to the database server was lost while it was storing "
                                                                  "the change: it may have been stored or not. Look at the database "
                                                                  "(chiso history) before trying again."));
        throw StoreError(explain(error, QCoreApplication::translate("Store", "The change could not be saved")));
    }
}

void Backend::rollback()
{
    // A connection the server lost has nothing to roll back (the server does), and QPSQL
    // would print a warning beside the one sentence the user is given.
    if (m_db.driver()->isOpen())
        m_db.rollback();
}

QString Backend::explain(const QSqlError &error, const QString &context) const
{
    if (const QString locked = lockedMonthRefusal(error.databaseText()); !locked.isEmpty())
        return locked;
    return u"%1: %2"_s.arg(context, error.text());
}

} // namespace chiso
