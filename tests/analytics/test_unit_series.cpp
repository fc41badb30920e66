// A province formed on 1 July 2025 read across the merger: its earlier months are the sums of
// the old provinces it absorbed (hand-calculated below), shares get no value without weights.
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "analytics/UnitSeries.h"
#include "io/FigureImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Lào Cai (10) and Yên Bái (15) before the merger, the new Lào Cai (15) after it.
void addLaoCaiAndYenBai(TestDatabase &db)
{
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,10,2023,6,80,actual,https://so.vn/lc,,,,\n"
                           "value,revenue,15,2023,6,200,actual,https://so.vn/yb,,,,\n"
                           "value,revenue,10,2024,6,100,actual,https://so.vn/lc,,,,\n"
                           "value,revenue,10,2024,6,90,reported,https://so.vn/lc-paper,,,,\n" // not preferred
                           "value,revenue,15,2024,6,250,estimate,https://so.vn/yb,,,,\n"
                           "value,revenue,15,2024,3,120,actual,https://so.vn/yb,,,,\n"        // Lào Cai gave none
                           "value,revenue,10,2024,8,150,actual,https://so.vn/lc,,,,\n"
                           "value,revenue,15,2024,8,330,actual,https://so.vn/yb,,,,\n"
                           "value,workforce,10,2024,12,1000,actual,https://so.vn/lc,,,,\n"
                           "value,workforce,15,2024,12,1500,actual,https://so.vn/yb,,,,\n"
                           "value,fibre_households_pct,10,2024,12,70,measured,https://so.vn/lc,,,,\n"
                           "value,fibre_households_pct,15,2024,12,60,measured,https://so.vn/yb,,,,\n"
                           "plan,revenue,10,2024,12,300,,https://so.vn/lc,,,,\n"
                           "plan,revenue,15,2024,12,500,,https://so.vn/yb,,,,\n"
                           "stated_growth,revenue,15,2024,6,25,,https://so.vn/yb,,,,\n"
                           "value,revenue,15,2025,8,700,actual,https://so.vn/lc-new,,,,\n";
    const ImportReport report = FigureImporter(*db.store).importFile(db.write(u"lc.csv"_s, csv));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
}

std::optional<Figure> find(const QList<Figure> &figures, RecordKind kind, const QString &indicator, int year, int month)
{
    for (const Figure &f : figures) {
        if (f.kind == kind && f.indicator == indicator && f.year == year && f.month == month)
            return f;
    }
    return std::nullopt;
}

} // namespace

TEST(UnitSeries, ANewProvincesEarlierMonthsAreTheSumsOfTheOldOnesItAbsorbed)
{
    TestDatabase db(true);
    addLaoCaiAndYenBai(db);
    const UnitFigures laoCai = unitFigures(*db.store, u"15"_s, {2025, 8});
    const QList<Figure> &f = laoCai.figures;

    // 6/2024: Lào Cai's preferred 100 (actual, over the paper report's 90) + Yên Bái's 250.
    const auto june = find(f, RecordKind::Value, u"revenue"_s, 2024, 6);
    ASSERT_TRUE(june);
    EXPECT_DOUBLE_EQ(june->value, 350);
    EXPECT_EQ(june->region, u"15"_s);
    EXPECT_EQ(june->basis, Basis::Estimate); // the weaker of actual and estimate
    EXPECT_EQ(june->source.title, u"Chỉ Số: sum of the old units 10, 15"_s);
    EXPECT_EQ(june->note, u"10: 100; 15: 250"_s);
    EXPECT_DOUBLE_EQ(find(f, RecordKind::Value, u"revenue"_s, 2023, 6)->value, 280);      // 80 + 200
    EXPECT_DOUBLE_EQ(find(f, RecordKind::Value, u"revenue"_s, 2024, 8)->value, 480);      // 150 + 330
    EXPECT_DOUBLE_EQ(find(f, RecordKind::Value, u"workforce"_s, 2024, 12)->value, 2500);  // a count adds up
    EXPECT_DOUBLE_EQ(find(f, RecordKind::Plan, u"revenue"_s, 2024, 12)->value, 800);      // 300 + 500
    // Its own figure after the merger, as stored.
    EXPECT_DOUBLE_EQ(find(f, RecordKind::Value, u"revenue"_s, 2025, 8)->value, 700);
    // Not Yên Bái's alone, nor a sum missing Lào Cai, nor a share without weights, nor a
    // source's stated growth of one old province.
    EXPECT_FALSE(find(f, RecordKind::Value, u"revenue"_s, 2024, 3));
    EXPECT_FALSE(find(f, RecordKind::Value, u"fibre_households_pct"_s, 2024, 12));
    EXPECT_FALSE(find(f, RecordKind::StatedGrowth, u"revenue"_s, 2024, 6));
    EXPECT_EQ(f.size(), 6);
    ASSERT_EQ(laoCai.notes.size(), 2) << laoCai.notes.join(u'\n').toStdString();
    EXPECT_TRUE(laoCai.notes.join(u'\n').contains(u"revenue 3/2024: no sum, as 10 of the old units 10, 15 gave no figure."_s));
    EXPECT_TRUE(laoCai.notes.join(u'\n').contains(u"fibre_households_pct before 2025-07: "_s));
    EXPECT_TRUE(laoCai.notes.join(u'\n').contains(u"no such weights yet: no value is shown"_s));

    // Read at a month before the merger, 15 is Yên Bái: its own figures as stored.
    const UnitFigures yenBai = unitFigures(*db.store, u"15"_s, {2025, 6});
    EXPECT_DOUBLE_EQ(find(yenBai.figures, RecordKind::Value, u"revenue"_s, 2024, 6)->value, 250);
    EXPECT_DOUBLE_EQ(find(yenBai.figures, RecordKind::Value, u"revenue"_s, 2024, 3)->value, 120);
    EXPECT_TRUE(yenBai.notes.isEmpty());
}

TEST(UnitSeries, ASumIsKnownOnlyOnceEachOfItsPartsWas)
{
    // For the June 2024 briefing (what was published by the end of July) Yên Bái's 6/2024
    // figure (published 2024-07-20) was known and Lào Cai's (2024-08-25) was not: no sum then.
    TestDatabase db(true);
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,10,2024,6,100,actual,https://so.vn/lc,,2024-08-25,,\n"
                           "value,revenue,15,2024,6,250,actual,https://so.vn/yb,,2024-07-20,,\n";
    ASSERT_TRUE(FigureImporter(*db.store).importFile(db.write(u"lc.csv"_s, csv)).committed());
    EXPECT_FALSE(find(unitFigures(*db.store, u"15"_s, {2025, 8}, std::nullopt, YearMonth{2024, 6}).figures, RecordKind::Value,
                      u"revenue"_s, 2024, 6));
    const auto later = find(unitFigures(*db.store, u"15"_s, {2025, 8}, std::nullopt, YearMonth{2024, 7}).figures, RecordKind::Value,
                            u"revenue"_s, 2024, 6);
    ASSERT_TRUE(later);
    EXPECT_DOUBLE_EQ(later->value, 350);
    EXPECT_EQ(later->source.published, QDate(2024, 8, 25));
}

TEST(UnitSeries, TheReportOfANewProvinceComparesWithTheSumOfTheOldOnes)
{
    TestDatabase db(true);
    addLaoCaiAndYenBai(db);
    const QString path = db.path();
    db.store.reset();
    const ChisoRun run = runChiso({u"report"_s, u"--db"_s, path, u"--region"_s, u"15"_s, u"--year"_s, u"2025"_s, u"--month"_s, u"8"_s,
                                   u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QJsonObject revenue;
    for (const QJsonValue &row : report[u"rows"_s].toArray()) {
        if (row[u"indicator"_s].toString() == u"revenue"_s)
            revenue = row.toObject();
    }
    EXPECT_DOUBLE_EQ(revenue[u"current"_s][u"value"_s].toDouble(), 700);
    EXPECT_DOUBLE_EQ(revenue[u"previous"_s][u"value"_s].toDouble(), 480);
    EXPECT_NEAR(revenue[u"growth"_s].toDouble(), (700.0 / 480.0 - 1) * 100, 1e-9); // 45.83 %
    EXPECT_TRUE(run.err.contains(u"fibre_households_pct before 2025-07"_s)) << run.err.toStdString();
}
