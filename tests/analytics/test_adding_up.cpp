// The provinces added up to the country's figure (sums; means weighted by households or
// population), the office's weights, the finding a gap beyond the tolerance makes, and the
// illustrative database whose provinces add up to the bundled national figures. Hand-calculated.
// Runs on a file and on the server.
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "analytics/Snapshot.h"
#include "analytics/UnitSeries.h"
#include "analytics/UnitWeightTable.h"
#include "check/FindingText.h"
#include "cycle/AddingUp.h"
#include "cycle/Submissions.h"
#include "io/DemoUnits.h"
#include "io/FigureImporter.h"
#include "io/WeightImporter.h"
#include "store/Review.h"
#include "store/StoreError.h"
#include "report/Formatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Header = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";

/// The 63 provinces of June 2024, in code order.
QStringList provincesOf(const Store &store, YearMonth at)
{
    QStringList codes;
    for (const ReportingUnit &unit : store.units().units()) {
        if (unit.kind == UnitKind::Province && unit.existsIn(at))
            codes.append(unit.code);
    }
    codes.sort();
    return codes;
}

void import(TestDatabase &db, const QByteArray &csv)
{
    const ImportReport report = FigureImporter(*db.store).importFile(db.write(u"figures.csv"_s, Header + csv));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
}

void importWeights(TestDatabase &db, const QByteArray &csv)
{
    const ImportReport report = WeightImporter(*db.store).importFile(db.write(u"weights.csv"_s, "basis,region,year,value,source_title\n" + csv));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
}

/// Revenue 10·(i+1) for the i-th of the 63 provinces (63·64/2·10 = 20,160 in all); fibre 50 %
/// in the first 62 with 100 households each and 80 % in the last with 2,000 households:
/// (62·100·50 + 2,000·80) / (6,200 + 2,000) = 470,000 / 8,200 = 57.317… % (an unweighted
/// mean would be 50.48 %).
void addJune2024(TestDatabase &db, double nationalRevenue, double nationalFibre)
{
    const QStringList provinces = provincesOf(*db.store, {2024, 6});
    ASSERT_EQ(provinces.size(), 63);
    QByteArray figures;
    QByteArray weights;
    for (int i = 0; i < provinces.size(); ++i) {
        const QByteArray code = provinces[i].toUtf8();
        figures += "value,revenue," + code + ",2024,6," + QByteArray::number(10 * (i + 1)) + ",actual,https://so.vn/" + code + ",,,,\n";
        figures += "value,fibre_households_pct," + code + ",2024,6," + (i < 62 ? "50" : "80") + ",actual,https://so.vn/" + code + ",,,,\n";
        weights += "households," + code + ",2024," + (i < 62 ? "100" : "2000") + ",Niên giám thống kê 2024\n";
    }
    figures += "value,revenue,VN,2024,6," + QByteArray::number(nationalRevenue) + ",estimate,https://mic.gov.vn/6t,,,,\n";
    figures += "value,fibre_households_pct,VN,2024,6," + QByteArray::number(nationalFibre) + ",estimate,https://mic.gov.vn/6t,,,,\n";
    import(db, figures);
    importWeights(db, weights);
}

const UnitsTotal *totalOf(const QList<UnitsTotal> &totals, const QString &indicator)
{
    for (const UnitsTotal &t : totals) {
        if (t.indicator.code == indicator)
            return &t;
    }
    return nullptr;
}
/// Not on a temporary list: the pointer would outlive it.
const UnitsTotal *totalOf(QList<UnitsTotal> &&, const QString &) = delete;

} // namespace

TEST(AddingUp, MoneyIsSummedAndSharesAreAveragedByTheirWeights)
{
    TestDatabase db(true);
    addJune2024(db, 20160, 57.3);
    const QList<UnitsTotal> totals = addUp(*db.store, 2024, {6});
    const UnitsTotal *revenue = totalOf(totals, u"revenue"_s);
    ASSERT_TRUE(revenue);
    EXPECT_EQ(revenue->method, AddUpMethod::Sum);
    EXPECT_TRUE(revenue->complete());
    EXPECT_EQ(revenue->counted, 63);
    EXPECT_DOUBLE_EQ(revenue->total, 20160);
    ASSERT_TRUE(revenue->gap());
    EXPECT_DOUBLE_EQ(*revenue->gap(), 0);
    const UnitsTotal *fibre = totalOf(totals, u"fibre_households_pct"_s);
    ASSERT_TRUE(fibre);
    EXPECT_EQ(fibre->method, AddUpMethod::WeightedMean);
    EXPECT_NEAR(fibre->total, 470000.0 / 8200.0, 1e-9);
    EXPECT_NEAR(*fibre->gap(), 57.3 - 470000.0 / 8200.0, 1e-9); // percentage points
    // Within the tolerances (0.5 % and 0.5 pp): no finding.
    EXPECT_TRUE(unitsTotalFindings(totals, CheckSettings{}).isEmpty());
}

TEST(AddingUp, AGapBeyondTheToleranceIsAFindingInCheckAndItsWordsSayBothFigures)
{
    TestDatabase db(true);
    addJune2024(db, 20300, 58.0); // 20,300 / 20,160 − 1 = +0.694 %; 58.0 − 57.317 = +0.68 pp
    const QList<Finding> findings = unitsTotalFindings(addUp(*db.store, 2024, {6}), CheckSettings{});
    ASSERT_EQ(findings.size(), 2);
    const Finding &revenue = findings[0].indicator == u"revenue" ? findings[0] : findings[1];
    EXPECT_EQ(revenue.kind, FindingKind::UnitsTotal);
    EXPECT_DOUBLE_EQ(revenue.found, 20300);
    EXPECT_DOUBLE_EQ(revenue.expected, 20160);
    EXPECT_NEAR(revenue.severity, 20300.0 / 20160.0 - 1.0, 1e-12);
    const QString text = FindingText::explanation(revenue, *db.store->indicator(u"revenue"_s), Formatter(Language::English));
    EXPECT_EQ(text, u"Sector revenue, 6/2024: the provinces add up to 20,160 billion VND; the national report says 20,300 billion VND (+0.7%)."_s);
    // A wider tolerance: no finding.
    CheckSettings wide;
    wide.unitsRelative = 0.01;
    wide.unitsPoints = 1.0;
    EXPECT_TRUE(unitsTotalFindings(addUp(*db.store, 2024, {6}), wide).isEmpty());

    const ChisoRun check = runChiso({u"check"_s, u"--db"_s, db.path(), u"--year"_s, u"2024"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(check.exitCode, 0) << check.err.toStdString();
    int unitsTotals = 0;
    for (const QJsonValue &f : QJsonDocument::fromJson(check.out.toUtf8()).object().value(u"findings"_s).toArray())
        unitsTotals += f.toObject().value(u"kind"_s).toString() == u"units_total" ? 1 : 0;
    EXPECT_EQ(unitsTotals, 2) << check.out.toStdString();

    const ChisoRun addup = runChiso({u"addup"_s, u"--db"_s, db.path(), u"--year"_s, u"2024"_s, u"--month"_s, u"6"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(addup.exitCode, 0) << addup.err.toStdString();
    bool seen = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(addup.out.toUtf8()).array()) {
        const QJsonObject row = v.toObject();
        if (row.value(u"indicator"_s).toString() != u"revenue")
            continue;
        seen = true;
        EXPECT_DOUBLE_EQ(row.value(u"total"_s).toDouble(), 20160);
        EXPECT_DOUBLE_EQ(row.value(u"national"_s).toDouble(), 20300);
        EXPECT_EQ(row.value(u"counted"_s).toInt(), 63);
        EXPECT_TRUE(row.value(u"finding"_s).toBool());
    }
    EXPECT_TRUE(seen) << addup.out.toStdString();
}

TEST(AddingUp, AnIncompleteTotalIsShownButIsNoFinding)
{
    TestDatabase db(true);
    addJune2024(db, 99999, 99.0);
    // One province's figure missing: Hà Nội's revenue removed.
    const QStringList provinces = provincesOf(*db.store, {2024, 6});
    Figure hanoi;
    for (const Figure &f : db.store->figures(u"01"_s)) {
        if (f.indicator == u"revenue")
            hanoi = f;
    }
    db.store->saveFigures({}, u"test"_s, {hanoi});
    const QList<UnitsTotal> totals = addUp(*db.store, 2024, {6});
    const UnitsTotal *revenue = totalOf(totals, u"revenue"_s);
    ASSERT_TRUE(revenue);
    EXPECT_FALSE(revenue->complete());
    EXPECT_EQ(revenue->withoutValue, QStringList{u"01"_s});
    EXPECT_EQ(revenue->counted, 62);
    EXPECT_DOUBLE_EQ(revenue->total, 20160 - 10); // Hà Nội is the first: 10
    EXPECT_FALSE(revenue->gap());
    EXPECT_TRUE(unitsTotalFindings({*revenue}, CheckSettings{}).isEmpty());
}

TEST(AddingUp, AWeightOfAnotherYearIsUsedAndSaidAndAMissingOneLeavesTheMeanIncomplete)
{
    TestDatabase db(true);
    addJune2024(db, 20160, 57.3);
    // The 2024 weights stand; asked for June 2025, they are the latest there are. The shares
    // differ, 50 + i mod 10 in the i-th province, so that which weights are used shows: the
    // first 62 (100 households each) hold six runs of 50…59 (6·545) and 50, 51; the last
    // (2,000 households) 52: (100·3,371 + 2,000·52) / 8,200 = 53.79… %.
    const QStringList provinces = provincesOf(*db.store, {2025, 6});
    QByteArray figures;
    double weighted = 0, households = 0;
    for (int i = 0; i < provinces.size(); ++i) {
        const int share = 50 + i % 10;
        const double w = i < 62 ? 100 : 2000;
        weighted += w * share;
        households += w;
        figures += "value,fibre_households_pct," + provinces[i].toUtf8() + ",2025,6," + QByteArray::number(share) + ",actual,https://so.vn/x,,,,\n";
    }
    import(db, figures);
    const QList<UnitsTotal> fibreTotals = addUp(*db.store, 2025, {6}); // kept: totalOf points into it
    const UnitsTotal *fibre = totalOf(fibreTotals, u"fibre_households_pct"_s);
    ASSERT_TRUE(fibre);
    EXPECT_EQ(fibre->weightYears, QList<int>{2024});
    EXPECT_NEAR(fibre->total, weighted / households, 1e-9);
    EXPECT_NEAR(weighted / households, (100.0 * (6 * 545 + 50 + 51) + 2000.0 * 52) / 8200.0, 1e-9);
    EXPECT_TRUE(fibre->complete());

    // Internet users have no weights at all: every province is without one.
    QByteArray internet;
    for (const QString &code : provincesOf(*db.store, {2024, 6}))
        internet += "value,internet_users_pct," + code.toUtf8() + ",2024,6,70,actual,https://so.vn/x,,,,\n";
    import(db, internet);
    const QList<UnitsTotal> usersTotals = addUp(*db.store, 2024, {6}); // kept: totalOf points into it
    const UnitsTotal *users = totalOf(usersTotals, u"internet_users_pct"_s);
    ASSERT_TRUE(users);
    EXPECT_EQ(users->withoutWeight.size(), 63);
    EXPECT_EQ(users->counted, 0);
    EXPECT_FALSE(users->complete());
}

TEST(AddingUp, OneProvinceWithoutAWeightLeavesTheMeanIncompleteAndNamesIt)
{
    TestDatabase db(true);
    const QStringList provinces = provincesOf(*db.store, {2024, 6});
    QByteArray figures, weights;
    for (int i = 0; i < provinces.size(); ++i) {
        figures += "value,internet_users_pct," + provinces[i].toUtf8() + ",2024,6,70,actual,https://so.vn/x,,,,\n";
        if (provinces[i] != u"79")
            weights += "population," + provinces[i].toUtf8() + ",2024,1000000,GSO\n";
    }
    figures += "value,internet_users_pct,VN,2024,6,90,estimate,https://mic.gov.vn/6t,,,,\n";
    import(db, figures);
    importWeights(db, weights);
    const QList<UnitsTotal> usersTotals = addUp(*db.store, 2024, {6}); // kept: totalOf points into it
    const UnitsTotal *users = totalOf(usersTotals, u"internet_users_pct"_s);
    ASSERT_TRUE(users);
    EXPECT_EQ(users->withoutWeight, QStringList{u"79"_s});
    EXPECT_EQ(users->counted, 62);
    EXPECT_FALSE(users->complete());
    EXPECT_FALSE(users->gap()); // 90 against 70 would be a finding, were the total the country's
    EXPECT_TRUE(unitsTotalFindings({*users}, CheckSettings{}).isEmpty());
}

TEST(AddingUp, TheThirtyFourTakeTheirOldProvincesWeightsUntilTheirOwnArePublished)
{
    TestDatabase db(true);
    // 2024 weights of the 63 only: Tuyên Quang (08) from July 2025 is old Hà Giang (02) and old
    // Tuyên Quang (08) together, 600,000 + 800,000; Hà Nội (01) is its own predecessor.
    QByteArray weights;
    for (const QString &code : provincesOf(*db.store, {2024, 6}))
        weights += "population," + code.toUtf8() + ",2024," + (code == u"02" ? "600000" : code == u"08" ? "800000" : "1000000") + ",GSO\n";
    importWeights(db, weights);
    const UnitWeightTable table(db.store->unitWeights(), db.store->units());
    ASSERT_TRUE(table.weight(u"population"_s, u"08"_s, {2025, 8}));
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2025, 8})->value, 1400000);
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2025, 8})->year, 2024);
    ASSERT_TRUE(table.weight(u"population"_s, u"01"_s, {2025, 8}));
    EXPECT_EQ(table.weight(u"population"_s, u"01"_s, {2025, 8})->value, 1000000);
    // Every one of the 34 has a weight, so their mean is complete: all 60 but Tuyên Quang's 80,
    // (33·w·60 + 1,400,000·80) / (Σw), worked out from the weights the table gives.
    const QStringList provinces = provincesOf(*db.store, {2025, 8});
    ASSERT_EQ(provinces.size(), 34);
    QByteArray figures;
    double weighted = 0, people = 0;
    for (const QString &code : provinces) {
        const double share = code == u"08" ? 80 : 60;
        const double w = table.weight(u"population"_s, code, {2025, 8})->value;
        weighted += w * share;
        people += w;
        figures += "value,internet_users_pct," + code.toUtf8() + ",2025,8," + QByteArray::number(share) + ",actual,https://so.vn/x,,,,\n";
    }
    import(db, figures);
    const QList<UnitsTotal> usersTotals = addUp(*db.store, 2025, {8}); // kept: totalOf points into it
    const UnitsTotal *users = totalOf(usersTotals, u"internet_users_pct"_s);
    ASSERT_TRUE(users);
    EXPECT_TRUE(users->complete()) << users->withoutWeight.join(u' ').toStdString();
    EXPECT_EQ(users->weightYears, QList<int>{2024});
    EXPECT_NEAR(users->total, weighted / people, 1e-9);
    EXPECT_GT(users->total, 60.0);
}

TEST(AddingUp, AYearsWeightIsTheUnitsAtTheEndOfTheYear)
{
    TestDatabase db(true);
    // 08 is old Tuyên Quang until June 2025 and the new one (with Hà Giang) from July.
    importWeights(db, "population,08,2024,800000,GSO\npopulation,08,2025,1700000,GSO\n");
    const UnitWeightTable table(db.store->unitWeights(), db.store->units());
    ASSERT_TRUE(table.weight(u"population"_s, u"08"_s, {2025, 3}));
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2025, 3})->value, 800000); // old Tuyên Quang: 2024's
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2025, 3})->year, 2024);
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2025, 9})->value, 1700000);
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2026, 9})->value, 1700000);
    EXPECT_EQ(table.weight(u"population"_s, u"08"_s, {2023, 9})->value, 800000); // the earliest after
    EXPECT_FALSE(table.weight(u"households"_s, u"08"_s, {2024, 9}));
}

TEST(AddingUp, AMergedProvincesEarlierShareIsItsMembersMeanWeightedByPopulation)
{
    TestDatabase db(true);
    // Lào Cai (10) 70 % of 700,000 people and Yên Bái (15) 60 % of 800,000: the new Lào Cai's
    // 12/2024 is (70·700,000 + 60·800,000) / 1,500,000 = 64.666… %.
    import(db, "value,internet_users_pct,10,2024,12,70,actual,https://so.vn/lc,,,,\n"
               "value,internet_users_pct,15,2024,12,60,actual,https://so.vn/yb,,,,\n");
    const UnitFigures before = unitFigures(*db.store, u"15"_s, {2025, 8});
    EXPECT_TRUE(before.figures.isEmpty());
    EXPECT_TRUE(before.notes.join(u'\n').contains(u"no value is shown"_s)) << before.notes.join(u'\n').toStdString();
    importWeights(db, "population,10,2024,700000,GSO\npopulation,15,2024,800000,GSO\n");
    const UnitFigures after = unitFigures(*db.store, u"15"_s, {2025, 8});
    ASSERT_EQ(after.figures.size(), 1);
    EXPECT_NEAR(after.figures[0].value, (70.0 * 700000 + 60.0 * 800000) / 1500000.0, 1e-9);
    EXPECT_TRUE(after.figures[0].source.title.contains(u"weighted"_s));
}

TEST(Weights, ABadWeightsFileIsRefusedAtItsLinesAndNothingIsStored)
{
    TestDatabase db(true);
    const QString path = db.write(u"w.csv"_s, "basis,region,year,value,source_url\n"
                                              "population,01,2024,8500000,https://gso.gov.vn/nien-giam\n"
                                              "people,01,2024,8500000,https://gso.gov.vn/nien-giam\n"
                                              "population,XX,2024,100,https://gso.gov.vn/nien-giam\n"
                                              "population,02,2026,100,https://gso.gov.vn/nien-giam\n"
                                              "population,79,2024,\"9,500,000\",https://gso.gov.vn/nien-giam\n"
                                              "population,79,2024,0,https://gso.gov.vn/nien-giam\n"
                                              "population,01,2024,8600000,https://gso.gov.vn/nien-giam\n"
                                              "population,04,2024,500000,\n");
    const ImportReport report = WeightImporter(*db.store).importFile(path);
    EXPECT_FALSE(report.committed());
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines.append(issue.toString());
    const QString all = lines.join(u'\n');
    EXPECT_TRUE(all.contains(u"w.csv:3: basis: expected one of eligible_services, households, online_services, population"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"w.csv:4: region: expected the code of a unit that existed in 2024"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"w.csv:5: region: expected the code of a unit that existed in 2026"_s)) << all.toStdString(); // Hà Giang ended in 2025
    EXPECT_TRUE(all.contains(u"w.csv:6: value: expected a number above 0"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"w.csv:7: value: expected a number above 0"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"w.csv:8: region: line 2 already gives the population of 01 in 2024"_s)) << all.toStdString();
    EXPECT_TRUE(all.contains(u"w.csv:9: source_url: the source is missing"_s)) << all.toStdString();
    EXPECT_TRUE(db.store->unitWeights().isEmpty());
}

TEST(Weights, AWeightImportedAgainIsReplacedAndTheCommandListsThem)
{
    TestDatabase db(true);
    importWeights(db, "population,01,2024,8500000,GSO 2024\n");
    importWeights(db, "population,01,2024,8600000,GSO 2024 revised\n");
    const QList<UnitWeight> weights = db.store->unitWeights();
    ASSERT_EQ(weights.size(), 1);
    EXPECT_EQ(weights[0].value, 8600000);
    EXPECT_EQ(weights[0].source.title, u"GSO 2024 revised"_s);
    const ChisoRun list = runChiso({u"weights"_s, u"--db"_s, db.path()});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(u"8,600,000"_s)) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(u"1 weight."_s)) << list.out.toStdString();
}

TEST(DemoUnits, TheProvincesAddUpToTheNationalFiguresSaveTheOneSlipAndEveryFigureSaysItIsIllustrative)
{
    TestDatabase db;
    const DemoUnitsSummary summary = fillDemoUnits(*db.store);
    EXPECT_GT(summary.figures, 30000);
    // The counts README gives, by hand: weights of 4 bases for the 63 in 2022–2024 and the 34 in
    // 2025, 4·(63·3 + 34) = 892; forms for 42 months of the 63 and 6 of the 34, less the 4
    // missing, and Hà Nội's November sent again: 63·42 + 34·6 − 4 + 1 = 2,847.
    EXPECT_EQ(summary.weights, 892);
    EXPECT_EQ(summary.submissions, 2847);
    EXPECT_EQ(db.store->setting(QString::fromLatin1(IllustrativeSetting)), u"1"_s);

    int provinceFigures = 0;
    int reported = 0;
    for (const Figure &f : db.store->figures(std::pair{2022, 2025})) {
        if (f.region == u"VN")
            continue;
        ++provinceFigures;
        reported += f.basis == Basis::Reported ? 1 : 0;
        EXPECT_TRUE(f.source.title.contains(u"illustrative"_s)) << f.source.title.toStdString();
    }
    EXPECT_EQ(provinceFigures, summary.figures);
    EXPECT_GT(reported, 0);

    // Revenue 8/2024: the national 2,820,865 exactly; fibre 5/2024: 82.2 % within rounding.
    const QList<UnitsTotal> august = addUp(*db.store, 2024, {8});
    ASSERT_TRUE(totalOf(august, u"revenue"_s));
    EXPECT_TRUE(totalOf(august, u"revenue"_s)->complete());
    EXPECT_DOUBLE_EQ(totalOf(august, u"revenue"_s)->total, 2820865);
    const QList<UnitsTotal> may = addUp(*db.store, 2024, {5});
    ASSERT_TRUE(totalOf(may, u"fibre_households_pct"_s));
    EXPECT_NEAR(totalOf(may, u"fibre_households_pct"_s)->total, 82.2, 0.01);

    // Of all of 2022–2024's months, only the slip (revenue 6/2024) is a finding.
    QList<Finding> findings;
    for (int year = 2022; year <= 2024; ++year)
        findings += unitsTotalFindings(addUp(*db.store, year, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), CheckSettings{});
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].indicator, u"revenue"_s);
    EXPECT_EQ(findings[0].period, (YearMonth{2024, 6}));

    // The forms: the 34 in December 2025 with three missing; some late over the years.
    const SubmissionsReport december = buildSubmissions(*db.store, {2025, 12}, 5);
    EXPECT_EQ(december.rows.size(), 34);
    EXPECT_EQ(december.count(SubmissionState::Missing), 3);
    EXPECT_EQ(december.missing(), (QStringList{u"04"_s, u"11"_s, u"91"_s}));
    const SubmissionsReport june = buildSubmissions(*db.store, {2024, 6}, 5);
    EXPECT_EQ(june.rows.size(), 63);
    EXPECT_EQ(june.count(SubmissionState::Missing), 0);
    int late = 0;
    for (int month = 1; month <= 12; ++month)
        late += buildSubmissions(*db.store, {2024, month}, 5).count(SubmissionState::Late);
    EXPECT_GT(late, 20);     // about 8 % of 756 forms
    EXPECT_LT(late, 110);
    for (const SubmissionsReport::Row &row : june.rows)
        EXPECT_EQ(row.filled, row.required) << row.unit.code.toStdString();

    // The office's review: August 2025 approved (and locked), two November forms returned, one
    // of them sent again and awaiting review.
    EXPECT_EQ(summary.reviews, 4 * 34 + 2);
    EXPECT_EQ(db.store->lockedMonths().size(), 4 * 34);
    const QHash<QString, Review> november = db.store->latestReviews({2025, 11});
    ASSERT_TRUE(november.contains(u"79"_s));
    EXPECT_EQ(november.value(u"79"_s).action, ReviewAction::Return);
    const SubmissionsReport novemberForms = buildSubmissions(*db.store, {2025, 11}, 5);
    for (const SubmissionsReport::Row &row : novemberForms.rows) {
        if (row.unit.code == u"01") {
            EXPECT_EQ(row.forms, 2);
            EXPECT_EQ(row.review, ReviewState::Submitted); // sent again after its return
        }
        if (row.unit.code == u"79") {
            EXPECT_EQ(row.review, ReviewState::Returned);
        }
        if (row.unit.code == u"04") {
            EXPECT_EQ(row.review, ReviewState::Submitted);
        }
    }
    Figure locked;
    locked.indicator = u"revenue"_s;
    locked.region = u"01"_s;
    locked.year = 2025;
    locked.month = 8;
    locked.value = 1;
    locked.basis = Basis::Actual;
    locked.source.title = u"test"_s;
    EXPECT_THROW(db.store->saveFigures({locked}, u"test"_s), StoreError);
}

TEST(DemoUnits, TheSameSeedGivesTheSameDatabase)
{
    TestDatabase first;
    TestDatabase second;
    fillDemoUnits(*first.store);
    fillDemoUnits(*second.store);
    EXPECT_EQ(exportAll(*first.store), exportAll(*second.store));
}

TEST(DemoUnits, TheCommandMakesASeparateDatabaseAndNeverTheUsersOwn)
{
    QTemporaryDir home;
    const auto inHome = [&home](QProcess &process) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        process.setProcessEnvironment(env);
    };
    const ChisoRun made = runChiso({u"init"_s, u"--demo-units"_s}, inHome);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(u"chiso-demo-units.sqlite, an illustrative database"_s)) << made.out.toStdString();
    // The user's own database was not made, let alone filled.
    const QString own = made.out.section(u", an illustrative"_s, 0, 0).section(u"Created "_s, 1).replace(u"chiso-demo-units.sqlite"_s, QString());
    EXPECT_FALSE(QFile::exists(own + u"chiso.sqlite"_s)) << own.toStdString();
    // Nor may it be named as the place for the illustrative figures.
    const ChisoRun refused = runChiso({u"init"_s, u"--demo-units"_s, u"--db"_s, own + u"chiso.sqlite"_s}, inHome);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(u"The illustrative figures never go into your own database"_s)) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(own + u"chiso.sqlite"_s));
    const ChisoRun report = runChiso({u"submissions"_s, u"--db"_s, own + u"chiso-demo-units.sqlite"_s, u"--year"_s, u"2025"_s, u"--month"_s, u"12"_s}, inHome);
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains(u"To chase: 04 11 91"_s)) << report.out.toStdString();
}
