#include "ParsedFigureStream.h"
#include "CsvReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chiso {
namespace {

constexpr size_t batchSize = 2048;
constexpr size_t maxQueuedBatches = 8; // bounds memory whatever the file's size

} // namespace

ParsedFigureStream::ParsedFigureStream(QIODevice *device, const QString &displayName, const QList<Indicator> &indicators)
    : m_device(device), m_displayName(displayName), m_parser(displayName, indicators, /*csvText=*/true)
{
    m_thread = std::thread([this] { run(); });
}

ParsedFigureStream::~ParsedFigureStream()
{
    m_stop = true;
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void ParsedFigureStream::push(std::vector<Row> &&batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < maxQueuedBatches || m_stop; });
    if (!m_stop)
        m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
}

void ParsedFigureStream::run()
{
    // An exception must not leave this thread: it is handed to the reader of the batches.
    try {
        readAll();
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_failure = std::current_exception();
        m_finished = true;
    }
    m_changed.notify_all();
}

void ParsedFigureStream::readAll()
{
    CsvReader reader(m_device);
    bool haveHeader = false;
    bool headerOk = false;
    qint64 rows = 0;
    std::vector<Row> batch;
    batch.reserve(batchSize);
    while (!m_stop && reader.next()) {
        const auto &fields = reader.fields();
        m_bytesRead.store(reader.bytesRead(), std::memory_order_relaxed);
        if (!haveHeader) {
            haveHeader = true;
            headerOk = m_parser.readHeader(fields, reader.line(), m_fileIssues);
            if (!headerOk)
                break;
            continue;
        }
        if (fields.size() == 1 && fields.front().trimmed().isEmpty())
            continue; // a blank line
        ++rows;
        Row row;
        row.line = reader.line();
        row.figure = m_parser.readRecord(fields, row.line, row.issues);
        batch.push_back(std::move(row));
        if (batch.size() == batchSize) {
            push(std::move(batch));
            batch = {};
            batch.reserve(batchSize);
        }
    }
    if (!batch.empty())
        push(std::move(batch));

    if (!reader.error().isEmpty())
        m_fileIssues.append({m_displayName, reader.line(), QString(), reader.error()});
    else if (!haveHeader)
        m_fileIssues.append({m_displayName, 0, QString(),
                             QCoreApplication::translate("FigureImporter", "the file is empty; expected a header line: %1")
                                 .arg(FigureCsv::columns().join(QLatin1Char(',')))});
    else if (headerOk && rows == 0)
        m_fileIssues.append({m_displayName, 0, QString(),
                             QCoreApplication::translate("FigureImporter", "the file has a header but no figures")});
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

std::vector<ParsedFigureStream::Row> ParsedFigureStream::nextBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty()) {
        if (m_failure)
            std::rethrow_exception(std::exchange(m_failure, nullptr));
        return {};
    }
    std::vector<Row> batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

} // namespace chiso
