// Qt ships no Vietnamese catalogue (no qtbase_vi.qm in Debian's Qt 6.4), so the texts Qt
// itself shows (dialog buttons, the print preview, the command-line help) are translated in
// our catalogue. Listed here only for lupdate; the contexts and texts are Qt's own.
#include <QtGlobal>

namespace chiso {

[[maybe_unused]] static const char *const qtOwnStrings[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Close"),
};

} // namespace chiso
