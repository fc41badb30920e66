#include "KpiReportWriter.h"
#include "io/FigureCsvFormat.h"
#include "io/OutputFile.h"
#include "report/TextTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {


const QString dash = u"—"_s;

QString statusCode(Status status)
{
    switch (status) {
    case Status::Ahead: return u"ahead"_s;
    case Status::OnTrack: return u"on_track"_s;
    case Status::Behind: return u"behind"_s;
    case Status::Unknown: return {};
    }
    return {};
}

QString paceBasisCode(Pace::Basis basis)
{
    switch (basis) {
    case Pace::Basis::Calendar: return u"calendar"_s;
    case Pace::Basis::LastYearProfile: return u"last_year_profile"_s;
    case Pace::Basis::LinearPath: return u"linear_path"_s;
    }
    return {};
}

/// The computed growth, else the stated one marked as such: a growth is never left out when a source gives it.
/// Computed on a derived base, it carries the base's mark.
QString growthCell(const KpiRow &row, const Formatter &format)
{
    const auto growth = shownGrowth(row);
    if (!growth)
        return dash;
    QString text = format.shownGrowth(*growth);
    if (growth->kind == ShownGrowth::Kind::Computed && row.previousDerived)
        text += u" "_s + Formatter::derivedMark();
    return text;
}

QString marked(QString text, bool derived)
{
    return derived ? text + u" "_s + Formatter::derivedMark() : text;
}

/// The periods of the derived figures a row rests on, ';'-separated (CSV).
QString derivedPeriods(const KpiRow &row)
{
    QStringList periods;
    for (const DerivedCutOff &d : row.derived())
        periods.append(d.period.toIsoString());
    return periods.join(QLatin1Char(';'));
}

QString derivationCode(DerivedCutOff::How how)
{
    switch (how) {
    case DerivedCutOff::How::StatedGrowth: return u"stated_growth"_s;
    case DerivedCutOff::How::Interpolated: return u"interpolated"_s;
    }
    return {};
}

/// A derived figure for programs: what it rests on, so that a script can tell it from a source's.
QJsonObject derivationJson(const DerivedCutOff &d)
{
    QJsonObject o{{u"period"_s, d.period.toIsoString()}, {u"value"_s, d.value}, {u"method"_s, derivationCode(d.how)}};
    if (d.how == DerivedCutOff::How::StatedGrowth) {
        o.insert(u"from_period"_s, d.knownFrom.toIsoString());
        o.insert(u"from_value"_s, d.fromValue);
        o.insert(u"stated_growth_pct"_s, d.statedGrowthPercent);
    } else {
        o.insert(u"between"_s, QJsonArray{YearMonth{d.period.year, d.previousMonth}.toIsoString(),
                                          YearMonth{d.period.year, d.nextMonth}.toIsoString()});
    }
    return o;
}

/// What a status rests on, where it must be said: scripts see the same caveat as readers.
QJsonValue statusNoteJson(const KpiRow &row)
{
    switch (row.statusNote) {
    case KpiRow::StatusNote::None: return QJsonValue::Null;
    case KpiRow::StatusNote::CalendarFallback: return u"calendar_fallback"_s;
    case KpiRow::StatusNote::FlaggedBase:
        return row.flaggedBase ? QJsonValue(u"flagged_base:"_s + row.flaggedBase->toIsoString()) : QJsonValue(u"flagged_base"_s);
    case KpiRow::StatusNote::DerivedBase: {
        QStringList periods;
        for (const DerivedCutOff &d : row.derived())
            periods.append(d.period.toIsoString());
        return u"derived_base:"_s + periods.join(QLatin1Char(','));
    }
    }
    return QJsonValue::Null;
}

/// Growth as a number in % (relative) or in percentage points, for CSV and JSON.
double growthNumber(const Change &change)
{
    return change.percentagePoints ? change.value : change.value * 100.0;
}

} // namespace

QStringList KpiReportWriter::headers()
{
    return {QCoreApplication::translate("KpiReport", "Indicator"), QCoreApplication::translate("KpiReport", "Unit"),
            QCoreApplication::translate("KpiReport", "Period"), QCoreApplication::translate("KpiReport", "Value"),
            QCoreApplication::translate("KpiReport", "Same period last year"), QCoreApplication::translate("KpiReport", "Growth"),
            QCoreApplication::translate("KpiReport", "Stated growth"), QCoreApplication::translate("KpiReport", "Plan"),
            QCoreApplication::translate("KpiReport", "Share of plan"), QCoreApplication::translate("KpiReport", "Stated share"),
            QCoreApplication::translate("KpiReport", "Expected pace"), QCoreApplication::translate("KpiReport", "Status")};
}

QStringList KpiReportWriter::cells(const KpiRow &row, const KpiReport &report, const Formatter &format)
{
    const Indicator &ind = row.indicator;
    return {
        ind.name(format.language()),
        ind.unitLabel(format.language()),
        row.current ? format.shortPeriod(row.current->period()) : format.shortPeriod(report.period),
        row.current ? format.value(ind, row.current->value) : dash,
        row.previous ? marked(format.value(ind, row.previous->value), row.previousDerived.has_value()) : dash,
        growthCell(row, format),
        row.statedGrowth ? format.statedPercent(row.statedGrowth->value, true) : dash,
        row.plan ? format.value(ind, row.plan->value) : dash,
        row.share ? format.share(*row.share) : dash,
        row.statedShare ? format.statedPercent(row.statedShare->value) : dash,
        // A pace measured from a figure flagged as a break is no pace to read: not assessed.
        row.pace && row.statusNote != KpiRow::StatusNote::FlaggedBase
            ? marked(format.share(row.pace->expectedShare), row.statusNote == KpiRow::StatusNote::DerivedBase)
            : dash,
        format.status(row),
    };
}

QStringList KpiReportWriter::derivedNotes(const KpiRow &row, const Formatter &format)
{
    QStringList notes;
    for (const DerivedCutOff &d : row.derived())
        notes.append(row.indicator.name(format.language()) + u", "_s + format.derivation(row.indicator, d));
    return notes;
}

QString KpiReportWriter::sourceDescription(const KpiRow &row, const Formatter &format)
{
    if (!row.current)
        return QCoreApplication::translate("KpiReport", "No figure for this period.");
    const Figure &f = *row.current;
    QStringList lines;
    lines.append(QCoreApplication::translate("KpiReport", "Source: %1").arg(f.source.name()));
    if (!f.source.url.isEmpty())
        lines.append(QCoreApplication::translate("KpiReport", "Address: %1").arg(f.source.url));
    if (f.source.published.isValid())
        lines.append(QCoreApplication::translate("KpiReport", "Published: %1")
                         .arg(format.locale().toString(f.source.published, QLocale::ShortFormat)));
    if (!f.quote.isEmpty())
        lines.append(QCoreApplication::translate("KpiReport", "Quote: “%1”").arg(f.quote));
    if (!f.note.isEmpty())
        lines.append(QCoreApplication::translate("KpiReport", "Note: %1").arg(f.note));
    if (!row.otherValues.isEmpty()) {
        QStringList others;
        for (double other : row.otherValues)
            others.append(format.value(row.indicator, other));
        lines.append(QCoreApplication::translate("KpiReport", "Other sources give: %1").arg(others.join(u"; "_s)));
        lines.append(preferenceText(row, format));
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {
QString basisName(Basis basis)
{
    switch (basis) {
    case Basis::Actual: return QCoreApplication::translate("KpiReport", "actual");
    case Basis::Measured: return QCoreApplication::translate("KpiReport", "measured");
    case Basis::Estimate: return QCoreApplication::translate("KpiReport", "estimate");
    case Basis::Reported: return QCoreApplication::translate("KpiReport", "reported");
    case Basis::None: break;
    }
    return QCoreApplication::translate("KpiReport", "none");
}
} // namespace

QString KpiReportWriter::preferenceReason(const KpiRow &row)
{
    if (!row.current || row.otherValues.isEmpty())
        return {};
    switch (row.preference) {
    case Snapshot::Preference::Alone: return {};
    case Snapshot::Preference::Chosen: return QCoreApplication::translate("KpiReport", "office's choice");
    case Snapshot::Preference::LaterBasis: return QCoreApplication::translate("KpiReport", "later basis");
    case Snapshot::Preference::LaterPublication: return QCoreApplication::translate("KpiReport", "published later");
    case Snapshot::Preference::MoreSources: return QCoreApplication::translate("KpiReport", "more sources");
    case Snapshot::Preference::FirstStored: return QCoreApplication::translate("KpiReport", "stored first");
    }
    return {};
}

QString KpiReportWriter::preferenceText(const KpiRow &row, const Formatter &format)
{
    if (!row.current || row.otherValues.isEmpty())
        return {};
    const Figure &f = *row.current;
    switch (row.preference) {
    case Snapshot::Preference::Alone:
        return {};
    case Snapshot::Preference::Chosen: {
        const QDateTime at = QDateTime::fromString(row.choice->at, Qt::ISODate);
        return QCoreApplication::translate("KpiReport", "Used: the office's choice, by %1 on %2.")
            .arg(row.choice->by, at.isValid() ? format.locale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : row.choice->at);
    }
    case Snapshot::Preference::LaterBasis:
        return QCoreApplication::translate("KpiReport", "Used: its basis (%1) is later than the others'; the office may choose another.")
            .arg(basisName(f.basis));
    case Snapshot::Preference::LaterPublication:
        return QCoreApplication::translate("KpiReport", "Used: published later than the others; the office may choose another.");
    case Snapshot::Preference::MoreSources:
        return QCoreApplication::translate("KpiReport", "Used: more sources give it; the office may choose another.");
    case Snapshot::Preference::FirstStored:
        return QCoreApplication::translate("KpiReport", "Used: stored first, as nothing else tells the sources apart; the office may "
                                                        "choose another.");
    }
    return {};
}

QString KpiReportWriter::table(const KpiReport &report, const Formatter &format)
{
    TextTable table(headers());
    table.setRightAligned({3, 4, 5, 6, 7, 8, 9, 10});
    QStringList footnotes;
    QStringList derived;
    for (const KpiRow &row : report.rows) {
        derived += derivedNotes(row, format);
        QStringList cells = KpiReportWriter::cells(row, report, format);
        if (!row.otherValues.isEmpty()) {
            footnotes.append(u"*"_s.repeated(footnotes.size() + 1));
            cells[3] += footnotes.last();
            QStringList others;
            for (double other : row.otherValues)
                others.append(format.value(row.indicator, other));
            footnotes.last() += u" "_s + QCoreApplication::translate("KpiReport", "%1, %2: other sources give %3")
                                               .arg(row.indicator.name(format.language()),
                                                    format.shortPeriod(row.current->period()),
                                                    others.join(u"; "_s))
                               + u" "_s + preferenceText(row, format);
        }
        table.addRow(cells);
    }

    QString out = QCoreApplication::translate("KpiReport", "Chỉ Số — key indicators, %1 (region %2)").arg(format.period(report.period), report.region);
    out += QLatin1Char('\n');
    if (report.asOf)
        out += QCoreApplication::translate("KpiReport", "As known when the briefing for %1 was prepared.").arg(format.period(*report.asOf)) + QLatin1Char('\n');
    out += QLatin1Char('\n') + table.render() + QLatin1Char('\n');
    out += QCoreApplication::translate("KpiReport", "Growth: against the same cut-off a year earlier; for shares in per cent, the change in percentage points (pp).") + QLatin1Char('\n');
    out += QCoreApplication::translate("KpiReport", "Expected pace: share of last year's total reached by the same month, else m/12; "
              "for levels, the straight path from last December to the target. "
              "Status tolerance: ±%1 pp.").arg(format.locale().toString(report.tolerancePoints, 'f', QLocale::FloatingPointShortest))
           + QLatin1Char('\n');
    for (const QString &note : std::as_const(footnotes))
        out += note + QLatin1Char('\n');
    if (!derived.isEmpty()) {
        out += Formatter::derivedMark() + u" "_s
               + QCoreApplication::translate("KpiReport", "Derived: no source gives these figures; the database implies them, "
                                                          "and growth and pace computed from them carry the mark.")
               + QLatin1Char('\n');
        for (const QString &note : std::as_const(derived))
            out += u"  "_s + note + QLatin1Char('\n');
    }
    return out;
}

QByteArray KpiReportWriter::csv(const KpiReport &report, Language language)
{
    const QStringList header = {u"indicator"_s, u"name"_s, u"unit"_s, u"year"_s, u"month"_s, u"value"_s,
                                u"basis"_s, u"source"_s, u"previous_value"_s, u"growth"_s, u"growth_unit"_s,
                                u"stated_growth_pct"_s, u"plan"_s, u"share_pct"_s, u"stated_share_pct"_s,
                                u"expected_pace_pct"_s, u"pace_basis"_s, u"status"_s, u"other_values"_s,
                                u"previous_derived"_s, u"derived_base"_s};
    auto number = [](std::optional<double> v) {
        return v ? QString::fromUtf8(FigureCsv::formatNumber(*v)) : QString();
    };
    // Text is guarded as the import format's is: a source titled "=HYPERLINK(…)" must not
    // become a live formula when the file is opened in Excel.
    const auto quoted = &FigureCsv::field;
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const KpiRow &row : report.rows) {
        const Indicator &ind = row.indicator;
        QStringList others;
        for (double other : row.otherValues)
            others.append(number(other));
        const QStringList cells = {
            quoted(ind.code), quoted(ind.name(language)), quoted(ind.unitLabel(language)),
            QString::number(report.period.year),
            QString::number(row.current ? row.current->month : report.period.month),
            number(row.current ? std::optional(row.current->value) : std::nullopt),
            row.current ? basisCode(row.current->basis) : QString(),
            row.current ? quoted(row.current->source.key()) : QString(),
            number(row.previous ? std::optional(row.previous->value) : std::nullopt),
            number(row.growth ? std::optional(growthNumber(*row.growth)) : std::nullopt),
            row.growth ? (row.growth->percentagePoints ? u"pp"_s : u"pct"_s) : QString(),
            number(row.statedGrowth ? std::optional(row.statedGrowth->value) : std::nullopt),
            number(row.plan ? std::optional(row.plan->value) : std::nullopt),
            number(row.share ? std::optional(*row.share * 100.0) : std::nullopt),
            number(row.statedShare ? std::optional(row.statedShare->value) : std::nullopt),
            number(row.pace ? std::optional(row.pace->expectedShare * 100.0) : std::nullopt),
            row.pace ? paceBasisCode(row.pace->basis) : QString(),
            statusCode(row.status),
            others.join(QLatin1Char(';')),
            row.previousDerived ? derivationCode(row.previousDerived->how) : QString(),
            derivedPeriods(row),
        };
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray KpiReportWriter::json(const KpiReport &report, Language language)
{
    auto figureJson = [](const std::optional<Figure> &f) -> QJsonValue {
        if (!f)
            return QJsonValue::Null;
        QJsonObject o{{u"value"_s, f->value}, {u"year"_s, f->year}, {u"month"_s, f->month},
                      {u"source"_s, f->source.key()}, {u"quote"_s, f->quote}};
        if (f->basis != Basis::None)
            o.insert(u"basis"_s, basisCode(f->basis));
        return o;
    };
    QJsonArray rows;
    for (const KpiRow &row : report.rows) {
        const Indicator &ind = row.indicator;
        QJsonArray others;
        for (double other : row.otherValues)
            others.append(other);
        QJsonArray derived;
        for (const DerivedCutOff &d : row.derived())
            derived.append(derivationJson(d));
        QJsonValue previous = figureJson(row.previous);
        if (row.previousDerived) {
            QJsonObject p = previous.toObject();
            p.insert(u"derived"_s, derivationJson(*row.previousDerived));
            previous = p;
        }
        QJsonObject o{
            {u"indicator"_s, ind.code},
            {u"name"_s, ind.name(language)},
            {u"unit"_s, ind.unitLabel(language)},
            {u"kind"_s, indicatorKindCode(ind.kind)},
            {u"current"_s, figureJson(row.current)},
            {u"other_values"_s, others},
            {u"previous"_s, previous},
            {u"growth"_s, row.growth ? QJsonValue(growthNumber(*row.growth)) : QJsonValue::Null},
            {u"growth_unit"_s, row.growth ? QJsonValue(row.growth->percentagePoints ? u"pp"_s : u"pct"_s) : QJsonValue::Null},
            {u"stated_growth"_s, figureJson(row.statedGrowth)},
            {u"plan"_s, figureJson(row.plan)},
            {u"share_pct"_s, row.share ? QJsonValue(*row.share * 100.0) : QJsonValue::Null},
            {u"stated_share"_s, figureJson(row.statedShare)},
            {u"expected_pace_pct"_s, row.pace ? QJsonValue(row.pace->expectedShare * 100.0) : QJsonValue::Null},
            {u"pace_basis"_s, row.pace ? QJsonValue(paceBasisCode(row.pace->basis)) : QJsonValue::Null},
            {u"status"_s, row.status == Status::Unknown ? QJsonValue::Null : QJsonValue(statusCode(row.status))},
            {u"status_note"_s, statusNoteJson(row)},
            {u"derived"_s, derived},
        };
        rows.append(o);
    }
    QJsonObject root{
        {u"period"_s, report.period.toIsoString()},
        {u"as_of"_s, report.asOf ? QJsonValue(report.asOf->toIsoString()) : QJsonValue::Null},
        {u"region"_s, report.region},
        {u"tolerance_pp"_s, report.tolerancePoints},
        {u"language"_s, languageCode(language)},
        {u"rows"_s, rows},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool saveKpiTableCsv(const KpiReport &report, Language language, const QString &path, QString *error)
{
    return OutputFile::save(path, QByteArray("\xEF\xBB\xBF") + KpiReportWriter::csv(report, language), error);
}

} // namespace chiso
