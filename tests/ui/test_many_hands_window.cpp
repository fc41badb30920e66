// The window among many hands: a figure another changed since the form read it, the history
// tab, and (on a server) another login's import shown within two seconds.
#include "TestDatabase.h"
#include "MainWindow.h"
#include "entry/EntryView.h"
#include "history/HistoryView.h"
#include "table/TableView.h"
#include "views/KpiTableModel.h"
#include "session/Analysis.h"
#include "store/DatabaseAddress.h"
#include "store/Logins.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Answers the next message box with the button named `button`, returning its text.
struct AnswerBox {
    explicit AnswerBox(const QString &button)
    {
        QObject::connect(&timer, &QTimer::timeout, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text();
                if (auto *choice = box->findChild<QPushButton *>(button))
                    choice->click();
                else
                    box->reject();
            }
        });
        timer.start(10);
    }
    QTimer timer;
    QString text;
};

Figure typedFigure(double value)
{
    Figure f;
    f.indicator = u"profit"_s;
    f.region = u"VN"_s;
    f.year = 2024;
    f.month = 6;
    f.value = value;
    f.basis = Basis::Estimate;
    f.source.title = u"Chỉ Số — nhập liệu hằng tháng"_s; // the form's source
    return f;
}

class ManyHandsWindow : public testing::Test
{
protected:
    TestDatabase db;
    ui::MainWindow window{*db.store, Language::English};
};

TEST_F(ManyHandsWindow, SavingOverAnotherAnalystsChangeAsksThenReloadsOrOverwrites)
{
    window.analysis().setPeriod({2024, 6});
    QLineEdit *field = window.entryView()->field(u"value:profit"_s);
    field->setText(u"150,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    // Another analyst changes it, in a program of their own.
    auto other = Store::open(db.path());
    other->saveFigures({typedFigure(160000)}, u"form"_s);
    window.entryView()->field(u"value:profit"_s)->setText(u"155,000"_s);
    {
        AnswerBox answer(u"reloadAfterConflict"_s);
        EXPECT_FALSE(window.entryView()->saveAll());
        EXPECT_TRUE(answer.text.contains(u"160,000"_s)) << answer.text.toStdString();
        EXPECT_TRUE(answer.text.contains(other->login().name)) << answer.text.toStdString();
    }
    // Reloaded: the other's figure shows, and what was typed is still in the form.
    EXPECT_EQ(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6)->value, 160000);
    EXPECT_EQ(window.entryView()->field(u"value:profit"_s)->text(), u"155,000"_s);
    // Saved again now, it is over the figure the form has read: no question.
    ASSERT_TRUE(window.entryView()->saveAll());
    EXPECT_EQ(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6)->value, 155000);
    // Changed once more behind its back; this time the analyst overwrites knowingly.
    other->saveFigures({typedFigure(170000)}, u"form"_s);
    window.entryView()->field(u"value:profit"_s)->setText(u"158,000"_s);
    {
        AnswerBox answer(u"overwriteAfterConflict"_s);
        EXPECT_TRUE(window.entryView()->saveAll());
        EXPECT_FALSE(answer.text.isEmpty());
    }
    EXPECT_EQ(window.analysis().snapshot().value(u"profit"_s, u"VN"_s, 2024, 6)->value, 158000);
}

TEST_F(ManyHandsWindow, TheHistoryTabListsWhoChangedWhatLatestFirst)
{
    window.analysis().setPeriod({2024, 6});
    window.entryView()->field(u"value:profit"_s)->setText(u"150,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    window.entryView()->field(u"value:profit"_s)->setText(u"151,000"_s);
    ASSERT_TRUE(window.entryView()->saveAll());
    ASSERT_TRUE(window.showView(u"history"_s));
    window.historyView()->showIndicator(u"profit"_s);
    QTableWidget *table = window.historyView()->table();
    const int before = table->rowCount(); // the bundled dataset's profits, added when it was created, and these two
    ASSERT_GE(before, 2);
    EXPECT_EQ(table->item(0, 1)->text(), db.store->login().name);
    EXPECT_EQ(table->item(0, 2)->text(), u"changed"_s);
    EXPECT_EQ(table->item(0, 4)->text(), u"150,000"_s);
    EXPECT_EQ(table->item(0, 5)->text(), u"151,000"_s);
    EXPECT_EQ(table->item(1, 2)->text(), u"added"_s);
    EXPECT_EQ(table->item(1, 5)->text(), u"150,000"_s);
    EXPECT_TRUE(table->item(1, 3)->text().startsWith(u"Sector profit · VN · 6/2024"_s)) << table->item(1, 3)->text().toStdString();
    // From the table's row: that indicator's changes in the region shown.
    ASSERT_TRUE(window.showView(u"table"_s));
    QTableView *kpis = window.tableView()->table();
    for (int row = 0; row < kpis->model()->rowCount(); ++row) {
        if (kpis->model()->index(row, 0).data(KpiTableModel::IndicatorCodeRole).toString() == u"revenue"_s)
            kpis->setCurrentIndex(kpis->model()->index(row, 0));
    }
    QAction *rowHistory = window.tableView()->findChild<QAction *>(u"rowHistory"_s);
    ASSERT_TRUE(rowHistory);
    EXPECT_TRUE(kpis->actions().contains(rowHistory)); // in the rows' context menu
    EXPECT_EQ(rowHistory->text(), u"Who changed these figures…"_s);
    rowHistory->trigger();
    EXPECT_EQ(window.findChild<QTabWidget *>()->currentIndex(), int(ui::MainWindow::View::History));
    QTableWidget *revenue = window.historyView()->table();
    ASSERT_GT(revenue->rowCount(), 0);
    for (int row = 0; row < revenue->rowCount(); ++row)
        EXPECT_TRUE(revenue->item(row, 3)->text().startsWith(u"Sector revenue · VN · "_s)) << revenue->item(row, 3)->text().toStdString();
    window.historyView()->showIndicator(u"profit"_s);
    window.undoStack().undo();
    EXPECT_EQ(window.historyView()->table()->rowCount(), before + 1);
    EXPECT_EQ(window.historyView()->table()->item(0, 5)->text(), u"150,000"_s);
}

TEST(ManyHandsServerWindow, AnotherLoginsImportShowsWithinTwoSecondsAndKeepsWhatIsTyped)
{
    PgServer &server = PgServer::shared();
    const QString url = server.createDatabase();
    const QString name = url.section(u'/', -1);
    QString error;
    auto owner = chiso::createDatabase(url, false);
    logins::add(*owner, name + u"_u01"_s, Login::Role::Unit, u"01"_s, std::nullopt);
    ui::MainWindow window(*owner, Language::English);
    window.analysis().setPeriod({2024, 6});
    window.entryView()->field(u"value:profit"_s)->setText(u"150,000"_s);
    auto unit = Store::open(*DatabaseAddress::parse(server.url(name, name + u"_u01"_s), &error));
    Figure f = typedFigure(42);
    f.region = u"01"_s;
    unit->saveFigures({f}, u"form"_s);
    QElapsedTimer elapsed;
    elapsed.start();
    while (window.statusBar()->currentMessage().isEmpty() && elapsed.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_LT(elapsed.elapsed(), 2000);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(name + u"_u01 changed 1 row of the database"_s))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(window.entryView()->field(u"value:profit"_s)->text(), u"150,000"_s);
    EXPECT_TRUE(window.analysis().findRegions().contains(u"01"_s));
}

} // namespace
