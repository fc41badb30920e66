// What an analysis may see at a cut-off, and which of several sources it prefers.
#include "analytics/Snapshot.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

Figure figure(RecordKind kind, int year, int month, double value, QDate published = {}, Basis basis = Basis::Estimate,
              const QString &source = u"https://example.org/a"_s, qint64 id = 1)
{
    Figure f;
    f.kind = kind;
    f.indicator = u"revenue"_s;
    f.region = u"VN"_s;
    f.year = year;
    f.month = month;
    f.value = value;
    f.basis = kind == RecordKind::Value ? basis : Basis::None;
    f.source.url = source;
    f.source.published = published;
    f.id = id;
    return f;
}

} // namespace

TEST(SnapshotAsOf, UndatedFigureIsKnownFromTheFollowingMonthsBriefing)
{
    const Figure june = figure(RecordKind::Value, 2024, 6, 2067389);
    EXPECT_TRUE(Snapshot::isKnownAt(june, {2024, 6}));
    EXPECT_TRUE(Snapshot::isKnownAt(june, {2024, 12}));
    EXPECT_FALSE(Snapshot::isKnownAt(june, {2024, 5}));
}

TEST(SnapshotAsOf, DatedFigureIsKnownFromItsPublication)
{
    // 4M-2024 figures published on 2024-05-03: known for the April briefing.
    EXPECT_TRUE(Snapshot::isKnownAt(figure(RecordKind::Value, 2024, 4, 1365758, QDate(2024, 5, 3)), {2024, 4}));
    // A revision of 2023's total published in September 2024 is hidden from the June briefing.
    const Figure revision = figure(RecordKind::Value, 2023, 12, 3690000, QDate(2024, 9, 10));
    EXPECT_FALSE(Snapshot::isKnownAt(revision, {2024, 6}));
    EXPECT_TRUE(Snapshot::isKnownAt(revision, {2024, 8}));
}

TEST(SnapshotAsOf, PlansCountFromTheStartOfTheirYear)
{
    const Figure plan = figure(RecordKind::Plan, 2024, 12, 4171172);
    EXPECT_TRUE(Snapshot::isKnownAt(plan, {2024, 1}));
    EXPECT_FALSE(Snapshot::isKnownAt(plan, {2023, 12}));
    EXPECT_FALSE(Snapshot::isKnownAt(figure(RecordKind::Plan, 2024, 12, 1, QDate(2024, 3, 1)), {2024, 1}));
}

TEST(SnapshotAsOf, LaterRevisionIsPreferredOnlyOnceKnown)
{
    const QList<Figure> figures = {
        figure(RecordKind::Value, 2022, 12, 3893595, QDate(2023, 1, 5), Basis::Estimate, u"https://a.vn/1"_s, 1),
        figure(RecordKind::Value, 2022, 12, 3690000, QDate(2024, 1, 8), Basis::Estimate, u"https://b.vn/2"_s, 2),
    };
    EXPECT_EQ(Snapshot(figures).value(u"revenue"_s, u"VN"_s, 2022, 12)->value, 3690000);
    EXPECT_EQ(Snapshot(figures, YearMonth{2023, 6}).value(u"revenue"_s, u"VN"_s, 2022, 12)->value, 3893595);
}

TEST(SnapshotPreference, ActualOverEstimateAndMeasuredOverReported)
{
    QList<Figure> figures = {
        figure(RecordKind::Value, 2024, 6, 30, {}, Basis::Reported, u"https://province.vn"_s, 1),
        figure(RecordKind::Value, 2024, 6, 17, {}, Basis::Measured, u"https://system.vn"_s, 2),
    };
    EXPECT_EQ(Snapshot(figures).value(u"revenue"_s, u"VN"_s, 2024, 6)->value, 17);
    figures.append(figure(RecordKind::Value, 2024, 6, 18, {}, Basis::Actual, u"https://final.vn"_s, 3));
    EXPECT_EQ(Snapshot(figures).value(u"revenue"_s, u"VN"_s, 2024, 6)->value, 18);
}

TEST(SnapshotPreference, MostSourcesAgreeingWinsBetweenEquals)
{
    // 6M-2023 state budget: 45,905 in two sources, 45,405 in one (none dated).
    const QList<Figure> figures = {
        figure(RecordKind::Value, 2023, 6, 45405, {}, Basis::Estimate, u"https://a.vn"_s, 1),
        figure(RecordKind::Value, 2023, 6, 45905, {}, Basis::Estimate, u"https://b.vn"_s, 2),
        figure(RecordKind::Value, 2023, 6, 45905, {}, Basis::Estimate, u"https://c.vn"_s, 3),
    };
    const Snapshot snapshot(figures);
    EXPECT_EQ(snapshot.value(u"revenue"_s, u"VN"_s, 2023, 6)->value, 45905);
    EXPECT_EQ(snapshot.all(RecordKind::Value, u"revenue"_s, u"VN"_s, 2023, 6).size(), 3);
}

TEST(SnapshotClaims, ClaimOfTheFiguresOwnSourceFirst)
{
    const QList<Figure> figures = {
        figure(RecordKind::StatedGrowth, 2024, 6, 26, {}, Basis::None, u"https://other.vn"_s, 1),
        figure(RecordKind::StatedGrowth, 2024, 6, 27, {}, Basis::None, u"https://own.vn"_s, 2),
    };
    Source own;
    own.url = u"https://own.vn"_s;
    EXPECT_EQ(Snapshot(figures).claim(RecordKind::StatedGrowth, u"revenue"_s, u"VN"_s, 2024, 6, own)->value, 27);
}

TEST(SnapshotLevels, LatestReadingUpToTheMonth)
{
    const QList<Figure> figures = {
        figure(RecordKind::Value, 2024, 2, 80.1),
        figure(RecordKind::Value, 2024, 5, 82.2),
    };
    const Snapshot snapshot(figures);
    EXPECT_EQ(snapshot.latestValueUpTo(u"revenue"_s, u"VN"_s, 2024, 6)->month, 5);
    EXPECT_EQ(snapshot.latestValueUpTo(u"revenue"_s, u"VN"_s, 2024, 4)->month, 2);
    EXPECT_FALSE(snapshot.latestValueUpTo(u"revenue"_s, u"VN"_s, 2024, 1));
    EXPECT_EQ(*snapshot.latestPeriod(), (YearMonth{2024, 5}));
}
