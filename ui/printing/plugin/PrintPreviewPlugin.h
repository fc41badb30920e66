#pragma once

#include "printing/PrintPreview.h"

#include <QObject>

namespace chiso::ui {

/// The plugin chiso_printing: Qt's print preview dialog and printer.
class PrintPreviewPlugin : public QObject, public PrintPreviewBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChisoPrintPreviewBackend_iid)
    Q_INTERFACES(chiso::ui::PrintPreviewBackend)

public:
    void preview(QWidget *parent, const QString &title, const QPageLayout &layout,
                 const std::function<void(QPagedPaintDevice *)> &paint) override;
};

} // namespace chiso::ui
