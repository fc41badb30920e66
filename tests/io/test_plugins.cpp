// The plugins that keep Excel's libraries out of start-up: found beside the program, loaded
// once, and a clear message when one is missing.
#include "io/xlsx/WorkbookBackend.h"
#include "plugins/PluginLoader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

TEST(Plugins, TheWorkbookPluginIsFoundLoadedOnceAndShared)
{
    QString error;
    WorkbookBackend *first = workbookBackend(&error);
    ASSERT_TRUE(first) << error.toStdString();
    EXPECT_EQ(workbookBackend(&error), first);
    EXPECT_TRUE(first->createReader());
}

TEST(Plugins, AMissingPluginIsNamedWithItsFile)
{
    QString error;
    EXPECT_FALSE(loadPlugin(u"absent"_s, ChisoWorkbookBackend_iid, &error));
    EXPECT_TRUE(error.startsWith(u"Chỉ Số cannot find its part "_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"chiso_absent"_s)) << error.toStdString();
    EXPECT_FALSE(error.contains(u"/../"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"Reinstalling Chỉ Số"_s)) << error.toStdString();
}

TEST(Plugins, APluginAskedForAnotherInterfaceIsRefused)
{
    QString error;
    ASSERT_TRUE(workbookBackend(&error)) << error.toStdString(); // loaded and kept…
    EXPECT_FALSE(loadPlugin(u"workbooks"_s, "org.chiso.SomethingElse/1", &error)); // …but not what was asked for
    EXPECT_TRUE(error.contains(u"chiso_workbooks"_s) && error.contains(u"is of another version"_s)) << error.toStdString();
}

TEST(Plugins, AWriterThatCannotCreateItsFileSaysWhyWhenClosed)
{
    QString error;
    WorkbookBackend *backend = workbookBackend(&error);
    ASSERT_TRUE(backend) << error.toStdString();
    QTemporaryDir dir;
    const auto lost = backend->createWriter(dir.filePath(u"no/such/folder/book.xlsx"_s));
    lost->addSheet(u"Sheet"_s);
    QString reason;
    EXPECT_FALSE(lost->close(&reason));
    EXPECT_FALSE(reason.isEmpty());
    const auto written = backend->createWriter(dir.filePath(u"book.xlsx"_s));
    written->writeNumber(written->addSheet(u"Sheet"_s), 0, 0, 42);
    EXPECT_TRUE(written->close(&reason)) << reason.toStdString();
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(u"book.xlsx"_s)));
}
