#include "FigureExporter.h"
#include "FigureCsvFormat.h"
#include "OutputFile.h"


namespace chiso {

void FigureExporter::writeCsv(const QList<Figure> &figures, QIODevice *device)
{
    writeCsvFrom([&figures](const std::function<void(const Figure &)> &write) {
        for (const Figure &figure : figures)
            write(figure);
    }, device);
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
    OutputFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        const qsizetype count = writeCsvFrom(read, &file);
        if (file.commit()) {
            if (written)
                *written = count;
            return true;
        }
    }
    *error = file.errorString();
    return false;
}

} // namespace chiso
