// Numbers, shares and periods in each language's conventions (DESIGN.md, issue 2's examples).
#include "report/Formatter.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

Indicator revenue()
{
    Indicator i;
    i.code = u"revenue"_s;
    i.unit = Unit::BillionVnd;
    i.unitVi = u"tỷ đồng"_s;
    i.unitEn = u"billion VND"_s;
    return i;
}

class VietnameseFormatter : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(installTranslator(Language::Vietnamese)); }
    void TearDown() override { installTranslator(Language::English); }
};

} // namespace

TEST(Formatter, EnglishConventions)
{
    const Formatter f(Language::English);
    EXPECT_EQ(f.value(revenue(), 2067389), u"2,067,389"_s);
    EXPECT_EQ(f.valueWithUnit(revenue(), 2067389), u"2,067,389 billion VND"_s);
    EXPECT_EQ(f.share(0.49563743715195635), u"49.6%"_s);
    EXPECT_EQ(f.share(0.5890858622149164), u"58.9%"_s);
    EXPECT_EQ(f.statedPercent(24.55, true), u"+24.55%"_s);
    EXPECT_EQ(f.change({0.28074669527928897, false}), u"+28.1%"_s);
    EXPECT_EQ(f.change({-0.0866, false}), u"-8.7%"_s);
    EXPECT_EQ(f.change({5.3, true}), u"+5.3 pp"_s);
    // What rounds to nothing carries no sign (it read "-0.0 pp").
    EXPECT_EQ(f.change({-0.04, true}), u"0.0 pp"_s);
    EXPECT_EQ(f.change({-0.0004, false}), u"0.0%"_s);
    EXPECT_EQ(f.change({0.0006, false}), u"+0.1%"_s);
    EXPECT_EQ(f.period({2024, 6}), u"June 2024"_s);
}

TEST_F(VietnameseFormatter, VietnameseConventions)
{
    const Formatter f(Language::Vietnamese);
    EXPECT_EQ(f.value(revenue(), 2067389), u"2.067.389"_s);
    EXPECT_EQ(f.valueWithUnit(revenue(), 2067389), u"2.067.389 tỷ đồng"_s);
    EXPECT_EQ(f.share(0.49563743715195635), u"49,6%"_s);
    EXPECT_EQ(f.share(0.5890858622149164), u"58,9%"_s);
    EXPECT_EQ(f.statedPercent(25.8, true), u"+25,8%"_s);
    EXPECT_EQ(f.change({0.28074669527928897, false}), u"+28,1%"_s);
    EXPECT_EQ(f.change({5.3, true}), u"+5,3 điểm %"_s);
    EXPECT_EQ(f.period({2024, 6}), u"tháng 6/2024"_s);
    EXPECT_EQ(f.status(Status::Ahead), u"vượt tiến độ"_s);
}

TEST(Formatter, EnglishDocumentDate)
{
    EXPECT_EQ(Formatter(Language::English).documentDate(QDate(2026, 11, 29)), u"29 November 2026"_s);
    EXPECT_EQ(Formatter(Language::English).documentDate(QDate(2024, 3, 5)), u"5 March 2024"_s);
}

TEST_F(VietnameseFormatter, AdministrativeDocumentDate)
{
    // The form of an official document ("Hà Nội, ngày 29 tháng 11 năm 2026"), no weekday.
    EXPECT_EQ(Formatter(Language::Vietnamese).documentDate(QDate(2026, 11, 29)), u"ngày 29 tháng 11 năm 2026"_s);
    // Decree 30/2020/NĐ-CP: a zero before days below 10 and before months 1 and 2.
    EXPECT_EQ(Formatter(Language::Vietnamese).documentDate(QDate(2024, 3, 5)), u"ngày 05 tháng 3 năm 2024"_s);
    EXPECT_EQ(Formatter(Language::Vietnamese).documentDate(QDate(2025, 2, 1)), u"ngày 01 tháng 02 năm 2025"_s);
}

TEST(Formatter, EnglishMonthsOnAnAxis)
{
    const Formatter format(Language::English);
    EXPECT_EQ(format.shortMonth(1), u"Jan"_s);
    EXPECT_EQ(format.shortMonth(12), u"Dec"_s);
}

TEST_F(VietnameseFormatter, VietnameseMonthsOnAnAxis)
{
    const Formatter format(Language::Vietnamese);
    EXPECT_EQ(format.shortMonth(1), u"T1"_s);
    EXPECT_EQ(format.shortMonth(12), u"T12"_s);
}

TEST(Formatter, EnglishMonthNamesForThePicker)
{
    const Formatter format(Language::English);
    EXPECT_EQ(format.monthName(8), u"August"_s);
    EXPECT_EQ(format.monthName(1), u"January"_s);
}

TEST_F(VietnameseFormatter, VietnameseMonthNamesForThePicker)
{
    const Formatter format(Language::Vietnamese);
    EXPECT_EQ(format.monthName(8), u"Tháng 8"_s);
    EXPECT_EQ(format.monthName(12), u"Tháng 12"_s);
}

TEST(Formatter, ForecastsToThreeSignificantFigures)
{
    const Formatter format(Language::English);
    const Indicator money = revenue();
    // 4,245,287 billion: 4.245287 million → 4.25; the range in the scale of its upper end.
    EXPECT_EQ(format.approximate(money, 4245287), u"4.25 million billion VND"_s);
    EXPECT_EQ(format.approximateRange(money, 3431921, 5251420), u"3.43 – 5.25 million billion VND"_s);
    // Below a million: whole numbers rounded to three figures (314,347 → 314,000; 124,653 → 125,000).
    EXPECT_EQ(format.approximate(money, 314347), u"314,000 billion VND"_s);
    EXPECT_EQ(format.approximate(money, 124653), u"125,000 billion VND"_s);
    EXPECT_EQ(format.approximateRange(money, 100771, 154196), u"101,000 – 154,000 billion VND"_s);
    EXPECT_EQ(format.approximateRange(money, 793535, 1214242), u"0.79 – 1.21 million billion VND"_s);
    Indicator fibre;
    fibre.unit = Unit::Percent;
    fibre.decimals = 2;
    EXPECT_EQ(format.approximate(fibre, 84.78), u"84.8%"_s);
    EXPECT_EQ(format.approximateRange(fibre, 84.07, 85.5), u"84.1 – 85.5%"_s);
}

TEST_F(VietnameseFormatter, ForecastsToThreeSignificantFiguresInVietnamese)
{
    const Formatter format(Language::Vietnamese);
    EXPECT_EQ(format.approximate(revenue(), 4245287), u"4,25 triệu tỷ đồng"_s);
    EXPECT_EQ(format.approximate(revenue(), 314347), u"314.000 tỷ đồng"_s);
}
