#include "Logins.h"
#include "Backend.h"
#include "PostgresBackend.h"
#include "Statement.h"
#include "Store.h"
#include "StoreError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso::logins {
namespace {

PostgresBackend &serverOf(Store &store)
{
    auto *server = dynamic_cast<PostgresBackend *>(&store.backend());
    if (!server)
        throw StoreError(QCoreApplication::translate("Store", "%1 is a file: a file has no logins, whoever may open it may change it. "
                                                              "Logins and rights are a server's (postgresql://…).")
                             .arg(store.location()));
    return *server;
}

/// Refuses the owner of the tables and a superuser, in a sentence: the office by what they are,
/// not by a row of chiso_login (the server's functions refuse them too, in its words).
void refuseOwnerOrSuperuser(Store &store, const QString &name)
{
    Statement owner(store.database(), u"SELECT count(*) FROM pg_roles AS r WHERE r.rolname = ? AND (r.rolsuper OR r.oid = "
                                      "(SELECT c.relowner FROM pg_class AS c WHERE c.oid = 'observation'::regclass))"_s);
    owner.bind(0, name);
    if (owner.next() && owner.columnInt(0) > 0)
        throw StoreError(QCoreApplication::translate("Store", "%1 owns the tables of %2 or is a superuser: it is the office by what it is, "
                                                              "and no role here gives or takes its rights.")
                             .arg(name, store.location()));
}

/// Calls one of the server's functions that manage logins, in a transaction of its own.
void call(Store &store, Statement &statement)
{
    store.backend().beginWrite();
    try {
        statement.next();
        store.backend().commit();
    } catch (...) {
        store.backend().rollback();
        throw;
    }
}

} // namespace

void add(Store &store, const QString &name, Login::Role role, const QString &region, const std::optional<QString> &password)
{
    PostgresBackend &server = serverOf(store);
    if (name.trimmed().isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "A login needs a name."));
    if (role == Login::Role::Unit && region.isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "A unit's login needs its region: --region CODE."));
    if (role != Login::Role::Unit && !region.isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "Only a unit's login has a region; an office login or a reader reads every region."));
    if (role == Login::Role::Unit && store.units().withCode(region).isEmpty())
        throw StoreError(QCoreApplication::translate("Store", "%1 is not a reporting unit of %2: chiso units lists them, and chiso units import adds "
                                                              "the office's own.")
                             .arg(region, store.location()));
    refuseOwnerOrSuperuser(store, name);
    Statement statement(store.database(), u"SELECT chiso_add_login(?, ?, ?, ?)"_s);
    statement.bind(0, name);
    statement.bind(1, roleCode(role));
    if (region.isEmpty())
        statement.bindNull(2);
    else
        statement.bind(2, region);
    if (password)
        statement.bind(3, server.passwordVerifier(name, *password));
    else
        statement.bindNull(3);
    call(store, statement);
}

void remove(Store &store, const QString &name)
{
    serverOf(store);
    refuseOwnerOrSuperuser(store, name);
    Statement known(store.database(), u"SELECT count(*) FROM chiso_login WHERE login = ?"_s);
    known.bind(0, name);
    if (known.next() && known.columnInt(0) == 0)
        throw StoreError(QCoreApplication::translate("Store", "%1 has no rights in %2 to take away: chiso server list-users lists the logins that have.")
                             .arg(name, store.location()));
    Statement statement(store.database(), u"SELECT chiso_remove_login(?)"_s);
    statement.bind(0, name);
    call(store, statement);
}

QList<Record> list(Store &store)
{
    serverOf(store);
    Statement query(store.database(), u"SELECT login, role, coalesce(region, ''), added_at, added_by FROM chiso_login ORDER BY login"_s);
    QList<Record> result;
    while (query.next()) {
        const QString role = query.columnText(1);
        result.append({query.columnText(0),
                       roleFromCode(role).value_or(Login::Role::Reader),
                       query.columnText(2), query.columnText(3), query.columnText(4)});
    }
    return result;
}

} // namespace chiso::logins
