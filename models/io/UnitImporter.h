#pragma once

#include "FigureImporter.h"
#include "domain/ReportingUnit.h"

#include <QString>

namespace chiso {

class Store;

/// Reads the units an office adds (ministry departments, enterprises, …) from a CSV file and
/// stores them in one transaction: every line or none, each refused line named as
/// `file:line: field: what was expected`.
///
/// Columns, in any order: `code`, `name_vi`, `name_en` (required); `kind` (`country`,
/// `province` or `other`, default `other`), `valid_from` and `valid_until` (YYYY-MM-DD, empty
/// for an open end), `centre_lat` and `centre_lon` (degrees, both or neither).
class UnitImporter
{
public:
    explicit UnitImporter(Store &store) : m_store(store) {}
    ImportReport importFile(const QString &path);

    /// The columns a units file may have, in the order `chiso units export` would write them.
    static QStringList columns();

private:
    Store &m_store;
};

} // namespace chiso
