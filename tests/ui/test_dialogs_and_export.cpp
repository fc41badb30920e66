// The import dialog, chart export and the dark palette.
#include "TestDatabase.h"

#include "MainWindow.h"
#include "database/ConnectDialog.h"
#include "StatusColors.h"
#include "charts/ChartView.h"
#include "charts/Charts.h"
#include "LazyIconStyle.h"
#include "dashboard/KpiCard.h"
#include "import/ImportDialog.h"
#include "indicator/IndicatorView.h"
#include "io/FigureExporter.h"
#include "printing/PrintPreview.h"
#include "session/Analysis.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QApplication>
#include <QImage>
#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QPageSetupDialog>
#include <QPrinterInfo>
#include <QTabWidget>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTimer>
#include <gtest/gtest.h>

using namespace chiso;
using namespace Qt::StringLiterals;

namespace {

/// Every text a dialog shows: its title, labels, buttons, group boxes, tabs and list items,
/// but for the names of printers and paper sizes, which are no one's to translate.
QStringList dialogTexts(QWidget *dialog)
{
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    QStringList texts{dialog->windowTitle()};
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->objectName() != u"pageSizeCombo"_s)
            for (int i = 0; i < combo->count(); ++i)
                if (!printers.contains(combo->itemText(i)))
                    texts << combo->itemText(i);
    }
    return texts;
}

} // namespace

TEST(ImportDialog, ListsEveryRefusedLineAndStoresNothing)
{
    TestDatabase db;
    Analysis analysis(*db.store);
    const QByteArray before = exportAll(*db.store);
    const QString bad = db.write(u"bad.csv"_s, "record,indicator,year,month,value,basis,source_url\n"
                                               "value,revenue,2024,13,1,estimate,https://x.vn\n"
                                               "value,revenue,2024,9,abc,estimate,https://x.vn\n");
    ui::ImportDialog dialog(analysis);
    EXPECT_FALSE(dialog.importFile(bad));
    EXPECT_TRUE(dialog.refusedText().contains(bad + u":2: month:"_s)) << dialog.refusedText().toStdString();
    EXPECT_TRUE(dialog.refusedText().contains(bad + u":3: value:"_s));
    EXPECT_EQ(exportAll(*db.store), before);

    const QString good = db.write(u"good.csv"_s, "record,indicator,year,month,value,basis,source_url\n"
                                                 "value,revenue,2024,9,3100000,estimate,https://x.vn\n");
    EXPECT_TRUE(dialog.importFile(good));
    EXPECT_EQ(analysis.snapshot().value(u"revenue"_s, u"VN"_s, 2024, 9).has_value(), false); // the period is August
    analysis.setPeriod({2024, 9});
    EXPECT_EQ(analysis.snapshot().value(u"revenue"_s, u"VN"_s, 2024, 9)->value, 3100000);
}

TEST(ChartExport, PngAtTheDevicePixelRatioAndSvg)
{
    TestDatabase db;
    ui::MainWindow window(*db.store, Language::English);
    ui::ChartView *view = window.indicatorView()->chartViews().first();
    view->resize(640, 400);
    const QString png = db.file(u"chart.png"_s);
    const QString svg = db.file(u"chart.svg"_s);
    QString error;
    ASSERT_TRUE(view->save(png, &error)) << error.toStdString();
    ASSERT_TRUE(view->save(svg, &error)) << error.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(640, 400) * view->devicePixelRatioF());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Sector revenue")); // text stays text: vector, searchable
}

TEST(Printing, ThePreviewFromThePrintingPluginPaintsTheDocument)
{
    // Closes the preview once it has asked for the pages (or whatever modal box stands instead).
    int painted = 0;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && (painted > 0 || closer.property("ticks").toInt() > 50))
            modal->close();
        closer.setProperty("ticks", closer.property("ticks").toInt() + 1);
    });
    closer.start(20);
    ui::showPrintPreview(nullptr, u"Briefing"_s, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)),
                         [&painted](QPagedPaintDevice *printer) {
                             QPainter painter(printer);
                             painter.drawText(QPointF(100, 100), u"page"_s);
                             ++painted;
                         });
    EXPECT_GE(painted, 1);
}

TEST(Printing, PrintToFileProposesAFileThatCanBeWritten)
{
    // The briefing's title holds a "/" ("8/2024"): made into "<folder>/<title>.pdf", it named a
    // folder that does not exist, and the print dialog refused to print to the file.
    const QString title = u"Báo cáo tháng 8/2024"_s;
    QString outputFileName;
    QString docName;
    QString dialogFileName;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        outputFileName = preview->printer()->outputFileName();
        docName = preview->printer()->docName();
        // What the print dialog the preview's Print button opens shows as the output file.
        QPrintDialog dialog(preview->printer());
        if (auto *field = dialog.findChild<QLineEdit *>(u"filename"_s))
            dialogFileName = field->text();
        preview->close();
    });
    closer.start(20);
    ui::showPrintPreview(nullptr, title, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)),
                         [](QPagedPaintDevice *printer) { QPainter(printer).drawText(QPointF(100, 100), u"page"_s); });
    ASSERT_FALSE(outputFileName.isEmpty());
    const QFileInfo file(outputFileName);
    EXPECT_TRUE(file.isAbsolute()) << outputFileName.toStdString();
    EXPECT_TRUE(file.dir().exists()) << outputFileName.toStdString();
    EXPECT_EQ(file.fileName(), u"Báo cáo tháng 8-2024.pdf"_s);
    EXPECT_EQ(dialogFileName, outputFileName);
    // The dialog's own check before printing to a file: it opens the file to append.
    const bool existed = file.exists();
    QFile probe(outputFileName);
    EXPECT_TRUE(probe.open(QIODevice::Append)) << probe.errorString().toStdString();
    probe.close();
    if (!existed)
        probe.remove();
    // The human title stays the job's name and the PDF's title.
    EXPECT_EQ(docName, title);
}

TEST(Printing, FileNamesFromTitlesHoldNoCharacterAFileSystemRefuses)
{
    const QString folder = QFileInfo(ui::printToFilePath(u"briefing"_s)).absolutePath();
    EXPECT_TRUE(QFileInfo(folder).isDir()) << folder.toStdString();
    for (const QString &title : {u"Báo cáo tháng 8/2024"_s, u"a\\b:c*d?e\"f<g>h|i"_s, u"/"_s, u"../x"_s, u".hidden"_s}) {
        const QFileInfo file(ui::printToFilePath(title));
        EXPECT_EQ(file.absolutePath(), folder) << file.filePath().toStdString();
        const QString name = file.fileName();
        EXPECT_FALSE(name.contains(QRegularExpression(u"[/\\\\:*?\"<>|]"_s))) << name.toStdString();
        EXPECT_FALSE(name.startsWith(u'.')) << name.toStdString();
        EXPECT_TRUE(name.endsWith(u".pdf"_s));
    }
}

TEST(Printing, PrintAndPageSetupDialogsInVietnamese)
{
    // Qt ships no Vietnamese catalogue: the print dialog's texts are in ours (QtStrings.cpp).
    auto texts = [](Language language) {
        installTranslator(language);
        QPrinter printer;
        QPrintDialog print(&printer);
        QPageSetupDialog setup(&printer);
        return dialogTexts(&print) + dialogTexts(&setup);
    };
    const QStringList english = texts(Language::English);
    const QStringList vietnamese = texts(Language::Vietnamese);
    installTranslator(Language::English);
    ASSERT_EQ(english.size(), vietnamese.size());
    ASSERT_TRUE(english.contains(u"Print range"_s)) << english.join(u" | "_s).toStdString();
    // What reads the same in Vietnamese: numbers ("1 (1x1)"), typographic units, symbols.
    const QRegularExpression same(u"^\\W*$|^\\d|^(Pica|Didot|Cicero) "_s);
    QStringList untranslated;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english[i] == vietnamese[i] && !same.match(english[i]).hasMatch())
            untranslated << english[i];
    }
    EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(u" | "_s).toStdString();
    EXPECT_TRUE(vietnamese.contains(u"Phạm vi in"_s));
}

TEST(DarkPalette, StatusColoursAndChartThemeFollowThePalette)
{
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    EXPECT_FALSE(ui::isDark(light));
    EXPECT_TRUE(ui::isDark(dark));
    // On a dark background the status colours are light enough to read, and the reverse.
    for (Status status : {Status::Ahead, Status::OnTrack, Status::Behind}) {
        EXPECT_GT(ui::statusColor(status, dark).lightness(), 110);
        EXPECT_LT(ui::statusColor(status, light).lightness(), 110);
    }
    KpiReport report;
    report.period = {2024, 6};
    QChart *chart = ui::overviewChart(report, ForecastReport{}, Formatter(Language::English), dark);
    EXPECT_EQ(chart->theme(), QChart::ChartThemeDark);
    delete chart;
}

TEST(LazyIconStyle, TheExtensionIconIsReadWhenDrawn)
{
    ui::LazyIconStyle style;
    const QIcon lazy = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    const QIcon direct = style.baseStyle()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    ASSERT_FALSE(lazy.isNull());
    const QImage drawn = lazy.pixmap(16, 16).toImage();
    EXPECT_FALSE(drawn.isNull());
    EXPECT_EQ(drawn, direct.pixmap(16, 16).toImage());
    // Other icons are the base style's own.
    EXPECT_EQ(style.standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32).toImage(),
              style.baseStyle()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32).toImage());
}

TEST(KpiCardLayout, HeightsFollowTheWidthAndANewFont)
{
    using Style = ui::CardRun::Style;
    ui::KpiCard card(u"revenue"_s, Qt::blue,
                     {{{u"Sector revenue"_s, Style::Bold, {}, {}}},
                      {{u"Plan: 67.6% reached, expected 66.7% — on track, and a few more words to wrap"_s, Style::Plain, {}, {}}}});
    const int wide = card.heightForWidth(600);
    EXPECT_GT(card.heightForWidth(150), wide); // more lines
    EXPECT_EQ(card.heightForWidth(600), wide);  // the height kept for 600, not the one last laid out (150)
    QFont larger = card.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    card.setFont(larger);
    EXPECT_GT(card.heightForWidth(600), wide); // not the height kept for the old font
}

TEST(KpiCardText, StyledPutsTheArgumentsWhereTheTranslationWantsThem)
{
    using Style = ui::CardRun::Style;
    const ui::CardParagraph runs = ui::styled(u"%2 — dự báo: %1"_s, {{u"4.245.287"_s, Style::Bold, {}, {}}, {u"Kết hợp"_s, Style::Muted, {}, {}}});
    ASSERT_EQ(runs.size(), 3);
    EXPECT_EQ(runs[0].text, u"Kết hợp"_s);
    EXPECT_EQ(runs[0].style, Style::Muted);
    EXPECT_EQ(runs[1].text, u" — dự báo: "_s);
    EXPECT_EQ(runs[1].style, Style::Plain);
    EXPECT_EQ(runs[2].text, u"4.245.287"_s);
    EXPECT_EQ(runs[2].style, Style::Bold);
    // A per cent sign that is no placeholder stays text.
    const ui::CardParagraph plain = ui::styled(u"80% of %1"_s, {{u"x"_s, Style::Bold, {}, {}}});
    ASSERT_EQ(plain.size(), 2);
    EXPECT_EQ(plain[0].text, u"80% of "_s);
}

TEST(ConnectDialog, RemembersTheConnectionButNeverThePassword)
{
    chiso::ui::ConnectDialog dialog; // its settings in the test folder (main_gui.cpp)
    auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
    ASSERT_NE(password, nullptr);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password); // typed unseen
    password->setText(u"hunter2-xyz"_s);
    dialog.findChild<QLineEdit *>(u"host"_s)->setText(u"db.office.vn"_s);
    dialog.findChild<QLineEdit *>(u"database"_s)->setText(u"chiso"_s);
    dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"analyst"_s);
    EXPECT_EQ(dialog.address().display(), u"postgresql://analyst@db.office.vn/chiso"_s);
    EXPECT_EQ(dialog.password(), u"hunter2-xyz"_s);
    dialog.remember();
    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, u"chiso"_s, u"chiso"_s);
    settings.sync();
    QFile file(settings.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray stored = file.readAll();
    EXPECT_TRUE(stored.contains("db.office.vn"));
    EXPECT_FALSE(stored.contains("hunter2"));
    // The next dialog starts from the last connection, with an empty password.
    chiso::ui::ConnectDialog next;
    EXPECT_EQ(next.address().display(), u"postgresql://analyst@db.office.vn/chiso"_s);
    EXPECT_TRUE(next.password().isEmpty());
}
