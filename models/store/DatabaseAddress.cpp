#include "DatabaseAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace chiso {

bool DatabaseAddress::namesServer(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

DatabaseAddress DatabaseAddress::ofFile(const QString &path)
{
    DatabaseAddress address;
    address.file = path;
    return address;
}

QString DatabaseAddress::server() const
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString DatabaseAddress::display() const
{
    if (!isServer())
        return file;
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port != 5432)
        text += u':' + QString::number(port);
    text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!sslMode.isEmpty())
        text += u"?sslmode="_s + sslMode;
    return text;
}

std::optional<DatabaseAddress> DatabaseAddress::parse(const QString &text, QString *error)
{
    if (!namesServer(text))
        return ofFile(text);
    const auto refuse = [error](const QString &why) {
        *error = QCoreApplication::translate("Store", "The server address is not usable: %1. Write it as "
                                                      "postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…].")
                     .arg(why);
        return std::nullopt;
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(url.errorString());
    // Said without repeating the address: it holds the password.
    if (!url.password().isEmpty())
        return refuse(QCoreApplication::translate("Store", "it holds a password, which every user of this computer could read; "
                                                           "put it in ~/.pgpass or PGPASSWORD, or let Chỉ Số ask for it"));
    DatabaseAddress address;
    address.host = url.host();
    if (address.host.isEmpty())
        return refuse(QCoreApplication::translate("Store", "it names no host"));
    address.port = url.port(5432);
    if (address.port < 1 || address.port > 65535)
        return refuse(QCoreApplication::translate("Store", "the port must be between 1 and 65535"));
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return refuse(QCoreApplication::translate("Store", "it names no database after the host"));
    const QUrlQuery query(url);
    static const QStringList sslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode"_s)
            return refuse(QCoreApplication::translate("Store", "'%1' is not a setting Chỉ Số knows (only sslmode)").arg(key));
        if (!sslModes.contains(value))
            return refuse(QCoreApplication::translate("Store", "sslmode must be one of %1").arg(sslModes.join(u", "_s)));
        address.sslMode = value;
    }
    return address;
}

} // namespace chiso
