// The office's review of the units' forms: approve (the month locked), return, reopen. Runs on
// a file and, in the server run, on PostgreSQL: the lock is the database's own on both.
#include "TestDatabase.h"
#include "support/RunChiso.h"
#include "cycle/Submissions.h"
#include "io/FigureImporter.h"
#include "store/DatabaseCopy.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";
constexpr YearMonth August{2025, 8};

/// A form of `unit` for a month come in now: its submission row, under an entry of its own.
void receive(Store &store, const QString &unit, YearMonth period)
{
    store.recordSubmissions({{unit, period, QDateTime::currentDateTimeUtc(), u"so.hanoi"_s}}, u"form.xlsx"_s);
}

/// Hà Nội's August 2025: revenue 5000 and a stated growth, and its form in.
void fillHanoi(TestDatabase &db)
{
    const QByteArray csv = header + "value,revenue,01,2025,8,5000,estimate,,Sở Hà Nội,,,\n"
                                    "stated_growth,revenue,01,2025,8,12,,,Sở Hà Nội,,,\n";
    const ImportReport report = FigureImporter(*db.store).importFile(db.write(u"hn.csv"_s, csv));
    ASSERT_TRUE(report.committed()) << (report.issues.isEmpty() ? std::string() : report.issues.first().toString().toStdString());
    receive(*db.store, u"01"_s, August);
}

Figure hanoiRevenue(double value)
{
    Figure f;
    f.kind = RecordKind::Value;
    f.indicator = u"revenue"_s;
    f.region = u"01"_s;
    f.year = 2025;
    f.month = 8;
    f.value = value;
    f.basis = Basis::Estimate;
    f.source.title = u"Sở Hà Nội"_s;
    return f;
}

ReviewState stateOf(Store &store, const QString &unit, YearMonth period)
{
    for (const SubmissionsReport::Row &row : buildSubmissions(store, period, 5).rows) {
        if (row.unit.code == unit)
            return row.review;
    }
    ADD_FAILURE() << "no row for " << unit.toStdString();
    return ReviewState::Missing;
}

QString refusal(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST(Review, AnApprovedMonthRefusesImportSaveAndRawSqlUntilReopenedWithTheReasonKept)
{
    TestDatabase db(true);
    fillHanoi(db);
    EXPECT_EQ(stateOf(*db.store, u"01"_s, August), ReviewState::Submitted);
    EXPECT_EQ(db.store->review(u"01"_s, August, ReviewAction::Approve, {}), ReviewState::Approved);
    EXPECT_EQ(stateOf(*db.store, u"01"_s, August), ReviewState::Approved);
    const QByteArray before = exportAll(*db.store);

    // An import: refused whole at the locked month's first line, though its first line is fine.
    const QByteArray csv = header + "value,revenue,79,2025,8,9000,estimate,,Sở TP.HCM,,,\n"
                                    "value,profit,01,2025,8,700,estimate,,Sở Hà Nội,,,\n"
                                    "value,workforce,01,2025,8,900,estimate,,Sở Hà Nội,,,\n";
    const QString file = db.write(u"late.csv"_s, csv);
    const ImportReport report = FigureImporter(*db.store).importFile(file);
    EXPECT_FALSE(report.committed());
    ASSERT_EQ(report.issues.size(), 1); // the month once, at its first line
    EXPECT_EQ(report.issues.first().toString(),
              file + u":3: month: unit 01's form for 8/2025 is approved and locked; the office must reopen it first"_s);
    EXPECT_EQ(exportAll(*db.store), before);
    // Another unit's month and Hà Nội's July are not locked.
    EXPECT_TRUE(FigureImporter(*db.store).importFile(db.write(u"july.csv"_s, header + "value,workforce,01,2025,7,4000,estimate,,Sở Hà Nội,,,\n")).committed());
    const QByteArray withJuly = exportAll(*db.store);

    // A save (the Entry tab's): refused, naming the unit and month.
    const QString saved = refusal([&] { db.store->saveFigures({hanoiRevenue(5100)}, u"entry"_s); });
    EXPECT_EQ(saved, u"Unit 01's form for 8/2025 is approved and locked; the office must reopen it first."_s);
    EXPECT_TRUE(refusal([&] { db.store->saveFigures({}, u"entry"_s, {hanoiRevenue(5000)}); }).contains(u"approved and locked"_s));

    // Any writer, with SQL: the database's triggers refuse a change, an insertion, a deletion, a stated figure, a new form.
    EXPECT_TRUE(rawSql(*db.store, u"UPDATE observation SET value = 1 WHERE region = '01' AND year = 2025 AND month = 8"_s).contains(u"approved and locked"_s));
    EXPECT_TRUE(rawSql(*db.store, u"DELETE FROM observation WHERE region = '01' AND month = 8"_s).contains(u"approved and locked"_s));
    EXPECT_TRUE(rawSql(*db.store, u"UPDATE observation SET month = 8 WHERE region = '01' AND month = 7"_s).contains(u"approved and locked"_s));
    EXPECT_TRUE(rawSql(*db.store, u"DELETE FROM claim WHERE region = '01'"_s).contains(u"approved and locked"_s));
    EXPECT_TRUE(rawSql(*db.store, u"INSERT INTO submission (unit, year, month, entry_id) SELECT '01', 2025, 8, max(id) FROM entry"_s)
                    .contains(u"approved and locked"_s));
    // The review itself is kept as it happened.
    EXPECT_FALSE(rawSql(*db.store, u"UPDATE review SET action = 'reopen'"_s).isEmpty());
    EXPECT_FALSE(rawSql(*db.store, u"DELETE FROM review"_s).isEmpty());
    EXPECT_EQ(exportAll(*db.store), withJuly);

    // Reopened, with the reason: writes go in again; the history keeps both actions.
    EXPECT_TRUE(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Reopen, u"  "_s); }).contains(u"needs a reason"_s));
    EXPECT_EQ(db.store->review(u"01"_s, August, ReviewAction::Reopen, u"Sở sửa doanh thu"_s), ReviewState::Submitted);
    db.store->saveFigures({hanoiRevenue(5100)}, u"entry"_s);
    const QList<Review> reviews = db.store->reviews(u"01"_s, August);
    ASSERT_EQ(reviews.size(), 2);
    EXPECT_EQ(reviews[0].action, ReviewAction::Approve);
    EXPECT_EQ(reviews[1].action, ReviewAction::Reopen);
    EXPECT_EQ(reviews[1].comment, u"Sở sửa doanh thu"_s);
    EXPECT_EQ(reviews[1].by, db.store->login().name);
    EXPECT_LE(qAbs(reviews[1].at.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(stateOf(*db.store, u"01"_s, August), ReviewState::Submitted);
}

TEST(Review, AReturnedFormComesBackAsANewSubmissionAndEachRefusalSaysWhy)
{
    TestDatabase db(true);
    // Nothing to judge before a form comes.
    EXPECT_EQ(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Approve, {}); }),
              u"Unit 01 has sent no form for 8/2025: there is nothing to approve."_s);
    fillHanoi(db);
    EXPECT_EQ(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Return, {}); }),
              u"Say why unit 01's form for 8/2025 is returned: a return needs a comment."_s);
    EXPECT_EQ(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Reopen, u"why"_s); }),
              u"Unit 01's form for 8/2025 is not approved: there is nothing to reopen."_s);

    EXPECT_EQ(db.store->review(u"01"_s, August, ReviewAction::Return, u"Doanh thu thiếu"_s), ReviewState::Returned);
    EXPECT_EQ(stateOf(*db.store, u"01"_s, August), ReviewState::Returned);
    EXPECT_EQ(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Approve, {}); }),
              u"Unit 01's form for 8/2025 was returned and no new form has come since: there is nothing to approve."_s);
    // A returned month is not locked: the unit corrects its figures and sends the form again.
    db.store->saveFigures({hanoiRevenue(5200)}, u"form"_s);
    receive(*db.store, u"01"_s, August);
    EXPECT_EQ(stateOf(*db.store, u"01"_s, August), ReviewState::Submitted);
    const SubmissionsReport report = buildSubmissions(*db.store, August, 5);
    EXPECT_EQ(report.count(ReviewState::Submitted), 1);
    EXPECT_EQ(report.count(ReviewState::Missing), 33);

    EXPECT_EQ(db.store->review(u"01"_s, August, ReviewAction::Approve, {}), ReviewState::Approved);
    EXPECT_EQ(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Approve, {}); }),
              u"Unit 01's form for 8/2025 is approved already."_s);
    EXPECT_EQ(refusal([&] { db.store->review(u"01"_s, August, ReviewAction::Return, u"again"_s); }),
              u"Unit 01's form for 8/2025 is approved and locked: reopen it first, saying why, then return it."_s);
    const QList<Review> reviews = db.store->reviews(u"01"_s, August);
    ASSERT_EQ(reviews.size(), 2); // refusals leave nothing
    EXPECT_EQ(reviews[0].comment, u"Doanh thu thiếu"_s);
    EXPECT_LT(reviews[0].submission, reviews[1].submission); // the approval judged the new form
}

TEST(Review, TheCommandsReviewListTheHistoryAndShowTheStateInJson)
{
    TestDatabase db(true);
    fillHanoi(db);
    receive(*db.store, u"04"_s, August);
    const QString path = db.path();
    db.store.reset();
    const auto chiso = [&](QStringList arguments) { return runChiso(arguments << u"--db"_s << path); };
    const QStringList month = {u"--year"_s, u"2025"_s, u"--month"_s, u"8"_s};

    const ChisoRun approved = chiso(QStringList{u"review"_s, u"approve"_s, u"--unit"_s, u"01"_s} + month);
    EXPECT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_TRUE(approved.out.contains(u"Unit 01's form for 8/2025: approved (locked)."_s)) << approved.out.toStdString();
    const ChisoRun noComment = chiso(QStringList{u"review"_s, u"return"_s, u"--unit"_s, u"04"_s} + month);
    EXPECT_EQ(noComment.exitCode, 2);
    EXPECT_TRUE(noComment.err.contains(u"A return needs --comment"_s)) << noComment.err.toStdString();
    EXPECT_EQ(chiso(QStringList{u"review"_s, u"return"_s, u"--unit"_s, u"04"_s, u"--comment"_s, u"Thiếu lao động"_s} + month).exitCode, 0);
    const ChisoRun noForm = chiso(QStringList{u"review"_s, u"approve"_s, u"--unit"_s, u"79"_s} + month);
    EXPECT_EQ(noForm.exitCode, 1);
    EXPECT_TRUE(noForm.err.contains(u"Unit 79 has sent no form for 8/2025: there is nothing to approve."_s)) << noForm.err.toStdString();
    EXPECT_EQ(chiso(QStringList{u"review"_s, u"approve"_s, u"--unit"_s, u"02"_s} + month).exitCode, 1); // Hà Giang: no unit 02 in 8/2025

    const ChisoRun json = chiso(QStringList{u"submissions"_s, u"--format"_s, u"json"_s} + month);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root[u"approved"_s].toInt(), 1);
    EXPECT_EQ(root[u"returned"_s].toInt(), 1);
    EXPECT_EQ(root[u"to_review"_s].toInt(), 0);
    QHash<QString, QJsonObject> rows;
    for (const QJsonValue &row : root[u"rows"_s].toArray())
        rows.insert(row[u"unit"_s].toString(), row.toObject());
    EXPECT_EQ(rows[u"01"_s][u"review"_s].toString(), u"approved"_s);
    EXPECT_EQ(rows[u"04"_s][u"review"_s].toString(), u"returned"_s);
    EXPECT_EQ(rows[u"04"_s][u"review_comment"_s].toString(), u"Thiếu lao động"_s);
    EXPECT_EQ(rows[u"79"_s][u"review"_s].toString(), u"missing"_s);
    EXPECT_TRUE(chiso(QStringList{u"submissions"_s} + month).out.contains(u"Review: 1 approved, 1 returned, 0 to review."_s));

    // The import of a locked month, from the command line: exit 1, the line named, nothing stored.
    const QString file = db.write(u"again.csv"_s, header + "value,profit,01,2025,8,700,estimate,,Sở Hà Nội,,,\n");
    const ChisoRun refused = chiso({u"import"_s, file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(file + u":2: month: unit 01's form for 8/2025 is approved and locked; the office must reopen it first"_s))
        << refused.err.toStdString();

    EXPECT_EQ(chiso(QStringList{u"review"_s, u"reopen"_s, u"--unit"_s, u"01"_s, u"--comment"_s, u"Số liệu sai"_s} + month).exitCode, 0);
    const ChisoRun history = chiso(QStringList{u"review"_s, u"--unit"_s, u"01"_s} + month);
    EXPECT_EQ(history.exitCode, 0) << history.err.toStdString();
    EXPECT_TRUE(history.out.contains(u"approved"_s) && history.out.contains(u"reopened"_s) && history.out.contains(u"Số liệu sai"_s))
        << history.out.toStdString();
    EXPECT_EQ(chiso({u"import"_s, file}).exitCode, 0);
}

TEST(Review, ACopyOfTheDatabaseKeepsTheReviewAndItsLock)
{
    TestDatabase db(true);
    fillHanoi(db);
    db.store->review(u"01"_s, August, ReviewAction::Return, u"Doanh thu thiếu"_s);
    receive(*db.store, u"01"_s, August);
    db.store->review(u"01"_s, August, ReviewAction::Approve, {});
    const QString target = db.file(u"copy.sqlite"_s);
    copyDatabase(*db.store, target);
    auto copy = Store::open(target);
    const QList<Review> original = db.store->reviews(u"01"_s, August);
    const QList<Review> copied = copy->reviews(u"01"_s, August);
    ASSERT_EQ(copied.size(), 2);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(copied[i].action, original[i].action);
        EXPECT_EQ(copied[i].comment, original[i].comment);
        EXPECT_EQ(copied[i].by, original[i].by);
        EXPECT_EQ(copied[i].at, original[i].at);
        EXPECT_EQ(copied[i].submission, original[i].submission);
    }
    EXPECT_EQ(stateOf(*copy, u"01"_s, August), ReviewState::Approved);
    EXPECT_TRUE(refusal([&] { copy->saveFigures({hanoiRevenue(1)}, u"entry"_s); }).contains(u"approved and locked"_s));
}
