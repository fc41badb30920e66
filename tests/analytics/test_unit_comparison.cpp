// Provinces compared on one indicator and month: ranks by value, growth and share of plan
// worked out by hand below (a merged province's growth against the sum of the old ones), the
// reported-against-measured gaps, and the tile map's layouts.
#include "TestDatabase.h"
#include "analytics/UnitComparison.h"
#include "analytics/UnitTiles.h"
#include "io/BundledUnits.h"
#include "io/FigureImporter.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// August 2025 and 2024. Hà Nội (01): 1000 against 800, plan 2000. TP. Hồ Chí Minh (79), formed
/// from 74, 77 and 79: 1500 against 300 + 200 + 700 = 1200, plan 2500. Lào Cai (15), formed from
/// 10 and 15: 700 against 150 + 330 = 480, plan 1400. Cao Bằng (04): 100, nothing to compare.
/// Fibre households: Hà Nội reported 30 % and 17 % was measured; Hải Phòng 60 and 65; Đà Nẵng
/// only measured.
void addFigures(TestDatabase &db)
{
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,01,2025,8,1000,actual,https://so.vn/hn,,,,\n"
                           "value,revenue,01,2025,6,700,actual,https://so.vn/hn,,,,\n"
                           "value,revenue,01,2024,8,800,actual,https://so.vn/hn,,,,\n"
                           "plan,revenue,01,2025,12,2000,,https://so.vn/hn,,,,\n"
                           "value,revenue,79,2025,8,1500,actual,https://so.vn/hcm,,,,\n"
                           "value,revenue,74,2024,8,300,actual,https://so.vn/bd,,,,\n"
                           "value,revenue,77,2024,8,200,actual,https://so.vn/vt,,,,\n"
                           "value,revenue,79,2024,8,700,actual,https://so.vn/hcm,,,,\n"
                           "plan,revenue,79,2025,12,2500,,https://so.vn/hcm,,,,\n"
                           "value,revenue,15,2025,8,700,actual,https://so.vn/lc,,,,\n"
                           "value,revenue,10,2024,8,150,actual,https://so.vn/lc,,,,\n"
                           "value,revenue,15,2024,8,330,actual,https://so.vn/yb,,,,\n"
                           "plan,revenue,15,2025,12,1400,,https://so.vn/lc,,,,\n"
                           "value,revenue,04,2025,8,100,actual,https://so.vn/cb,,,,\n"
                           "value,fibre_households_pct,01,2025,8,30,reported,https://so.vn/hn-paper,,,,\n"
                           "value,fibre_households_pct,01,2025,8,17,measured,https://vnnic.vn/hn,,,,\n"
                           "value,fibre_households_pct,31,2025,8,60,reported,https://so.vn/hp-paper,,,,\n"
                           "value,fibre_households_pct,31,2025,8,65,measured,https://vnnic.vn/hp,,,,\n"
                           "value,fibre_households_pct,48,2025,8,70,measured,https://vnnic.vn/dn,,,,\n";
    const ImportReport report = FigureImporter(*db.store).importFile(db.write(u"units.csv"_s, csv));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
}

const UnitStanding &standing(const QList<UnitStanding> &rows, const QString &code)
{
    const auto found = std::find_if(rows.cbegin(), rows.cend(), [&code](const UnitStanding &row) { return row.unit.code == code; });
    EXPECT_NE(found, rows.cend()) << code.toStdString();
    return *found;
}

} // namespace

TEST(UnitComparison, ProvincesAreRankedByValueGrowthAndShareOfPlanWithAMergedProvinceAgainstItsOldParts)
{
    TestDatabase db(true);
    addFigures(db);
    const UnitComparison comparison(*db.store, {2025, 8});
    const QList<UnitStanding> rows = comparison.standings(*db.store->indicator(u"revenue"_s));
    ASSERT_EQ(rows.size(), 34); // every province of August 2025, with a value or not

    // The largest value first, then those without a value in code order.
    QStringList order;
    for (qsizetype i = 0; i < 5; ++i)
        order.append(rows[i].unit.code);
    EXPECT_EQ(order, (QStringList{u"79"_s, u"01"_s, u"15"_s, u"04"_s, u"08"_s}));

    const UnitStanding &hcm = standing(rows, u"79"_s);
    EXPECT_DOUBLE_EQ(*hcm.lastYear, 1200.0); // 300 + 200 + 700
    EXPECT_DOUBLE_EQ(hcm.growth->value, 0.25);
    EXPECT_DOUBLE_EQ(*hcm.planShare, 0.6);
    EXPECT_EQ(std::tuple(hcm.valueRank, hcm.growthRank, hcm.planShareRank), std::tuple(1, 2, 1));

    const UnitStanding &laoCai = standing(rows, u"15"_s);
    EXPECT_DOUBLE_EQ(*laoCai.lastYear, 480.0); // 150 + 330, not the old 15's 330
    EXPECT_DOUBLE_EQ(laoCai.growth->value, 700.0 / 480.0 - 1.0);
    EXPECT_DOUBLE_EQ(*laoCai.planShare, 0.5);
    EXPECT_EQ(std::tuple(laoCai.valueRank, laoCai.growthRank, laoCai.planShareRank), std::tuple(3, 1, 2));

    const UnitStanding &hanoi = standing(rows, u"01"_s);
    EXPECT_DOUBLE_EQ(hanoi.growth->value, 0.25); // level with Hồ Chí Minh City: both rank 2
    EXPECT_EQ(std::tuple(hanoi.valueRank, hanoi.growthRank, hanoi.planShareRank), std::tuple(2, 2, 2));
    EXPECT_EQ(hanoi.yearToDate, (QList<std::pair<int, double>>{{6, 700.0}, {8, 1000.0}}));

    const UnitStanding &caoBang = standing(rows, u"04"_s);
    EXPECT_EQ(std::tuple(caoBang.valueRank, caoBang.growthRank, caoBang.planShareRank), std::tuple(4, 0, 0));
    EXPECT_FALSE(caoBang.growth);
    EXPECT_FALSE(standing(rows, u"96"_s).value);
    EXPECT_EQ(standing(rows, u"96"_s).valueRank, 0);
}

TEST(UnitComparison, ARankComesFromTheFiguresAboveItAndEqualFiguresShareIt)
{
    EXPECT_EQ(competitionRanks({3.0, std::nullopt, 5.0, 3.0, 1.0}), (QList<int>{2, 0, 1, 2, 4}));
    EXPECT_EQ(competitionRanks({}), QList<int>{});
}

TEST(UnitComparison, AMonthBeforeTheMergerComparesTheSixtyThreeProvinces)
{
    TestDatabase db(true);
    addFigures(db);
    const QList<UnitStanding> rows = UnitComparison(*db.store, {2024, 8}).standings(*db.store->indicator(u"revenue"_s));
    ASSERT_EQ(rows.size(), 63);
    // Hà Nội 800, the old Hồ Chí Minh City alone 700, Yên Bái 330, Bình Dương 300.
    QStringList order;
    for (qsizetype i = 0; i < 4; ++i)
        order.append(rows[i].unit.code);
    EXPECT_EQ(order, (QStringList{u"01"_s, u"79"_s, u"15"_s, u"74"_s}));
    EXPECT_EQ(rows[2].unit.nameEn, u"Yen Bai"_s);
    EXPECT_FALSE(rows[0].growth); // nothing for 8/2023
}

TEST(UnitComparison, ReportedAgainstMeasuredListsTheLargestGapFirstWithBothSources)
{
    TestDatabase db(true);
    addFigures(db);
    const QList<SourceGap> gaps = UnitComparison(*db.store, {2025, 8}).gaps(*db.store->indicator(u"fibre_households_pct"_s));
    ASSERT_EQ(gaps.size(), 2); // Đà Nẵng has one source only
    EXPECT_EQ(gaps[0].unit.code, u"01"_s);
    EXPECT_DOUBLE_EQ(gaps[0].reported.value, 30.0);
    EXPECT_EQ(gaps[0].reported.source.url, u"https://so.vn/hn-paper"_s);
    EXPECT_DOUBLE_EQ(gaps[0].measured.value, 17.0);
    EXPECT_EQ(gaps[0].measured.source.url, u"https://vnnic.vn/hn"_s);
    EXPECT_DOUBLE_EQ(gaps[0].gap, -13.0);
    EXPECT_DOUBLE_EQ(*gaps[0].relativeGap, -13.0 / 30.0);
    EXPECT_EQ(gaps[1].unit.code, u"31"_s);
    EXPECT_DOUBLE_EQ(gaps[1].gap, 5.0);
    EXPECT_TRUE(UnitComparison(*db.store, {2025, 8}).gaps(*db.store->indicator(u"revenue"_s)).isEmpty());
}

namespace {

void expectATileEachOnItsOwnCell(YearMonth period, qsizetype provinces)
{
    const UnitCatalogue catalogue = bundledUnitCatalogue();
    const TileLayout layout = tileLayout(catalogue, period);
    ASSERT_EQ(layout.tiles.size(), provinces);
    QSet<std::pair<int, int>> cells;
    for (const UnitTile &tile : layout.tiles) {
        EXPECT_TRUE(tile.column >= 0 && tile.column < layout.columns && tile.row >= 0 && tile.row < layout.rows) << tile.code.toStdString();
        EXPECT_FALSE(cells.contains({tile.column, tile.row})) << tile.code.toStdString() << " shares its cell";
        cells.insert({tile.column, tile.row});
    }
    // Near its place: of two provinces two degrees of latitude apart or more, the northern one is
    // never on a lower row; Hà Nội is north of Đà Nẵng, which is north of Hồ Chí Minh City.
    const auto latitude = [&](const QString &code) {
        const ReportingUnit *unit = catalogue.find(code, period);
        if (unit->centreLat)
            return *unit->centreLat;
        for (const UnitMerger &merger : catalogue.mergers()) {
            if (merger.oldCode == code)
                return *catalogue.find(merger.newCode, {2025, 7})->centreLat;
        }
        return 0.0;
    };
    for (const UnitTile &a : layout.tiles) {
        for (const UnitTile &b : layout.tiles) {
            if (latitude(a.code) > latitude(b.code) + 2.0) {
                EXPECT_LE(a.row, b.row) << a.code.toStdString() << " north of " << b.code.toStdString();
            }
        }
    }
    EXPECT_LT(layout.find(u"01"_s)->row, layout.find(u"48"_s)->row);
    EXPECT_LT(layout.find(u"48"_s)->row, layout.find(u"79"_s)->row);
    // Readable: no more cells than about four times the provinces.
    EXPECT_LE(layout.columns * layout.rows, 6 * provinces);
}

} // namespace

TEST(UnitTiles, TheThirtyFourProvincesEachHaveACellOfTheirOwnNearTheirPlace)
{
    expectATileEachOnItsOwnCell({2025, 7}, 34);
}

TEST(UnitTiles, TheSixtyThreeProvincesEachHaveACellOfTheirOwnNearTheirPlace)
{
    expectATileEachOnItsOwnCell({2025, 6}, 63);
}
