// GoogleTest entry point for widget tests: a QApplication on the offscreen platform.
#include "i18n/Language.h"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include "support/TestArguments.h"

int main(int argc, char **argv)
{
    applyTestEnvironment(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and data go to a test folder, never the user's (the window saves its language).
    QStandardPaths::setTestModeEnabled(true);
    testing::InitGoogleTest(&argc, argv);
    chiso::installTranslator(chiso::Language::English);
    return RUN_ALL_TESTS();
}
