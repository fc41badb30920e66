#include "ForecastWriter.h"
#include "report/TextTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

const QString dash = u"—"_s;

QString interval(const Indicator &indicator, const std::optional<Interval> &i, const Formatter &format)
{
    if (!i)
        return dash;
    return format.value(indicator, i->lower) + u" – "_s + format.value(indicator, i->upper);
}

QString optionalShare(std::optional<double> fraction, const Formatter &format)
{
    return fraction ? format.share(*fraction) : dash;
}

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue intervalJson(const std::optional<Interval> &i)
{
    if (!i)
        return QJsonValue::Null;
    return QJsonArray{i->lower, i->upper};
}

QString intervalBasisCode(IntervalBasis basis)
{
    switch (basis) {
    case IntervalBasis::None: return {};
    case IntervalBasis::Model: return u"model"_s;
    case IntervalBasis::BacktestError: return u"backtest_error"_s;
    case IntervalBasis::PooledBacktestError: return u"pooled_backtest_error"_s;
    case IntervalBasis::Exact: return u"exact"_s;
    }
    return {};
}

QString flowSection(const FlowForecast &f, const Formatter &format)
{
    const Indicator &ind = f.indicator;
    QString out = QCoreApplication::translate("Forecast", "%1 — year-end %2, from figures up to %3")
                      .arg(ind.name(format.language()))
                      .arg(f.year)
                      .arg(format.period({f.year, f.month}))
                  + QLatin1Char('\n');
    if (!f.current) {
        out += QCoreApplication::translate("Forecast", "No year-to-date figure for %1 yet: no forecast.").arg(f.year)
               + QLatin1Char('\n');
        return out;
    }
    out += QCoreApplication::translate("Forecast", "Year to date: %1; plan for the year: %2.")
               .arg(format.valueWithUnit(ind, *f.current),
                    f.plan ? format.valueWithUnit(ind, *f.plan) : QCoreApplication::translate("Forecast", "none stated"))
           + QLatin1Char('\n');

    TextTable table({QCoreApplication::translate("Forecast", "Method"), QCoreApplication::translate("Forecast", "Year-end"),
                     QCoreApplication::translate("Forecast", "80% interval"), QCoreApplication::translate("Forecast", "95% interval"),
                     QCoreApplication::translate("Forecast", "Share of plan"),
                     QCoreApplication::translate("Forecast", "Chance of meeting plan"),
                     QCoreApplication::translate("Forecast", "Backtest MAPE (years)"),
                     QCoreApplication::translate("Forecast", "Note")});
    table.setRightAligned({1, 4, 5, 6});
    for (const MethodForecast &m : f.methods) {
        QString name = ForecastWriter::methodName(m.point.method);
        if (f.preferred == m.point.method)
            name += u" ◆"_s;
        QString backtest = dash;
        if (m.backtest)
            backtest = format.share(m.backtest->mape) + u" ("_s + QString::number(m.backtest->cases) + u")"_s;
        QString note;
        if (!m.point.available())
            note = ForecastWriter::missingReason(m.point.missing);
        else
            note = ForecastWriter::intervalNote(m, f.month);
        if (const QString derived = ForecastWriter::derivedInputsNote(m.point, format); !derived.isEmpty())
            note = note.isEmpty() ? derived : note + u"; "_s + derived;
        table.addRow({name,
                      m.point.available() ? format.value(ind, m.point.value) : dash,
                      interval(ind, m.interval80, format), interval(ind, m.interval95, format),
                      optionalShare(m.shareOfPlan, format), (m.probabilityMeetingPlan ? format.chance(*m.probabilityMeetingPlan) : dash), backtest, note});
    }
    out += table.render();
    out += u"◆ "_s + ForecastWriter::preferenceReason(f, format) + QLatin1Char('\n');
    for (const DerivedCutOff &d : f.derivedInputs())
        out += Formatter::derivedMark() + u" "_s + format.derivation(ind, d) + QLatin1Char('\n');
    return out;
}

QString levelSection(const QList<LevelForecast> &levels, const Formatter &format)
{
    TextTable table({QCoreApplication::translate("Forecast", "Indicator"),
                     QCoreApplication::translate("Forecast", "Latest reading"),
                     QCoreApplication::translate("Forecast", "December forecast"),
                     QCoreApplication::translate("Forecast", "80% interval"), QCoreApplication::translate("Forecast", "95% interval"),
                     QCoreApplication::translate("Forecast", "Target"),
                     QCoreApplication::translate("Forecast", "Chance of meeting target"),
                     QCoreApplication::translate("Forecast", "Readings used")});
    table.setRightAligned({1, 2, 5, 6, 7});
    for (const LevelForecast &l : levels) {
        const Indicator &ind = l.indicator;
        const QString latest = l.lastValue ? format.value(ind, *l.lastValue) + u" ("_s
                                                 + format.shortPeriod({l.year, *l.lastMonth}) + u")"_s
                                           : dash;
        table.addRow({ind.name(format.language()), latest,
                      l.available ? format.value(ind, l.point) : dash,
                      l.available ? interval(ind, l.interval80, format) : dash,
                      l.available ? interval(ind, l.interval95, format) : dash,
                      l.target ? format.value(ind, *l.target) : dash,
                      (l.probabilityMeetingTarget ? format.chance(*l.probabilityMeetingTarget) : dash), QString::number(l.readings)});
    }
    return table.render();
}

} // namespace

QString ForecastWriter::methodName(FlowMethod method)
{
    switch (method) {
    case FlowMethod::RunRate: return QCoreApplication::translate("Forecast", "Run rate");
    case FlowMethod::LastYearProfile: return QCoreApplication::translate("Forecast", "Last year's profile");
    case FlowMethod::SeasonalNaive: return QCoreApplication::translate("Forecast", "Seasonal naive");
    case FlowMethod::TrendLinear: return QCoreApplication::translate("Forecast", "Trend, linear");
    case FlowMethod::TrendQuadratic: return QCoreApplication::translate("Forecast", "Trend, quadratic");
    case FlowMethod::CrossYear: return QCoreApplication::translate("Forecast", "Past years' regression");
    case FlowMethod::Theta: return QCoreApplication::translate("Forecast", "Theta method (monthly)");
    case FlowMethod::Ets: return QCoreApplication::translate("Forecast", "Exponential smoothing, ETS (monthly)");
    case FlowMethod::Airline: return QCoreApplication::translate("Forecast", "Seasonal ARIMA, airline model (monthly)");
    case FlowMethod::Plan: return QCoreApplication::translate("Forecast", "The plan itself");
    case FlowMethod::MonthlyMean: return QCoreApplication::translate("Forecast", "Mean of the monthly models");
    case FlowMethod::Combination: return QCoreApplication::translate("Forecast", "Combination");
    }
    return {};
}

QString ForecastWriter::missingReason(MissingData missing)
{
    switch (missing) {
    case MissingData::None: return {};
    case MissingData::NoFigureAtCutOff: return QCoreApplication::translate("Forecast", "no figure at the cut-off");
    case MissingData::NoLastYear: return QCoreApplication::translate("Forecast", "needs last year's same cut-off and total");
    case MissingData::TooFewCutOffs: return QCoreApplication::translate("Forecast", "needs more cut-offs this year");
    case MissingData::TooFewPastYears: return QCoreApplication::translate("Forecast", "needs three past years with this cut-off and the total");
    case MissingData::NothingToCombine: return QCoreApplication::translate("Forecast", "needs two methods to combine");
    case MissingData::NotEveryMonth: return QCoreApplication::translate("Forecast", "needs every month of last year and of this year so far");
    case MissingData::TooFewYearsOfMonths: return QCoreApplication::translate("Forecast", "needs every month of the two years before this one and of this year so far");
    case MissingData::TooFewYearsForAirline: return QCoreApplication::translate("Forecast", "needs every month of the three years before this one and of this year so far");
    case MissingData::NoPlan: return QCoreApplication::translate("Forecast", "no plan for the year");
    }
    return {};
}

QString ForecastWriter::intervalNote(const MethodForecast &m, int month)
{
    if (m.intervalBasis == IntervalBasis::None)
        return QCoreApplication::translate("Forecast", "too few past years to size its uncertainty");
    if (m.intervalBasis == IntervalBasis::BacktestError && m.calibratedOn > 0)
        return QCoreApplication::translate("Forecast", "interval as wide as held its past outturns (%n past check(s))",
                                           nullptr, m.calibratedOn);
    if (m.intervalBasis != IntervalBasis::PooledBacktestError)
        return {};
    QString note = QCoreApplication::translate("Forecast", "interval from %n past case(s)", nullptr, m.sizedFrom.cases) + u" "_s
                   + QCoreApplication::translate("Forecast", "of %n indicator(s)", nullptr, m.sizedFrom.indicators);
    if (m.sizedFromMembers)
        note += u", "_s + QCoreApplication::translate("Forecast", "errors of the methods it combines");
    if (m.sizedAtMonth != month)
        note += u", "_s + QCoreApplication::translate("Forecast", "at the earlier cut-off %1M").arg(m.sizedAtMonth);
    return note;
}

QString ForecastWriter::derivedInputsNote(const MethodPoint &point, const Formatter &format)
{
    if (point.derivedInputs.isEmpty())
        return {};
    QStringList periods;
    for (const YearMonth &p : point.derivedInputs)
        periods.append(format.shortPeriod(p));
    return QCoreApplication::translate("Forecast", "rests on %1 derived %2", "periods no source gives, derived").arg(periods.join(u", "_s), Formatter::derivedMark());
}

QString ForecastWriter::preferenceReason(const FlowForecast &f, const Formatter &format)
{
    switch (f.preference) {
    case Preference::None:
        return QCoreApplication::translate("Forecast", "No method can forecast from these figures.");
    case Preference::MonthlyModelsMean:
        return QCoreApplication::translate("Forecast", "Preferred: %1: every month is known, and the plain mean of ETS, "
                                                       "theta, the seasonal ARIMA and the past years' regression forecasts "
                                                       "better than any weighting of them by a few past years.")
            .arg(methodName(FlowMethod::MonthlyMean));
    case Preference::SkillWeightedCombination:
        return QCoreApplication::translate("Forecast", "Preferred: %1, its methods weighted by their backtest errors "
                                                       "at this cut-off.").arg(methodName(FlowMethod::Combination));
    case Preference::LowestBacktestMape: {
        const MethodForecast *m = f.preferredForecast();
        return QCoreApplication::translate("Forecast", "Preferred: %1, the one method whose backtest errors at this "
                                                       "cut-off are under half the others' (MAPE %2 over %n past year(s)).", nullptr, m->backtest->cases)
            .arg(methodName(m->point.method), format.share(m->backtest->mape));
    }
    case Preference::DefaultCombination:
        return QCoreApplication::translate("Forecast", "Preferred: %1, since too few past years have this cut-off "
                                                       "to score the methods.").arg(methodName(FlowMethod::Combination));
    case Preference::DefaultRunRate:
        return QCoreApplication::translate("Forecast", "Preferred: %1, the only method these figures allow.")
            .arg(methodName(FlowMethod::RunRate));
    }
    return {};
}

QString ForecastWriter::table(const ForecastReport &report, const Formatter &format)
{
    QString out = QCoreApplication::translate("Forecast", "Chỉ Số — year-end forecasts, as known for the briefing of %1 (region %2)")
                      .arg(format.period(report.asOf), report.region)
                  + u"\n\n"_s;
    for (const FlowForecast &f : report.flows)
        out += flowSection(f, format) + QLatin1Char('\n');
    if (!report.levels.isEmpty()) {
        out += QCoreApplication::translate("Forecast", "Levels: least squares on the readings of this year and last, "
                                                       "extrapolated to December.")
               + QLatin1Char('\n') + levelSection(report.levels, format) + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("Forecast", "Intervals: fitted methods from their prediction interval (Student's t; "
                                                   "the theta method from its model of the remaining months' sum, "
                                                   "ETS from 1,000 simulated paths of the remaining months, "
                                                   "the airline model from its ψ weights); "
                                                   "the others from their own errors at this cut-off in past years "
                                                   "(Student's t on the log errors, at the level that held 80 % or 95 % "
                                                   "of their past outturns where 19 past cases can tell), or, where "
                                                   "this indicator has fewer than two, from those of every flow indicator.")
           + QLatin1Char('\n');
    return out;
}

QByteArray ForecastWriter::json(const ForecastReport &report, Language language)
{
    QJsonArray flows;
    for (const FlowForecast &f : report.flows) {
        QJsonArray methods;
        for (const MethodForecast &m : f.methods) {
            QJsonObject o{{u"method"_s, flowMethodCode(m.point.method)},
                          {u"available"_s, m.point.available()},
                          {u"point"_s, m.point.available() ? QJsonValue(m.point.value) : QJsonValue::Null},
                          {u"interval80"_s, intervalJson(m.interval80)},
                          {u"interval95"_s, intervalJson(m.interval95)},
                          {u"interval_basis"_s, intervalBasisCode(m.intervalBasis)},
                          {u"share_of_plan"_s, number(m.shareOfPlan)},
                          {u"probability_meeting_plan"_s, number(m.probabilityMeetingPlan)}};
            if (!m.point.available())
                o.insert(u"missing"_s, missingReason(m.point.missing));
            if (m.intervalBasis == IntervalBasis::BacktestError || m.intervalBasis == IntervalBasis::PooledBacktestError) {
                o.insert(u"interval_from"_s, QJsonObject{{u"cases"_s, m.sizedFrom.cases},
                                                         {u"indicators"_s, m.sizedFrom.indicators},
                                                         {u"cut_off_month"_s, m.sizedAtMonth},
                                                         {u"members"_s, m.sizedFromMembers},
                                                         {u"calibrated_on"_s, m.calibratedOn}});
            }
            if (const QString note = intervalNote(m, f.month); !note.isEmpty())
                o.insert(u"interval_note"_s, note);
            if (!m.point.derivedInputs.isEmpty()) {
                QJsonArray derived;
                for (const YearMonth &p : m.point.derivedInputs)
                    derived.append(p.toIsoString());
                o.insert(u"derived_inputs"_s, derived);
            }
            if (m.backtest)
                o.insert(u"backtest"_s, QJsonObject{{u"cases"_s, m.backtest->cases}, {u"mape"_s, m.backtest->mape},
                                                    {u"mase"_s, number(m.backtest->mase)}});
            methods.append(o);
        }
        const MethodForecast *preferred = f.preferredForecast();
        flows.append(QJsonObject{
            {u"indicator"_s, f.indicator.code},
            {u"name"_s, f.indicator.name(language)},
            {u"year"_s, f.year},
            {u"cut_off_month"_s, f.month},
            {u"year_to_date"_s, number(f.current)},
            {u"plan"_s, number(f.plan)},
            {u"methods"_s, methods},
            {u"preferred"_s, f.preferred ? QJsonValue(flowMethodCode(*f.preferred)) : QJsonValue::Null},
            {u"preferred_point"_s, preferred ? QJsonValue(preferred->point.value) : QJsonValue::Null},
            {u"preferred_why"_s, preferenceReason(f, Formatter(language))},
        });
    }
    QJsonArray levels;
    for (const LevelForecast &l : report.levels) {
        levels.append(QJsonObject{
            {u"indicator"_s, l.indicator.code},
            {u"name"_s, l.indicator.name(language)},
            {u"readings"_s, l.readings},
            {u"latest"_s, number(l.lastValue)},
            {u"latest_month"_s, l.lastMonth ? QJsonValue(*l.lastMonth) : QJsonValue::Null},
            {u"point"_s, l.available ? QJsonValue(l.point) : QJsonValue::Null},
            {u"interval80"_s, l.available ? intervalJson(l.interval80) : QJsonValue::Null},
            {u"interval95"_s, l.available ? intervalJson(l.interval95) : QJsonValue::Null},
            {u"target"_s, number(l.target)},
            {u"probability_meeting_target"_s, number(l.probabilityMeetingTarget)},
        });
    }
    return QJsonDocument(QJsonObject{{u"as_of"_s, report.asOf.toIsoString()},
                                     {u"region"_s, report.region},
                                     {u"flows"_s, flows},
                                     {u"levels"_s, levels}})
        .toJson(QJsonDocument::Indented);
}

QString ForecastWriter::backtestTable(const ForecastReport &report, const Formatter &format)
{
    QString out = QCoreApplication::translate("Forecast", "Backtest: what each method would have said at each cut-off of "
                                                          "earlier years, against the year's outturn.")
                  + u"\n\n"_s;
    for (const FlowForecast &f : report.flows) {
        out += f.indicator.name(format.language()) + QLatin1Char('\n');
        QStringList header = {QCoreApplication::translate("Forecast", "Method")};
        for (int month = 1; month <= 11; ++month)
            header.append(QCoreApplication::translate("Forecast", "%1M").arg(month));
        header.append(QCoreApplication::translate("Forecast", "All"));
        header.append(QCoreApplication::translate("Forecast", "MASE"));
        TextTable table(header);
        QSet<int> right;
        for (int c = 1; c <= 13; ++c)
            right.insert(c);
        table.setRightAligned(right);
        const std::vector<BacktestScore> scores = scoreBacktest(f.backtest);
        if (scores.empty()) {
            out += QCoreApplication::translate("Forecast", "No earlier year has a cut-off and a known total.") + u"\n\n"_s;
            continue;
        }
        for (FlowMethod method : allFlowMethods()) {
            QStringList row = {methodName(method)};
            QString mase = dash;
            for (int month = 1; month <= 11; ++month) {
                const auto s = std::find_if(scores.begin(), scores.end(),
                                            [&](const BacktestScore &b) { return b.method == method && b.month == month; });
                row.append(s == scores.end() ? dash : format.share(s->mape) + u" ("_s + QString::number(s->cases) + u")"_s);
            }
            const auto all = std::find_if(scores.begin(), scores.end(),
                                          [&](const BacktestScore &b) { return b.method == method && b.month == 0; });
            row.append(all == scores.end() ? dash : format.share(all->mape) + u" ("_s + QString::number(all->cases) + u")"_s);
            if (all != scores.end() && all->mase)
                mase = format.locale().toString(*all->mase, 'f', 2);
            row.append(mase);
            table.addRow(row);
        }
        out += table.render() + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("Forecast", "Cells: MAPE (number of past years). MASE: error scaled by the mean "
                                                   "change of the yearly totals.")
           + QLatin1Char('\n');
    return out;
}

QByteArray ForecastWriter::backtestJson(const ForecastReport &report)
{
    QJsonArray indicators;
    for (const FlowForecast &f : report.flows) {
        QJsonArray scores;
        for (const BacktestScore &s : scoreBacktest(f.backtest))
            scores.append(QJsonObject{{u"method"_s, flowMethodCode(s.method)}, {u"month"_s, s.month},
                                      {u"cases"_s, s.cases}, {u"mape"_s, s.mape}, {u"mase"_s, number(s.mase)}});
        indicators.append(QJsonObject{{u"indicator"_s, f.indicator.code}, {u"scores"_s, scores}});
    }
    return QJsonDocument(QJsonObject{{u"as_of"_s, report.asOf.toIsoString()}, {u"indicators"_s, indicators}})
        .toJson(QJsonDocument::Indented);
}

namespace {

QString cutOffGroup(const CalibrationCell &cell)
{
    return QCoreApplication::translate("Forecast", "%1–%2M").arg(cell.firstMonth).arg(cell.lastMonth);
}

} // namespace

QString ForecastWriter::calibrationTable(const std::vector<CalibrationCell> &cells, const Formatter &format)
{
    QString out = QCoreApplication::translate("Forecast", "Calibration: how often the year's outturn fell inside the "
                                                          "intervals each method would have given at the time, over "
                                                          "every flow indicator and earlier year.")
                  + u"\n\n"_s;
    TextTable table({QCoreApplication::translate("Forecast", "Method"), QCoreApplication::translate("Forecast", "Cut-offs"),
                     QCoreApplication::translate("Forecast", "Cases"), QCoreApplication::translate("Forecast", "Inside 80%"),
                     QCoreApplication::translate("Forecast", "Inside 95%"),
                     QCoreApplication::translate("Forecast", "Without interval")});
    table.setRightAligned({2, 3, 4, 5});
    int rows = 0;
    for (const CalibrationCell &cell : cells) {
        if (cell.cases == 0 && cell.withoutInterval == 0)
            continue;
        ++rows;
        table.addRow({methodName(cell.method), cutOffGroup(cell), QString::number(cell.cases),
                      cell.cases ? format.share(double(cell.inside80) / cell.cases) : dash,
                      cell.cases ? format.share(double(cell.inside95) / cell.cases) : dash,
                      QString::number(cell.withoutInterval)});
    }
    if (rows == 0)
        return out + QCoreApplication::translate("Forecast", "No earlier year has a cut-off and a known total.") + u"\n"_s;
    return out + table.render();
}

QByteArray ForecastWriter::calibrationJson(const ForecastReport &report, const std::vector<CalibrationCell> &cells)
{
    QJsonArray rows;
    for (const CalibrationCell &cell : cells) {
        if (cell.cases == 0 && cell.withoutInterval == 0)
            continue;
        rows.append(QJsonObject{{u"method"_s, flowMethodCode(cell.method)},
                                {u"first_month"_s, cell.firstMonth},
                                {u"last_month"_s, cell.lastMonth},
                                {u"cases"_s, cell.cases},
                                {u"inside80"_s, cell.cases ? QJsonValue(double(cell.inside80) / cell.cases) : QJsonValue::Null},
                                {u"inside95"_s, cell.cases ? QJsonValue(double(cell.inside95) / cell.cases) : QJsonValue::Null},
                                {u"without_interval"_s, cell.withoutInterval}});
    }
    return QJsonDocument(QJsonObject{{u"as_of"_s, report.asOf.toIsoString()}, {u"calibration"_s, rows}})
        .toJson(QJsonDocument::Indented);
}

} // namespace chiso
