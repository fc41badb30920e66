// Findings on the bundled dataset: every disagreement that ../shared/data/README.md lists
// and the dataset holds; none on clean figures; tolerances at their edges.
#include "TestDatabase.h"
#include "check/FindingText.h"
#include "check/Findings.h"

#include <gtest/gtest.h>
#include <random>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

class BundledFindings : public testing::Test
{
protected:
    TestDatabase db;
    QList<Finding> findings = findFindings(Snapshot(db.store->figures()), db.store->indicators());

    const Finding *find(FindingKind kind, const QString &indicator, YearMonth period, double found) const
    {
        for (const Finding &f : findings) {
            if (f.kind == kind && f.indicator == indicator && f.period == period && std::abs(f.found - found) < 1e-9)
                return &f;
        }
        return nullptr;
    }
    int count(FindingKind kind, const QString &indicator, YearMonth period) const
    {
        return int(std::count_if(findings.begin(), findings.end(), [&](const Finding &f) {
            return f.kind == kind && f.indicator == indicator && f.period == period;
        }));
    }
};

Figure figure(RecordKind kind, const QString &indicator, int year, int month, double value, const QString &source = u"https://a.vn"_s)
{
    Figure f;
    f.kind = kind;
    f.indicator = indicator;
    f.region = u"VN"_s;
    f.year = year;
    f.month = month;
    f.value = value;
    f.basis = kind == RecordKind::Value ? Basis::Estimate : Basis::None;
    f.source.url = source;
    return f;
}

} // namespace

TEST_F(BundledFindings, Case1TwoSourcesForTheJune2023Budget)
{
    const Finding *f = find(FindingKind::SourcesDiffer, u"state_budget"_s, {2023, 6}, 45405);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, 45905); // given by two sources
    EXPECT_EQ(f->figures[0].source.title, u"Việt Báo"_s);
}

TEST_F(BundledFindings, Case2April2023AloneAndTheBrokenChain)
{
    const Finding *f = find(FindingKind::SourcesDiffer, u"revenue_single_month"_s, {2023, 4}, 313475);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, 263299);
    EXPECT_TRUE(find(FindingKind::SourcesDiffer, u"state_budget_single_month"_s, {2023, 4}, 8172));
    // 4M (1.139.333) + May (276.769) ≠ 5M (1.363.227): May alone against 5M − 4M = 223.894.
    const Finding *chain = find(FindingKind::YearToDateChain, u"revenue"_s, {2023, 5}, 276769);
    ASSERT_TRUE(chain);
    EXPECT_EQ(chain->expected, 1363227 - 1139333);
}

TEST_F(BundledFindings, Case3March2023Alone)
{
    const Finding *f = find(FindingKind::SourcesDiffer, u"revenue_single_month"_s, {2023, 3}, 325565);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, 295000);
}

TEST_F(BundledFindings, Case4JulyAgainst7MMinus6M)
{
    const Finding *f = find(FindingKind::YearToDateChain, u"revenue"_s, {2023, 7}, 271984);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->expected, 1902800 - 1614206); // 288.594
}

TEST_F(BundledFindings, Case5Revisions)
{
    const Finding *revenue = find(FindingKind::Revision, u"revenue"_s, {2023, 12}, 1.49);
    ASSERT_TRUE(revenue);
    EXPECT_NEAR(*revenue->impliedBase, 3744214 / 1.0149, 1e-6); // about 3,69 million
    EXPECT_EQ(revenue->figures[2].value, 3893595);              // the first estimate of 2022
    EXPECT_TRUE(find(FindingKind::Revision, u"state_budget"_s, {2023, 12}, 1.31));
}

TEST_F(BundledFindings, Case6WorkforceBreak)
{
    const Finding *up = find(FindingKind::Break, u"workforce"_s, {2023, 12}, 1767766);
    ASSERT_TRUE(up);
    EXPECT_EQ(up->expected, 1512144);
    EXPECT_TRUE(find(FindingKind::Break, u"workforce"_s, {2024, 2}, 1536796));
}

TEST_F(BundledFindings, Case7MidYearBroadband)
{
    EXPECT_EQ(count(FindingKind::SourcesDiffer, u"fixed_broadband_per100"_s, {2023, 6}), 1);
    EXPECT_EQ(count(FindingKind::SourcesDiffer, u"mobile_broadband_per100"_s, {2023, 6}), 1);
}

TEST_F(BundledFindings, Case8SmartphoneDefinition)
{
    EXPECT_TRUE(find(FindingKind::Break, u"smartphone_users_pct"_s, {2023, 12}, 84.4));
    EXPECT_FALSE(find(FindingKind::Break, u"smartphone_users_pct"_s, {2022, 12}, 75.8));
}

TEST_F(BundledFindings, Case9FibreCoverageIn2021)
{
    // 65 % (2021, coverage) to 74,5 % (2022) is neither the stated +11 % nor +11 points.
    EXPECT_TRUE(find(FindingKind::StatedGrowth, u"fibre_households_pct"_s, {2022, 12}, 11));
}

TEST_F(BundledFindings, Case10TheSeeds)
{
    const Finding *budget = find(FindingKind::StatedShare, u"state_budget"_s, {2024, 6}, 61);
    ASSERT_TRUE(budget);
    EXPECT_NEAR(budget->expected, 59847.0 / 101593.0 * 100.0, 1e-9); // 58,9 %
    const Finding *gdp = find(FindingKind::StatedShare, u"gdp_contribution"_s, {2024, 6}, 49);
    ASSERT_TRUE(gdp);
    EXPECT_NEAR(gdp->expected, 476933.0 / 938136.0 * 100.0, 1e-9); // 50,8 %
    const Finding *online = find(FindingKind::ReportedVsMeasured, u"online_public_services_use_pct"_s, {2024, 6}, 30);
    ASSERT_TRUE(online);
    EXPECT_EQ(online->expected, 17);
    EXPECT_EQ(findings.first().kind, FindingKind::ReportedVsMeasured); // the largest gap leads
}

TEST_F(BundledFindings, RoundingIsNotAFinding)
{
    // 6M-2024 revenue: 50 % stated, 49,6 % computed.
    EXPECT_EQ(count(FindingKind::StatedShare, u"revenue"_s, {2024, 6}), 0);
}

TEST_F(BundledFindings, ExplainedInBothLanguages)
{
    const Finding *budget = find(FindingKind::StatedShare, u"state_budget"_s, {2024, 6}, 61);
    ASSERT_TRUE(budget);
    const Indicator &indicator = *db.store->indicator(u"state_budget"_s);
    EXPECT_EQ(FindingText::explanation(*budget, indicator, Formatter(Language::English)),
              u"State-budget contribution, 6/2024: a source states 61% of the plan; 59,847 against the plan of 101,593 is 58.9%."_s);
    ASSERT_TRUE(installTranslator(Language::Vietnamese));
    EXPECT_EQ(FindingText::explanation(*budget, indicator, Formatter(Language::Vietnamese)),
              u"Nộp ngân sách nhà nước, 6/2024: một nguồn công bố đạt 61% kế hoạch; 59.847 so với kế hoạch 101.593 là 58,9%."_s);
    installTranslator(Language::English);
}

TEST(Findings, CleanFiguresYieldNone)
{
    QList<Figure> figures;
    for (int year : {2022, 2023}) {
        double ytd = 0;
        for (int month = 1; month <= 12; ++month) {
            const double single = 100.0 + month + (year - 2022) * 10.0;
            ytd += single;
            figures.append(figure(RecordKind::Value, u"revenue"_s, year, month, ytd));
            figures.append(figure(RecordKind::Value, u"revenue_single_month"_s, year, month, single, u"https://b.vn"_s));
            figures.append(figure(RecordKind::Value, u"fibre_households_pct"_s, year, month, 70.0 + (year - 2022) * 6.0 + month * 0.5));
        }
        figures.append(figure(RecordKind::Plan, u"revenue"_s, year, 12, 1500.0 + (year - 2022) * 100.0));
    }
    // Stated figures as a careful office would round them.
    double ytd2023 = 0;
    double ytd2022 = 0;
    for (int month = 1; month <= 6; ++month) {
        ytd2022 += 100.0 + month;
        ytd2023 += 110.0 + month;
    }
    figures.append(figure(RecordKind::StatedShare, u"revenue"_s, 2023, 6, std::round(ytd2023 / 1600.0 * 1000.0) / 10.0));
    figures.append(figure(RecordKind::StatedGrowth, u"revenue"_s, 2023, 6, std::round((ytd2023 / ytd2022 - 1.0) * 100.0)));
    TestDatabase db(true);
    EXPECT_TRUE(findFindings(Snapshot(figures), db.store->indicators()).isEmpty());
}

TEST(Findings, ShareToleranceAtItsEdges)
{
    TestDatabase db(true);
    auto findingsFor = [&](double computedPercent) {
        const QList<Figure> figures = {figure(RecordKind::Plan, u"revenue"_s, 2024, 12, 1000),
                                       figure(RecordKind::Value, u"revenue"_s, 2024, 6, computedPercent * 10.0),
                                       figure(RecordKind::StatedShare, u"revenue"_s, 2024, 6, 49)};
        return findFindings(Snapshot(figures), db.store->indicators()).size();
    };
    // Stated 49 %: half a unit of rounding plus 0.5 pp of tolerance either way.
    EXPECT_EQ(findingsFor(49.4), 0);
    EXPECT_EQ(findingsFor(49.99), 0);
    EXPECT_EQ(findingsFor(50.01), 1);
    EXPECT_EQ(findingsFor(48.01), 0);
    EXPECT_EQ(findingsFor(47.99), 1);
    CheckSettings strict;
    strict.sharePoints = 0;
    const QList<Figure> figures = {figure(RecordKind::Plan, u"revenue"_s, 2024, 12, 1000),
                                   figure(RecordKind::Value, u"revenue"_s, 2024, 6, 495.1),
                                   figure(RecordKind::StatedShare, u"revenue"_s, 2024, 6, 49)};
    EXPECT_EQ(findFindings(Snapshot(figures), db.store->indicators(), strict).size(), 1); // 49.51 rounds to 50
}

TEST(Findings, SourcesToleranceAtItsEdge)
{
    TestDatabase db(true);
    auto findingsFor = [&](double other) {
        const QList<Figure> figures = {figure(RecordKind::Value, u"revenue"_s, 2024, 6, 1000, u"https://a.vn"_s),
                                       figure(RecordKind::Value, u"revenue"_s, 2024, 6, 1000, u"https://b.vn"_s),
                                       figure(RecordKind::Value, u"revenue"_s, 2024, 6, other, u"https://c.vn"_s)};
        return findFindings(Snapshot(figures), db.store->indicators()).size();
    };
    EXPECT_EQ(findingsFor(1001.9), 0); // 0.19 %
    EXPECT_EQ(findingsFor(1002.1), 1); // 0.21 %
}

namespace {

/// The break rule as first written (issue 9): every step against the median and the median
/// absolute deviation of all the others, each found by sorting a copy. The check reads the same
/// numbers off one sort (issue 16); this is what it must agree with.
QList<YearMonth> breaksByCopyAndSort(const QList<Figure> &series, const CheckSettings &settings)
{
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    };
    std::vector<std::pair<qsizetype, double>> steps;
    for (qsizetype i = 1; i < series.size(); ++i) {
        const int months = series[i].period().index() - series[i - 1].period().index();
        steps.push_back({i, (series[i].value / series[i - 1].value - 1.0) / months});
    }
    QList<YearMonth> breaks;
    for (size_t i = 0; steps.size() >= 2 && i < steps.size(); ++i) {
        std::vector<double> others;
        for (size_t j = 0; j < steps.size(); ++j) {
            if (j != i)
                others.push_back(steps[j].second);
        }
        const double centre = median(others);
        std::vector<double> deviations;
        for (double r : others)
            deviations.push_back(std::abs(r - centre));
        const double scale = std::max(median(deviations) * 1.4826, settings.breakFloorPerMonth);
        bool isBreak = std::abs(steps[i].second - centre) > settings.breakFactor * scale;
        if (others.size() == 1)
            isBreak = isBreak && std::abs(steps[i].second) > std::abs(others.front());
        if (isBreak)
            breaks.append(series[steps[i].first].period());
    }
    std::sort(breaks.begin(), breaks.end());
    return breaks;
}

} // namespace

TEST(Findings, BreaksInLongSeriesAreThoseOfTheRuleAsFirstWritten)
{
    // Long monthly series with repeated readings (equal steps), jumps of every size, gaps, and
    // series of two and three readings, where the rule's small cases decide.
    std::mt19937 random(16);
    std::uniform_real_distribution<double> step(-0.02, 0.03);
    std::uniform_int_distribution<int> kind(0, 9);
    Indicator workforce;
    workforce.code = u"workforce"_s;
    workforce.kind = IndicatorKind::Level;
    CheckSettings settings;
    int found = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int readings = trial < 10 ? 2 + trial % 3 : 20 + trial * 6;
        QList<Figure> series;
        double value = 1000;
        YearMonth period{1995, 1};
        for (int i = 0; i < readings; ++i) {
            series.append(figure(RecordKind::Value, workforce.code, period.year, period.month, value));
            const int k = kind(random);
            value = k < 3 ? value : std::round(value * (1 + step(random) * (k == 9 ? 12 : 1)) * 10) / 10;
            period = period.plusMonths(k == 8 ? 3 : 1);
        }
        const Snapshot snapshot(series);
        QList<YearMonth> breaks;
        for (const Finding &f : findFindings(snapshot, {workforce}, settings)) {
            if (f.kind == FindingKind::Break)
                breaks.append(f.period);
        }
        std::sort(breaks.begin(), breaks.end());
        EXPECT_EQ(breaks, breaksByCopyAndSort(snapshot.series(workforce.code, u"VN"_s), settings)) << "trial " << trial;
        found += int(breaks.size());
    }
    EXPECT_GT(found, 30); // the series do break, often enough to tell
}
