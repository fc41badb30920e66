#include "Figure.h"

using namespace Qt::StringLiterals;

namespace chiso {

std::optional<RecordKind> recordKindFromCode(const QString &code)
{
    if (code == u"value"_s)
        return RecordKind::Value;
    if (code == u"plan"_s)
        return RecordKind::Plan;
    if (code == u"stated_growth"_s)
        return RecordKind::StatedGrowth;
    if (code == u"stated_share"_s)
        return RecordKind::StatedShare;
    return std::nullopt;
}

QString recordKindCode(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Value: return u"value"_s;
    case RecordKind::Plan: return u"plan"_s;
    case RecordKind::StatedGrowth: return u"stated_growth"_s;
    case RecordKind::StatedShare: return u"stated_share"_s;
    }
    return {};
}

std::optional<Basis> basisFromCode(const QString &code)
{
    if (code == u"actual"_s)
        return Basis::Actual;
    if (code == u"estimate"_s)
        return Basis::Estimate;
    if (code == u"reported"_s)
        return Basis::Reported;
    if (code == u"measured"_s)
        return Basis::Measured;
    return std::nullopt;
}

QString basisCode(Basis basis)
{
    switch (basis) {
    case Basis::None: return {};
    case Basis::Actual: return u"actual"_s;
    case Basis::Estimate: return u"estimate"_s;
    case Basis::Reported: return u"reported"_s;
    case Basis::Measured: return u"measured"_s;
    }
    return {};
}

QDate Figure::knownFrom() const
{
    if (source.published.isValid())
        return source.published;
    if (kind == RecordKind::Plan)
        return QDate(year, 1, 1);
    return period().plusMonths(1).lastDay();
}

} // namespace chiso
