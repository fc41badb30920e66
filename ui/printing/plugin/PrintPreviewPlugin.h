#pragma once

#include "printing/PrintPreview.h"

#include <QObject>

namespace chiso::ui {

/// The plugin chiso_printing: Qt's print preview dialog and printers.
class PrintPreviewPlugin : public QObject, public PrintingBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChisoPrintingBackend_iid)
    Q_INTERFACES(chiso::ui::PrintingBackend)

public:
    void preview(QWidget *parent, const QString &title, const QString &pdfPath, const QPageLayout &layout,
                 const PaintPages &paint) override;
    bool print(const PrintJob &job, const PaintPages &paint, QString *printerName, QString *error) override;
};

} // namespace chiso::ui
