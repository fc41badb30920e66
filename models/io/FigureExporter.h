#pragma once

#include "domain/Figure.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <functional>

namespace chiso {

/// Writes figures in the import CSV format, so that an export imports back unchanged.
namespace FigureExporter {
    void writeCsv(const QList<Figure> &figures, QIODevice *device);

    /// Reads figures one at a time, handing each to its argument (a store's forEachFigure).
    using FigureReader = std::function<void(const std::function<void(const Figure &)> &)>;
    /// Writes each figure `read` hands over as it comes, keeping none: an export of millions
    /// in constant memory. Returns how many it wrote.
    qsizetype writeCsvFrom(const FigureReader &read, QIODevice *device);
    /// The same through OutputFile: a file is whole or untouched. False with a message.
    bool saveCsvFrom(const FigureReader &read, const QString &path, QString *error, qsizetype *written = nullptr);
}

} // namespace chiso
