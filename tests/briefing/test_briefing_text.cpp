// The written summary, on its own: growth up, down and flat, no plan, no last year, and
// stated figures that do or do not agree with the computed ones.
#include "analytics/StatedFigures.h"
#include "briefing/BriefingText.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

Indicator revenue()
{
    Indicator i;
    i.code = u"revenue"_s;
    i.kind = IndicatorKind::Flow;
    i.unit = Unit::BillionVnd;
    i.nameVi = u"Doanh thu toàn ngành"_s;
    i.nameEn = u"Sector revenue"_s;
    i.unitVi = u"tỷ đồng"_s;
    i.unitEn = u"billion VND"_s;
    return i;
}

Figure figure(RecordKind kind, int year, int month, double value)
{
    Figure f;
    f.kind = kind;
    f.indicator = u"revenue"_s;
    f.region = u"VN"_s;
    f.year = year;
    f.month = month;
    f.value = value;
    f.basis = kind == RecordKind::Value ? Basis::Estimate : Basis::None;
    return f;
}

/// The June 2024 revenue row as the report computes it.
KpiRow juneRevenue()
{
    KpiRow row;
    row.indicator = revenue();
    row.current = figure(RecordKind::Value, 2024, 6, 2067389);
    row.previous = figure(RecordKind::Value, 2023, 6, 1614206);
    row.growth = Change{2067389.0 / 1614206.0 - 1.0, false};
    row.statedGrowth = figure(RecordKind::StatedGrowth, 2024, 6, 27);
    row.plan = figure(RecordKind::Plan, 2024, 12, 4171172);
    row.share = 2067389.0 / 4171172.0;
    row.statedShare = figure(RecordKind::StatedShare, 2024, 6, 50);
    row.pace = Pace{1614206.0 / 3744214.0, Pace::Basis::LastYearProfile};
    row.status = Status::Ahead;
    return row;
}

class BriefingVietnamese : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(installTranslator(Language::Vietnamese)); }
    void TearDown() override { installTranslator(Language::English); }
};

} // namespace

TEST(StatedFigures, AgreeAtTheStatedPrecision)
{
    EXPECT_TRUE(statedAgrees(49, 49.4));   // rounding, not a finding
    EXPECT_TRUE(statedAgrees(50, 49.56));
    EXPECT_FALSE(statedAgrees(61, 58.9));  // 6M-2024 budget: stated 61 %, computed 58.9 %
    EXPECT_FALSE(statedAgrees(49, 50.84)); // 6M-2024 GDP
    EXPECT_TRUE(statedAgrees(24.55, 24.554));
    EXPECT_FALSE(statedAgrees(24.55, 24.57));
    EXPECT_FALSE(statedAgrees(22.5, 22.36));
}

TEST(BriefingText, EnglishParagraphWithStatedGrowthThatDisagrees)
{
    const QString text = BriefingText::paragraph(juneRevenue(), {}, 2024, Formatter(Language::English));
    EXPECT_EQ(text, u"Sector revenue in the first 6 months of 2024 is estimated at 2,067,389 billion VND, up 28.1% on the same "
                     "period of 2023 (the source states +27%), and 49.6% of the plan for the year (4,171,172 billion VND), ahead "
                     "of the expected pace (43.1%)."_s);
}

TEST_F(BriefingVietnamese, VietnameseParagraphInTheReportsStyle)
{
    const QString text = BriefingText::paragraph(juneRevenue(), {}, 2024, Formatter(Language::Vietnamese));
    EXPECT_EQ(text, u"Doanh thu toàn ngành 6 tháng đầu năm 2024 ước đạt 2.067.389 tỷ đồng, tăng 28,1% so với cùng kỳ năm 2023 "
                     "(nguồn công bố +27%) và đạt 49,6% kế hoạch năm (4.171.172 tỷ đồng), vượt tiến độ kỳ vọng (43,1%)."_s);
}

TEST(BriefingText, StatedShareThatDisagreesIsSaid)
{
    KpiRow row = juneRevenue();
    row.statedShare->value = 61;
    const QString text = BriefingText::paragraph(row, {}, 2024, Formatter(Language::English));
    EXPECT_TRUE(text.contains(u"the source states 61% of the plan"_s)) << text.toStdString();
    row.statedShare->value = 50; // 49.6 % rounds to 50 %: nothing to say
    EXPECT_FALSE(BriefingText::paragraph(row, {}, 2024, Formatter(Language::English)).contains(u"of the plan;"_s));
}

TEST(BriefingText, GrowthDownAndFlat)
{
    KpiRow row = juneRevenue();
    row.statedGrowth.reset();
    row.growth = Change{-0.0866, false};
    EXPECT_TRUE(BriefingText::paragraph(row, {}, 2024, Formatter(Language::English)).contains(u"down 8.7% on the same period of 2023"_s));
    row.growth = Change{0.0002, false};
    EXPECT_TRUE(BriefingText::paragraph(row, {}, 2024, Formatter(Language::English)).contains(u"level with the same period of 2023"_s));
}

TEST(BriefingText, NoLastYearAndNoPlan)
{
    KpiRow row = juneRevenue();
    row.previous.reset();
    row.growth.reset();
    row.statedGrowth.reset();
    row.plan.reset();
    row.share.reset();
    row.pace.reset();
    const QString text = BriefingText::paragraph(row, {}, 2024, Formatter(Language::English));
    EXPECT_TRUE(text.contains(u"with no figure for the same period of 2023 to compare"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"No plan for 2024 has been stated."_s));
}

TEST(BriefingText, NothingToSayWithoutAFigure)
{
    KpiRow row = juneRevenue();
    row.current.reset();
    EXPECT_TRUE(BriefingText::paragraph(row, {}, 2024, Formatter(Language::English)).isEmpty());
}

TEST(BriefingText, ForecastSentence)
{
    FlowForecast forecast;
    forecast.indicator = revenue();
    MethodForecast m;
    m.point.method = FlowMethod::SeasonalNaive;
    m.point.value = 4197397;
    m.interval80 = Interval{3939621, 4472040};
    m.shareOfPlan = 4197397.0 / 4171172.0;
    m.probabilityMeetingPlan = 0.566;
    forecast.methods = {m};
    forecast.preferred = FlowMethod::SeasonalNaive;
    ForecastReport forecasts;
    forecasts.flows = {forecast};
    const QString text = BriefingText::paragraph(juneRevenue(), forecasts, 2024, Formatter(Language::English));
    // Rounded to three figures: 4,197,397 → 4.20 million; 3,939,621 – 4,472,040 → 3.94 – 4.47 million.
    EXPECT_TRUE(text.endsWith(u"Year-end forecast: about 4.20 million billion VND (80% interval 3.94 – 4.47 million billion VND), 100.6% of "
                               "the plan; chance of meeting the plan: 57% (method: seasonal naive)."_s))
        << text.toStdString();
}

TEST(BriefingText, StatedGrowthWhereLastYearIsMissing)
{
    KpiRow row = juneRevenue();
    row.previous.reset();
    row.growth.reset();
    row.statedGrowth->value = 23.7;
    const QString text = BriefingText::paragraph(row, {}, 2024, Formatter(Language::English));
    EXPECT_TRUE(text.contains(u", up 23.7% on the same period of 2023 as the source states"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"no figure for the same period"_s)) << text.toStdString();
    row.statedGrowth->value = -4.5;
    EXPECT_TRUE(BriefingText::paragraph(row, {}, 2024, Formatter(Language::English))
                    .contains(u", down 4.5% on the same period of 2023 as the source states"_s));
}

TEST_F(BriefingVietnamese, StatedGrowthWhereLastYearIsMissing)
{
    KpiRow row = juneRevenue();
    row.previous.reset();
    row.growth.reset();
    row.statedGrowth->value = 23.7;
    const QString text = BriefingText::paragraph(row, {}, 2024, Formatter(Language::Vietnamese));
    EXPECT_TRUE(text.contains(u"tăng 23,7% so với cùng kỳ năm 2023 theo số liệu nguồn công bố"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"chưa có số liệu cùng kỳ"_s)) << text.toStdString();
}

TEST(BriefingText, StatusOnACalendarPaceOrAFlaggedBaseIsSaid)
{
    KpiRow row = juneRevenue();
    row.pace = Pace{0.5, Pace::Basis::Calendar};
    row.status = Status::OnTrack;
    row.statusNote = KpiRow::StatusNote::CalendarFallback;
    QString text = BriefingText::paragraph(row, {}, 2024, Formatter(Language::English));
    EXPECT_TRUE(text.contains(u"on track (expected 50.0%), measured against the share of the year elapsed (m/12)"_s)) << text.toStdString();

    row.status = Status::Unknown;
    row.statusNote = KpiRow::StatusNote::FlaggedBase;
    row.flaggedBase = YearMonth{2023, 12};
    text = BriefingText::paragraph(row, {}, 2024, Formatter(Language::English));
    EXPECT_TRUE(text.contains(u"not assessed, as the figure of 12/2023 it would be measured from is flagged as a break"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"on track"_s));
}

TEST_F(BriefingVietnamese, AUnitsBriefingSaysWhoseItIs)
{
    const Formatter format(Language::Vietnamese);
    EXPECT_EQ(BriefingText::title({2024, 6}, format), BriefingText::title({2024, 6}, format, u"VN"_s));
    EXPECT_FALSE(BriefingText::title({2024, 6}, format).contains(u"VN"_s));
    const QString unit = BriefingText::title({2024, 6}, format, u"HN"_s);
    EXPECT_TRUE(unit.startsWith(BriefingText::title({2024, 6}, format))) << unit.toStdString();
    EXPECT_TRUE(unit.contains(u"(địa bàn HN)"_s)) << unit.toStdString();
}

TEST(BriefingText, HighlightsSayWhoIsAheadBehindAndWhereTheYearEnds)
{
    KpiReport report;
    report.period = {2024, 6};
    KpiRow revenueRow = juneRevenue(); // 49.56 % against 43.11 %: +6.45 pp, ahead
    KpiRow behindRow = juneRevenue();
    behindRow.indicator.nameEn = u"Sector profit"_s;
    behindRow.indicator.code = u"profit"_s;
    behindRow.share = 0.40;
    behindRow.pace = Pace{0.45, Pace::Basis::Calendar};
    behindRow.status = Status::Behind;
    behindRow.statusNote = KpiRow::StatusNote::CalendarFallback;
    KpiRow flagged = juneRevenue();
    flagged.indicator.nameEn = u"Sector workforce"_s;
    flagged.indicator.code = u"workforce"_s;
    flagged.status = Status::Unknown;
    flagged.statusNote = KpiRow::StatusNote::FlaggedBase;
    flagged.flaggedBase = YearMonth{2023, 12};
    report.rows = {revenueRow, behindRow, flagged};

    FlowForecast forecast;
    forecast.indicator = revenue();
    MethodForecast m;
    m.point.method = FlowMethod::RunRate;
    m.point.value = 3753870; // 90 % of 4,171,172 (rounded to the unit)
    forecast.methods = {m};
    forecast.preferred = FlowMethod::RunRate;
    ForecastReport forecasts;
    forecasts.flows = {forecast};

    const QStringList lines = BriefingText::highlights(report, forecasts, Formatter(Language::English));
    // 2,067,389 / 4,171,172 − 1,614,206 / 3,744,214 = 0.495637 − 0.431120 = +6.45 pp.
    EXPECT_EQ(lines, (QStringList{u"Behind the expected pace: Sector profit (-5.0 pp; m/12 pace)."_s,
                                  u"Forecast to fall short of the year's plan: Sector revenue (90.0%)."_s,
                                  u"Ahead of the expected pace: Sector revenue (+6.5 pp)."_s,
                                  u"Not assessed: Sector workforce (its base figure of 12/2023 is flagged as a break)."_s}));
}
