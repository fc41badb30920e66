// GoogleTest entry point with a QCoreApplication, which QtSql's plugins and QTranslator need.
#include "i18n/Language.h"

#include <QCoreApplication>
#include <gtest/gtest.h>
#include "support/TestArguments.h"

int main(int argc, char **argv)
{
    applyTestEnvironment(argc, argv);
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    chiso::installTranslator(chiso::Language::English);
    return RUN_ALL_TESTS();
}
