#include "FigureRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace chiso {
namespace {

/// Whether decimal text that parsed to exactly 100 stands for more than 100, such as
/// 100.000000000000001, which a double cannot tell from 100. The entry form's text may have
/// a decimal comma (Vietnamese); nothing else can follow "100" in a number equal to it.
bool textExceedsHundred(const QString &shown)
{
    const QString digits = shown.trimmed();
    qsizetype point = digits.indexOf(u'.');
    if (point < 0)
        point = digits.indexOf(u',');
    if (point < 0)
        return false;
    const QStringView fraction = QStringView(digits).mid(point + 1);
    return std::any_of(fraction.begin(), fraction.end(), [](QChar c) { return c >= u'1' && c <= u'9'; });
}

} // namespace

QString valueProblem(const Indicator *indicator, RecordKind kind, double value, const QString &shown)
{
    const bool isFigure = kind == RecordKind::Value || kind == RecordKind::Plan;
    if (!std::isfinite(value) || std::abs(value) >= 1e15)
        return QCoreApplication::translate("FigureCsv", "the number %1 is too large to be a figure of the sector").arg(shown);
    if (isFigure && value < 0)
        return QCoreApplication::translate("FigureCsv", "a figure or plan cannot be negative, found %1").arg(shown);
    if (isFigure && indicator && indicator->isPercent() && (value > 100 || (value == 100 && textExceedsHundred(shown))))
        return QCoreApplication::translate("FigureCsv", "a share in per cent cannot exceed 100, found %1").arg(shown);
    if (kind == RecordKind::StatedGrowth && value < -100)
        return QCoreApplication::translate("FigureCsv", "a fall of more than 100% is impossible, found %1").arg(shown);
    if (kind == RecordKind::StatedShare && value < 0)
        return QCoreApplication::translate("FigureCsv", "a share of the plan cannot be negative, found %1").arg(shown);
    return {};
}

std::optional<double> toleranceFromText(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

std::optional<QString> normalizedRegion(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    const bool ok = !upper.isEmpty() && upper.size() <= 32 && std::all_of(upper.cbegin(), upper.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'_' || c == u'.' || c == u'-';
    });
    return ok ? std::optional(upper) : std::nullopt;
}

QString sourceUrlProblem(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!url.startsWith(u"http://") && !url.startsWith(u"https://"))
        return QCoreApplication::translate("FigureCsv", "expected an address starting with http:// or https://, found '%1'").arg(url);
    if (!parsed.isValid() || (scheme != u"http" && scheme != u"https") || parsed.host().isEmpty())
        return QCoreApplication::translate("FigureCsv", "expected a whole address with a host, such as https://mic.gov.vn/…, found '%1'").arg(url);
    return {};
}

QString publicationProblem(const QDate &published, RecordKind kind, int year, int month, const QDate &today)
{
    const QString shown = published.toString(Qt::ISODate);
    if (published > today.addDays(1)) // a day for the time zones between the writer and us
        return QCoreApplication::translate("FigureCsv", "the publication date %1 is in the future").arg(shown);
    const QDate earliest = kind == RecordKind::Plan ? QDate(year - 10, 1, 1) : QDate(year, month, 1);
    if (published < earliest)
        return kind == RecordKind::Plan
                   ? QCoreApplication::translate("FigureCsv", "the publication date %1 is more than ten years before the plan's year %2")
                         .arg(shown).arg(year)
                   : QCoreApplication::translate("FigureCsv", "the publication date %1 is before the figure's month %2 began")
                         .arg(shown, QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    return {};
}

} // namespace chiso
