#include "HistoryText.h"
#include "Formatter.h"
#include "domain/Indicator.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

QString actionText(const QString &action)
{
    if (action == u"insert"_s)
        return QCoreApplication::translate("History", "added");
    if (action == u"update"_s)
        return QCoreApplication::translate("History", "changed");
    return QCoreApplication::translate("History", "removed");
}

QString detailText(const HistoryChange &change)
{
    if (change.record == u"plan"_s)
        return QCoreApplication::translate("History", "plan");
    if (change.record == u"claim"_s)
        return change.detail == u"growth"_s ? QCoreApplication::translate("History", "stated growth")
                                            : QCoreApplication::translate("History", "stated share");
    if (change.detail == u"actual"_s)
        return QCoreApplication::translate("History", "actual");
    if (change.detail == u"estimate"_s)
        return QCoreApplication::translate("History", "estimate");
    if (change.detail == u"reported"_s)
        return QCoreApplication::translate("History", "reported");
    if (change.detail == u"measured"_s)
        return QCoreApplication::translate("History", "measured");
    return change.detail;
}

} // namespace

HistoryLine describeChange(const HistoryChange &change, const QList<Indicator> &indicators, Language language)
{
    const Formatter format(language);
    HistoryLine line;
    const QDateTime at = QDateTime::fromString(change.at, Qt::ISODate);
    line.at = at.isValid() ? format.locale().toString(at.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s : change.at;
    line.login = change.login;
    line.action = actionText(change.action);
    if (change.record == u"acknowledgement"_s) {
        line.what = QCoreApplication::translate("History", "acknowledgement of finding %1").arg(change.detail);
        line.before = change.oldText;
        line.after = change.newText;
        return line;
    }
    const Indicator *indicator = nullptr;
    for (const Indicator &i : indicators) {
        if (i.code == change.indicator)
            indicator = &i;
    }
    const QString period = change.record == u"plan"_s ? QString::number(change.year) : format.shortPeriod({change.year, change.month});
    line.what = QStringList{indicator ? indicator->name(language) : change.indicator, change.region, period, detailText(change)}.join(u" · "_s);
    line.source = change.source;
    const auto value = [&](const std::optional<double> &v) -> QString {
        if (!v)
            return {};
        if (change.record == u"claim"_s)
            return format.statedPercent(*v);
        return indicator ? format.value(*indicator, *v) : format.locale().toString(*v, 'g', 15);
    };
    line.before = value(change.oldValue);
    line.after = value(change.newValue);
    return line;
}

} // namespace chiso
