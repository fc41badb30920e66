#pragma once

#include "Figure.h"
#include "Indicator.h"

#include <QString>

namespace chiso {

/// Why a value cannot be a figure of this kind, or an empty string if it can: figures and
/// plans are not negative, shares in per cent not above 100, a fall not beyond −100 %.
/// `shown` is the value as the user wrote it, for the message. Import and the entry form
/// both ask here.
QString valueProblem(const Indicator *indicator, RecordKind kind, double value, const QString &shown);

} // namespace chiso
