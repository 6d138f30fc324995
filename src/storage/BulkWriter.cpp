#include "BulkWriter.h"

#include "SqliteDatabase.h"
#include "SqliteStatement.h"

namespace peyvand {

namespace {

constexpr size_t kMaxQueued = 2;

} // namespace

BulkWriter::BulkWriter(SqliteDatabase &db, const std::vector<const char *> &statements, bool threaded)
    : m_threaded(threaded)
{
    for (const char *sql : statements)
        m_statements.push_back(std::make_unique<SqliteStatement>(db.handle(), sql));
    if (m_threaded)
        m_thread = std::thread([this] { loop(); });
}

BulkWriter::~BulkWriter()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_queue.clear();
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

std::unique_ptr<BulkBatch> BulkWriter::takeFree()
{
    if (m_free.empty())
        return std::make_unique<BulkBatch>();
    auto batch = std::move(m_free.back());
    m_free.pop_back();
    return batch;
}

std::unique_ptr<BulkBatch> BulkWriter::submit(std::unique_ptr<BulkBatch> batch)
{
    if (!m_threaded) {
        write(*batch);
        batch->clear();
        return batch;
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued || m_error; });
    if (m_error)
        std::rethrow_exception(m_error);
    m_queue.push_back(std::move(batch));
    auto next = takeFree();
    lock.unlock();
    m_changed.notify_all();
    return next;
}

void BulkWriter::drain()
{
    if (!m_threaded)
        return;
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_writing) || m_error; });
    if (m_error)
        std::rethrow_exception(m_error);
}

void BulkWriter::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        std::unique_ptr<BulkBatch> batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_writing = true;
        lock.unlock();
        std::exception_ptr error;
        try {
            write(*batch);
        } catch (...) {
            error = std::current_exception();
        }
        batch->clear();
        lock.lock();
        m_writing = false;
        m_free.push_back(std::move(batch));
        if (error) {
            // Nothing after a failed row may be written: the caller rolls the chunk back.
            m_error = error;
            m_queue.clear();
        }
        m_changed.notify_all();
    }
}

void BulkWriter::write(const BulkBatch &batch)
{
    static const char empty[] = "";
    for (const BulkBatch::Row &row : batch.rows()) {
        SqliteStatement &s = *m_statements[row.statement];
        const BulkBatch::Cell *cells = batch.cells(row);
        for (quint32 i = 0; i < row.columns; ++i) {
            const BulkBatch::Cell &c = cells[i];
            const int index = int(i) + 1;
            if (c.size == BulkBatch::kNull)
                s.bindNull(index);
            else if (c.size == BulkBatch::kInteger)
                s.bind(index, c.value);
            else // a NULL pointer would bind NULL, so '' needs a real one
                s.bindStaticUtf8(index, c.size ? batch.text(c) : empty, c.size);
        }
        s.runRebound(); // BulkRow binds every parameter of its row
    }
}

} // namespace peyvand
