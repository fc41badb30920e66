// The window's "Provinces added up" tab and the illustrative database's banner.
#include "TestDatabase.h"
#include "MainWindow.h"
#include "addingup/AddingUpView.h"
#include "io/DemoUnits.h"
#include "io/FigureImporter.h"
#include "report/UnitsTotalText.h"
#include "session/Analysis.h"

#include <QLabel>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Revenue 10, 20, … 630 in the 63 provinces of June 2024 (20,160 in all) against a national
/// 20,300 (+0.7 %: beyond the 0.5 % tolerance).
void addProvinces(TestDatabase &db)
{
    QStringList provinces;
    for (const ReportingUnit &unit : db.store->units().units()) {
        if (unit.kind == UnitKind::Province && unit.existsIn({2024, 6}))
            provinces.append(unit.code);
    }
    provinces.sort();
    QByteArray csv = "record,indicator,region,year,month,value,basis,source_url,source_title,source_date,quote,note\n";
    for (int i = 0; i < provinces.size(); ++i)
        csv += "value,revenue," + provinces[i].toUtf8() + ",2024,6," + QByteArray::number(10 * (i + 1)) + ",actual,https://so.vn/x,,,,\n";
    csv += "value,revenue,VN,2024,6,20300,estimate,https://mic.gov.vn/6t,,,,\n";
    const ImportReport report = FigureImporter(*db.store).importFile(db.write(u"p.csv"_s, csv));
    ASSERT_TRUE(report.committed()) << report.issues.value(0).toString().toStdString();
}

QString cell(QTableWidget *table, const QString &indicatorName, int column)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, UnitsTotalText::Indicator)->text() == indicatorName)
            return table->item(r, column)->text();
    }
    return {};
}

} // namespace

TEST(WindowAddingUp, TheTabShowsTheProvincesTotalBesideTheNationalFigureAndMarksTheGap)
{
    TestDatabase db(true);
    addProvinces(db);
    ui::MainWindow window(*db.store, Language::English);
    window.analysis().setPeriod({2024, 6});
    window.showView(ui::MainWindow::View::AddingUp);
    QTableWidget *table = window.addingUpView()->table();
    EXPECT_EQ(cell(table, u"Sector revenue"_s, UnitsTotalText::Total), u"20,160"_s);
    EXPECT_EQ(cell(table, u"Sector revenue"_s, UnitsTotalText::Counted), u"63/63"_s);
    EXPECT_EQ(cell(table, u"Sector revenue"_s, UnitsTotalText::National), u"20,300"_s);
    EXPECT_EQ(cell(table, u"Sector revenue"_s, UnitsTotalText::Gap), u"▼ +0.7%"_s);
    EXPECT_TRUE(cell(table, u"Sector revenue"_s, UnitsTotalText::Note).contains(u"beyond the tolerance"_s));
    // The same gap is among the findings the window counts.
    int unitsTotals = 0;
    for (const Finding &f : window.analysis().findings())
        unitsTotals += f.kind == FindingKind::UnitsTotal ? 1 : 0;
    EXPECT_EQ(unitsTotals, 1);
    // No banner in a database of real figures.
    EXPECT_FALSE(window.findChild<QLabel *>(u"illustrativeBanner"_s));

    // In Vietnamese, as the language switches.
    window.setLanguage(Language::Vietnamese);
    EXPECT_EQ(cell(window.addingUpView()->table(), u"Doanh thu toàn ngành"_s, UnitsTotalText::Gap), u"▼ +0,7%"_s);

    // Another region: the tab says the country's view is where the provinces add up.
    window.analysis().setRegion(u"01"_s);
    window.setLanguage(Language::English);
    EXPECT_EQ(window.addingUpView()->table()->rowCount(), 0);
    EXPECT_TRUE(window.addingUpView()->findChild<QLabel *>()->text().contains(u"choose the region VN"_s));
}

TEST(WindowAddingUp, TheIllustrativeDatabaseSaysSoOnEveryPage)
{
    TestDatabase db(true);
    db.store->setSetting(QString::fromLatin1(IllustrativeSetting), u"1"_s);
    ui::MainWindow window(*db.store, Language::Vietnamese);
    const QLabel *banner = window.findChild<QLabel *>(u"illustrativeBanner"_s);
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->text().contains(u"không phải số liệu thật"_s)) << banner->text().toStdString();
    window.setLanguage(Language::English);
    EXPECT_TRUE(banner->text().contains(u"not real"_s));
}
