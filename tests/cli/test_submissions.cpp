// The monthly cycle: which units' forms are in on time, late or missing. Runs on a file and on
// the server; the forms' times are set in the database, so that the deadline is tested exactly.
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "cycle/Submissions.h"
#include "io/FigureImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// A form of `unit` for a month received at `at` (UTC) from `by`.
void receive(Store &store, const QString &unit, YearMonth period, const QString &at, const QString &by)
{
    store.recordSubmissions({{unit, period, QDateTime::fromString(at, Qt::ISODate).toUTC(), by}}, u"form.xlsx"_s);
}

/// August 2025 (due 5 September): Hà Nội on time (and July too), Cao Bằng late (and no July),
/// Tuyên Quang twice, the first on time; the 31 other provinces missing.
void fillAugust(TestDatabase &db)
{
    // Local times: the deadline is the end of the 5th where the office is; these are days from it.
    const auto utc = [](int month, int day) { return QDateTime(QDate(2025, month, day), QTime(12, 0), Qt::LocalTime).toUTC().toString(Qt::ISODate); };
    receive(*db.store, u"01"_s, {2025, 7}, utc(8, 4), u"so.hanoi"_s);
    receive(*db.store, u"01"_s, {2025, 8}, utc(9, 3), u"so.hanoi"_s);
    receive(*db.store, u"04"_s, {2025, 8}, utc(9, 10), u"so.caobang"_s);
    receive(*db.store, u"08"_s, {2025, 8}, utc(9, 2), u"so.tuyenquang"_s);
    receive(*db.store, u"08"_s, {2025, 8}, utc(9, 12), u"so.tuyenquang"_s);
    const QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n"
                           "value,revenue,01,2025,8,5000,estimate,,Sở Hà Nội,,,\n"
                           "value,workforce,01,2025,8,900,estimate,,Sở Hà Nội,,,\n";
    ASSERT_TRUE(FigureImporter(*db.store).importFile(db.write(u"hn.csv"_s, csv)).committed());
}

const SubmissionsReport::Row *rowOf(const SubmissionsReport &report, const QString &code)
{
    for (const SubmissionsReport::Row &row : report.rows) {
        if (row.unit.code == code)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST(Submissions, EveryProvinceIsOnTimeLateOrMissingWithItsCompletenessAndItsYear)
{
    TestDatabase db(true);
    fillAugust(db);
    EXPECT_EQ(submissionDeadlineDay(*db.store), 5);
    const SubmissionsReport report = buildSubmissions(*db.store, {2025, 8}, 5);
    EXPECT_EQ(report.deadline, QDateTime(QDate(2025, 9, 5), QTime(23, 59, 59), Qt::LocalTime));
    ASSERT_EQ(report.rows.size(), 34); // the 34 provinces of August 2025, not VN
    EXPECT_EQ(report.count(SubmissionState::OnTime), 2);
    EXPECT_EQ(report.count(SubmissionState::Late), 1);
    EXPECT_EQ(report.count(SubmissionState::Missing), 31);
    EXPECT_EQ(report.missing().size(), 31);
    EXPECT_FALSE(report.missing().contains(u"01"_s));
    EXPECT_TRUE(report.missing().contains(u"96"_s));

    const auto *hanoi = rowOf(report, u"01"_s);
    ASSERT_TRUE(hanoi);
    EXPECT_EQ(hanoi->state, SubmissionState::OnTime);
    EXPECT_EQ(hanoi->by, u"so.hanoi"_s);
    EXPECT_EQ(hanoi->at, QDateTime(QDate(2025, 9, 3), QTime(12, 0), Qt::LocalTime));
    EXPECT_EQ(hanoi->filled, 2);    // revenue and workforce
    EXPECT_EQ(hanoi->required, 13); // the form's indicators: all but the single-month series
    EXPECT_EQ(hanoi->monthsDue, 2); // the new Hà Nội exists from July
    EXPECT_EQ(hanoi->monthsOnTime, 2);
    EXPECT_DOUBLE_EQ(*hanoi->onTimeRate(), 1.0);

    const auto *caoBang = rowOf(report, u"04"_s);
    EXPECT_EQ(caoBang->state, SubmissionState::Late);
    EXPECT_EQ(caoBang->filled, 0);
    EXPECT_EQ(caoBang->monthsOnTime, 0);
    EXPECT_DOUBLE_EQ(*caoBang->onTimeRate(), 0.0);
    const auto *tuyenQuang = rowOf(report, u"08"_s);
    EXPECT_EQ(tuyenQuang->state, SubmissionState::OnTime); // its first form was in time
    EXPECT_EQ(tuyenQuang->forms, 2);
    EXPECT_DOUBLE_EQ(*tuyenQuang->onTimeRate(), 0.5); // July missing: 1 of 2

    // The office moves its deadline to the 12th: Cao Bằng's 10 September is on time.
    db.store->setSetting(QString::fromLatin1(DeadlineDaySetting), u"12"_s);
    EXPECT_EQ(submissionDeadlineDay(*Store::open(db.path())), 12);
    EXPECT_EQ(rowOf(buildSubmissions(*db.store, {2025, 8}, 12), u"04"_s)->state, SubmissionState::OnTime);

    // June 2025: the 63 provinces of then.
    EXPECT_EQ(buildSubmissions(*db.store, {2025, 6}, 5).rows.size(), 63);
}

TEST(Submissions, TheCommandListsTheMonthAndWhoToChase)
{
    TestDatabase db(true);
    fillAugust(db);
    const QString path = db.path();
    db.store.reset();
    const ChisoRun json = runChiso({u"submissions"_s, u"--db"_s, path, u"--year"_s, u"2025"_s, u"--month"_s, u"8"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root[u"on_time"_s].toInt(), 2);
    EXPECT_EQ(root[u"late"_s].toInt(), 1);
    EXPECT_EQ(root[u"missing"_s].toInt(), 31);
    EXPECT_EQ(root[u"to_chase"_s].toArray().size(), 31);
    const QJsonObject first = root[u"rows"_s].toArray().first().toObject();
    EXPECT_EQ(first[u"unit"_s].toString(), u"01"_s);
    EXPECT_EQ(first[u"state"_s].toString(), u"on_time"_s);
    EXPECT_EQ(first[u"submitted_by"_s].toString(), u"so.hanoi"_s);

    const ChisoRun table = runChiso({u"submissions"_s, u"--db"_s, path, u"--year"_s, u"2025"_s, u"--month"_s, u"8"_s});
    EXPECT_TRUE(table.out.contains(u"34 units: 2 on time, 1 late, 31 missing."_s)) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(u"To chase: 11 12 14"_s)) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QRegularExpression(u"\\n04 +Cao Bang +late +"_s))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QRegularExpression(u"\\n08 +Tuyen Quang +on time \\(2 forms\\) +"_s))) << table.out.toStdString();

    const ChisoRun moved = runChiso({u"submissions"_s, u"--db"_s, path, u"--set-deadline-day"_s, u"12"_s});
    EXPECT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(runChiso({u"submissions"_s, u"--db"_s, path, u"--year"_s, u"2025"_s, u"--month"_s, u"8"_s}).out.contains(u"3 on time, 0 late"_s));
    const ChisoRun bad = runChiso({u"submissions"_s, u"--db"_s, path, u"--set-deadline-day"_s, u"31"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"expects a day from 1 to 28, found '31'"_s)) << bad.err.toStdString();
}
