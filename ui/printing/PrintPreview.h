#pragma once

#include <QPageLayout>
#include <QString>
#include <QtPlugin>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace chiso::ui {

/// The printing plugin (chiso_printing: Qt Print Support), loaded on first use.
class PrintPreviewBackend
{
public:
    virtual ~PrintPreviewBackend() = default;
    /// Qt's print preview of a document that `paint` draws on the printer's pages, with its
    /// buttons to print or to choose a printer; returns when the user closes it.
    virtual void preview(QWidget *parent, const QString &title, const QPageLayout &layout,
                         const std::function<void(QPagedPaintDevice *)> &paint) = 0;
};

/// Shows the print preview, or a message if the printing plugin cannot be loaded.
void showPrintPreview(QWidget *parent, const QString &title, const QPageLayout &layout,
                      const std::function<void(QPagedPaintDevice *)> &paint);

} // namespace chiso::ui

#define ChisoPrintPreviewBackend_iid "org.chiso.PrintPreviewBackend/1"
Q_DECLARE_INTERFACE(chiso::ui::PrintPreviewBackend, ChisoPrintPreviewBackend_iid)
