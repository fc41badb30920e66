// The analysis a window shows: computed once, from the settings it starts with.
#include "TestDatabase.h"
#include "session/Analysis.h"

#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

TEST(Analysis, StartsFromItsSettings)
{
    TestDatabase db;
    AnalysisSettings settings;
    settings.period = YearMonth{2024, 6};
    settings.tolerancePoints = 5;
    settings.check.sharePoints = 3;
    Analysis analysis(*db.store, settings);
    EXPECT_EQ(analysis.period(), (YearMonth{2024, 6}));
    EXPECT_EQ(analysis.tolerancePoints(), 5);
    EXPECT_EQ(analysis.checkSettings().sharePoints, 3);
    EXPECT_EQ(analysis.row(u"revenue"_s)->current->value, 2067389);
    // Without a period: the latest month holding a flow figure.
    EXPECT_EQ(Analysis(*db.store).period(), (YearMonth{2024, 8}));
}

TEST(Analysis, SameSettingsComputeNothingAgain)
{
    TestDatabase db;
    Analysis analysis(*db.store);
    int changes = 0;
    QObject::connect(&analysis, &Analysis::changed, [&changes] { ++changes; });
    analysis.setCheckSettings(analysis.checkSettings());
    analysis.setTolerancePoints(analysis.tolerancePoints());
    analysis.setPeriod(analysis.period());
    EXPECT_EQ(changes, 0);
    CheckSettings stricter = analysis.checkSettings();
    stricter.sharePoints = 0.1;
    analysis.setCheckSettings(stricter);
    EXPECT_EQ(changes, 1);
}
