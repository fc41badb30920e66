#include "FigureChoice.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {
// A prefix no finding's key has (they start with a kind's code): the two share one table.
const QString Prefix = u"choice|"_s;
}

QString FigureChoice::storageKey(const QString &indicator, const QString &region, YearMonth period)
{
    return Prefix + QStringList{indicator, region, period.toIsoString()}.join(u'|');
}

bool FigureChoice::isStorageKey(const QString &storedKey)
{
    return storedKey.startsWith(Prefix);
}

std::optional<FigureChoice> FigureChoice::fromStorage(const QString &storedKey, const QString &sourceKey, const QString &at,
                                                      const QString &by)
{
    if (!storedKey.startsWith(Prefix))
        return std::nullopt;
    const QStringList parts = storedKey.mid(Prefix.size()).split(u'|');
    if (parts.size() != 3)
        return std::nullopt;
    const auto period = YearMonth::parse(parts[2]);
    if (!period || sourceKey.isEmpty())
        return std::nullopt;
    return FigureChoice{parts[0], parts[1], *period, sourceKey, at, by};
}

} // namespace chiso
