// What a dashboard card draws beyond the KPI row: variance in pp, forecast as a share of the
// plan, the bullet bar's marks and the sparkline, pinned against hand calculations on the
// bundled dataset as known for the August 2024 briefing.
#include "TestDatabase.h"
#include "analytics/KpiCardFigures.h"
#include "analytics/OverviewRows.h"
#include "session/Analysis.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

KpiCardFigures figuresOf(const Analysis &analysis, const QString &code)
{
    return kpiCardFigures(*analysis.row(code), analysis.snapshot(), analysis.forecasts(), analysis.period(), analysis.region());
}

} // namespace

TEST(KpiCardFigures, BulletEndLeavesRoomAfterTheLargestMark)
{
    // max(1, marks) + 0.05, up to a tenth.
    EXPECT_DOUBLE_EQ(bulletEnd(0.5, 0.6, 0.9), 1.1);        // the plan is the largest: 1.05 → 1.1
    EXPECT_DOUBLE_EQ(bulletEnd(1.05, std::nullopt, std::nullopt), 1.1); // 1.10 exactly stays 1.1
    EXPECT_DOUBLE_EQ(bulletEnd(0.7, 0.66, 1.0178), 1.1);   // 1.0678 → 1.1
    EXPECT_DOUBLE_EQ(bulletEnd(1.0503, 0.9867, 1.0513), 1.2); // 1.1013 → 1.2
    EXPECT_DOUBLE_EQ(bulletEnd(2.31, std::nullopt, 2.0), 2.4);  // 2.36 → 2.4
}

TEST(KpiCardFigures, RevenueInAugust2024)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 8}});
    const KpiCardFigures card = figuresOf(analysis, u"revenue"_s);

    // 2.820.865 of the plan 4.171.172 = 67,6276 %. No source gives 8M-2023: it is derived from
    // the stated +23,7 %, 2.820.865 / 1,237 = 2.280.408, which is 60,9049 % of 2023's 3.744.214:
    // the expected pace. 6,7228 pp ahead.
    const double expected = 2820865.0 / 1.237 / 3744214.0;
    ASSERT_TRUE(card.variancePoints);
    EXPECT_NEAR(*card.variancePoints, (2820865.0 / 4171172.0 - expected) * 100.0, 1e-9);
    EXPECT_NEAR(*card.variancePoints, 6.7228, 1e-4);
    // Growth is only stated (+23,7 %): up.
    EXPECT_EQ(card.direction, 1);

    ASSERT_TRUE(card.forecast && card.forecastShareOfPlan);
    EXPECT_NEAR(*card.forecastShareOfPlan, *card.forecast / 4171172.0, 1e-12);
    // The preferred forecast shown on the card, 4.351.709 (the combination: test_main_window
    // adds it up by hand), is 104,33 % of the plan.
    EXPECT_NEAR(*card.forecast, 4351709, 1);
    EXPECT_NEAR(*card.forecastShareOfPlan, 1.04328, 1e-5);
    EXPECT_EQ(card.forecastFromMonth, 8);

    ASSERT_TRUE(card.bullet);
    EXPECT_NEAR(card.bullet->value, 0.676276, 1e-6);
    ASSERT_TRUE(card.bullet->expected);
    EXPECT_NEAR(*card.bullet->expected, expected, 1e-12);
    EXPECT_DOUBLE_EQ(card.bullet->end, 1.1); // 1.0433 + 0.05 = 1.0933 → 1.1

    // The year-to-date path: the 2024 cut-offs known in August, and 2023's.
    QList<double> months;
    for (const QPointF &p : card.sparkline.thisYear)
        months.append(p.x());
    EXPECT_EQ(months, (QList<double>{2, 3, 4, 6, 8}));
    EXPECT_EQ(card.sparkline.thisYear.constLast(), QPointF(8, 2820865));
    EXPECT_EQ(card.sparkline.lastYear.constLast(), QPointF(12, 3744214));
    EXPECT_EQ(card.sparkline.low, 0);
    EXPECT_EQ(card.sparkline.high, 4171172); // the plan is above every figure
}

TEST(KpiCardFigures, LevelOnItsStraightPath)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 8}});
    const KpiCardFigures card = figuresOf(analysis, u"mobile_broadband_per100"_s);
    // May reading 91,9 of the target 87,5 = 105,029 %; the path from December's 85,5:
    // (85,5 + (87,5 − 85,5)·5/12) / 87,5 = 98,667 %; 6,362 pp ahead.
    ASSERT_TRUE(card.variancePoints);
    EXPECT_NEAR(*card.variancePoints, 6.3619, 1e-4);
    ASSERT_TRUE(card.bullet && card.bullet->expected);
    EXPECT_NEAR(card.bullet->value, 91.9 / 87.5, 1e-12);
    EXPECT_NEAR(*card.bullet->expected, (85.5 + 2.0 * 5 / 12) / 87.5, 1e-12);
    EXPECT_DOUBLE_EQ(card.bullet->end, 1.2); // the largest mark is past 1.05
    ASSERT_TRUE(card.forecastShareOfPlan);
    EXPECT_NEAR(*card.forecastShareOfPlan, *card.forecast / 87.5, 1e-12);
    // A level's sparkline spans its own range with a tenth of it as margin, not from zero.
    EXPECT_GT(card.sparkline.low, 80);
    EXPECT_LT(card.sparkline.high, 95);
}

TEST(KpiCardFigures, NoVarianceWhereTheStatusIsWithheld)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 8}});
    ASSERT_EQ(analysis.row(u"workforce"_s)->status, Status::Unknown); // its base, December 2023, is flagged
    const KpiCardFigures card = figuresOf(analysis, u"workforce"_s);
    EXPECT_FALSE(card.variancePoints);
    ASSERT_TRUE(card.bullet);
    EXPECT_NEAR(card.bullet->value, 1539364.0 / 1581662.0, 1e-12); // 97,33 %
    EXPECT_FALSE(card.bullet->expected); // no pace drawn from a doubted base
}

TEST(KpiCardFigures, NothingToDrawWithoutAPlanOrFigure)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 8}});
    const KpiCardFigures card = figuresOf(analysis, u"smartphone_users_pct"_s); // a plan, no 2024 reading
    EXPECT_FALSE(card.bullet);
    EXPECT_FALSE(card.variancePoints);
    EXPECT_TRUE(card.sparkline.thisYear.isEmpty());
}

TEST(OverviewRows, SortedByVarianceThenWithoutStatusThenWithoutBullet)
{
    TestDatabase db;
    Analysis analysis(*db.store, AnalysisSettings{.period = YearMonth{2024, 8}});
    const QList<OverviewRow> rows = overviewRows(analysis.kpis(), analysis.forecasts());
    QStringList codes;
    for (const OverviewRow &r : rows)
        codes.append(r.row->indicator.code);
    // Variances by hand. The flows' 8M-2023 derived from the stated growth, as a share of 2023's
    // total: budget 81.742/101.593 − (81.742/1,255)/99.323 = +14,88 pp; GDP 651.374/938.136 −
    // (651.374/1,203)/887.398 = +8,42; revenue +6,72; mobile broadband against the straight
    // path +6,36; profit (no 2023 total) against 8/12: 208.210/302.400 − 0,6667 = +2,18. Then
    // workforce (a bullet, its status withheld), then the rest.
    EXPECT_EQ(codes.mid(0, 6), (QStringList{u"state_budget"_s, u"gdp_contribution"_s, u"revenue"_s, u"mobile_broadband_per100"_s,
                                            u"profit"_s, u"workforce"_s}));
    EXPECT_NEAR(*rows[0].figures.variancePoints, (81742.0 / 101593.0 - 81742.0 / 1.255 / 99323.0) * 100.0, 1e-9);
    EXPECT_NEAR(*rows[1].figures.variancePoints, (651374.0 / 938136.0 - 651374.0 / 1.203 / 887398.0) * 100.0, 1e-9);
    EXPECT_NEAR(*rows[4].figures.variancePoints, (208210.0 / 302400.0 - 8.0 / 12.0) * 100.0, 1e-9);
    EXPECT_EQ(rows[5].missing, OverviewRow::Missing::None);
    EXPECT_FALSE(rows[5].figures.variancePoints);
    // Why the others have no bullet: fibre has a May reading but no plan stored; smartphones a
    // plan but no 2024 reading.
    for (const OverviewRow &r : rows.mid(6)) {
        EXPECT_NE(r.missing, OverviewRow::Missing::None) << r.row->indicator.code.toStdString();
        if (r.row->indicator.code == u"fibre_households_pct"_s) {
            EXPECT_EQ(r.missing, OverviewRow::Missing::NoPlan);
        }
        if (r.row->indicator.code == u"smartphone_users_pct"_s) {
            EXPECT_EQ(r.missing, OverviewRow::Missing::NoFigure);
        }
    }
    EXPECT_EQ(rows.size(), analysis.kpis().rows.size());
}
