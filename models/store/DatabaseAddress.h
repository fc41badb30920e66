#pragma once

#include <QString>
#include <optional>

namespace chiso {

/// Where a database lives, as --db and the window's dialogs name it: a PostgreSQL server
/// (`postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]`, or `postgres://`) or, for anything
/// else, an SQLite file.
struct DatabaseAddress {
    QString file;     ///< the SQLite file, when not a server
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslMode;  ///< libpq's sslmode, empty for its default

    bool isServer() const { return !host.isEmpty(); }
    /// The address as a user would type it, never with a password.
    QString display() const;
    /// The server as HOST:PORT, an IPv6 host in brackets ([::1]:5432), for messages.
    QString server() const;

    /// Reads a --db value. A server address with a password, an unknown parameter or no
    /// database name is refused with a sentence saying why (`error`): a password typed on the
    /// command line is visible to every user of the machine in its process list.
    static std::optional<DatabaseAddress> parse(const QString &text, QString *error);
    static DatabaseAddress ofFile(const QString &path);
    /// Whether the text names a server (postgres:// or postgresql://).
    static bool namesServer(const QString &text);
};

} // namespace chiso
