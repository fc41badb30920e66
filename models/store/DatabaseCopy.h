#pragma once

#include <QString>

namespace chiso {

class Store;

/// Copies everything a database holds (indicators, sources, entries, figures, plans, claims,
/// acknowledgements, with their ids) into `target`: a file that does not exist yet, or a
/// server's database that holds no figures. One transaction: a failure leaves the target as
/// it was (a new file is removed). Throws StoreError. Returns the rows copied.
qint64 copyDatabase(Store &source, const QString &target);

} // namespace chiso
