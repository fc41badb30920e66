// The Submissions tab's review: the office approves, returns and reopens the selected unit's
// form; each button says why when it cannot; the month's review history shows below.
#include "TestDatabase.h"
#include "MainWindow.h"
#include "entry/EntryView.h"
#include "findings/FindingsView.h"
#include "indicator/IndicatorView.h"
#include "StatusColors.h"
#include "session/Analysis.h"
#include "store/DatabaseAddress.h"
#include "store/Logins.h"
#include "store/StoreError.h"
#include "submissions/SubmissionsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Hà Nội's form for August 2025 come in (Cao Bằng's, 04, is not).
void receiveHanoi(Store &store)
{
    QSqlQuery query(store.database());
    query.prepare(u"INSERT INTO entry (entered_at, entered_by, origin) VALUES (?, 'so.hanoi', 'form.xlsx')"_s);
    query.bindValue(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    ASSERT_TRUE(query.exec(u"INSERT INTO submission (unit, year, month, entry_id) SELECT '01', 2025, 8, max(id) FROM entry"_s))
        << query.lastError().text().toStdString();
}

TEST(WindowReview, TheOfficeApprovesReopensAndReturnsTheSelectedFormAndSeesItsHistory)
{
    TestDatabase db;
    receiveHanoi(*db.store);
    ui::MainWindow window(*db.store, Language::English);
    window.analysis().setPeriod({2025, 8});
    ASSERT_TRUE(window.showView(u"submissions"_s));
    ui::SubmissionsView *view = window.submissionsView();
    QTableWidget *table = view->table();
    ASSERT_EQ(table->item(0, 0)->text(), u"01"_s);
    ASSERT_EQ(table->item(1, 0)->text(), u"04"_s);

    // Nothing selected: each button says so.
    EXPECT_FALSE(view->approveButton()->isEnabled());
    EXPECT_EQ(view->approveButton()->toolTip(), u"Select a unit first."_s);
    // Cao Bằng sent nothing: nothing to approve or return.
    table->selectRow(1);
    EXPECT_FALSE(view->approveButton()->isEnabled());
    EXPECT_EQ(view->returnButton()->toolTip(), u"No form has come for this month."_s);
    // Hà Nội's form awaits review.
    table->selectRow(0);
    EXPECT_TRUE(view->approveButton()->isEnabled());
    EXPECT_TRUE(view->returnButton()->isEnabled());
    EXPECT_FALSE(view->reopenButton()->isEnabled());
    EXPECT_EQ(view->reopenButton()->toolTip(), u"Only an approved month can be reopened."_s);
    EXPECT_EQ(view->history()->rowCount(), 0);

    view->approveButton()->click();
    table = view->table();
    EXPECT_EQ(table->item(0, 3)->text(), u"✔ approved (locked)"_s);
    EXPECT_EQ(table->item(0, 3)->foreground().color(), ui::statusColor(Status::Ahead, view->palette()));
    EXPECT_EQ(table->selectedItems().first()->row(), 0); // still Hà Nội
    EXPECT_FALSE(view->approveButton()->isEnabled());
    EXPECT_EQ(view->returnButton()->toolTip(), u"The month is approved and locked: reopen it first."_s);
    EXPECT_TRUE(view->reopenButton()->isEnabled());
    ASSERT_EQ(view->history()->rowCount(), 1);
    EXPECT_EQ(view->history()->item(0, 1)->text(), db.store->login().name);
    EXPECT_EQ(view->history()->item(0, 2)->text(), u"approved"_s);

    // Locked: the Entry tab's save of a Hà Nội August figure is refused, saying why.
    QString failure;
    QObject::connect(&window.analysis(), &Analysis::writeFailed, view, [&failure](const QString &message) { failure = message; });
    window.analysis().setRegion(u"01"_s);
    ASSERT_TRUE(window.showView(u"entry"_s));
    const int values = db.store->counts().values;
    window.entryView()->field(u"value:revenue"_s)->setText(u"10"_s);
    EXPECT_FALSE(window.entryView()->saveAll());
    EXPECT_EQ(failure, u"Nothing was saved: Unit 01's form for 8/2025 is approved and locked; the office must reopen it first."_s);
    EXPECT_EQ(db.store->counts().values, values);
    ASSERT_TRUE(window.showView(u"submissions"_s));

    // Reopened with the reason, then returned with a comment: both kept, in order.
    EXPECT_FALSE(view->reviewSelected(ReviewAction::Reopen, {})); // a reason is required
    EXPECT_TRUE(view->reviewSelected(ReviewAction::Reopen, u"Sở xin sửa doanh thu"_s));
    EXPECT_TRUE(view->reviewSelected(ReviewAction::Return, u"Thiếu lao động"_s));
    table = view->table();
    EXPECT_EQ(table->item(0, 3)->text(), u"↩ returned"_s);
    EXPECT_EQ(table->item(0, 3)->toolTip(), u"Thiếu lao động"_s);
    EXPECT_EQ(table->item(0, 3)->foreground().color(), ui::statusColor(Status::Behind, view->palette()));
    EXPECT_EQ(view->approveButton()->toolTip(), u"The form was returned; no new form has come since."_s);
    ASSERT_EQ(view->history()->rowCount(), 3);
    EXPECT_EQ(view->history()->item(1, 2)->text(), u"reopened"_s);
    EXPECT_EQ(view->history()->item(1, 3)->text(), u"Sở xin sửa doanh thu"_s);
    EXPECT_EQ(view->history()->item(2, 3)->text(), u"Thiếu lao động"_s);

    window.setLanguage(Language::Vietnamese);
    EXPECT_EQ(view->reopenButton()->text(), u"Mở lại…"_s);
}

/// A new database on the shared server (empty, or with the bundled dataset) and Hà Nội's
/// login there, NAME_u01: the owner's store, and the unit's once unitStore() is called.
struct HanoiOnServer {
    explicit HanoiOnServer(bool empty)
        : url(PgServer::shared().createDatabase()), name(url.section(u'/', -1)), owner(chiso::createDatabase(url, empty))
    {
        logins::add(*owner, unitLogin(), Login::Role::Unit, u"01"_s, std::nullopt);
    }
    QString unitLogin() const { return name + u"_u01"_s; }
    std::unique_ptr<Store> unitStore() const
    {
        QString error;
        return Store::open(*DatabaseAddress::parse(PgServer::shared().url(name, unitLogin()), &error));
    }
    QString url, name;
    std::unique_ptr<Store> owner;
};

TEST(WindowReview, AUnitsLoginSeesTheReviewButCannotActAndIsToldWhy)
{
    HanoiOnServer hanoi(true);
    const QString &name = hanoi.name;
    Store *owner = hanoi.owner.get();
    receiveHanoi(*owner);
    owner->review(u"01"_s, {2025, 8}, ReviewAction::Return, u"Thiếu lao động"_s);
    auto unit = hanoi.unitStore();
    ui::MainWindow window(*unit, Language::English);
    window.analysis().setPeriod({2025, 8});
    ASSERT_TRUE(window.showView(u"submissions"_s));
    ui::SubmissionsView *view = window.submissionsView();
    view->table()->selectRow(0);
    EXPECT_EQ(view->table()->item(0, 3)->text(), u"↩ returned"_s);
    ASSERT_EQ(view->history()->rowCount(), 1);
    EXPECT_EQ(view->history()->item(0, 3)->text(), u"Thiếu lao động"_s);
    for (QPushButton *button : {view->approveButton(), view->returnButton(), view->reopenButton()}) {
        EXPECT_FALSE(button->isEnabled());
        EXPECT_EQ(button->toolTip(), u"Only an office login reviews the units' forms; %1_u01 is not one."_s.arg(name));
    }
    // Even asked directly, the store refuses it and the window says why (its message box closed here).
    QString failure;
    QObject::connect(&window.analysis(), &Analysis::writeFailed, view, [&failure](const QString &message) { failure = message; });
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->done(QMessageBox::Close);
    });
    closer.start(20);
    EXPECT_FALSE(view->reviewSelected(ReviewAction::Reopen, u"mine"_s));
    EXPECT_TRUE(failure.startsWith(u"The review was not stored: Only an office login may approve"_s)) << failure.toStdString();

    // The office approves the form sent again: the unit's window shows it within a moment.
    receiveHanoi(*owner);
    owner->review(u"01"_s, {2025, 8}, ReviewAction::Approve, {});
    QElapsedTimer elapsed;
    elapsed.start();
    while (window.statusBar()->currentMessage().isEmpty() && elapsed.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"changed 1 row"_s)) << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(view->table()->item(0, 3)->text(), u"✔ approved (locked)"_s);
}

TEST(WindowLogin, AUnitsLoginThatNeverChoseARegionOpensOnItsOwnAndTheOfficeOnTheCountry)
{
    HanoiOnServer server(false);
    Store *owner = server.owner.get();
    QSqlQuery hanoisSeptember(owner->database());
    ASSERT_TRUE(hanoisSeptember.exec(u"INSERT INTO observation (indicator, region, year, month, value, basis, source_id, quote, note, entry_id) "
                                     "SELECT 'revenue', '01', 2025, 9, 5000, 'reported', max(id), '', '', (SELECT max(id) FROM entry) FROM source"_s))
        << hanoisSeptember.lastError().text().toStdString();
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, u"chiso"_s, u"chiso"_s);
    settings.remove(u"analysis/region"_s);
    settings.remove(u"analysis/period"_s);
    settings.sync();

    auto unit = server.unitStore();
    ASSERT_TRUE(unit);
    {
        ui::MainWindow window(*unit, Language::English);
        EXPECT_EQ(window.analysis().region(), u"01"_s);
        EXPECT_EQ(window.analysis().period(), (YearMonth{2025, 9})); // its latest month, not the country's
    }
    ui::MainWindow office(*owner, Language::English);
    EXPECT_EQ(office.analysis().region(), u"VN"_s);
    const YearMonth countrys = office.analysis().period();
    EXPECT_LT(countrys, (YearMonth{2025, 9}));
    // Started on a region (--region without --as-of): that region's latest month.
    office.analysis().setRegion(u"01"_s);
    EXPECT_EQ(office.analysis().period(), countrys);
    office.analysis().setRegion(u"VN"_s);
    office.analysis().setRegionAtItsLatestMonth(u"01"_s);
    EXPECT_EQ(office.analysis().region(), u"01"_s);
    EXPECT_EQ(office.analysis().period(), (YearMonth{2025, 9}));
}

TEST(WindowLogin, TheEntryFormOfARegionTheLoginMayNotWriteShowsTheFiguresAndSaysWhyItTakesNone)
{
    HanoiOnServer server(false);
    logins::add(*server.owner, server.name + u"_press"_s, Login::Role::Reader, {}, std::nullopt);
    auto unit = server.unitStore();
    ui::MainWindow window(*unit, Language::English);
    window.analysis().setRegion(u"01"_s);
    ASSERT_TRUE(window.showView(u"entry"_s));
    ui::EntryView *form = window.findChild<ui::EntryView *>();
    ASSERT_TRUE(form);
    QPushButton *save = form->findChild<QPushButton *>(u"saveEntries"_s);
    EXPECT_TRUE(form->field(u"value:revenue"_s)->isEnabled()); // its own region
    window.analysis().setRegion(u"VN"_s);
    EXPECT_FALSE(form->field(u"value:revenue"_s)->isEnabled());
    EXPECT_FALSE(form->field(u"plan:revenue"_s)->isEnabled());
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(form->saveAll());
    const auto said = [form](const QString &words) {
        for (const QLabel *label : form->findChildren<QLabel *>()) {
            if (label->text().contains(words))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(said(u"stores only region 01's figures: choose 01 above to enter them"_s));
    // Nor to choose which source's figure is used (the office's, for everyone): shown, greyed out.
    window.analysis().setPeriod({2023, 6});
    ui::IndicatorView *detail = window.indicatorView();
    detail->showIndicator(u"fixed_broadband_per100"_s);
    const QComboBox *choice = detail->figureChoice();
    EXPECT_GT(choice->count(), 2); // the premise: two sources give this figure
    EXPECT_FALSE(choice->isEnabled());
    EXPECT_TRUE(choice->toolTip().startsWith(u"Only an office login chooses which figure is used"_s)) << choice->toolTip().toStdString();
    // Nor does it offer to acknowledge a finding (the office's): the buttons say why.
    ASSERT_TRUE(window.showView(u"findings"_s));
    for (const QPushButton *button : window.findingsView()->findChildren<QPushButton *>()) {
        if (button->text().startsWith(u"Acknowledge"_s) || button->text() == u"Reopen"_s) {
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
            EXPECT_EQ(button->toolTip(), u"Only an office login acknowledges or reopens a finding; %1 is not one."_s.arg(server.unitLogin()));
        }
    }
    QString refused;
    try {
        unit->acknowledge(u"some.finding"_s, u"mine"_s);
    } catch (const StoreError &error) {
        refused = error.message();
    }
    EXPECT_TRUE(refused.startsWith(u"Only an office login acknowledges or reopens a finding"_s)) << refused.toStdString();
    refused.clear();
    try {
        unit->chooseFigure(u"revenue"_s, u"01"_s, {2025, 9}, u"some-source"_s, std::nullopt);
    } catch (const StoreError &error) {
        refused = error.message();
    }
    EXPECT_TRUE(refused.startsWith(u"Only an office login chooses which figure is used"_s)) << refused.toStdString();

    QString error;
    auto reader = Store::open(*DatabaseAddress::parse(PgServer::shared().url(server.name, server.name + u"_press"_s), &error));
    ASSERT_TRUE(reader) << error.toStdString();
    ui::MainWindow readers(*reader, Language::Vietnamese);
    ASSERT_TRUE(readers.showView(u"entry"_s));
    ui::EntryView *readersForm = readers.findChild<ui::EntryView *>();
    EXPECT_FALSE(readersForm->field(u"value:revenue"_s)->isEnabled());
    EXPECT_FALSE(readersForm->findChild<QPushButton *>(u"saveEntries"_s)->isEnabled());
    bool told = false;
    for (const QLabel *label : readersForm->findChildren<QLabel *>())
        told = told || label->text().contains(u"chỉ được đọc"_s);
    EXPECT_TRUE(told);
    // Nor is the import offered to a reader; a unit's login imports its own region's figures.
    const auto importAction = [](const ui::MainWindow &w) -> const QAction * {
        for (const QAction *action : w.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                return action;
        }
        return nullptr;
    };
    ASSERT_TRUE(importAction(readers));
    EXPECT_FALSE(importAction(readers)->isEnabled());
    EXPECT_TRUE(importAction(readers)->statusTip().contains(server.name + u"_press"_s)) << importAction(readers)->statusTip().toStdString();
    EXPECT_TRUE(importAction(window)->isEnabled());
}

} // namespace
