#pragma once

#include "domain/Figure.h"

#include <QIODevice>
#include <QList>
#include <QString>

namespace chiso {

/// Writes figures in the import CSV format, so that an export imports back unchanged.
namespace FigureExporter {
    void writeCsv(const QList<Figure> &figures, QIODevice *device);
    /// Writes through OutputFile: a file is whole or untouched. False with a message.
    bool saveCsv(const QList<Figure> &figures, const QString &path, QString *error);
}

} // namespace chiso
