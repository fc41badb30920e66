#include "Indicator.h"

using namespace Qt::StringLiterals;

namespace chiso {

std::optional<IndicatorKind> indicatorKindFromCode(const QString &code)
{
    if (code == u"flow"_s)
        return IndicatorKind::Flow;
    if (code == u"level"_s)
        return IndicatorKind::Level;
    if (code == u"month_flow"_s)
        return IndicatorKind::MonthFlow;
    return std::nullopt;
}

QString indicatorKindCode(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Flow: return u"flow"_s;
    case IndicatorKind::Level: return u"level"_s;
    case IndicatorKind::MonthFlow: return u"month_flow"_s;
    }
    return {};
}

std::optional<Unit> unitFromCode(const QString &code)
{
    if (code == u"vnd_bn"_s)
        return Unit::BillionVnd;
    if (code == u"persons"_s)
        return Unit::Persons;
    if (code == u"percent"_s)
        return Unit::Percent;
    if (code == u"per100"_s)
        return Unit::Per100;
    return std::nullopt;
}

QString unitCode(Unit unit)
{
    switch (unit) {
    case Unit::BillionVnd: return u"vnd_bn"_s;
    case Unit::Persons: return u"persons"_s;
    case Unit::Percent: return u"percent"_s;
    case Unit::Per100: return u"per100"_s;
    }
    return {};
}

} // namespace chiso
