#include "FigureExporter.h"
#include "FigureCsvFormat.h"
#include "OutputFile.h"


namespace chiso {

void FigureExporter::writeCsv(const QList<Figure> &figures, QIODevice *device)
{
    device->write(FigureCsv::headerLine());
    for (const Figure &figure : figures)
        device->write(FigureCsv::line(figure));
}

bool FigureExporter::saveCsv(const QList<Figure> &figures, const QString &path, QString *error)
{
    OutputFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        writeCsv(figures, &file);
        if (file.commit())
            return true;
    }
    *error = file.errorString();
    return false;
}

} // namespace chiso
