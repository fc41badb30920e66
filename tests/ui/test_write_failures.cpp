// The window when the database refuses a write: another program holds the write lock, or a
// trigger refuses a row half-way through a save. Nothing is half-stored, the user is told,
// the undo stack stays where the database is, and the same action works once the database
// takes writes again.
#include "TestDatabase.h"
#include "store/Backend.h"

#include "MainWindow.h"
#include "entry/EntryView.h"
#include "findings/FindingsView.h"
#include "import/ImportDialog.h"
#include "session/Analysis.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// The store reads its busy timeout when it opens: short here, so that a locked write fails
/// at once instead of after the default five seconds.
struct ShortBusyTimeout {
    ShortBusyTimeout() { qputenv("CHISO_BUSY_TIMEOUT_MS", "50"); }
    ~ShortBusyTimeout() { qunsetenv("CHISO_BUSY_TIMEOUT_MS"); }
};

/// Runs the event loop until the window shows a modal message box, closes it and returns its
/// text; empty if none came within the time.
QString takeMessage(int milliseconds = 3000)
{
    QString text;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->done(QMessageBox::Ok);
        }
    });
    closer.start(10);
    QElapsedTimer elapsed;
    elapsed.start();
    while (text.isEmpty() && elapsed.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return text;
}

class FailingWrites : public testing::Test
{
protected:
    ShortBusyTimeout timeout;
    TestDatabase db;
    ui::MainWindow window{*db.store, Language::English};
    QString otherName = u"another-program"_s;

    void SetUp() override
    {
        // Another program on the same database: a second connection to the file or the server.
        const bool server = db.store->isServer();
        QSqlDatabase other = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, otherName);
        if (server) {
            const DatabaseAddress address = db.store->backend().address();
            other.setHostName(address.host);
            other.setPort(address.port);
            other.setDatabaseName(address.database);
            other.setUserName(address.user);
        } else {
            other.setDatabaseName(db.path());
        }
        ASSERT_TRUE(other.open()) << other.lastError().text().toStdString();
        window.analysis().setPeriod({2024, 6});
    }
    void TearDown() override { QSqlDatabase::removeDatabase(otherName); }

    /// Runs SQL on a second connection to the file, as another program would.
    void other(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(otherName));
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }
    /// Holds the write lock as another program's long write would; reading stays possible.
    void lock()
    {
        other(u"BEGIN"_s.append(db.store->isServer() ? QString() : u" EXCLUSIVE"_s));
        if (db.store->isServer())
            other(u"LOCK TABLE entry, source, observation, plan, claim, acknowledgement IN EXCLUSIVE MODE"_s);
    }
    void unlock() { other(u"ROLLBACK"_s); }
    /// A trigger that refuses every new value with `message`, and its removal.
    void refuseValues(const QString &message)
    {
        if (!db.store->isServer()) {
            other(u"CREATE TRIGGER refuse_values BEFORE INSERT ON observation BEGIN SELECT RAISE(ABORT, '%1'); END"_s.arg(message));
            return;
        }
        other(u"CREATE FUNCTION refuse_values() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '%1'; END $$"_s.arg(message));
        other(u"CREATE TRIGGER refuse_values BEFORE INSERT ON observation FOR EACH ROW EXECUTE FUNCTION refuse_values()"_s);
    }
    void acceptValues() { other(db.store->isServer() ? u"DROP TRIGGER refuse_values ON observation"_s : u"DROP TRIGGER refuse_values"_s); }

    QLineEdit *field(const QString &name) { return window.entryView()->field(name); }
    QAction *action(const QString &name) { return window.findChild<QAction *>(name); }
    std::optional<double> storedProfit()
    {
        // Read from the database, not from the window's analysis.
        const Snapshot snapshot(db.store->figures());
        const auto value = snapshot.value(u"profit"_s, u"VN"_s, 2024, 6);
        return value ? std::optional<double>(value->value) : std::nullopt;
    }
};

bool saysBusy(const QString &message)
{
    return message.contains(u"busy"_s) || message.contains(u"locked"_s);
}

} // namespace

TEST_F(FailingWrites, ASaveOnABusyDatabaseStoresNothingKeepsTheStackAndWorksOnceFree)
{
    // A step to redo, which a refused save must not drop.
    field(u"value:profit"_s)->setText(u"140,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    action(u"undo"_s)->trigger();
    ASSERT_EQ(window.undoStack().count(), 1);
    ASSERT_EQ(window.undoStack().index(), 0);
    const QByteArray before = exportAll(*db.store);

    lock();
    field(u"value:profit"_s)->setText(u"150,000"_s);
    field(u"plan:revenue"_s)->setText(u"4,200,000"_s);
    EXPECT_FALSE(window.entryView()->saveAll());
    const QString message = takeMessage();
    EXPECT_TRUE(message.startsWith(u"Nothing was saved: "_s)) << message.toStdString();
    EXPECT_TRUE(saysBusy(message)) << message.toStdString();
    EXPECT_EQ(window.undoStack().count(), 1);
    EXPECT_EQ(window.undoStack().index(), 0);
    EXPECT_TRUE(window.undoStack().canRedo());
    EXPECT_EQ(exportAll(*db.store), before);
    EXPECT_EQ(field(u"value:profit"_s)->text(), u"150,000"_s); // kept, to be saved again

    unlock();
    EXPECT_TRUE(window.entryView()->saveAll());
    EXPECT_TRUE(takeMessage(200).isEmpty());
    EXPECT_EQ(window.undoStack().count(), 1); // the new step replaced the one to redo
    EXPECT_EQ(window.undoStack().index(), 1);
    EXPECT_EQ(storedProfit(), 150000);
    EXPECT_EQ(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6)->value, 150000);
}

TEST_F(FailingWrites, ASaveRefusedHalfWayStoresNoneOfItsFigures)
{
    const QByteArray before = exportAll(*db.store);
    const Store::Counts counts = db.store->counts();
    // The form saves revenue's plan first, then profit's value: the trigger refuses the second.
    refuseValues(u"values refused for the test"_s);
    field(u"plan:revenue"_s)->setText(u"4,200,000"_s);
    field(u"value:profit"_s)->setText(u"150,000"_s);
    EXPECT_FALSE(window.entryView()->saveAll());
    const QString message = takeMessage();
    EXPECT_TRUE(message.contains(u"values refused for the test"_s)) << message.toStdString();
    EXPECT_EQ(exportAll(*db.store), before);
    EXPECT_EQ(db.store->counts().plans, counts.plans);
    EXPECT_EQ(window.undoStack().count(), 0);

    acceptValues();
    EXPECT_TRUE(window.entryView()->saveAll());
    EXPECT_EQ(db.store->counts().plans, counts.plans + 1);
    EXPECT_EQ(db.store->counts().values, counts.values + 1);
    EXPECT_EQ(window.undoStack().count(), 1);
}

TEST_F(FailingWrites, AnUndoOnABusyDatabaseLeavesTheStepDoneAndTheStackOnIt)
{
    field(u"value:profit"_s)->setText(u"150,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    ASSERT_EQ(window.undoStack().index(), 1);

    lock();
    action(u"undo"_s)->trigger();
    const QString message = takeMessage();
    EXPECT_TRUE(message.startsWith(u"Nothing was undone: "_s)) << message.toStdString();
    EXPECT_TRUE(saysBusy(message)) << message.toStdString();
    EXPECT_EQ(window.undoStack().count(), 1);
    EXPECT_EQ(window.undoStack().index(), 1);
    EXPECT_EQ(storedProfit(), 150000);
    EXPECT_EQ(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6)->value, 150000);

    unlock();
    action(u"undo"_s)->trigger();
    EXPECT_TRUE(takeMessage(200).isEmpty());
    EXPECT_EQ(window.undoStack().index(), 0);
    EXPECT_EQ(storedProfit(), std::nullopt);
    EXPECT_FALSE(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6));
}

TEST_F(FailingWrites, ARedoOnABusyDatabaseLeavesTheStepUndoneAndTheStackBeforeIt)
{
    field(u"value:profit"_s)->setText(u"150,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    action(u"undo"_s)->trigger();
    ASSERT_EQ(window.undoStack().index(), 0);

    lock();
    action(u"redo"_s)->trigger();
    const QString message = takeMessage();
    EXPECT_TRUE(message.startsWith(u"Nothing was saved: "_s)) << message.toStdString();
    EXPECT_TRUE(saysBusy(message)) << message.toStdString();
    EXPECT_EQ(window.undoStack().count(), 1);
    EXPECT_EQ(window.undoStack().index(), 0);
    EXPECT_EQ(storedProfit(), std::nullopt);

    unlock();
    action(u"redo"_s)->trigger();
    EXPECT_TRUE(takeMessage(200).isEmpty());
    EXPECT_EQ(window.undoStack().index(), 1);
    EXPECT_EQ(storedProfit(), 150000);
    EXPECT_EQ(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6)->value, 150000);
}

TEST_F(FailingWrites, AnAcknowledgementOnABusyDatabaseIsNotStoredAndTheUserIsTold)
{
    ui::FindingsView *view = window.findingsView();
    const qsizetype open = window.analysis().openFindings().size();
    ASSERT_GT(open, 0);

    lock();
    EXPECT_FALSE(view->acknowledgeRow(0, u"Checked by phone."_s));
    const QString message = takeMessage();
    EXPECT_TRUE(message.startsWith(u"The acknowledgement was not stored: "_s)) << message.toStdString();
    EXPECT_TRUE(saysBusy(message)) << message.toStdString();
    EXPECT_EQ(window.analysis().openFindings().size(), open);
    EXPECT_TRUE(db.store->acknowledgements().isEmpty());

    unlock();
    EXPECT_TRUE(view->acknowledgeRow(0, u"Checked by phone."_s));
    EXPECT_EQ(window.analysis().openFindings().size(), open - 1);
    EXPECT_EQ(db.store->acknowledgements().size(), 1);

    // Reopening is a write too.
    lock();
    EXPECT_FALSE(view->reopenRow(0));
    EXPECT_TRUE(takeMessage().startsWith(u"The finding was not reopened: "_s));
    EXPECT_EQ(db.store->acknowledgements().size(), 1);
    unlock();
    EXPECT_TRUE(view->reopenRow(0));
    EXPECT_TRUE(db.store->acknowledgements().isEmpty());
}

TEST_F(FailingWrites, AnImportFromTheWindowOnABusyDatabaseStoresNothingAndSaysWhy)
{
    const QString csv = db.write(u"more.csv"_s, "record,indicator,year,month,value,basis,source_url\n"
                                                "value,revenue,2024,9,3100000,estimate,https://x.vn\n");
    const QByteArray before = exportAll(*db.store);
    QAction *import = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            import = a;
    }
    ASSERT_TRUE(import);

    // The window's import dialog is modal: the test works it from inside its event loop.
    auto importThroughTheWindow = [&](bool *stored, QString *summary) {
        QTimer driver;
        QObject::connect(&driver, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<ui::ImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            driver.stop();
            *stored = dialog->importFile(csv);
            *summary = dialog->findChild<QLabel *>(u"importSummary"_s)->text();
            dialog->reject();
        });
        driver.start(10);
        import->trigger();
    };

    lock();
    bool stored = true;
    QString summary;
    importThroughTheWindow(&stored, &summary);
    EXPECT_FALSE(stored);
    EXPECT_TRUE(saysBusy(summary)) << summary.toStdString();
    EXPECT_EQ(exportAll(*db.store), before);

    unlock();
    importThroughTheWindow(&stored, &summary);
    EXPECT_TRUE(stored) << summary.toStdString();
    window.analysis().setPeriod({2024, 9});
    EXPECT_EQ(window.analysis().snapshot().value(u"revenue"_s, u"VN"_s, 2024, 9)->value, 3100000);
}

TEST_F(FailingWrites, SavingFiveFiguresReloadsTheAnalysisOnce)
{
    int reloads = 0;
    QObject::connect(&window.analysis(), &Analysis::changed, &window, [&reloads] { ++reloads; });
    const Store::Counts counts = db.store->counts();
    field(u"value:profit"_s)->setText(u"150,000"_s);
    field(u"value:state_budget"_s)->setText(u"60,000"_s);
    field(u"plan:revenue"_s)->setText(u"4,200,000"_s);
    field(u"plan:profit"_s)->setText(u"500,000"_s);
    field(u"plan:state_budget"_s)->setText(u"110,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    EXPECT_EQ(reloads, 1);
    EXPECT_EQ(db.store->counts().values + db.store->counts().plans, counts.values + counts.plans + 5);
    EXPECT_EQ(window.undoStack().count(), 1);

    action(u"undo"_s)->trigger();
    EXPECT_EQ(reloads, 2);
    EXPECT_EQ(db.store->counts().values + db.store->counts().plans, counts.values + counts.plans);
    action(u"redo"_s)->trigger();
    EXPECT_EQ(reloads, 3);
    EXPECT_EQ(db.store->counts().values + db.store->counts().plans, counts.values + counts.plans + 5);
}
