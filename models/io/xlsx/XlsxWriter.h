#pragma once

#include "analytics/KpiReport.h"
#include "domain/Figure.h"
#include "i18n/Language.h"

#include <QList>
#include <QString>

namespace chiso {

/// Workbooks Chỉ Số writes (with libxlsxwriter, in the workbook plugin): the export (the KPI table with number formats,
/// widths and a frozen header, and every figure with its source in the import format) and
/// the monthly template. Text is always written as text: a source's "=..." never becomes a
/// formula. Written to a temporary file, then through OutputFile: a file is whole or untouched.
namespace XlsxWriter {
    bool writeExport(const QString &path, const KpiReport &report, const QList<Figure> &figures, Language language,
                     QString *error);
    /// The ministry's monthly form for one month: a row per indicator, the period, source and
    /// region cells at the top, ready to fill in.
    bool writeTemplate(const QString &path, const QList<Indicator> &indicators, YearMonth period, Language language,
                       QString *error, const QString &region = QStringLiteral("VN"));

    /// Where the template keeps what it asks for (1-based rows, 0-based columns).
    namespace TemplateLayout {
        constexpr int periodRow = 2;
        constexpr int sourceRow = 3;
        constexpr int regionRow = 4; ///< empty (as in forms made before it) means VN
        constexpr int headerRow = 5;
        constexpr int firstIndicatorRow = 6;
        enum Column { CodeColumn, NameColumn, UnitColumn, ValueColumn, LastYearColumn, StatedGrowthColumn, StatedShareColumn };
    }
}

} // namespace chiso
