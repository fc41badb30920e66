#include "HistoryText.h"
#include "Formatter.h"
#include "domain/FigureChoice.h"
#include "domain/Indicator.h"
#include "io/FigureCsvFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        // The office's choice of a figure's source shares the acknowledgements' table.
        if (const auto choice = FigureChoice::fromStorage(change.detail, u"-"_s, {}, {})) {
            QString name = choice->indicator;
            for (const Indicator &i : indicators) {
                if (i.code == choice->indicator)
                    name = i.name(language);
            }
            line.what = QCoreApplication::translate("History", "source chosen for %1")
                            .arg(QStringList{name, choice->region, format.shortPeriod(choice->period)}.join(u" · "_s));
            line.before = change.oldText;
            line.after = change.newText;
            return line;
        }
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

namespace {

const QStringList &historyColumns()
{
    static const QStringList columns = {u"id"_s,     u"changed_at"_s, u"login"_s,     u"action"_s,    u"record"_s,
                                        u"indicator"_s, u"region"_s,  u"year"_s,      u"month"_s,     u"detail"_s,
                                        u"source"_s, u"old_value"_s,  u"new_value"_s, u"old_text"_s,  u"new_text"_s};
    return columns;
}

} // namespace

QString historyCsv(const QList<HistoryChange> &changes)
{
    const auto number = [](std::optional<double> v) { return v ? QString::fromUtf8(FigureCsv::formatNumber(*v)) : QString(); };
    const auto whole = [](int v) { return v ? QString::number(v) : QString(); };
    QString out = historyColumns().join(u',') + u'\n';
    for (const HistoryChange &c : changes) {
        const QStringList fields = {QString::number(c.id), c.at, FigureCsv::field(c.login), c.action, c.record,
                                    FigureCsv::field(c.indicator), FigureCsv::field(c.region), whole(c.year), whole(c.month),
                                    FigureCsv::field(c.detail), FigureCsv::field(c.source), number(c.oldValue), number(c.newValue),
                                    FigureCsv::field(c.oldText), FigureCsv::field(c.newText)};
        out += fields.join(u',') + u'\n';
    }
    return out;
}

QByteArray historyJson(const QList<HistoryChange> &changes)
{
    const auto text = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    const auto number = [](std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(); };
    const auto whole = [](int v) { return v ? QJsonValue(v) : QJsonValue(); };
    QJsonArray rows;
    for (const HistoryChange &c : changes) {
        rows.append(QJsonObject{{u"id"_s, c.id},
                                {u"changed_at"_s, c.at},
                                {u"login"_s, c.login},
                                {u"action"_s, c.action},
                                {u"record"_s, c.record},
                                {u"indicator"_s, text(c.indicator)},
                                {u"region"_s, text(c.region)},
                                {u"year"_s, whole(c.year)},
                                {u"month"_s, whole(c.month)},
                                {u"detail"_s, text(c.detail)},
                                {u"source"_s, text(c.source)},
                                {u"old_value"_s, number(c.oldValue)},
                                {u"new_value"_s, number(c.newValue)},
                                {u"old_text"_s, text(c.oldText)},
                                {u"new_text"_s, text(c.newText)}});
    }
    return QJsonDocument(QJsonObject{{u"changes"_s, rows}}).toJson(QJsonDocument::Indented);
}

} // namespace chiso
