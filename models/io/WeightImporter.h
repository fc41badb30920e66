#pragma once

#include "FigureImporter.h"

#include <QString>
#include <QStringList>

namespace chiso {

class Store;

/// Reads the weights units' shares are averaged by (households, population…) from a CSV file
/// and stores them in one transaction: every line or none, each refused line named as
/// `file:line: field: what was expected`. A weight already stored for the same basis, unit and
/// year is replaced (a statistics office's revised yearbook).
///
/// Columns, in any order: `basis` (a weighted_by of the indicator catalogue), `region` (a unit
/// that existed in the year), `year`, `value` (> 0, '.' as decimal point), and `source_url`
/// and/or `source_title` (at least one).
class WeightImporter
{
public:
    explicit WeightImporter(Store &store) : m_store(store) {}
    ImportReport importFile(const QString &path);

    static QStringList columns();

private:
    Store &m_store;
};

} // namespace chiso
