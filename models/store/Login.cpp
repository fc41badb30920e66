#include "Login.h"

using namespace Qt::StringLiterals;

namespace chiso {

QString operatingSystemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
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

} // namespace chiso
