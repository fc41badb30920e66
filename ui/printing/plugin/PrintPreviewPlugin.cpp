#include "PrintPreviewPlugin.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace chiso::ui {

void PrintPreviewPlugin::preview(QWidget *parent, const QString &title, const QPageLayout &layout,
                                 const std::function<void(QPagedPaintDevice *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter *target) { paint(target); });
    preview.resize(1000, 900);
    preview.exec();
}

} // namespace chiso::ui
