#include "PrintPreview.h"
#include "plugins/PluginLoader.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace chiso::ui {

void showPrintPreview(QWidget *parent, const QString &title, const QPageLayout &layout,
                      const std::function<void(QPagedPaintDevice *)> &paint)
{
    QString error;
    if (PrintPreviewBackend *backend = loadPlugin<PrintPreviewBackend>(u"printing"_s, &error))
        backend->preview(parent, title, layout, paint);
    else
        QMessageBox::warning(parent, QCoreApplication::translate("Printing", "Print"), error);
}

} // namespace chiso::ui
