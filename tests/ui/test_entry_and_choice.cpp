// The entry form's checks (#21 item 10) and the office's choice of a figure in the window
// (#21 item 3): every problem at once, a warning before saving a figure far from the ones before
// it, and the analyst's own figure made the one used in one step, from the form or the detail.
#include "TestDatabase.h"
#include "MainWindow.h"
#include "dashboard/DashboardView.h"
#include "dashboard/KpiCard.h"
#include "edit/EditCommands.h"
#include "entry/EntryView.h"
#include "indicator/IndicatorView.h"
#include "session/Analysis.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Answers the next message box with the button named `button`, keeping its text.
struct Answer {
    explicit Answer(const QString &button)
    {
        QObject::connect(&timer, &QTimer::timeout, [this, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text() + u"\n"_s + box->informativeText();
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

class EntryAndChoice : public testing::Test
{
protected:
    void SetUp() override { window.analysis().setPeriod({2024, 8}); }
    double revenueShown() { return window.analysis().row(u"revenue"_s)->current->value; }

    TestDatabase db;
    ui::MainWindow window{*db.store, Language::English};
};

} // namespace

TEST_F(EntryAndChoice, EveryProblemOfTheFormShowsAtOnce)
{
    ui::EntryView *form = window.entryView();
    form->field(u"value:revenue"_s)->setText(u"abc"_s);
    form->field(u"value:profit"_s)->setText(u"-5"_s);
    form->field(u"plan:state_budget"_s)->setText(u"1.2.3"_s);
    const QString message = form->message();
    EXPECT_TRUE(message.contains(u"Sector revenue"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"Sector profit"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"State-budget contribution, plan"_s)) << message.toStdString();
    EXPECT_FALSE(form->findChild<QPushButton *>(u"saveEntries"_s)->isEnabled());
    // Mending one leaves the others listed.
    form->field(u"value:revenue"_s)->setText(u"2,900,000"_s);
    EXPECT_FALSE(form->message().contains(u"Sector revenue"_s));
    EXPECT_TRUE(form->message().contains(u"Sector profit"_s));
}

TEST_F(EntryAndChoice, AFigureAThousandTimesTooSmallIsWarnedBeforeSaving)
{
    ui::EntryView *form = window.entryView();
    const double before = revenueShown();
    const qsizetype stored = window.analysis().store().figures().size();
    form->field(u"value:revenue"_s)->setText(QLocale(QLocale::English).toString(std::round(before / 1000.0), 'f', 0));
    EXPECT_TRUE(form->message().contains(u"smaller"_s)) << form->message().toStdString();
    EXPECT_TRUE(form->findChild<QPushButton *>(u"saveEntries"_s)->isEnabled()); // a warning asks, it does not refuse
    {
        Answer answer(u"correctWarnings"_s);
        EXPECT_FALSE(form->saveAll());
        EXPECT_TRUE(answer.text.contains(u"Sector revenue"_s)) << answer.text.toStdString();
    }
    EXPECT_EQ(window.analysis().store().figures().size(), stored); // nothing saved
    EXPECT_FALSE(form->field(u"value:revenue"_s)->text().isEmpty()); // what was typed stays
    {
        Answer answer(u"saveDespiteWarnings"_s);
        EXPECT_TRUE(form->saveAll());
    }
    EXPECT_EQ(window.analysis().store().figures().size(), stored + 1);
}

TEST_F(EntryAndChoice, DecimalsTheIndicatorDoesNotKeepAreRefused)
{
    ui::EntryView *form = window.entryView();
    form->field(u"value:revenue"_s)->setText(u"2,067.389"_s);
    EXPECT_TRUE(form->message().contains(u"2,067,389"_s)) << form->message().toStdString();
    EXPECT_FALSE(form->findChild<QPushButton *>(u"saveEntries"_s)->isEnabled());
}

TEST_F(EntryAndChoice, TheAnalystsSavedFigureIsSaidToBeOutrankedAndMadeTheOneUsedInOneStep)
{
    ui::EntryView *form = window.entryView();
    const double published = revenueShown();
    form->field(u"value:revenue"_s)->setText(u"2,900,000"_s);
    ASSERT_TRUE(form->saveAll());
    // Saved, but another source's figure is the one used: the form says so and why.
    EXPECT_EQ(revenueShown(), published);
    EXPECT_TRUE(form->message().contains(u"Not the ones used"_s)) << form->message().toStdString();
    auto *useSaved = form->findChild<QPushButton *>(u"useSavedFigures"_s);
    EXPECT_FALSE(useSaved->isHidden());
    // The card says which figure it shows and why.
    const QString card = window.dashboard()->cards().first()->plainText();
    EXPECT_TRUE(card.contains(u"2,900,000"_s)) << card.toStdString();
    EXPECT_TRUE(card.contains(u"stored first"_s)) << card.toStdString();

    useSaved->click();
    EXPECT_EQ(revenueShown(), 2900000);
    EXPECT_TRUE(useSaved->isHidden());
    EXPECT_EQ(db.store->figureChoices().size(), 1);
    EXPECT_TRUE(window.dashboard()->cards().first()->plainText().contains(u"office's choice"_s));
}

TEST_F(EntryAndChoice, TheDetailViewListsTheSourcesAndRecordsTheChoice)
{
    Figure typed;
    typed.indicator = u"revenue"_s;
    typed.region = u"VN"_s;
    typed.year = 2024;
    typed.month = 8;
    typed.value = 2900000;
    typed.basis = Basis::Estimate;
    typed.source = manualEntrySource();
    db.store->saveFigures({typed}, u"form"_s);
    window.analysis().reload();
    const double published = revenueShown();
    ui::IndicatorView *detail = window.indicatorView();
    detail->showIndicator(u"revenue"_s);
    QComboBox *choice = detail->figureChoice();
    ASSERT_FALSE(choice->isHidden());
    ASSERT_EQ(choice->count(), 3); // the usual order, then each source
    EXPECT_EQ(choice->currentIndex(), 0);
    const int mine = choice->findData(manualEntrySource().key());
    ASSERT_GT(mine, 0);
    choice->setCurrentIndex(mine);
    Q_EMIT choice->activated(mine);
    EXPECT_EQ(revenueShown(), 2900000);
    EXPECT_EQ(detail->figureChoice()->currentIndex(), mine);
    // Back to the usual order: the choice is removed.
    Q_EMIT detail->figureChoice()->activated(0);
    EXPECT_EQ(revenueShown(), published);
    EXPECT_TRUE(db.store->figureChoices().isEmpty());
    // A figure no other source disputes offers no choice.
    detail->showIndicator(u"profit"_s);
    EXPECT_TRUE(detail->figureChoice()->isHidden());
}

TEST_F(EntryAndChoice, TheSerifFaceChosenIsTheOneThePreviewAndThePdfUse)
{
    auto *serif = window.findChild<QAction *>(u"briefingSerif"_s);
    ASSERT_NE(serif, nullptr);
    serif->setChecked(false);
    EXPECT_EQ(window.briefingOptions().face, ui::BriefingRenderer::Face::Sans);
    serif->setChecked(true);
    EXPECT_EQ(window.briefingOptions().face, ui::BriefingRenderer::Face::Serif);
    // Kept for the next window.
    ui::MainWindow next{*db.store, Language::English};
    EXPECT_EQ(next.briefingOptions().face, ui::BriefingRenderer::Face::Serif);
    serif->setChecked(false);
}
