#include "PrintPreviewPlugin.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::StringLiterals;

namespace chiso::ui {

void PrintPreviewPlugin::preview(QWidget *parent, const QString &title, const QString &pdfPath, const QPageLayout &layout,
                                 const PaintPages &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    printer.setDocName(title); // the job's name, and the PDF's title when printed to a file
    // A PDF file name switches the printer to PDF output; the dialog should still open on the
    // printer it would have chosen, and it forgets the file again when a printer is chosen.
    const QPrinter::OutputFormat format = printer.outputFormat();
    printer.setOutputFileName(pdfPath);
    printer.setOutputFormat(format);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter *target) { paint(target); });
    preview.resize(1000, 900);
    preview.exec();
}

bool PrintPreviewPlugin::print(const PrintJob &job, const PaintPages &paint, QString *printerName, QString *error)
{
    const QStringList names = QPrinterInfo::availablePrinterNames();
    if (names.isEmpty()) {
        *error = QCoreApplication::translate("Printing", "No printer is set up on this computer.");
        return false;
    }
    const QPrinterInfo info = job.printer.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(job.printer);
    if (info.isNull()) {
        const QString list = names.join(u", "_s);
        *error = job.printer.isEmpty()
                     ? QCoreApplication::translate("Printing", "There is no default printer; name one of these: %1.").arg(list)
                     : QCoreApplication::translate("Printing", "There is no printer named '%1'; the printers are: %2.").arg(job.printer, list);
        return false;
    }
    const QList<QPrinter::DuplexMode> duplexModes = info.supportedDuplexModes();
    if (job.duplex && !duplexModes.contains(QPrinter::DuplexLongSide) && !duplexModes.contains(QPrinter::DuplexAuto)) {
        *error = QCoreApplication::translate("Printing", "The printer %1 cannot print on both sides of the sheet.").arg(info.printerName());
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(job.title);
    printer.setPageLayout(job.layout);
    printer.setDuplex(job.duplex ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
    // Where the printer cannot make copies of one job, each copy is a job of its own.
    int jobs = 1;
    if (printer.supportsMultipleCopies())
        printer.setCopyCount(job.copies);
    else
        jobs = job.copies;
    for (int i = 0; i < jobs; ++i)
        paint(&printer);
    if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted) {
        *error = QCoreApplication::translate("Printing", "The printer %1 did not take the document.").arg(info.printerName());
        return false;
    }
    *printerName = info.printerName();
    return true;
}

} // namespace chiso::ui
