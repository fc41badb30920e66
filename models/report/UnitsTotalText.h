#pragma once

#include "check/Findings.h"
#include "cycle/AddingUp.h"
#include "report/Formatter.h"

#include <QStringList>

namespace chiso {

/// The provinces' totals as the command line and the window show them, one row an indicator.
namespace UnitsTotalText {

enum Column { Indicator, Total, Counted, National, Gap, Note, ColumnCount };

QStringList headers();
/// The row's cells, in Column order.
QStringList cells(const UnitsTotal &total, const CheckSettings &settings, const Formatter &format);
/// What a weight basis is, in the language: households, population…; an office's own as it is.
QString basisName(const QString &basis);
/// Whether the row's gap is a finding (beyond the tolerance).
bool beyondTolerance(const UnitsTotal &total, const CheckSettings &settings);

} // namespace UnitsTotalText

} // namespace chiso
