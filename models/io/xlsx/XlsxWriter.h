#pragma once

#include "analytics/KpiReport.h"
#include "domain/Figure.h"
#include "i18n/Language.h"

#include <QHash>
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
    /// What a reporting unit's own form adds: its name beside its code, last month's values
    /// for reference, and a mark of the unit and month it was made for, which an import checks.
    struct UnitForm {
        QString name;
        YearMonth lastMonth;
        QHash<QString, double> lastMonthValues; ///< by indicator code
    };
    bool writeTemplate(const QString &path, const QList<Indicator> &indicators, YearMonth period, Language language,
                       QString *error, const QString &region = QStringLiteral("VN"), const UnitForm *unitForm = nullptr);
    /// The text of the mark a unit's form carries in its mark cell: "chiso-unit-form CODE YYYY-MM".
    QString unitFormMark(const QString &unit, YearMonth period);
    /// The definition of what an indicator's figure is, for the form's cell comments.
    QString indicatorDefinition(const Indicator &indicator, Language language);

    /// Where the template keeps what it asks for (1-based rows, 0-based columns).
    namespace TemplateLayout {
        constexpr int periodRow = 2;
        constexpr int sourceRow = 3;
        constexpr int regionRow = 4; ///< empty (as in forms made before it) means VN
        constexpr int headerRow = 5;
        constexpr int firstIndicatorRow = 6;
        enum Column { CodeColumn, NameColumn, UnitColumn, ValueColumn, LastYearColumn, StatedGrowthColumn, StatedShareColumn,
                      LastMonthColumn }; ///< last month's value: for reference, never read back
        constexpr int markRow = 1;     ///< a unit's form: the unit and month it was made for
        constexpr int markColumn = 9;  ///< (J1)
    }
}

} // namespace chiso
