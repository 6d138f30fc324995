#pragma once
// Executes batches of encoded rows with prepared statements: on a thread of
// its own, so that the next batch is generated and encoded on the caller's
// core meanwhile, or inline. The connection is shared with the caller, who
// must not use it between submit() and drain() (SQLite's multi-thread mode
// allows one connection on several threads, one at a time).
#include "BulkBatch.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace peyvand {

class SqliteDatabase;
class SqliteStatement;

class BulkWriter
{
public:
    BulkWriter(SqliteDatabase &db, const std::vector<const char *> &statements, bool threaded);
    ~BulkWriter(); // stops the thread; batches still queued are dropped
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // Hands a filled batch over and returns an empty one to fill next; waits
    // while the writer is two batches behind. Rethrows the writer's error.
    std::unique_ptr<BulkBatch> submit(std::unique_ptr<BulkBatch> batch);
    // Waits until every submitted batch is written; rethrows the writer's first error.
    void drain();

private:
    void loop();
    void write(const BulkBatch &batch);
    std::unique_ptr<BulkBatch> takeFree(); // with the mutex held

    std::vector<std::unique_ptr<SqliteStatement>> m_statements;
    bool m_threaded;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<BulkBatch>> m_queue;
    std::vector<std::unique_ptr<BulkBatch>> m_free;
    bool m_writing = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread; // last: started once everything else is set up
};

} // namespace peyvand
