#pragma once

#include "Login.h"

#include <QList>
#include <QString>
#include <optional>

namespace chiso {

class Store;

/// The logins of a server's database and their rights, managed by an office login. The server
/// itself checks who may call these (only its office group may) and enforces the rights.
namespace logins {

struct Record {
    QString login;
    Login::Role role = Login::Role::Reader;
    QString region; ///< a unit's
    QString addedAt;
    QString addedBy;
};

/// Gives `name` a role in the database (creating the login where the server has none), with a
/// password if one is given: sent as a SCRAM verifier where libpq is linked, so that the
/// password itself reaches neither the server's logs nor its statistics. Throws StoreError.
void add(Store &store, const QString &name, Login::Role role, const QString &region, const std::optional<QString> &password);
/// Takes its rights away (and the login itself, unless another database still uses it).
void remove(Store &store, const QString &name);
QList<Record> list(Store &store);

} // namespace logins
} // namespace chiso
