#include "Backtest.h"

#include <QSet>
#include <cmath>

namespace chiso {
namespace {

/// Mean absolute change of the yearly totals before a year: the error of the naive
/// "same as last year" forecast, which MASE divides by.
std::optional<double> naiveScale(const FlowHistory &known, int beforeYear)
{
    double sum = 0;
    int count = 0;
    for (const auto &[year, months] : known.years()) {
        if (year >= beforeYear)
            break;
        const auto total = known.total(year);
        const auto previous = known.total(year - 1);
        if (total && previous) {
            sum += std::abs(*total - *previous);
            ++count;
        }
    }
    if (count == 0 || sum == 0)
        return std::nullopt;
    return sum / count;
}

} // namespace

double BacktestCase::absolutePercentageError() const
{
    return std::abs(forecast - actual) / std::abs(actual);
}

std::optional<double> BacktestCase::logError() const
{
    if (actual <= 0 || forecast <= 0)
        return std::nullopt;
    return std::log(actual / forecast);
}

std::vector<BacktestCase> runBacktest(const FlowHistory &known, int beforeYear)
{
    std::vector<BacktestCase> cases;
    for (const auto &[year, months] : known.years()) {
        if (year >= beforeYear)
            break;
        const auto actual = known.total(year);
        if (!actual || *actual == 0)
            continue;
        const auto scale = naiveScale(known, year);
        for (const auto &[month, value] : months) {
            if (month >= 12)
                continue;
            for (const MethodPoint &p : forecastFlowAllMethods(known, year, month)) {
                if (p.available())
                    cases.push_back({{}, year, month, p.method, p.value, *actual, scale});
            }
        }
    }
    return cases;
}

LogErrorSpread logErrorSpread(const std::vector<BacktestCase> &cases, const QList<FlowMethod> &methods, int month)
{
    LogErrorSpread spread;
    QSet<QString> indicators;
    double sumSquares = 0;
    for (const BacktestCase &c : cases) {
        if (c.month != month || !methods.contains(c.method))
            continue;
        if (const auto e = c.logError()) {
            sumSquares += *e * *e;
            ++spread.cases;
            indicators.insert(c.indicator);
        }
    }
    spread.indicators = int(indicators.size());
    if (spread.cases > 0)
        spread.rms = std::sqrt(sumSquares / spread.cases);
    return spread;
}

std::optional<BacktestScore> scoreOf(const std::vector<BacktestCase> &cases, FlowMethod method, int month)
{
    BacktestScore score{method, month, 0, 0, std::nullopt};
    double scaledSum = 0;
    int scaled = 0;
    for (const BacktestCase &c : cases) {
        if (c.method != method || (month != 0 && c.month != month))
            continue;
        ++score.cases;
        score.mape += c.absolutePercentageError();
        if (c.scale) {
            scaledSum += std::abs(c.forecast - c.actual) / *c.scale;
            ++scaled;
        }
    }
    if (score.cases == 0)
        return std::nullopt;
    score.mape /= score.cases;
    if (scaled > 0)
        score.mase = scaledSum / scaled;
    return score;
}

std::vector<BacktestScore> scoreBacktest(const std::vector<BacktestCase> &cases)
{
    std::vector<BacktestScore> scores;
    for (FlowMethod method : allFlowMethods()) {
        for (int month = 0; month <= 11; ++month) {
            if (const auto score = scoreOf(cases, method, month))
                scores.push_back(*score);
        }
    }
    return scores;
}

} // namespace chiso
