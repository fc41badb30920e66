#pragma once

#include "store/Store.h"

#include <QString>
#include <memory>

namespace chiso {

/// Creates a database at path with the indicator catalogue and, unless empty is set, the
/// bundled dataset (datasets/figures.csv, embedded in the binary). A failed creation leaves
/// no file behind. Throws StoreError.
std::unique_ptr<Store> createDatabase(const QString &path, bool empty = false);

/// Where the user's own database lives (the platform's application-data folder).
QString defaultDatabasePath();

/// Opens the user's database, first creating it with the bundled dataset where it is missing.
std::unique_ptr<Store> openDefaultDatabase(bool *created = nullptr);

} // namespace chiso
