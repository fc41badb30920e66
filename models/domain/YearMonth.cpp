#include "YearMonth.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chiso {

std::optional<YearMonth> YearMonth::parse(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{1,2})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const YearMonth ym{match.captured(1).toInt(), match.captured(2).toInt()};
    if (!ym.isValid())
        return std::nullopt;
    return ym;
}

QString YearMonth::toIsoString() const
{
    return u"%1-%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace chiso
