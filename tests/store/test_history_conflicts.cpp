// The history every change leaves, and two people saving the same figure: on a file and, in
// the server run, on PostgreSQL.
#include "TestDatabase.h"
#include "report/HistoryText.h"
#include "store/FigureBatch.h"
#include "store/History.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <future>
#include <latch>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

Figure typedFigure(double value)
{
    Figure f;
    f.kind = RecordKind::Value;
    f.indicator = u"revenue"_s;
    f.region = u"VN"_s;
    f.year = 2025;
    f.month = 3;
    f.value = value;
    f.basis = Basis::Estimate;
    f.source.title = u"form"_s;
    return f;
}

/// The stored row of the figure's key, as a window would have read it.
std::optional<Figure> stored(Store &store, const Figure &key)
{
    for (const Figure &f : store.figures(key.region, std::pair{key.year, key.year})) {
        if (f.kind == key.kind && f.indicator == key.indicator && f.month == key.month && f.basis == key.basis && f.source.key() == key.source.key())
            return f;
    }
    return std::nullopt;
}

TEST(History, EveryInsertUpdateAndDeleteIsRecordedWithTheLoginAndBothValues)
{
    TestDatabase db(true);
    const qint64 before = latestChange(*db.store);
    db.store->saveFigures({typedFigure(100)}, u"form"_s);
    db.store->saveFigures({typedFigure(120)}, u"form"_s);
    db.store->saveFigures({}, u"form"_s, {typedFigure(120)});
    db.store->acknowledge(u"finding-1"_s, u"Robert'); DROP TABLE observation; --"_s);
    db.store->acknowledge(u"finding-1"_s, u"checked again"_s);
    db.store->reopen(u"finding-1"_s);
    HistoryFilter filter;
    filter.afterId = before;
    const QList<HistoryChange> changes = readHistory(*db.store, filter);
    ASSERT_EQ(changes.size(), 6);
    const QString login = db.store->login().name;
    EXPECT_FALSE(login.isEmpty());
    for (const HistoryChange &c : changes)
        EXPECT_EQ(c.login, login);
    EXPECT_EQ(changes[0].action, u"insert"_s);
    EXPECT_EQ(changes[0].record, u"observation"_s);
    EXPECT_FALSE(changes[0].oldValue.has_value());
    EXPECT_EQ(changes[0].newValue, 100.0);
    EXPECT_EQ(changes[0].indicator, u"revenue"_s);
    EXPECT_EQ(changes[0].month, 3);
    EXPECT_EQ(changes[0].detail, u"estimate"_s);
    EXPECT_EQ(changes[0].source, u"form"_s);
    EXPECT_EQ(changes[1].action, u"update"_s);
    EXPECT_EQ(changes[1].oldValue, 100.0);
    EXPECT_EQ(changes[1].newValue, 120.0);
    EXPECT_EQ(changes[2].action, u"delete"_s);
    EXPECT_EQ(changes[2].oldValue, 120.0);
    EXPECT_FALSE(changes[2].newValue.has_value());
    EXPECT_EQ(changes[3].record, u"acknowledgement"_s);
    EXPECT_EQ(changes[3].newText, u"Robert'); DROP TABLE observation; --"_s);
    EXPECT_EQ(changes[4].action, u"update"_s);
    EXPECT_EQ(changes[4].oldText, u"Robert'); DROP TABLE observation; --"_s);
    EXPECT_EQ(changes[4].newText, u"checked again"_s);
    EXPECT_EQ(changes[5].action, u"delete"_s);
    // The filters: an indicator's changes only, and from a day on.
    HistoryFilter revenue;
    revenue.indicator = u"revenue"_s;
    revenue.afterId = before;
    EXPECT_EQ(readHistory(*db.store, revenue).size(), 3);
    revenue.since = QDate::currentDate().addDays(1);
    EXPECT_TRUE(readHistory(*db.store, revenue).isEmpty());
}

TEST(History, CsvAndJsonCarryEveryChangeWithTheDatabasesCodesAndExactValues)
{
    TestDatabase db(true);
    const qint64 before = latestChange(*db.store);
    db.store->saveFigures({typedFigure(100.25)}, u"form"_s);
    db.store->saveFigures({typedFigure(0.1)}, u"form"_s);
    const QString comment = u"=SUM(A1), said \"Lan\"\nchecked"_s; // a formula, a comma, quotes, a line break
    db.store->acknowledge(u"finding-1"_s, comment);
    HistoryFilter filter;
    filter.afterId = before;
    const QList<HistoryChange> changes = readHistory(*db.store, filter);
    ASSERT_EQ(changes.size(), 3);

    const QString csv = historyCsv(changes);
    EXPECT_TRUE(csv.startsWith(u"id,changed_at,login,action,record,indicator,region,year,month,detail,source,old_value,new_value,old_text,new_text\n"_s));
    const QString login = db.store->login().name;
    EXPECT_TRUE(csv.contains(u"%1,%2,%3,insert,observation,revenue,VN,2025,3,estimate,form,,100.25,,\n"_s.arg(changes[0].id).arg(changes[0].at, login)))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(u",update,observation,revenue,VN,2025,3,estimate,form,100.25,0.1,,\n"_s)) << csv.toStdString();
    // Guarded as export guards text, quoted as RFC 4180 quotes it: the line break stays inside.
    EXPECT_TRUE(csv.endsWith(u",,,,\"'=SUM(A1), said \"\"Lan\"\"\nchecked\"\n"_s)) << csv.toStdString();

    const QJsonArray rows = QJsonDocument::fromJson(historyJson(changes)).object()[u"changes"_s].toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0][u"id"_s].toInteger(), changes[0].id);
    EXPECT_EQ(rows[0][u"action"_s].toString(), u"insert"_s);
    EXPECT_TRUE(rows[0][u"old_value"_s].isNull());
    EXPECT_EQ(rows[0][u"new_value"_s].toDouble(), 100.25);
    EXPECT_EQ(rows[0][u"month"_s].toInt(), 3);
    EXPECT_EQ(rows[0][u"login"_s].toString(), login);
    EXPECT_EQ(rows[1][u"old_value"_s].toDouble(), 100.25);
    EXPECT_EQ(rows[1][u"new_value"_s].toDouble(), 0.1);
    EXPECT_EQ(rows[2][u"record"_s].toString(), u"acknowledgement"_s);
    EXPECT_TRUE(rows[2][u"year"_s].isNull());
    EXPECT_TRUE(rows[2][u"new_value"_s].isNull());
    EXPECT_EQ(rows[2][u"new_text"_s].toString(), comment); // JSON needs no guard: nothing runs it as a formula
}

TEST(History, AnImportIsRecordedFigureByFigureAndARefusedOneNotAtAll)
{
    TestDatabase db(true);
    const qint64 before = latestChange(*db.store);
    {
        auto batch = db.store->beginImport(u"tester"_s, u"refused.csv"_s);
        batch->add(typedFigure(1), 2, {});
        batch->settle(10);
    } // not committed
    HistoryFilter since;
    since.afterId = before;
    EXPECT_TRUE(readHistory(*db.store, since).isEmpty());
    auto batch = db.store->beginImport(u"tester"_s, u"month.csv"_s);
    for (int month = 1; month <= 3; ++month) {
        Figure f = typedFigure(month * 10);
        f.month = month;
        batch->add(f, month + 1, {});
    }
    Figure plan = typedFigure(500);
    plan.kind = RecordKind::Plan;
    plan.month = 12;
    plan.basis = Basis::None;
    batch->add(plan, 5, {});
    batch->settle(10);
    batch->commit();
    QList<HistoryChange> changes = readHistory(*db.store, since);
    ASSERT_EQ(changes.size(), 4);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(changes[i].action, u"insert"_s);
        EXPECT_EQ(changes[i].record, u"observation"_s);
        EXPECT_EQ(changes[i].login, db.store->login().name);
        EXPECT_EQ(changes[i].newValue, (i + 1) * 10.0);
        EXPECT_EQ(changes[i].month, i + 1);
    }
    EXPECT_EQ(changes[3].record, u"plan"_s);
    EXPECT_EQ(changes[3].newValue, 500.0);
    // The row-by-row record of insertions is back for what follows.
    Figure april = typedFigure(11);
    april.month = 4;
    db.store->saveFigures({april}, u"form"_s);
    changes = readHistory(*db.store, since);
    ASSERT_EQ(changes.size(), 5);
    EXPECT_EQ(changes[4].action, u"insert"_s);
    EXPECT_EQ(changes[4].month, 4);
}

/// How many rows the history table holds after the change `after`.
qint64 historyRowsAfter(Store &store, qint64 after)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT count(*) FROM history WHERE id > ?"_s);
    query.addBindValue(after);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

TEST(History, AnImportIsOneRowOfTheHistoryAndReadsBackFigureByFigureAsEachWasInserted)
{
    TestDatabase db(true);
    const qint64 before = latestChange(*db.store);
    const auto month = [](int m, double value) {
        Figure f = typedFigure(value);
        f.month = m;
        return f;
    };
    auto batch = db.store->beginImport(u"tester"_s, u"months.csv"_s);
    for (int m = 1; m <= 5; ++m)
        batch->add(month(m, m * 10), m + 1, {});
    batch->settle(10);
    batch->commit();
    EXPECT_EQ(historyRowsAfter(*db.store, before), 1);
    // Then one changed, two removed (the last inserted too: a file gives its id to the next
    // figure), one added.
    db.store->saveFigures({month(2, 21)}, u"form"_s);
    db.store->saveFigures({}, u"form"_s, {month(3, 30), month(5, 50)});
    db.store->saveFigures({month(6, 60)}, u"form"_s);

    HistoryFilter filter;
    filter.afterId = before;
    const QList<HistoryChange> all = readHistory(*db.store, filter);
    ASSERT_EQ(all.size(), 9);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(all[i].action, u"insert"_s) << i;
        EXPECT_EQ(all[i].record, u"observation"_s) << i;
        EXPECT_EQ(all[i].id, all[0].id) << i;
        EXPECT_EQ(all[i].login, db.store->login().name) << i;
        EXPECT_EQ(all[i].month, i + 1) << i;
        EXPECT_EQ(all[i].newValue, (i + 1) * 10.0) << i; // as inserted, though changed or removed since
        EXPECT_FALSE(all[i].oldValue.has_value()) << i;
        EXPECT_EQ(all[i].indicator, u"revenue"_s) << i;
        EXPECT_EQ(all[i].region, u"VN"_s) << i;
        EXPECT_EQ(all[i].year, 2025) << i;
        EXPECT_EQ(all[i].detail, u"estimate"_s) << i;
        EXPECT_EQ(all[i].source, u"form"_s) << i;
    }
    EXPECT_EQ(all[5].action, u"update"_s);
    EXPECT_EQ(all[5].oldValue, 20.0);
    EXPECT_EQ(all[5].newValue, 21.0);
    EXPECT_EQ(all[6].action, u"delete"_s);
    EXPECT_EQ(all[7].action, u"delete"_s);
    EXPECT_EQ(all[6].month + all[7].month, 3 + 5);
    EXPECT_EQ(all[8].action, u"insert"_s);
    EXPECT_EQ(all[8].month, 6);
    EXPECT_EQ(all[8].newValue, 60.0);

    // The latest few are the same, whether they reach into the import or not.
    for (const int latest : {3, 6, 9, 20}) {
        const QList<HistoryChange> tail = readHistory(*db.store, filter, latest);
        ASSERT_EQ(tail.size(), std::min(latest, 9)) << latest;
        for (int i = 0; i < tail.size(); ++i) {
            const HistoryChange &expected = all[all.size() - tail.size() + i];
            EXPECT_EQ(tail[i].id, expected.id) << latest << ' ' << i;
            EXPECT_EQ(tail[i].rowId, expected.rowId) << latest << ' ' << i;
            EXPECT_EQ(tail[i].action, expected.action) << latest << ' ' << i;
            EXPECT_EQ(tail[i].newValue, expected.newValue) << latest << ' ' << i;
        }
    }
    // Filtered on a figure's key, the import's rows are filtered one by one.
    HistoryFilter february = filter;
    february.record = u"observation"_s;
    february.rowId = all[1].rowId;
    const QList<HistoryChange> itsChanges = readHistory(*db.store, february);
    ASSERT_EQ(itsChanges.size(), 2);
    EXPECT_EQ(itsChanges[0].newValue, 20.0);
    EXPECT_EQ(itsChanges[1].newValue, 21.0);
    HistoryFilter profit = filter;
    profit.indicator = u"profit"_s;
    EXPECT_TRUE(readHistory(*db.store, profit).isEmpty());
    EXPECT_TRUE(readHistory(*db.store, profit, 3).isEmpty());
    HistoryFilter elsewhere = filter;
    elsewhere.region = u"HN"_s;
    EXPECT_TRUE(readHistory(*db.store, elsewhere).isEmpty());
}

TEST(History, TextsThatLookLikeSqlAreStoredAndReadBackUnchanged)
{
    TestDatabase db(true);
    const QString megabyte(1 << 20, u'q');
    const QStringList texts = {u"'; DROP TABLE observation; --"_s, u"Robert'); --"_s, u"\\\\'\\\""_s, megabyte};
    QList<Figure> figures;
    for (int i = 0; i < texts.size(); ++i) {
        Figure f = typedFigure(i);
        f.month = i + 1;
        f.source.title = texts[i].left(1000) + QString::number(i);
        f.quote = texts[i];
        f.note = texts[i];
        figures.append(f);
    }
    db.store->saveFigures(figures, texts[0]);
    for (int i = 0; i < texts.size(); ++i) {
        const std::optional<Figure> back = stored(*db.store, figures[i]);
        ASSERT_TRUE(back.has_value()) << i;
        EXPECT_EQ(back->quote, texts[i]) << i;
        EXPECT_EQ(back->note, texts[i]) << i;
        EXPECT_EQ(back->source.title, figures[i].source.title) << i;
    }
    db.store->acknowledge(u"k"_s, megabyte);
    EXPECT_EQ(db.store->acknowledgements().value(u"k"_s).comment, megabyte);
    EXPECT_EQ(db.store->counts().values, 4);
}

TEST(Conflicts, ASaveOverAFigureAnotherChangedSinceItWasReadIsRefusedAndSaysWho)
{
    TestDatabase db(true);
    db.store->saveFigures({typedFigure(100)}, u"form"_s);
    Figure mine = typedFigure(150);
    mine.entryId = stored(*db.store, mine)->entryId; // what my window read
    auto other = Store::open(db.path());
    other->saveFigures({typedFigure(130)}, u"form"_s); // another analyst, meanwhile
    const QByteArray before = exportAll(*db.store);
    try {
        db.store->saveFigures({mine}, u"form"_s, {}, Store::WhenChanged::Refuse);
        FAIL() << "saved over another's change";
    } catch (const ConflictError &conflict) {
        EXPECT_EQ(conflict.change().login, other->login().name);
        EXPECT_EQ(conflict.change().value, 130.0);
        EXPECT_EQ(conflict.change().action, u"update"_s);
        EXPECT_FALSE(conflict.change().at.isEmpty());
        EXPECT_TRUE(conflict.message().contains(u"130"_s)) << conflict.message().toStdString();
    }
    EXPECT_EQ(exportAll(*db.store), before);
    // Knowingly, it is overwritten.
    db.store->saveFigures({mine}, u"form"_s, {}, Store::WhenChanged::Overwrite);
    EXPECT_EQ(stored(*db.store, mine)->value, 150.0);
}

TEST(Conflicts, AFigureAddedOrRemovedByAnotherSinceItWasReadIsAConflictToo)
{
    TestDatabase db(true);
    auto other = Store::open(db.path());
    // Read as absent; another adds it.
    other->saveFigures({typedFigure(90)}, u"form"_s);
    EXPECT_THROW(db.store->saveFigures({typedFigure(95)}, u"form"_s, {}, Store::WhenChanged::Refuse), ConflictError);
    // Read as present; another removes it.
    Figure mine = typedFigure(99);
    mine.entryId = stored(*db.store, mine)->entryId;
    other->saveFigures({}, u"form"_s, {typedFigure(90)});
    try {
        db.store->saveFigures({mine}, u"form"_s, {}, Store::WhenChanged::Refuse);
        FAIL() << "saved over a removal";
    } catch (const ConflictError &conflict) {
        EXPECT_FALSE(conflict.change().value.has_value());
        EXPECT_EQ(conflict.change().action, u"delete"_s);
    }
    EXPECT_FALSE(stored(*db.store, mine).has_value());
}

TEST(Conflicts, AFigureAnotherImportedSinceItWasReadSaysWhoImportedIt)
{
    TestDatabase db(true);
    auto other = Store::open(db.path());
    auto batch = other->beginImport(u"tester"_s, u"months.csv"_s);
    Figure april = typedFigure(44);
    april.month = 4;
    batch->add(april, 2, {});
    batch->add(typedFigure(33), 3, {}); // the figure my window read as absent
    batch->settle(10);
    batch->commit();
    try {
        db.store->saveFigures({typedFigure(35)}, u"form"_s, {}, Store::WhenChanged::Refuse);
        FAIL() << "saved over another's import";
    } catch (const ConflictError &conflict) {
        EXPECT_EQ(conflict.change().action, u"insert"_s);
        EXPECT_EQ(conflict.change().login, other->login().name);
        EXPECT_FALSE(conflict.change().at.isEmpty());
        EXPECT_EQ(conflict.change().value, 33.0);
    }
}

TEST(Conflicts, AnAcknowledgementAnotherChangedOrReopenedSinceItWasReadIsNotOverwritten)
{
    TestDatabase db(true);
    auto other = Store::open(db.path());
    const std::optional<Store::Acknowledgement> readNone; // my window read no acknowledgement
    other->acknowledge(u"finding-7"_s, u"the source rounds"_s);
    try {
        db.store->acknowledge(u"finding-7"_s, u"a typo in the report"_s, readNone);
        FAIL() << "overwrote another's acknowledgement";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(other->login().name)) << error.message().toStdString();
        EXPECT_TRUE(error.message().contains(u"the source rounds"_s)) << error.message().toStdString();
    }
    EXPECT_THROW(db.store->reopen(u"finding-7"_s, readNone), StoreError);
    EXPECT_EQ(db.store->acknowledgements().value(u"finding-7"_s).comment, u"the source rounds"_s);
    // Read again, it may be changed; and reopened by another meanwhile, it is not changed.
    const auto read = db.store->acknowledgements().value(u"finding-7"_s);
    db.store->acknowledge(u"finding-7"_s, u"a typo in the report"_s, read);
    const auto mine = db.store->acknowledgements().value(u"finding-7"_s);
    EXPECT_EQ(mine.comment, u"a typo in the report"_s);
    other->reopen(u"finding-7"_s);
    EXPECT_THROW(db.store->acknowledge(u"finding-7"_s, u"again"_s, mine), StoreError);
    EXPECT_FALSE(db.store->acknowledgements().contains(u"finding-7"_s));
}

TEST(Conflicts, TwoClientsSavingTheSameFigureAtOnceExactlyOneSucceeds)
{
    TestDatabase db(true);
    db.store->saveFigures({typedFigure(100)}, u"form"_s);
    const qint64 read = stored(*db.store, typedFigure(0))->entryId;
    const QString path = db.path();
    for (int round = 0; round < 5; ++round) {
        const qint64 entry = round == 0 ? read : stored(*db.store, typedFigure(0))->entryId;
        std::latch start(2);
        const auto save = [&](double value) {
            // Each client its own connection, opened in its own thread, as two programs would.
            auto store = Store::open(path);
            Figure f = typedFigure(value);
            f.entryId = entry;
            start.arrive_and_wait();
            try {
                store->saveFigures({f}, u"form"_s, {}, Store::WhenChanged::Refuse);
                return 1;
            } catch (const ConflictError &) {
                return 0;
            }
        };
        auto a = std::async(std::launch::async, save, 200.0 + round);
        auto b = std::async(std::launch::async, save, 300.0 + round);
        const int stores = a.get() + b.get();
        EXPECT_EQ(stores, 1) << "round " << round;
        const double value = stored(*db.store, typedFigure(0))->value;
        EXPECT_TRUE(value == 200.0 + round || value == 300.0 + round) << value;
    }
}

} // namespace
