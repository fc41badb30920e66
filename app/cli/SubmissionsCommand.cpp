// submissions: which units' monthly forms are in, late or missing, for one month.
#include "CommandLine.h"

#include "cycle/Submissions.h"
#include "report/TextTable.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chiso::cli {
namespace {

QString stateText(SubmissionState state)
{
    switch (state) {
    case SubmissionState::OnTime: return QCoreApplication::translate("Cli", "on time");
    case SubmissionState::Late: return QCoreApplication::translate("Cli", "late");
    case SubmissionState::Missing: break;
    }
    return QCoreApplication::translate("Cli", "missing");
}

QString stateCode(SubmissionState state)
{
    switch (state) {
    case SubmissionState::OnTime: return u"on_time"_s;
    case SubmissionState::Late: return u"late"_s;
    case SubmissionState::Missing: break;
    }
    return u"missing"_s;
}

QByteArray json(const SubmissionsReport &report)
{
    QJsonArray rows;
    for (const SubmissionsReport::Row &row : report.rows) {
        QJsonObject o{{u"unit"_s, row.unit.code}, {u"name_vi"_s, row.unit.nameVi}, {u"name_en"_s, row.unit.nameEn},
                      {u"state"_s, stateCode(row.state)}, {u"forms"_s, row.forms}, {u"filled"_s, row.filled},
                      {u"required"_s, row.required}, {u"months_due"_s, row.monthsDue}, {u"months_on_time"_s, row.monthsOnTime}};
        o.insert(u"submitted_at"_s, row.at.isNull() ? QJsonValue() : QJsonValue(row.at.toUTC().toString(Qt::ISODate)));
        o.insert(u"submitted_by"_s, row.by.isEmpty() ? QJsonValue() : QJsonValue(row.by));
        const auto rate = row.onTimeRate();
        o.insert(u"on_time_rate"_s, rate ? QJsonValue(*rate) : QJsonValue());
        rows.append(o);
    }
    const QJsonObject root{{u"period"_s, report.period.toIsoString()},
                           {u"deadline"_s, report.deadline.toString(Qt::ISODateWithMs).left(19)},
                           {u"on_time"_s, report.count(SubmissionState::OnTime)},
                           {u"late"_s, report.count(SubmissionState::Late)},
                           {u"missing"_s, report.count(SubmissionState::Missing)},
                           {u"to_chase"_s, QJsonArray::fromStringList(report.missing())},
                           {u"rows"_s, rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString table(const SubmissionsReport &report, Language language)
{
    const QLocale locale = localeFor(language);
    TextTable table({QCoreApplication::translate("Cli", "Code"), QCoreApplication::translate("Cli", "Name"),
                     QCoreApplication::translate("Cli", "State"), QCoreApplication::translate("Cli", "Submitted"),
                     QCoreApplication::translate("Cli", "By"), QCoreApplication::translate("Cli", "Complete"),
                     QCoreApplication::translate("Cli", "On time this year")});
    table.setRightAligned({5, 6});
    for (const SubmissionsReport::Row &row : report.rows) {
        const auto rate = row.onTimeRate();
        const QString forms = row.forms > 1 ? QCoreApplication::translate("Cli", " (%n form(s))", nullptr, row.forms) : QString();
        table.addRow({row.unit.code, row.unit.name(language), stateText(row.state) + forms,
                      row.at.isNull() ? QString() : locale.toString(row.at.toLocalTime(), QLocale::ShortFormat), row.by,
                      row.forms > 0 ? u"%1/%2"_s.arg(row.filled).arg(row.required) : QString(),
                      rate ? u"%1/%2 %3"_s.arg(row.monthsOnTime).arg(row.monthsDue).arg(locale.toString(*rate * 100, 'f', 0) + locale.percent())
                           : QString()});
    }
    QString out = table.render();
    out += QCoreApplication::translate("Cli", "%n unit(s): ", nullptr, int(report.rows.size()))
           + QCoreApplication::translate("Cli", "%1 on time, %2 late, %3 missing. Deadline: %4.")
                 .arg(report.count(SubmissionState::OnTime))
                 .arg(report.count(SubmissionState::Late))
                 .arg(report.count(SubmissionState::Missing))
                 .arg(locale.toString(report.deadline, QLocale::ShortFormat))
           + u'\n';
    if (!report.missing().isEmpty())
        out += QCoreApplication::translate("Cli", "To chase: %1").arg(report.missing().join(u' ')) + u'\n';
    return out;
}

} // namespace

int runSubmissions(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "The units' monthly forms for a month: submitted on time (when, by whom), "
                                                                        "late (after the deadline, the given day of the next month) or "
                                                                        "missing; how complete each is; each unit's on-time rate this year; "
                                                                        "who to chase."));
    context.addCommonOptions(parser);
    context.addPeriodOptions(parser);
    parser.addOption({u"format"_s, QCoreApplication::translate("Cli", "Output format: table or json."), u"format"_s, u"table"_s});
    parser.addOption({u"deadline-day"_s, QCoreApplication::translate("Cli", "Forms are due by this day of the next month (1–28; default: the "
                                                                            "database's setting, else 5)."),
                      u"day"_s});
    parser.addOption({u"set-deadline-day"_s, QCoreApplication::translate("Cli", "Store the day (1–28) as the office's deadline, for every "
                                                                                "client of this database."),
                      u"day"_s});
    int exitCode = Ok;
    if (!context.parse(parser, arguments, &exitCode))
        return exitCode;
    QString format;
    if (!context.format(parser, {u"table"_s, u"json"_s}, &format))
        return Usage;
    std::optional<YearMonth> period;
    if (!context.period(parser, &period))
        return Usage;
    const auto day = [&](const QString &option) -> std::optional<int> {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1 || value > 28) {
            context.err << QCoreApplication::translate("Cli", "--%1 expects a day from 1 to 28, found '%2'.").arg(option, parser.value(option))
                        << Qt::endl;
            return std::nullopt;
        }
        return value;
    };
    std::optional<int> setDay, deadlineDay;
    if (parser.isSet(u"set-deadline-day"_s) && !(setDay = day(u"set-deadline-day"_s)))
        return Usage;
    if (parser.isSet(u"deadline-day"_s) && !(deadlineDay = day(u"deadline-day"_s)))
        return Usage;
    if (!period && !setDay) {
        context.err << QCoreApplication::translate("Cli", "Give --year and --month.") << Qt::endl;
        return Usage;
    }
    auto store = context.openStore();
    if (setDay) {
        store->setSetting(QString::fromLatin1(DeadlineDaySetting), QString::number(*setDay));
        context.out << QCoreApplication::translate("Cli", "Forms are now due by day %1 of the next month.").arg(*setDay) << Qt::endl;
        if (!period)
            return Ok;
    }
    const SubmissionsReport report = buildSubmissions(*store, *period, deadlineDay.value_or(submissionDeadlineDay(*store)));
    if (format == u"json"_s)
        context.out << QString::fromUtf8(json(report));
    else
        context.out << table(report, context.language);
    return Ok;
}

} // namespace chiso::cli
