// The analysis a window shows: computed once from its settings, in the background or at once.
#include "TestDatabase.h"
#include "session/Analysis.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// What a reader of the analysis sees, as text: equal texts, equal analyses.
QStringList summary(const Analysis &analysis)
{
    QStringList lines{analysis.period().toIsoString()};
    for (const KpiRow &row : analysis.kpis().rows)
        lines.append(u"%1 %2 %3 %4"_s.arg(row.indicator.code)
                         .arg(row.current ? row.current->value : -1, 0, 'g', 17)
                         .arg(row.share ? *row.share : -1, 0, 'g', 17)
                         .arg(int(row.status)));
    for (const FlowForecast &f : analysis.forecasts().flows) {
        const MethodForecast *m = f.preferredForecast();
        lines.append(u"%1 %2"_s.arg(f.indicator.code).arg(m ? m->point.value : -1, 0, 'g', 17));
    }
    for (const Finding &f : analysis.findings())
        lines.append(f.key());
    return lines;
}

} // namespace

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

TEST(Analysis, LoadedInTheBackgroundEqualsLoadedAtOnce)
{
    TestDatabase db;
    for (const std::optional<YearMonth> period : {std::optional<YearMonth>(), std::optional<YearMonth>(YearMonth{2024, 3})}) {
        AnalysisSettings settings;
        settings.period = period;
        const Analysis atOnce(*db.store, settings);
        const auto background = Analysis::loadInBackground(*db.store, settings);
        EXPECT_EQ(summary(*background), summary(atOnce));
        EXPECT_GT(summary(atOnce).size(), 20);
    }
}

TEST(Analysis, ABackgroundLoadThatCannotOpenTheFileUsesTheOpenStore)
{
    TestDatabase db;
    // The file is gone (moved away by another program): the open connection still reads it.
    ASSERT_TRUE(QFile::remove(db.path()));
    const auto analysis = Analysis::loadInBackground(*db.store, {});
    EXPECT_EQ(analysis->period(), (YearMonth{2024, 8}));
    EXPECT_EQ(analysis->row(u"revenue"_s)->current->value, 2820865);
}
