#pragma once

#include <QPageLayout>
#include <QString>
#include <QtPlugin>
#include <functional>

class QPagedPaintDevice;
class QWidget;

namespace chiso::ui {

/// Paints a document on the pages of a printer or PDF writer whose page layout is set.
using PaintPages = std::function<void(QPagedPaintDevice *)>;

/// A document to print without a dialog.
struct PrintJob {
    QString title;        ///< the job's name in the printer's queue
    QPageLayout layout;
    QString printer;      ///< a printer's (CUPS queue's) name; empty: the default printer
    int copies = 1;
    bool duplex = false;  ///< on both sides of the sheet, bound on the long edge
};

/// The printing plugin (chiso_printing: Qt Print Support), loaded on first use.
class PrintingBackend
{
public:
    virtual ~PrintingBackend() = default;
    /// Qt's print preview of a document, with its buttons to print or to choose a printer;
    /// returns when the user closes it. "Print to file" proposes `pdfPath`.
    virtual void preview(QWidget *parent, const QString &title, const QString &pdfPath, const QPageLayout &layout,
                         const PaintPages &paint) = 0;
    /// Prints on the job's printer; false with a message (naming the printers there are) when
    /// that printer does not exist or cannot do what the job asks. `printerName` receives the
    /// printer used.
    virtual bool print(const PrintJob &job, const PaintPages &paint, QString *printerName, QString *error) = 0;
};

/// Shows the print preview, or a message if the printing plugin cannot be loaded.
void showPrintPreview(QWidget *parent, const QString &title, const QPageLayout &layout, const PaintPages &paint);
/// Prints through the printing plugin; false with a message when it cannot.
bool printDocument(const PrintJob &job, const PaintPages &paint, QString *printerName, QString *error);

/// Where "Print to file" proposes to write a document titled `title`: the user's Documents
/// folder (else the home folder), under the title made safe for a file name ("Báo cáo tháng
/// 8/2024" becomes "Báo cáo tháng 8-2024.pdf").
QString printToFilePath(const QString &title);

} // namespace chiso::ui

// Version 2: print() without a dialog, and preview() proposes a file.
#define ChisoPrintingBackend_iid "org.chiso.PrintingBackend/2"
Q_DECLARE_INTERFACE(chiso::ui::PrintingBackend, ChisoPrintingBackend_iid)
