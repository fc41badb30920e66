#include "FigureExporter.h"
#include "FigureCsvFormat.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace chiso {

void FigureExporter::writeCsv(const QList<Figure> &figures, QIODevice *device)
{
    device->write(FigureCsv::headerLine());
    for (const Figure &figure : figures)
        device->write(FigureCsv::line(figure));
}

bool FigureExporter::saveCsv(const QList<Figure> &figures, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("FigureExporter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    writeCsv(figures, &file);
    if (!file.commit()) {
        *error = QCoreApplication::translate("FigureExporter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

qsizetype FigureExporter::writeCsvFrom(const FigureReader &read, QIODevice *device)
{
    device->write(FigureCsv::headerLine());
    qsizetype written = 0;
    read([device, &written](const Figure &figure) {
        device->write(FigureCsv::line(figure));
        ++written;
    });
    return written;
}

bool FigureExporter::saveCsvFrom(const FigureReader &read, const QString &path, QString *error, qsizetype *written)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("FigureExporter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const qsizetype count = writeCsvFrom(read, &file);
    if (!file.commit()) {
        *error = QCoreApplication::translate("FigureExporter", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (written)
        *written = count;
    return true;
}

} // namespace chiso
