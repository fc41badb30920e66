#include "FindingText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

const Indicator *find(const QList<Indicator> &indicators, const QString &code)
{
    for (const Indicator &i : indicators) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

QString sourceName(const Figure &f)
{
    return f.source.name();
}

} // namespace

QString FindingText::kindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::StatedShare: return QCoreApplication::translate("Findings", "Stated share of plan");
    case FindingKind::StatedGrowth: return QCoreApplication::translate("Findings", "Stated growth");
    case FindingKind::Revision: return QCoreApplication::translate("Findings", "Revision");
    case FindingKind::YearToDateChain: return QCoreApplication::translate("Findings", "Month vs year to date");
    case FindingKind::SourcesDiffer: return QCoreApplication::translate("Findings", "Sources differ");
    case FindingKind::ReportedVsMeasured: return QCoreApplication::translate("Findings", "Reported vs measured");
    case FindingKind::Break: return QCoreApplication::translate("Findings", "Break in the series");
    case FindingKind::UnitsTotal: return QCoreApplication::translate("Findings", "Provinces vs national");
    }
    return {};
}

QString FindingText::explanation(const Finding &f, const Indicator &ind, const Formatter &format)
{
    const QString name = ind.name(format.language());
    const QString when = format.shortPeriod(f.period);
    const QString pct = format.locale().percent();
    auto number = [&](double v) { return format.value(ind, v); };
    auto percent = [&](double v) { return format.locale().toString(v, 'f', 1) + pct; };
    switch (f.kind) {
    case FindingKind::StatedShare:
        return QCoreApplication::translate("Findings", "%1, %2: a source states %3 of the plan; %4 against the plan of %5 is %6.")
            .arg(name, when, format.statedPercent(f.found), number(f.figures[1].value), number(f.figures[2].value), percent(f.expected));
    case FindingKind::StatedGrowth:
        return QCoreApplication::translate("Findings", "%1, %2: a source states growth of %3; %4 against %5 a year earlier is %6 "
                                                       "(the stated rate implies a base of %7).")
            .arg(name, when, format.statedPercent(f.found, true), number(f.figures[1].value), number(f.figures[2].value),
                 (f.expected > 0 ? format.locale().positiveSign() : QString()) + percent(f.expected), number(*f.impliedBase));
    case FindingKind::Revision:
        return QCoreApplication::translate("Findings", "%1, %2: the stated growth of %3 on %4 implies %5 for %6, not the %7 stored: "
                                                       "last year's figure was probably revised.")
            .arg(name, when, format.statedPercent(f.found, true), number(f.figures[1].value), number(*f.impliedBase))
            .arg(f.period.year - 1)
            .arg(number(f.figures[2].value));
    case FindingKind::YearToDateChain: {
        const QString before = f.figures.size() > 2 ? number(f.figures[2].value) : number(0);
        return QCoreApplication::translate("Findings", "%1, %2: the month alone is given as %3, but the year-to-date figures differ "
                                                       "by %4 (%5 − %6), a gap of %7.")
            .arg(name, when, number(f.found), number(f.expected), number(f.figures[1].value), before, number(f.found - f.expected));
    }
    case FindingKind::SourcesDiffer:
        return QCoreApplication::translate("Findings", "%1, %2: sources differ: %3 in %4 against %5 in %6 (%7).")
            .arg(name, when, number(f.found), sourceName(f.figures[0]), number(f.expected), sourceName(f.figures[1]),
                 format.change({f.found / f.expected - 1.0, false}));
    case FindingKind::ReportedVsMeasured:
        return QCoreApplication::translate("Findings", "%1, %2: reported %3 against %4 measured online.")
            .arg(name, when, format.valueWithUnit(ind, f.found), format.valueWithUnit(ind, f.expected));
    case FindingKind::UnitsTotal:
        return QCoreApplication::translate("Findings", "%1, %2: the provinces add up to %3; the national report says %4 (%5).")
            .arg(name, when, format.valueWithUnit(ind, f.expected), format.valueWithUnit(ind, f.found),
                 ind.isPercent() ? format.change({f.found - f.expected, true}) : format.change({f.found / f.expected - 1.0, false}));
    case FindingKind::Break:
        return QCoreApplication::translate("Findings", "%1: from %2 (%3) to %4 (%5), a jump beyond the series' own variation: "
                                                       "likely a change of definition.")
            .arg(name, number(f.expected), format.shortPeriod(f.figures[1].period()), number(f.found), when);
    }
    return {};
}

QString FindingText::sources(const Finding &finding)
{
    QStringList lines;
    for (const Figure &f : finding.figures) {
        // Chỉ Số's own figures (chiso:…) have a title but no address to show.
        const bool address = !f.source.url.isEmpty() && !f.source.url.startsWith(u"chiso:"_s);
        const QString line = address ? f.source.title + u" — "_s + f.source.url : f.source.title;
        if (!lines.contains(line))
            lines.append(line);
    }
    return lines.join(u'\n');
}

QString FindingText::sourceTitles(const Finding &finding)
{
    QStringList lines;
    for (const Figure &f : finding.figures) {
        const QString name = sourceName(f);
        if (!lines.contains(name))
            lines.append(name);
    }
    return lines.join(u'\n');
}

QString FindingText::table(const QList<Finding> &findings, const QList<Indicator> &indicators, const Formatter &format)
{
    if (findings.isEmpty())
        return QCoreApplication::translate("Findings", "No findings: the figures agree with one another.") + u'\n';
    QString out = QCoreApplication::translate("Findings", "%n finding(s), the largest gap first:", nullptr, int(findings.size())) + u"\n\n"_s;
    int n = 0;
    for (const Finding &f : findings) {
        const Indicator *ind = find(indicators, f.indicator);
        if (!ind)
            continue;
        out += u"%1. [%2] "_s.arg(++n).arg(kindName(f.kind)) + explanation(f, *ind, format) + u'\n';
        for (const QString &source : sources(f).split(u'\n'))
            out += u"     "_s + source + u'\n';
    }
    return out;
}

QByteArray FindingText::json(const QList<Finding> &findings, const QList<Indicator> &indicators, const Formatter &format)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        const Indicator *ind = find(indicators, f.indicator);
        if (!ind)
            continue;
        QJsonArray figures;
        for (const Figure &figure : f.figures)
            figures.append(QJsonObject{{u"record"_s, recordKindCode(figure.kind)}, {u"indicator"_s, figure.indicator},
                                       {u"period"_s, figure.period().toIsoString()}, {u"value"_s, figure.value},
                                       {u"source"_s, figure.source.key()}, {u"quote"_s, figure.quote}});
        QJsonObject o{{u"kind"_s, findingKindCode(f.kind)}, {u"indicator"_s, f.indicator}, {u"period"_s, f.period.toIsoString()},
                      {u"found"_s, f.found}, {u"expected"_s, f.expected}, {u"severity"_s, f.severity},
                      {u"explanation"_s, explanation(f, *ind, format)}, {u"figures"_s, figures}, {u"key"_s, f.key()}};
        if (f.impliedBase)
            o.insert(u"implied_base"_s, *f.impliedBase);
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{u"findings"_s, array}}).toJson(QJsonDocument::Indented);
}

} // namespace chiso
