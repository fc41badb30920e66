#include "WindowMain.h"

#include "LazyIconStyle.h"
#include "MainWindow.h"
#include "domain/FigureRules.h"
#include "i18n/Language.h"
#include "io/BundledDataset.h"
#include "io/OutputFile.h"
#include "session/Analysis.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFileDialog>
#include <QImageWriter>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QImage>
#include <QSettings>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace chiso::gui {
namespace {

/// A database that cannot be opened (damaged, from a newer version, missing) does not stop
/// the app: the user chooses another one or creates a new one.
std::unique_ptr<Store> askForAnotherDatabase(QString message)
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, u"Chỉ Số"_s, message);
        QPushButton *open = box.addButton(QCoreApplication::translate("Window", "Open another database…"), QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(QCoreApplication::translate("Window", "Create a new database…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        try {
            if (box.clickedButton() == open) {
                const QString path = QFileDialog::getOpenFileName(nullptr, QCoreApplication::translate("Window", "Open a database"), QString(),
                                                                  QCoreApplication::translate("Window", "Chỉ Số databases (*.sqlite);;All files (*)"));
                if (!path.isEmpty())
                    return Store::open(path);
            } else if (box.clickedButton() == create) {
                const QString path = QFileDialog::getSaveFileName(nullptr, QCoreApplication::translate("Window", "Create a database"),
                                                                  u"chiso.sqlite"_s,
                                                                  QCoreApplication::translate("Window", "Chỉ Số databases (*.sqlite)"));
                if (!path.isEmpty())
                    return createDatabase(path);
            } else {
                return nullptr;
            }
        } catch (const StoreError &error) {
            message = error.message();
        }
    }
}

/// Keeps the window's database and, when the analyst opens another from the File menu (or
/// reconnects to a server), replaces the window by one on the new database: views, undo steps
/// and the entry form belong to the database they were made on.
class WindowSwitcher
{
public:
    WindowSwitcher(std::unique_ptr<Store> store, ui::MainWindow &first)
        : m_store(std::move(store))
    {
        attach(first);
    }

private:
    void attach(ui::MainWindow &window)
    {
        window.setDatabaseOpened([this, &window](std::unique_ptr<Store> next) { replace(window, std::move(next)); });
    }
    void replace(ui::MainWindow &old, std::unique_ptr<Store> next)
    {
        auto *window = new ui::MainWindow(*next, old.language());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setGeometry(old.geometry());
        // The store lives as long as its window: freed after the window is.
        std::shared_ptr<Store> store(std::move(next));
        QObject::connect(window, &QObject::destroyed, [store] {});
        attach(*window);
        window->show();
        // The old window asked for this from one of its own slots: it goes once that returns.
        old.hide();
        if (old.testAttribute(Qt::WA_DeleteOnClose))
            old.deleteLater();
    }

    std::unique_ptr<Store> m_store; // the first window's (on the stack of main)
};

} // namespace

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == u"offscreen"_s)
        return false;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

namespace {

bool asksForScreenshot(const GlobalOptions &options)
{
    return std::any_of(options.commandArguments.cbegin(), options.commandArguments.cend(),
                       [](const QString &a) { return a == u"--screenshot"_s || a.startsWith(u"--screenshot="_s); });
}

} // namespace

bool wantsWindow(const GlobalOptions &options)
{
    if (!options.command.isEmpty() || options.help || options.version)
        return false;
    return asksForScreenshot(options) || hasDisplay();
}

int runWindow(int &argc, char **argv, const GlobalOptions &options)
{
    if (asksForScreenshot(options) && !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setStyle(new ui::LazyIconStyle);
    QApplication::setApplicationName(u"chiso"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHISO_VERSION));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.addOption({u"db"_s, QString(), u"path"_s});
    parser.addOption({u"lang"_s, QString(), u"language"_s});
    parser.addOption({u"screenshot"_s, QString(), u"file"_s});
    parser.addOption({u"view"_s, QString(), u"view"_s, u"dashboard"_s});
    parser.addOption({u"size"_s, QString(), u"WxH"_s, u"1400x900"_s});
    parser.addOption({u"as-of"_s, QString(), u"YYYY-MM"_s});
    parser.addOption({u"region"_s, QString(), u"code"_s});
    if (!parser.parse(QApplication::arguments())) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }

    QSettings settings(QSettings::NativeFormat, QSettings::UserScope, u"chiso"_s, u"chiso"_s);
    Language language = languageFromCode(settings.value(u"language"_s).toString()).value_or(systemLanguage());
    if (options.lang) {
        const auto chosen = languageFromCode(*options.lang);
        if (!chosen) {
            err << u"--lang: expected vi or en, found '%1'"_s.arg(*options.lang) << Qt::endl;
            return 2;
        }
        language = *chosen;
    }
    installTranslator(language);

    std::unique_ptr<Store> store;
    try {
        store = options.db ? Store::open(*options.db) : openDefaultDatabase();
    } catch (const StoreError &error) {
        if (parser.isSet(u"screenshot"_s)) {
            err << error.message() << Qt::endl;
            return 1;
        }
        store = askForAnotherDatabase(error.message());
        if (!store)
            return 1;
    }

    std::optional<QString> region;
    if (parser.isSet(u"region"_s)) {
        region = normalizedRegion(parser.value(u"region"_s));
        if (!region) {
            err << QCoreApplication::translate("Cli", "--region expects a region code of letters and digits such as VN; found '%1'.")
                       .arg(parser.value(u"region"_s))
                << Qt::endl;
            return 2;
        }
    }

    ui::MainWindow window(*store, language);
    if (region) {
        // As `chiso report --region` does: the region's latest month, unless --as-of says another.
        if (parser.isSet(u"as-of"_s))
            window.analysis().setRegion(*region);
        else
            window.analysis().setRegionAtItsLatestMonth(*region);
    }
    if (parser.isSet(u"as-of"_s)) {
        const auto asOf = YearMonth::parse(parser.value(u"as-of"_s));
        if (!asOf) {
            err << QCoreApplication::translate("Cli", "--as-of expects a month as YYYY-MM, such as 2024-06; found '%1'.")
                       .arg(parser.value(u"as-of"_s))
                << Qt::endl;
            return 2;
        }
        window.analysis().setPeriod(*asOf);
    }
    if (!parser.isSet(u"screenshot"_s)) {
        WindowSwitcher switcher(std::move(store), window);
        window.show();
        return app.exec();
    }

    // --screenshot: render one view at a fixed size and leave, for tests and documentation.
    // The sides are bounded: a huge size cannot be painted (QPainter fails on the image it
    // cannot allocate) and says nothing useful about the window.
    constexpr int MinSide = 200;
    constexpr int MaxSide = 10000;
    const QLocale locale = localeFor(language);
    const QString sizeText = parser.value(u"size"_s);
    const QStringList sides = sizeText.split(u'x');
    bool widthOk = false;
    bool heightOk = false;
    const int width = sides.value(0).toInt(&widthOk);
    const int height = sides.value(1).toInt(&heightOk);
    if (sides.size() != 2 || !widthOk || !heightOk || width < MinSide || width > MaxSide || height < MinSide || height > MaxSide) {
        err << QCoreApplication::translate("Cli", "--size expects WIDTHxHEIGHT in pixels, each side from %1 to %2, such as 1400x900; found '%3'.")
                   .arg(locale.toString(MinSide), locale.toString(MaxSide), sizeText)
            << Qt::endl;
        return 2;
    }
    window.resize(width, height);
    const QString path = parser.value(u"screenshot"_s);
    if (!window.showView(parser.value(u"view"_s))) {
        err << QCoreApplication::translate("Cli", "Unknown view '%1': choose dashboard, indicator:CODE, overview, table, entry, findings, submissions, history, ranking:CODE, map:CODE, multiples:CODE or gaps:CODE.")
                   .arg(parser.value(u"view"_s))
            << Qt::endl;
        return 2;
    }
    window.show();
    // A layout that changes a widget's size posts more layout requests (a scroll area's
    // content grows, its scroll bar appears): let them settle, as they would on screen.
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
    // Within the bounds the image may still not fit in the memory left; then grab() would warn
    // for every widget it cannot paint, and write an empty image: try the image first.
    const QSize pixels = window.size() * window.devicePixelRatio();
    const QImage image = QImage(pixels, QImage::Format_ARGB32_Premultiplied).isNull() ? QImage() : window.grab().toImage();
    if (image.isNull()) {
        err << QCoreApplication::translate("Cli", "Cannot write %1: there is not enough memory to render the window at %2×%3 pixels.")
                   .arg(path, locale.toString(pixels.width()), locale.toString(pixels.height()))
            << Qt::endl;
        return 1;
    }
    // The suffix says the format (PNG unless .bmp or .jpg): BMP costs no encoding, for timing.
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    // Encoded first, so that a failure of the target (a full device) is told by OutputFile,
    // which names the file and the cause; a device or FIFO is written through, a link followed.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format == "bmp" || format == "jpg" ? format : QByteArrayLiteral("png"));
    if (!writer.write(image)) {
        err << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, writer.errorString()) << Qt::endl;
        return 1;
    }
    QString error;
    if (!OutputFile::save(path, bytes, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    err << QCoreApplication::translate("Cli", "Wrote %1 (%2×%3).").arg(path).arg(image.width()).arg(image.height())
        << Qt::endl;
    return 0;
}

} // namespace chiso::gui
