#pragma once

#include <QObject>
#include <QString>

namespace chiso {

/// The parts of Chỉ Số that need large libraries (Excel's libxlsxwriter and libzip, Qt's
/// printing) are plugins, loaded the first time they are used: linked into the program, they
/// cost every start-up a few milliseconds of loading, which the window's start-up cannot
/// spare. A program may also link a plugin in statically (Q_IMPORT_PLUGIN), as the fuzzers do.
///
/// The plugin named `name` (file chiso_<name>) that implements `iid`: a static one if
/// linked in, else the one in the plugin folder beside the program. Loaded once and kept.
/// nullptr and a message naming the file when it is missing or unfit.
QObject *loadPlugin(const QString &name, const char *iid, QString *error);

template <typename Interface>
Interface *loadPlugin(const QString &name, QString *error)
{
    return qobject_cast<Interface *>(loadPlugin(name, qobject_interface_iid<Interface *>(), error));
}

} // namespace chiso
