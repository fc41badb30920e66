#include "PrintPreview.h"
#include "plugins/PluginLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chiso::ui {

void showPrintPreview(QWidget *parent, const QString &title, const QPageLayout &layout, const PaintPages &paint)
{
    QString error;
    if (PrintingBackend *backend = loadPlugin<PrintingBackend>(u"printing"_s, &error))
        backend->preview(parent, title, printToFilePath(title), layout, paint);
    else
        QMessageBox::warning(parent, QCoreApplication::translate("Printing", "Print"), error);
}

bool printDocument(const PrintJob &job, const PaintPages &paint, QString *printerName, QString *error)
{
    PrintingBackend *backend = loadPlugin<PrintingBackend>(u"printing"_s, error);
    return backend && backend->print(job, paint, printerName, error);
}

QString printToFilePath(const QString &title)
{
    // Qt's print dialog would otherwise make "<folder>/<title>.pdf" of the document's name, and
    // the "/" in "8/2024" names a folder that does not exist. Windows refuses the rest too.
    QString name = title;
    name.replace(QRegularExpression(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s), u"-"_s);
    name = name.trimmed();
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u"briefing"_s);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QDir(folder).filePath(name + u".pdf"_s);
}

} // namespace chiso::ui
