#include "FigureCsvFormat.h"
#include "domain/FigureRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

enum Column { Record, IndicatorCol, Region, Year, Month, Value, BasisCol, SourceUrl, SourceTitle, SourceDate, Quote, Note, ColumnCount };


/// Starts with what makes a spreadsheet read a cell as a formula, after any 's.
bool looksLikeFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && QStringView(u"=+-@\t\r").contains(text[i]);
}

/// A plain decimal number: optional minus, digits, optional point and digits. Anything else
/// (thousands separators, decimal commas, exponents, spaces) is refused rather than guessed.
bool isPlainNumber(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith('-') ? 1 : 0;
    const qsizetype integerStart = i;
    while (i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9')
        ++i;
    if (i == integerStart)
        return false;
    if (i == bytes.size())
        return true;
    if (bytes[i] != '.')
        return false;
    const qsizetype fractionStart = ++i;
    while (i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9')
        ++i;
    return i > fractionStart && i == bytes.size();
}

std::optional<double> parseStrictNumber(const QByteArray &bytes)
{
    if (!isPlainNumber(bytes))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (error != std::errc() || end != bytes.constData() + bytes.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseStrictInt(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > 6)
        return std::nullopt;
    int value = 0;
    const auto [end, error] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
    if (error != std::errc() || end != bytes.constData() + bytes.size())
        return std::nullopt;
    return value;
}

QString numberProblem(const QByteArray &raw)
{
    const QString shown = QString::fromUtf8(raw.trimmed());
    if (shown.isEmpty())
        return QCoreApplication::translate("FigureCsv", "expected a number, found nothing");
    if (shown.contains(QLatin1Char(',')) || shown.count(QLatin1Char('.')) > 1)
        return QCoreApplication::translate("FigureCsv", "expected a number written with '.' as decimal point and no thousands separators "
                  "(2067389 or 49.6), found '%1'").arg(shown);
    return QCoreApplication::translate("FigureCsv", "expected a number such as 2067389 or 49.6, found '%1'").arg(shown);
}

/// A text field in the line's bytes.
QByteArray quoted(const QString &text)
{
    return FigureCsv::field(text).toUtf8();
}

} // namespace

QString FigureCsv::field(const QString &raw)
{
    const QString text = guardFormula(raw);
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

QString FigureCsv::guardFormula(const QString &text)
{
    return looksLikeFormula(text) ? u'\'' + text : text;
}

QString FigureCsv::unguardFormula(const QString &text)
{
    return text.startsWith(u'\'') && looksLikeFormula(text) ? text.mid(1) : text;
}

QString FigureCsv::textLengthProblem(const QString &text)
{
    if (text.size() <= maxTextLength)
        return {};
    return QCoreApplication::translate("FigureCsv", "the text is %1 characters long; a field holds at most %2 (as an Excel cell does): "
                                                    "shorten it, or keep the long text in a document the source points to")
        .arg(QLocale().toString(text.size()), QLocale().toString(maxTextLength));
}

const QStringList &FigureCsv::columns()
{
    static const QStringList names = {u"record"_s, u"indicator"_s, u"region"_s, u"year"_s, u"month"_s,
                                      u"value"_s, u"basis"_s, u"source_url"_s, u"source_title"_s,
                                      u"source_date"_s, u"quote"_s, u"note"_s};
    return names;
}

QByteArray FigureCsv::headerLine()
{
    return columns().join(QLatin1Char(',')).toUtf8() + '\n';
}

QByteArray FigureCsv::formatNumber(double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc())
        return QByteArray::number(value, 'g', 17);
    return QByteArray(buffer, end - buffer);
}

QByteArray FigureCsv::line(const Figure &f)
{
    QByteArray out;
    out.reserve(256);
    out += recordKindCode(f.kind).toUtf8();
    out += ',' + quoted(f.indicator);
    out += ',' + quoted(f.region);
    out += ',' + QByteArray::number(f.year);
    out += ',' + QByteArray::number(f.month);
    out += ',' + formatNumber(f.value);
    out += ',' + basisCode(f.basis).toUtf8();
    out += ',' + quoted(f.source.url);
    out += ',' + quoted(f.source.title);
    out += ',' + (f.source.published.isValid() ? f.source.published.toString(Qt::ISODate).toUtf8() : QByteArray());
    out += ',' + quoted(f.quote);
    out += ',' + quoted(f.note);
    out += '\n';
    return out;
}

FigureCsvParser::FigureCsvParser(QString fileName, const QList<Indicator> &indicators, bool csvText)
    : m_fileName(std::move(fileName)), m_columnOf(ColumnCount, -1), m_lastRaw(ColumnCount), m_lastText(ColumnCount), m_csvText(csvText)
{
    QStringList codes;
    for (const Indicator &indicator : indicators) {
        m_indicators.insert(indicator.code, &indicator);
        codes.append(indicator.code);
    }
    m_indicatorList = codes.join(u", "_s);
}

ImportIssue FigureCsvParser::issue(qint64 line, int column, const QString &message) const
{
    return {m_fileName, line, column >= 0 ? FigureCsv::columns().at(column) : QString(), message};
}

bool FigureCsvParser::readHeader(const std::vector<QByteArray> &fields, qint64 line, QList<ImportIssue> &issues)
{
    const int before = int(issues.size());
    m_fieldCount = int(fields.size());
    for (int i = 0; i < m_fieldCount; ++i) {
        const QString name = QString::fromUtf8(fields[i]).trimmed().toLower();
        const int column = int(FigureCsv::columns().indexOf(name));
        if (column < 0) {
            issues.append({m_fileName, line, name,
                           QCoreApplication::translate("FigureCsv", "unknown column; the columns are: %1").arg(FigureCsv::columns().join(u", "_s))});
        } else if (m_columnOf[column] >= 0) {
            issues.append({m_fileName, line, name, QCoreApplication::translate("FigureCsv", "this column appears twice")});
        } else {
            m_columnOf[column] = i;
        }
    }
    for (int required : {Record, IndicatorCol, Year, Month, Value}) {
        if (m_columnOf[required] < 0)
            issues.append(issue(line, -1, QCoreApplication::translate("FigureCsv", "the header lacks the column '%1'; a header line is: %2")
                                             .arg(FigureCsv::columns().at(required),
                                                  FigureCsv::columns().join(QLatin1Char(',')))));
    }
    if (m_columnOf[SourceUrl] < 0 && m_columnOf[SourceTitle] < 0)
        issues.append(issue(line, -1, QCoreApplication::translate("FigureCsv", "the header needs a column 'source_url' or 'source_title': every figure needs its source")));
    return issues.size() == before;
}

QString FigureCsvParser::text(const std::vector<QByteArray> &fields, int column, qint64 line, QList<ImportIssue> &issues)
{
    const int index = m_columnOf[column];
    if (index < 0)
        return {};
    const QByteArray &raw = fields[index];
    // Columns such as indicator, source and basis repeat from row to row: reuse the text.
    if (raw == m_lastRaw[column])
        return m_lastText[column];
    QString decoded = m_decoder.decode(raw);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        issues.append(issue(line, column, QCoreApplication::translate("FigureCsv", "the text is not valid UTF-8: save the file as UTF-8 (in Excel: \"CSV UTF-8\")")));
        return {};
    }
    QString text = m_csvText ? FigureCsv::unguardFormula(decoded.trimmed()) : decoded.trimmed();
    if (const QString problem = FigureCsv::textLengthProblem(text); !problem.isEmpty()) {
        issues.append(issue(line, column, problem));
        return {};
    }
    m_lastRaw[column] = raw;
    m_lastText[column] = std::move(text);
    return m_lastText[column];
}

std::optional<Figure> FigureCsvParser::readRecord(const std::vector<QByteArray> &fields, qint64 line, QList<ImportIssue> &issues)
{
    if (int(fields.size()) != m_fieldCount) {
        issues.append(issue(line, -1, QCoreApplication::translate("FigureCsv", "the line has %1 fields; the header has %2").arg(fields.size()).arg(m_fieldCount)));
        return std::nullopt;
    }
    const int before = int(issues.size());
    Figure f;

    const QString record = text(fields, Record, line, issues);
    if (const auto kind = recordKindFromCode(record))
        f.kind = *kind;
    else
        issues.append(issue(line, Record, QCoreApplication::translate("FigureCsv", "expected value, plan, stated_growth or stated_share, found '%1'").arg(record)));

    f.indicator = text(fields, IndicatorCol, line, issues);
    const Indicator *indicator = m_indicators.value(f.indicator);
    if (!indicator)
        issues.append(issue(line, IndicatorCol, QCoreApplication::translate("FigureCsv", "unknown indicator '%1'; known: %2").arg(f.indicator, m_indicatorList)));

    const QString region = text(fields, Region, line, issues);
    if (region.isEmpty())
        f.region = u"VN"_s;
    else if (const auto normalized = normalizedRegion(region))
        f.region = *normalized;
    else
        issues.append(issue(line, Region, QCoreApplication::translate("FigureCsv", "expected a region code of letters and digits such as VN, found '%1'").arg(region)));

    const QByteArray &yearRaw = fields[m_columnOf[Year]];
    const auto year = parseStrictInt(yearRaw.trimmed());
    if (year && *year >= 1900 && *year <= 2100)
        f.year = *year;
    else
        issues.append(issue(line, Year, QCoreApplication::translate("FigureCsv", "expected a year from 1900 to 2100, found '%1'").arg(QString::fromUtf8(yearRaw))));

    const QByteArray monthRaw = fields[m_columnOf[Month]].trimmed();
    if (f.kind == RecordKind::Plan && monthRaw.isEmpty()) {
        f.month = 12;
    } else {
        const auto month = parseStrictInt(monthRaw);
        if (month && *month >= 1 && *month <= 12 && (f.kind != RecordKind::Plan || *month == 12))
            f.month = *month;
        else if (f.kind == RecordKind::Plan)
            issues.append(issue(line, Month, QCoreApplication::translate("FigureCsv", "a plan is for the whole year: leave the month empty or write 12, found '%1'")
                                                 .arg(QString::fromUtf8(monthRaw))));
        else
            issues.append(issue(line, Month, QCoreApplication::translate("FigureCsv", "expected a month from 1 to 12 (the year-to-date cut-off), found '%1'")
                                                 .arg(QString::fromUtf8(monthRaw))));
    }

    const QByteArray valueRaw = fields[m_columnOf[Value]].trimmed();
    if (const auto value = parseStrictNumber(valueRaw)) {
        f.value = *value;
        const QString problem = valueProblem(indicator, f.kind, f.value, QString::fromUtf8(valueRaw));
        if (!problem.isEmpty())
            issues.append(issue(line, Value, problem));
    } else {
        issues.append(issue(line, Value, numberProblem(valueRaw)));
    }

    const QString basis = text(fields, BasisCol, line, issues);
    if (f.kind == RecordKind::Value) {
        if (const auto b = basisFromCode(basis))
            f.basis = *b;
        else
            issues.append(issue(line, BasisCol, QCoreApplication::translate("FigureCsv", "a figure needs its basis: actual, estimate, reported or measured, found '%1'").arg(basis)));
    } else if (!basis.isEmpty()) {
        issues.append(issue(line, BasisCol, QCoreApplication::translate("FigureCsv", "only figures (record 'value') have a basis; leave it empty here")));
    }

    f.source.url = text(fields, SourceUrl, line, issues);
    f.source.title = text(fields, SourceTitle, line, issues);
    if (!f.source.url.isEmpty()) {
        if (const QString problem = sourceUrlProblem(f.source.url); !problem.isEmpty())
            issues.append(issue(line, SourceUrl, problem));
    }
    if (f.source.url.isEmpty() && f.source.title.isEmpty())
        issues.append(issue(line, m_columnOf[SourceUrl] >= 0 ? SourceUrl : SourceTitle,
                            QCoreApplication::translate("FigureCsv", "every figure needs its source: give an address or a title")));

    const QString date = text(fields, SourceDate, line, issues);
    if (!date.isEmpty()) {
        f.source.published = QDate::fromString(date, Qt::ISODate);
        if (!f.source.published.isValid() || date.size() != 10)
            issues.append(issue(line, SourceDate, QCoreApplication::translate("FigureCsv", "expected a date as YYYY-MM-DD, found '%1'").arg(date)));
        else if (const QString problem = f.year == 0 ? QString() : publicationProblem(f.source.published, f.kind, f.year, f.month, m_today); !problem.isEmpty())
            issues.append(issue(line, SourceDate, problem));
    }

    f.quote = text(fields, Quote, line, issues);
    f.note = text(fields, Note, line, issues);

    if (int(issues.size()) != before)
        return std::nullopt;
    return f;
}

} // namespace chiso
