#pragma once

#include "domain/Figure.h"

#include <QList>
#include <QString>
#include <memory>

namespace chiso {

class Backend;

/// One import's write transaction: figures added one by one, checked against what is stored,
/// under one entry (who, when, origin). SQLite checks each figure as it is added; a server
/// takes them in bulk (COPY into a staging table) and checks them all at settle(). Rolled
/// back unless committed. Throws StoreError.
class FigureBatch
{
public:
    enum class Outcome {
        Added,            ///< stored (or, on a server, staged: settle() says what became of it)
        Unchanged,        ///< already stored from the same source with the same value
        Conflict,         ///< stored from the same source with another value
        RepeatedInFile,   ///< an earlier line of the same import gives the same figure
        SourceDateDiffers,
        UnknownIndicator,
        RegionNotWritable, ///< the login may not write this region's figures (a unit's login, another region)
    };
    struct Result {
        Outcome outcome = Outcome::Added;
        qint64 line = 0;
        QString cell;
        Figure figure;        ///< the line's figure (key and value)
        double storedValue = 0;
        qint64 earlierLine = 0;
        QString storedDate; ///< a source's stored date; for RegionNotWritable, the login's own region
    };
    /// What the checks that wait for the whole import found.
    struct Settled {
        qint64 added = 0;
        qint64 unchanged = 0;
        qint64 problems = 0;
        QList<Result> first; ///< the first problems, in line order
    };

    static std::unique_ptr<FigureBatch> begin(Backend &backend, const QString &enteredBy, const QString &origin);
    virtual ~FigureBatch() = default;

    /// Checks one figure of line `line` (and cell, in a workbook) and stores it.
    virtual Result add(const Figure &figure, qint64 line, const QString &cell) = 0;
    /// After the last figure: the outcomes decided in bulk, at most `limit` problems listed.
    virtual Settled settle(int limit) = 0;
    /// Records the import as a unit's monthly form for a month, under the import's entry.
    virtual void recordSubmission(const QString &unit, YearMonth period) = 0;
    virtual void commit() = 0;
    /// Whether add() only stages figures and settle() decides their outcomes (a server).
    virtual bool isDeferred() const = 0;
};

} // namespace chiso
