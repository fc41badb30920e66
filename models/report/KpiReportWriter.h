#pragma once

#include "analytics/KpiReport.h"
#include "report/Formatter.h"

#include <QByteArray>
#include <QString>

namespace chiso {

/// Writes the monthly KPI table for people (an aligned text table in the reader's language)
/// or for programs (CSV and JSON with plain numbers, '.' as decimal point).
namespace KpiReportWriter {
    QString table(const KpiReport &report, const Formatter &format);
    QByteArray csv(const KpiReport &report, Language language);
    QByteArray json(const KpiReport &report, Language language);
}

} // namespace chiso
