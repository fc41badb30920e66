#pragma once

#include "support/PgServer.h"
#include "store/DatabaseAddress.h"

#include <QString>

/// What a server test starts with: a new, empty database on the test server, its name (the
/// logins' roles are named after it) and its address as the store takes it.
struct ServerDatabase {
    QString url;
    QString name;
    chiso::DatabaseAddress address;
};

inline ServerDatabase newServerDatabase(PgServer &server)
{
    const QString url = server.createDatabase();
    QString error;
    return {url, url.section(QLatin1Char('/'), -1), *chiso::DatabaseAddress::parse(url, &error)};
}
