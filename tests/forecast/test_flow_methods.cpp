// Year-end methods on the real revenue figures (bundled dataset), checked by hand.
#include "forecast/Backtest.h"
#include "forecast/Calibration.h"
#include "forecast/FlowMethods.h"
#include "forecast/StudentT.h"
#include "forecast/YearEndForecast.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace chiso;

namespace {

/// Revenue, billion VND: 2023's and 2024's year-to-date cut-offs as the bundled dataset has them.
FlowHistory revenue()
{
    FlowHistory h;
    for (auto [m, v] : std::initializer_list<std::pair<int, double>>{
             {3, 845577}, {4, 1139333}, {5, 1363227}, {6, 1614206}, {7, 1902800}, {9, 2655661},
             {10, 3016617}, {11, 3360217}, {12, 3744214}})
        h.set(2023, m, v);
    for (auto [m, v] : std::initializer_list<std::pair<int, double>>{
             {2, 653284}, {3, 971197}, {4, 1365758}, {6, 2067389}, {8, 2820865}})
        h.set(2024, m, v);
    return h;
}

Indicator revenueIndicator()
{
    Indicator i;
    i.code = QStringLiteral("revenue");
    return i;
}

} // namespace

TEST(FlowMethods, RunRate)
{
    // 2,067,389 in six months: 2,067,389 · 12 / 6.
    EXPECT_DOUBLE_EQ(forecastFlow(FlowMethod::RunRate, revenue().knownAt(2024, 6), 2024, 6).value, 4134778.0);
}

TEST(FlowMethods, LastYearsProfileAndSeasonalNaive)
{
    const FlowHistory known = revenue().knownAt(2024, 6);
    // 2,067,389 · 3,744,214 / 1,614,206
    EXPECT_NEAR(forecastFlow(FlowMethod::LastYearProfile, known, 2024, 6).value, 4795389.706918448, 1e-6);
    // 2,067,389 + (3,744,214 − 1,614,206)
    EXPECT_DOUBLE_EQ(forecastFlow(FlowMethod::SeasonalNaive, known, 2024, 6).value, 4197397.0);
}

TEST(FlowMethods, TrendOnThisYearsCutOffsOnly)
{
    // Least squares through (2, 653,284) (3, 971,197) (4, 1,365,758) (6, 2,067,389), at m = 12;
    // August's figure is not known in June.
    const MethodPoint p = forecastFlow(FlowMethod::TrendLinear, revenue().knownAt(2024, 6), 2024, 6);
    ASSERT_TRUE(p.available());
    EXPECT_NEAR(p.value, 4207460.142857143, 1e-6);
    ASSERT_TRUE(p.model);
    EXPECT_EQ(p.model->df, 2);
}

TEST(FlowMethods, CombinationIsTheMeanOfItsMembers)
{
    const FlowHistory known = revenue().knownAt(2024, 6);
    // Cross-year needs three past years with June and December: only 2023 here.
    EXPECT_EQ(forecastFlow(FlowMethod::CrossYear, known, 2024, 6).missing, MissingData::TooFewPastYears);
    const double mean = (4134778.0 + 4795389.706918448 + 4197397.0 + 4207460.142857143) / 4;
    EXPECT_NEAR(forecastFlow(FlowMethod::Combination, known, 2024, 6).value, mean, 1e-6);
}

TEST(FlowMethods, MissingDataIsSaidNotGuessed)
{
    FlowHistory oneYear;
    oneYear.set(2024, 6, 100);
    EXPECT_EQ(forecastFlow(FlowMethod::LastYearProfile, oneYear, 2024, 6).missing, MissingData::NoLastYear);
    EXPECT_EQ(forecastFlow(FlowMethod::SeasonalNaive, oneYear, 2024, 6).missing, MissingData::NoLastYear);
    EXPECT_EQ(forecastFlow(FlowMethod::TrendLinear, oneYear, 2024, 6).missing, MissingData::TooFewCutOffs);
    EXPECT_EQ(forecastFlow(FlowMethod::Combination, oneYear, 2024, 6).missing, MissingData::NothingToCombine);
    EXPECT_EQ(forecastFlow(FlowMethod::RunRate, oneYear, 2024, 5).missing, MissingData::NoFigureAtCutOff);
    EXPECT_TRUE(forecastFlow(FlowMethod::RunRate, oneYear, 2024, 6).available());

    FlowHistory zeroLastYear = oneYear;
    zeroLastYear.set(2023, 6, 0);
    zeroLastYear.set(2023, 12, 50);
    EXPECT_EQ(forecastFlow(FlowMethod::LastYearProfile, zeroLastYear, 2024, 6).missing, MissingData::NoLastYear);
}

TEST(YearEndForecast, CutOffTwelveIsKnownExactly)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue(), 2023, 12, 3744214.0);
    for (const MethodForecast &m : f.methods) {
        ASSERT_TRUE(m.point.available());
        EXPECT_EQ(m.point.value, 3744214);
        EXPECT_EQ(m.intervalBasis, IntervalBasis::Exact);
        EXPECT_EQ(m.interval95->lower, m.interval95->upper);
        EXPECT_EQ(*m.probabilityMeetingPlan, 1.0);
    }
}

TEST(YearEndForecast, PlanOfZeroHasNoShare)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 6), 2024, 6, 0.0);
    EXPECT_FALSE(f.method(FlowMethod::RunRate)->shareOfPlan);
}

TEST(YearEndForecast, ShareAndProbabilityOfThePlan)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 6), 2024, 6, 4171172.0);
    EXPECT_EQ(f.month, 6);
    const MethodForecast *trend = f.method(FlowMethod::TrendLinear);
    EXPECT_NEAR(*trend->shareOfPlan, 4207460.142857143 / 4171172.0, 1e-12);
    EXPECT_EQ(trend->intervalBasis, IntervalBasis::Model);
    // The point is above the plan, so the chance of meeting it is above one half.
    EXPECT_GT(*trend->probabilityMeetingPlan, 0.5);
    EXPECT_LT(*trend->probabilityMeetingPlan, 1.0);
    EXPECT_LT(trend->interval95->lower, trend->interval80->lower);
    EXPECT_GT(trend->interval95->upper, trend->interval80->upper);
    // No earlier year has both June and December and a year before it: the combination leads.
    EXPECT_EQ(f.preference, Preference::DefaultCombination);
}

TEST(YearEndForecast, UsesTheLatestCutOffUpToTheMonth)
{
    // As of July 2024 the latest revenue cut-off is June.
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 7), 2024, 7, std::nullopt);
    EXPECT_EQ(f.month, 6);
    EXPECT_EQ(*f.current, 2067389);
}

TEST(YearEndForecast, IntervalsNeverFallBelowTheYearToDate)
{
    const FlowForecast f = forecastFlowYearEnd(revenueIndicator(), revenue().knownAt(2024, 6), 2024, 6, 2000000.0);
    for (const MethodForecast &m : f.methods) {
        if (!m.interval95)
            continue;
        EXPECT_GE(m.interval95->lower, 2067389) << flowMethodCode(m.point.method).toStdString();
        EXPECT_EQ(*m.probabilityMeetingPlan, 1.0); // 2,067,389 already exceeds a plan of 2,000,000
    }
}

TEST(FlowMethods, ReadNothingAfterTheCutOff)
{
    // The backtest relies on this to avoid copying the history at every cut-off.
    const FlowHistory all = revenue();
    for (int month : {2, 3, 4, 6, 8}) {
        const QList<MethodPoint> full = forecastFlowAllMethods(all, 2024, month);
        const QList<MethodPoint> cut = forecastFlowAllMethods(all.knownAt(2024, month), 2024, month);
        ASSERT_EQ(full.size(), cut.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            EXPECT_EQ(full[i].missing, cut[i].missing);
            EXPECT_EQ(full[i].value, cut[i].value) << flowMethodCode(full[i].method).toStdString() << " at " << month;
        }
    }
}

namespace {

Indicator flowIndicator(const char *code)
{
    Indicator i;
    i.code = QString::fromLatin1(code);
    i.kind = IndicatorKind::Flow;
    return i;
}

/// Two flows at June and December. A: 2023 (40 → 100) and June 2024 (60); B: 2022 (50 → 110)
/// and 2023 (50 → 90). A's own past has one run-rate case; pooled with B's, three.
FlowHistory thinA()
{
    FlowHistory a;
    a.set(2023, 6, 40);
    a.set(2023, 12, 100);
    a.set(2024, 6, 60);
    return a;
}

FlowHistory longerB()
{
    FlowHistory b;
    b.set(2022, 6, 50);
    b.set(2022, 12, 110);
    b.set(2023, 6, 50);
    b.set(2023, 12, 90);
    return b;
}

std::vector<BacktestCase> poolOf(const std::vector<std::pair<const char *, FlowHistory>> &histories, int beforeYear)
{
    std::vector<BacktestCase> pooled;
    for (const auto &[code, history] : histories) {
        for (BacktestCase c : runBacktest(history, beforeYear)) {
            c.indicator = QString::fromLatin1(code);
            pooled.push_back(c);
        }
    }
    return pooled;
}

// R: qt(c(0.9, 0.975), 3) and qt(c(0.9, 0.975), 5)
constexpr double t90df3 = 1.637744353696210;
constexpr double t975df3 = 3.182446305284263;
constexpr double t90df5 = 1.475884048824481;
constexpr double t975df5 = 2.570581835636314;

} // namespace

TEST(YearEndForecast, ThinHistoryIsSizedFromThePooledErrorsOfEveryFlow)
{
    const auto pooled = poolOf({{"a", thinA()}, {"b", longerB()}}, 2024);
    const FlowForecast f = forecastFlowYearEnd(flowIndicator("a"), thinA(), 2024, 6, 140.0, pooled);
    const MethodForecast *runRate = f.method(FlowMethod::RunRate);
    ASSERT_TRUE(runRate->point.available());
    EXPECT_DOUBLE_EQ(runRate->point.value, 120.0);
    // Run-rate log errors at June: A 2023 ln(100/80), B 2022 ln(110/100), B 2023 ln(90/100).
    const double s = std::sqrt((std::pow(std::log(1.25), 2) + std::pow(std::log(1.1), 2) + std::pow(std::log(0.9), 2)) / 3);
    EXPECT_EQ(runRate->intervalBasis, IntervalBasis::PooledBacktestError);
    EXPECT_EQ(runRate->sizedFrom.cases, 3);
    EXPECT_EQ(runRate->sizedFrom.indicators, 2);
    EXPECT_EQ(runRate->sizedAtMonth, 6);
    EXPECT_NEAR(runRate->interval80->lower, 120 * std::exp(-t90df3 * s), 1e-9);
    EXPECT_NEAR(runRate->interval80->upper, 120 * std::exp(t90df3 * s), 1e-9);
    EXPECT_NEAR(runRate->interval95->lower, 120 * std::exp(-t975df3 * s), 1e-9);
    EXPECT_NEAR(runRate->interval95->upper, 120 * std::exp(t975df3 * s), 1e-9);
    // P(T₃ > t), t = ln(140/120)/s, by the closed form of Student's t with 3 degrees of freedom.
    const double t = std::log(140.0 / 120.0) / s;
    const double cdf = 0.5 + (t / (std::sqrt(3.0) * (1 + t * t / 3)) + std::atan(t / std::sqrt(3.0))) / M_PI;
    EXPECT_NEAR(*runRate->probabilityMeetingPlan, 1 - cdf, 1e-9);
}

TEST(YearEndForecast, CombinationWithoutPastCasesIsSizedFromItsMembers)
{
    const auto pooled = poolOf({{"a", thinA()}, {"b", longerB()}}, 2024);
    const FlowForecast f = forecastFlowYearEnd(flowIndicator("a"), thinA(), 2024, 6, std::nullopt, pooled);
    const MethodForecast *combination = f.method(FlowMethod::Combination);
    // Members: run rate 120, last year's profile 60·100/40 = 150, seasonal naive 60 + 60 = 120.
    ASSERT_TRUE(combination->point.available());
    EXPECT_DOUBLE_EQ(combination->point.value, 130.0);
    // Only B's 2023 has a past combination: its members' errors at June, five cases — A's run
    // rate 2023, B's run rate 2022 and 2023, B's profile and seasonal naive 2023 (110 vs 90).
    const std::vector<double> e = {std::log(1.25), std::log(1.1), std::log(0.9), std::log(90.0 / 110), std::log(90.0 / 110)};
    double sum = 0;
    for (double x : e)
        sum += x * x;
    const double s = std::sqrt(sum / 5);
    EXPECT_EQ(combination->intervalBasis, IntervalBasis::PooledBacktestError);
    EXPECT_TRUE(combination->sizedFromMembers);
    EXPECT_EQ(combination->sizedFrom.cases, 5);
    EXPECT_EQ(combination->sizedFrom.indicators, 2);
    EXPECT_NEAR(combination->interval80->upper, 130 * std::exp(t90df5 * s), 1e-9);
    EXPECT_NEAR(combination->interval95->lower, std::max(60.0, 130 * std::exp(-t975df5 * s)), 1e-9);
    EXPECT_NEAR(combination->interval95->upper, 130 * std::exp(t975df5 * s), 1e-9);
}

TEST(YearEndForecast, CutOffWithoutPastCasesUsesTheNearestEarlierOne)
{
    FlowHistory a = thinA();
    a.set(2024, 7, 70); // no past year has July
    const auto pooled = poolOf({{"a", a}, {"b", longerB()}}, 2024);
    const FlowForecast f = forecastFlowYearEnd(flowIndicator("a"), a, 2024, 7, std::nullopt, pooled);
    const MethodForecast *runRate = f.method(FlowMethod::RunRate);
    EXPECT_EQ(runRate->intervalBasis, IntervalBasis::PooledBacktestError);
    EXPECT_EQ(runRate->sizedAtMonth, 6);
    EXPECT_EQ(runRate->sizedFrom.cases, 3);
    EXPECT_NEAR(runRate->interval80->upper, 120.0 * std::exp(t90df3 * runRate->sizedFrom.rms), 1e-9);
}

TEST(YearEndForecast, OwnErrorsComeBeforeThePooledOnes)
{
    // B has two run-rate years at June: its own errors size its 2024 run rate, not the pool.
    FlowHistory b = longerB();
    b.set(2024, 6, 55);
    const auto pooled = poolOf({{"a", thinA()}, {"b", b}}, 2024);
    const FlowForecast f = forecastFlowYearEnd(flowIndicator("b"), b, 2024, 6, std::nullopt, pooled);
    const MethodForecast *runRate = f.method(FlowMethod::RunRate);
    EXPECT_EQ(runRate->intervalBasis, IntervalBasis::BacktestError);
    EXPECT_EQ(runRate->sizedFrom.cases, 2);
    EXPECT_NEAR(runRate->sizedFrom.rms, std::sqrt((std::pow(std::log(1.1), 2) + std::pow(std::log(0.9), 2)) / 2), 1e-12);
}

TEST(Calibration, CountsPastOutturnsInsideTheIntervalsGivenAtTheTime)
{
    // B's June run rates: 2022 100 (outturn 110), 2023 100 (90), 2024 120 (95). Only 2024 has
    // two earlier years to size it: s = √((ln²1.1 + ln²0.9)/2), 80 % from 120·e^(−1.886·s) ≈
    // 99.3 — above 95; 95 % from 120·e^(−4.303·s) ≈ 78.
    FlowHistory b = longerB();
    b.set(2024, 6, 60);
    b.set(2024, 12, 95);
    const auto cells = calibrate({{QStringLiteral("b"), b}}, 2025);
    const auto cell = std::find_if(cells.begin(), cells.end(), [](const CalibrationCell &c) {
        return c.method == FlowMethod::RunRate && c.firstMonth == 4 && c.lastMonth == 6;
    });
    ASSERT_NE(cell, cells.end());
    EXPECT_EQ(cell->cases, 1);
    EXPECT_EQ(cell->inside80, 0);
    EXPECT_EQ(cell->inside95, 1);
    EXPECT_EQ(cell->withoutInterval, 2);
    // Nothing of 2024 is checked when the report is for 2024.
    const auto before = calibrate({{QStringLiteral("b"), b}}, 2024);
    for (const CalibrationCell &c : before)
        EXPECT_EQ(c.cases, 0) << flowMethodCode(c.method).toStdString();
}

TEST(Combination, WeightsMembersByTheInverseMeanSquareOfTheirPastLogErrors)
{
    auto pointOf = [](FlowMethod method, double value) {
        MethodPoint p;
        p.method = method;
        p.value = value;
        return p;
    };
    const QList<MethodPoint> points = {pointOf(FlowMethod::RunRate, 120), pointOf(FlowMethod::LastYearProfile, 150),
                                       pointOf(FlowMethod::SeasonalNaive, 120), pointOf(FlowMethod::TrendQuadratic, 500),
                                       pointOf(FlowMethod::CrossYear, 90), pointOf(FlowMethod::Combination, 0)};
    auto pastCase = [](FlowMethod method, int year, double forecast, double actual) {
        return BacktestCase{{}, year, 6, method, forecast, actual, std::nullopt};
    };
    const std::vector<BacktestCase> past = {
        pastCase(FlowMethod::RunRate, 2022, 100, 110), pastCase(FlowMethod::RunRate, 2023, 100, 90),
        pastCase(FlowMethod::LastYearProfile, 2022, 100, 106), pastCase(FlowMethod::LastYearProfile, 2023, 100, 94),
        // Dominated: errors of ln 2, far over twice the others'.
        pastCase(FlowMethod::SeasonalNaive, 2022, 100, 200), pastCase(FlowMethod::SeasonalNaive, 2023, 100, 50),
        // One past year only: not scored.
        pastCase(FlowMethod::CrossYear, 2023, 100, 100),
        // Not before 2024 or not at June: not read.
        pastCase(FlowMethod::RunRate, 2024, 100, 1000), BacktestCase{{}, 2022, 5, FlowMethod::RunRate, 100, 1000, std::nullopt}};
    const double runRate = (std::pow(std::log(1.1), 2) + std::pow(std::log(0.9), 2)) / 2;
    const double profile = (std::pow(std::log(1.06), 2) + std::pow(std::log(0.94), 2)) / 2; // the run rate's is under four times this
    const auto combined = skillWeightedCombination(points, past, 2024, 6);
    ASSERT_TRUE(combined);
    EXPECT_NEAR(*combined, (120 / runRate + 150 / profile) / (1 / runRate + 1 / profile), 1e-9);
    // Without two past years of any member: no weights, the plain mean stays.
    EXPECT_FALSE(skillWeightedCombination(points, {past[0], past[2], past[6]}, 2024, 6));
}

TEST(Calibration, PastCoverageLevelsAreTheTLevelsThatJustHeldEachOutturn)
{
    // June of 2020–2023 for the run rate: 2022's check is its error against the spread of 2020
    // and 2021 (two years, t with 2 degrees of freedom), 2023's against 2020–2022's (three);
    // another method's and a forecast without a log error are not read.
    auto pastCase = [](FlowMethod method, int year, double forecast, double actual) {
        return BacktestCase{{}, year, 6, method, forecast, actual, std::nullopt};
    };
    const std::vector<BacktestCase> past = {pastCase(FlowMethod::RunRate, 2020, 100, 110),
                                            pastCase(FlowMethod::RunRate, 2021, 100, 95),
                                            pastCase(FlowMethod::RunRate, 2022, 100, 120),
                                            pastCase(FlowMethod::RunRate, 2023, 100, 101),
                                            pastCase(FlowMethod::SeasonalNaive, 2023, 100, 300),
                                            pastCase(FlowMethod::RunRate, 2019, -5, 100)};
    const double e20 = std::log(1.10), e21 = std::log(0.95), e22 = std::log(1.20), e23 = std::log(1.01);
    const double spread22 = std::sqrt((e20 * e20 + e21 * e21) / 2);
    const double spread23 = std::sqrt((e20 * e20 + e21 * e21 + e22 * e22) / 3);
    const std::vector<double> levels = pastCoverageLevels(past, FlowMethod::RunRate);
    ASSERT_EQ(levels.size(), 2u);
    // Sorted: 2023's small error needs a narrow interval, 2022's a wide one.
    EXPECT_NEAR(levels[0], 2 * studentTCdf(std::abs(e23) / spread23, 3) - 1, 1e-12);
    EXPECT_NEAR(levels[1], 2 * studentTCdf(e22 / spread22, 2) - 1, 1e-12);
}

TEST(YearEndForecast, OwnIntervalsTakeTheLevelThatHeldTheirPastOutturns)
{
    // A series whose every year ends 5 % above its June pace but for every fourth, 20 % above:
    // the run rate's 80 % interval from its own past must hold about 80 % of those outturns, so
    // its level is the one at the conformal rank of the past checks, not Student's t's 80 %.
    FlowHistory history;
    for (int year = 2000; year <= 2024; ++year) {
        for (int month = 1; month <= 12; ++month)
            history.set(year, month, 100.0 * month * (month == 12 ? (year % 4 == 0 ? 1.2 : 1.05) : 1.0));
    }
    Indicator indicator;
    const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(2024, 6), 2024, 6, std::nullopt);
    const MethodForecast *runRate = f.method(FlowMethod::RunRate);
    ASSERT_TRUE(runRate && runRate->interval80 && runRate->interval95);
    EXPECT_EQ(runRate->intervalBasis, IntervalBasis::BacktestError);
    std::vector<double> checks = pastCoverageLevels(f.backtest, FlowMethod::RunRate);
    ASSERT_GE(checks.size(), 19u);
    EXPECT_EQ(runRate->calibratedOn, int(checks.size()));
    const auto k = checks.size();
    const double level80 = checks[std::size_t(std::ceil(double(k + 1) * 0.8)) - 1];
    const int n = runRate->sizedFrom.cases;
    const double half = studentTQuantile(0.5 + level80 / 2, n) * runRate->sizedFrom.rms;
    EXPECT_NEAR(runRate->interval80->upper, runRate->point.value * std::exp(half), 1e-6 * runRate->point.value);
    // The past held: of the checks, at least 80 % lie at or below that level.
    EXPECT_GE(double(std::upper_bound(checks.begin(), checks.end(), level80) - checks.begin()), 0.8 * double(k));
}

TEST(YearEndForecast, TheSkillWeightedCombinationIsPreferred)
{
    // Past years enough to weigh the members at June, a cut-off a quarter (no monthly models):
    // the combination is preferred, weighted.
    FlowHistory history;
    for (int year = 2015; year <= 2024; ++year) {
        for (int month = 3; month <= 12; month += 3)
            history.set(year, month, (1000.0 + 20 * (year - 2015)) * month / 12 * (1 + 0.01 * ((year * 7 + month) % 5)));
    }
    Indicator indicator;
    const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(2024, 6), 2024, 6, std::nullopt);
    QList<FlowMethod> kept;
    QList<MethodPoint> points;
    for (const MethodForecast &m : f.methods)
        points.append(m.point);
    ASSERT_TRUE(skillWeightedCombination(points, f.backtest, 2024, 6, &kept));
    ASSERT_GT(kept.size(), 1); // the seasonal wobble leaves no method far ahead
    EXPECT_EQ(f.preference, Preference::SkillWeightedCombination);
    EXPECT_EQ(f.preferred, FlowMethod::Combination);
}

TEST(YearEndForecast, WhereEveryMonthIsKnownThePlainMeanOfTheMonthlyModelsIsPreferred)
{
    // Every month of ten years, a season and a trend: ETS, theta, the airline model and the past
    // years' regression all forecast, and the preferred forecast is their plain mean, with
    // intervals (its own past errors, or its members' where it has too few).
    FlowHistory history;
    for (int year = 2015; year <= 2024; ++year) {
        double ytd = 0;
        for (int month = 1; month <= 12; ++month) {
            ytd += (100.0 + 3 * (year - 2015)) * (1 + 0.2 * std::sin(month)) * (1 + 0.01 * ((year * 7 + month) % 5));
            history.set(year, month, ytd);
        }
    }
    Indicator indicator;
    for (int month : {2, 6, 11}) {
        const FlowForecast f = forecastFlowYearEnd(indicator, history.knownAt(2024, month), 2024, month, std::nullopt);
        EXPECT_EQ(f.preference, Preference::MonthlyModelsMean);
        ASSERT_EQ(f.preferred, FlowMethod::MonthlyMean);
        double sum = 0;
        for (FlowMethod member : {FlowMethod::Ets, FlowMethod::Theta, FlowMethod::Airline, FlowMethod::CrossYear}) {
            ASSERT_TRUE(f.method(member)->point.available()) << qPrintable(flowMethodCode(member));
            sum += f.method(member)->point.value;
        }
        const MethodForecast *mean = f.preferredForecast();
        EXPECT_NEAR(mean->point.value, sum / 4, 1e-9 * sum);
        ASSERT_TRUE(mean->interval80 && mean->interval95);
        EXPECT_LT(mean->interval80->lower, mean->point.value);
        EXPECT_GT(mean->interval80->upper, mean->point.value);
        EXPECT_LE(mean->interval95->lower, mean->interval80->lower);
    }
    // A month missing last year: no monthly model, no monthly mean; the combination again.
    FlowHistory gap;
    for (const auto &[year, months] : history.years()) {
        for (const auto &[month, ytd] : months) {
            if (year != 2023 || month != 5)
                gap.set(year, month, ytd);
        }
    }
    const FlowForecast f = forecastFlowYearEnd(indicator, gap.knownAt(2024, 6), 2024, 6, std::nullopt);
    EXPECT_FALSE(f.method(FlowMethod::MonthlyMean)->point.available());
    EXPECT_EQ(f.method(FlowMethod::MonthlyMean)->point.missing, MissingData::NotEveryMonth);
    EXPECT_EQ(f.preferred, FlowMethod::Combination);
}
