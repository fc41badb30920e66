#include "Backtest.h"

#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>

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

/// P(|T| ≤ t) for Student's t with ν (whole) degrees of freedom, in closed form (Abramowitz and
/// Stegun 26.7.3–4): Boost's incomplete beta took a millisecond over a forecast's past checks.
double twoSidedLevel(double t, int nu)
{
    const double theta = std::atan(t / std::sqrt(double(nu)));
    const double c2 = std::cos(theta) * std::cos(theta);
    double term = 1, sum = 1;
    if (nu % 2 == 0) { // sin θ (1 + ½ cos²θ + (1·3)/(2·4) cos⁴θ + … to cos^(ν−2)θ)
        for (int k = 2; k <= nu - 2; k += 2) {
            term *= c2 * double(k - 1) / double(k);
            sum += term;
        }
        return std::sin(theta) * sum;
    }
    if (nu == 1)
        return 2 * theta / M_PI;
    for (int k = 3; k <= nu - 2; k += 2) { // (2/π)(θ + sin θ cos θ (1 + ⅔ cos²θ + … to cos^(ν−3)θ))
        term *= c2 * double(k - 1) / double(k);
        sum += term;
    }
    return 2 / M_PI * (theta + std::sin(theta) * std::cos(theta) * sum);
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

namespace {

/// Each method's squared log errors at each cut-off, summed over the cases added so far: what
/// the skill weights read. The backtest adds a year's cases once that year is done, rather than
/// rescanning every earlier case at each cut-off (quadratic in the years).
class PastSkill
{
public:
    void add(const BacktestCase &c)
    {
        if (const auto e = c.logError(); e && c.month >= 1 && c.month <= 12) {
            m_sumSquares[std::size_t(c.month)][std::size_t(c.method)] += *e * *e;
            ++m_counts[std::size_t(c.month)][std::size_t(c.method)];
        }
    }
    std::optional<double> meanSquare(int month, FlowMethod method) const
    {
        const int n = m_counts[std::size_t(month)][std::size_t(method)];
        if (n < 2)
            return std::nullopt;
        return m_sumSquares[std::size_t(month)][std::size_t(method)] / n;
    }

private:
    static constexpr auto methods = std::size_t(FlowMethod::Combination) + 1;
    std::array<std::array<double, methods>, 13> m_sumSquares{};
    std::array<std::array<int, methods>, 13> m_counts{};
};

std::optional<double> combineBySkill(const QList<MethodPoint> &points, const PastSkill &skill, int month,
                                     QList<FlowMethod> *kept)
{
    struct Member {
        FlowMethod method;
        double value;
        double meanSquare;
    };
    std::vector<Member> scored;
    for (const MethodPoint &p : points) {
        if (!p.available() || !combinationMembers().contains(p.method))
            continue;
        if (const auto meanSquare = skill.meanSquare(month, p.method))
            scored.push_back({p.method, p.value, *meanSquare});
    }
    if (scored.empty())
        return std::nullopt;
    double best = scored.front().meanSquare;
    for (const Member &m : scored)
        best = std::min(best, m.meanSquare);
    // A floor keeps a perfect past from dividing by zero: 0.1 % is below any real error.
    const double floor = std::max(best, 1e-6);
    double weighted = 0;
    double weights = 0;
    for (const Member &m : scored) {
        if (m.meanSquare > 4 * floor)
            continue; // dominated: its errors are over twice the best's
        const double w = 1.0 / std::max(m.meanSquare, floor);
        weighted += w * m.value;
        weights += w;
        if (kept)
            kept->append(m.method);
    }
    return weighted / weights;
}

} // namespace

std::optional<double> skillWeightedCombination(const QList<MethodPoint> &points, const std::vector<BacktestCase> &past,
                                               int year, int month, QList<FlowMethod> *kept)
{
    PastSkill skill;
    for (const BacktestCase &c : past) {
        if (c.month == month && c.year < year)
            skill.add(c);
    }
    return combineBySkill(points, skill, month, kept);
}

std::vector<BacktestCase> runBacktest(const FlowHistory &known, int beforeYear)
{
    std::vector<BacktestCase> cases;
    PastSkill skill; // of the years before the one being checked
    std::size_t inSkill = 0;
    for (const auto &[year, months] : known.years()) {
        if (year >= beforeYear)
            break;
        if (year < beforeYear - backtestYears)
            continue; // see backtestYears
        for (; inSkill < cases.size(); ++inSkill)
            skill.add(cases[inSkill]);
        const auto actual = known.total(year);
        if (!actual || *actual == 0)
            continue;
        const auto scale = naiveScale(known, year);
        for (const auto &[month, value] : months) {
            if (month >= 12)
                continue;
            QList<MethodPoint> points = forecastFlowAllMethods(known, year, month, false);
            // The cases so far are of earlier years and of this year's earlier cut-offs.
            if (points.constLast().available()) {
                if (const auto combined = combineBySkill(points, skill, month, nullptr))
                    points.last().value = *combined;
            }
            for (const MethodPoint &p : points) {
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

std::vector<double> pastCoverageLevels(const std::vector<BacktestCase> &cases, FlowMethod method)
{
    std::map<int, std::map<int, double>> byMonth; // cut-off → year → log error
    for (const BacktestCase &c : cases) {
        if (c.method == method) {
            if (const auto e = c.logError())
                byMonth[c.month][c.year] = *e;
        }
    }
    std::vector<double> scores;
    for (const auto &[month, years] : byMonth) {
        double sumSquares = 0;
        int n = 0;
        for (const auto &[year, e] : years) {
            if (n >= 2 && sumSquares > 0)
                scores.push_back(twoSidedLevel(std::abs(e) / std::sqrt(sumSquares / n), n));
            sumSquares += e * e;
            ++n;
        }
    }
    std::sort(scores.begin(), scores.end());
    return scores;
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
