#include "BundledDataset.h"
#include "FigureImporter.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chiso {

namespace {

void loadBundledDataset(Store &store)
{
    QFile bundled(u":/datasets/figures.csv"_s);
    if (!bundled.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "The bundled dataset is missing from this build."));
    FigureImporter importer(store);
    importer.setEnteredBy(u"chiso (bundled dataset)"_s);
    const ImportReport report = importer.importDevice(&bundled, u"datasets/figures.csv"_s);
    if (!report.committed())
        throw StoreError(QCoreApplication::translate("Store", "The bundled dataset could not be loaded: %1")
                             .arg(report.issues.value(0).toString()));
}

/// On a server, "create" prepares a database that holds no figures yet: one of another
/// program is refused by the store, one of ours that holds figures here.
std::unique_ptr<Store> createOnServer(const DatabaseAddress &address, bool empty)
{
    auto store = Store::prepareServer(address);
    const Store::Counts counts = store->counts();
    if (counts.values + counts.plans + counts.claims > 0)
        throw StoreError(QCoreApplication::translate("Store", "%1 holds figures already; open it with --db, or choose an empty database.")
                             .arg(address.display()));
    if (!empty)
        loadBundledDataset(*store);
    return store;
}

} // namespace

std::unique_ptr<Store> createDatabase(const QString &path, bool empty)
{
    if (DatabaseAddress::namesServer(path)) {
        QString error;
        const auto address = DatabaseAddress::parse(path, &error);
        if (!address)
            throw StoreError(error);
        return createOnServer(*address, empty);
    }
    if (QFileInfo::exists(path))
        throw StoreError(QCoreApplication::translate("Store", "%1 exists already; choose another path or remove it first.").arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw StoreError(QCoreApplication::translate("Store", "Cannot create the folder %1.").arg(folder));
    auto removeFiles = [&path] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    };
    try {
        auto store = Store::create(path);
        if (!empty)
            loadBundledDataset(*store);
        return store;
    } catch (const StoreError &) {
        removeFiles(); // the file did not exist before: it is ours and unfinished
        throw;
    }
}

QString defaultDatabasePath()
{
    // The local, not the roaming, data folder: on Windows a roaming %APPDATA% may sit on a network
    // share, where SQLite's write-ahead log is not safe. On Linux both are ~/.local/share/chiso.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"chiso.sqlite"_s);
}

std::unique_ptr<Store> openDefaultDatabase(bool *created)
{
    const QString path = defaultDatabasePath();
    const bool missing = !QFileInfo::exists(path);
    if (created)
        *created = missing;
    return missing ? createDatabase(path) : Store::open(path);
}

} // namespace chiso
