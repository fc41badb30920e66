#include "PluginLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace chiso {

QObject *loadPlugin(const QString &name, const char *iid, QString *error)
{
    // Loaded once for the whole process and never unloaded: their objects live as long.
    static QMutex mutex;
    static QHash<QString, QObject *> loaded;
    const QMutexLocker lock(&mutex);
    for (const QStaticPlugin &plugin : QPluginLoader::staticPlugins()) {
        if (plugin.metaData().value("IID"_L1).toString() == QLatin1StringView(iid))
            return plugin.instance();
    }
    if (QObject *instance = loaded.value(name); instance && instance->qt_metacast(iid))
        return instance;
    // CHISO_PLUGIN_DIR: the plugin folder relative to the program's, the same in the build
    // tree (app/, tests/, bench/ beside lib/…/chiso/plugins) and once installed (bin/ beside it).
    const QString path = QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(CHISO_PLUGIN_DIR) + u"/chiso_"_s + name);
    QPluginLoader loader(path);
    QObject *instance = loaded.value(name); // here only if of another interface than asked
    if (!instance)
        instance = loader.instance();
    if (!instance || !instance->qt_metacast(iid)) {
        const QString file = QDir::toNativeSeparators(loader.fileName().isEmpty() ? path : loader.fileName());
        QString problem;
        if (instance)
            problem = QCoreApplication::translate("Plugins", "Chỉ Số's part %1 is of another version.").arg(file);
        else if (loader.fileName().isEmpty())
            problem = QCoreApplication::translate("Plugins", "Chỉ Số cannot find its part %1.").arg(file);
        else
            problem = QCoreApplication::translate("Plugins", "Chỉ Số cannot load its part %1: %2").arg(file, loader.errorString());
        *error = problem + u' ' + QCoreApplication::translate("Plugins", "Reinstalling Chỉ Số should mend it.");
        return nullptr;
    }
    loaded.insert(name, instance);
    return instance;
}

} // namespace chiso
