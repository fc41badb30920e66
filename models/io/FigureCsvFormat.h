#pragma once

#include "ImportIssue.h"
#include "domain/Figure.h"
#include "domain/Indicator.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QDate>
#include <QStringDecoder>
#include <optional>
#include <vector>

namespace chiso {

/// The CSV form of figures that import reads and export writes (documented in README.md):
/// record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note
namespace FigureCsv {
    /// Columns in the order export writes them.
    const QStringList &columns();
    /// Writes one figure as a CSV line (with its line break), values in shortest exact form.
    QByteArray line(const Figure &figure);
    QByteArray headerLine();
    /// The shortest text that reads back as exactly the same double.
    QByteArray formatNumber(double value);
    /// Text a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage
    /// return: OWASP's "CSV injection"), with a ' before it, so that Excel shows it as text;
    /// other text as it is. Text that begins with 's before such a character gets one more, so
    /// that unguardFormula() gives back exactly what was guarded.
    QString guardFormula(const QString &text);
    /// The text guardFormula() was given: one leading ' removed where guardFormula() adds one.
    QString unguardFormula(const QString &text);
    /// A text field as a CSV line holds it: guarded against formulas, quoted where RFC 4180
    /// needs it (a comma, a quote or a line break).
    QString field(const QString &text);

    /// The longest text a field may hold, in UTF-16 units: an Excel cell's limit, so that what
    /// one import accepts every export writes whole (a workbook's cell would drop more) and
    /// reads back (a CSV record of four such fields stays far below CsvReader::maxLineBytes).
    constexpr qsizetype maxTextLength = 32767;
    /// Why a text is too long for a field, or an empty string.
    QString textLengthProblem(const QString &text);
}

/// Turns CSV records into figures, checking every field; knows nothing of storage.
/// Each problem becomes an ImportIssue naming the file, line and field.
class FigureCsvParser
{
public:
    /// `csvText`: the fields come from a CSV file, whose text fields export guarded against
    /// formulas (FigureCsv::guardFormula); a workbook's cells are text already.
    FigureCsvParser(QString fileName, const QList<Indicator> &indicators, bool csvText = false);

    /// Reads the header; false (with issues) if a required column is missing or one is unknown.
    bool readHeader(const std::vector<QByteArray> &fields, qint64 line, QList<ImportIssue> &issues);
    /// Reads a data record; nothing (with issues) if any field is wrong.
    std::optional<Figure> readRecord(const std::vector<QByteArray> &fields, qint64 line, QList<ImportIssue> &issues);

private:
    QString text(const std::vector<QByteArray> &fields, int column, qint64 line, QList<ImportIssue> &issues);
    ImportIssue issue(qint64 line, int column, const QString &message) const;

    QString m_fileName;
    QHash<QString, const Indicator *> m_indicators;
    QString m_indicatorList;
    std::vector<int> m_columnOf; ///< for each known column, its index in the file or -1
    int m_fieldCount = 0;
    std::vector<QByteArray> m_lastRaw; ///< per column, the last bytes decoded…
    std::vector<QString> m_lastText;   ///< …and their text
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QDate m_today = QDate::currentDate(); ///< publication dates after it are refused
    bool m_csvText = false;
};

} // namespace chiso
