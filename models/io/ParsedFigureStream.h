#pragma once

#include "FigureCsvFormat.h"
#include "ImportIssue.h"
#include "domain/Figure.h"

#include <QIODevice>
#include <QList>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace chiso {

/// Reads and checks the figures of a CSV file on a thread of its own and hands them over in
/// batches, so that reading a large file overlaps with storing it (the store stays on the
/// caller's thread, which owns the database connection).
class ParsedFigureStream
{
public:
    struct Row {
        qint64 line = 0;
        QString cell; ///< in a workbook, where the row's figure stands ("Sheet!F12")
        std::optional<Figure> figure; ///< nothing where the row was refused
        QList<ImportIssue> issues;
    };

    /// Starts reading. The device must stay open, and untouched by others, until destruction.
    ParsedFigureStream(QIODevice *device, const QString &displayName, const QList<Indicator> &indicators);
    /// Stops reading (if still going) and waits for the thread.
    ~ParsedFigureStream();
    ParsedFigureStream(const ParsedFigureStream &) = delete;
    ParsedFigureStream &operator=(const ParsedFigureStream &) = delete;

    /// The next rows in file order; empty once the file is read.
    std::vector<Row> nextBatch();
    /// Problems of the file as a whole (header, encoding, structure, emptiness): complete
    /// once nextBatch() returned empty.
    const QList<ImportIssue> &fileIssues() const { return m_fileIssues; }
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    void run();
    void readAll();
    void push(std::vector<Row> &&batch);

    QIODevice *m_device;
    QString m_displayName;
    FigureCsvParser m_parser;
    QList<ImportIssue> m_fileIssues;
    std::atomic<qint64> m_bytesRead{0};
    std::atomic<bool> m_stop{false};

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Row>> m_queue;
    bool m_finished = false;
    std::exception_ptr m_failure; ///< what stopped the reading thread, rethrown to the consumer
    std::thread m_thread;
};

} // namespace chiso
