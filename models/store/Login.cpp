#include "Login.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace chiso {

QString operatingSystemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // A service or a container may set none of them; the account database still knows.
    if (user.isEmpty()) {
        if (const passwd *account = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    }
#endif
    return user.isEmpty() ? u"unknown"_s : user;
}

QString onlyTheOffice(const Login &login, OfficeWork work)
{
    if (login.role == Login::Role::Office)
        return {};
    switch (work) {
    case OfficeWork::AddUnits:
        return QCoreApplication::translate("Login", "Only an office login adds reporting units; %1 is not one.").arg(login.name);
    case OfficeWork::StoreWeights:
        return QCoreApplication::translate("Login", "Only an office login stores the units' weights; %1 is not one.").arg(login.name);
    case OfficeWork::Acknowledge:
        return QCoreApplication::translate("Login", "Only an office login acknowledges or reopens a finding; %1 is not one.").arg(login.name);
    case OfficeWork::ChooseFigure:
        return QCoreApplication::translate("Login", "Only an office login chooses which figure is used; %1 is not one.").arg(login.name);
    }
    return {};
}

QString roleCode(Login::Role role)
{
    switch (role) {
    case Login::Role::Office: return u"office"_s;
    case Login::Role::Unit: return u"unit"_s;
    case Login::Role::Reader: return u"reader"_s;
    case Login::Role::None: break;
    }
    return {};
}

std::optional<Login::Role> roleFromCode(const QString &code)
{
    for (Login::Role role : {Login::Role::Office, Login::Role::Unit, Login::Role::Reader}) {
        if (code == roleCode(role))
            return role;
    }
    return std::nullopt;
}

} // namespace chiso
