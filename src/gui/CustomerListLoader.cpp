#include "CustomerListLoader.h"

#include "DataStoreFactory.h"
#include "DatabaseError.h"
#include "SqliteDataStore.h"

#include <QTimer>
#include <atomic>
#include <chrono>
#include <mutex>
#include <spdlog/spdlog.h>
#include <sqlite3.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace peyvand {

// What the UI thread and the worker share: the newest generation asked for,
// the one running, and the worker's connection for sqlite3_interrupt (the one
// SQLite call that is safe from another thread).
struct CustomerListLoader::Shared
{
    std::atomic<quint64> latest { 0 };
    std::atomic<quint64> running { 0 };
    std::mutex handleMutex;
    sqlite3 *handle = nullptr;
};

class CustomerListLoader::Worker : public QObject
{
public:
    Worker(CustomerListLoader *loader, QString path, std::shared_ptr<Shared> shared)
        : m_loader(loader)
        , m_path(std::move(path))
        , m_shared(std::move(shared))
    {
    }

    ~Worker() override { close(); }

    void run(quint64 generation, CustomerQuery query, int firstPage)
    {
        if (generation != m_shared->latest)
            return; // a newer request is queued behind this one
        m_shared->running = generation;
        if (m_idle)
            m_idle->stop();
        bool firstPageSent = firstPage <= 0;
        // An interrupt meant for an older request can hit this one as it
        // starts: if it is still wanted, run it again.
        for (int attempt = 0; attempt < 3 && generation == m_shared->latest; ++attempt) {
            try {
                open();
                QList<qint64> ids;
                if (!firstPageSent) {
                    query.limit = firstPage;
                    const QList<CustomerRow> rows = m_store->customers().list(query);
                    deliver(generation, [rows](CustomerListLoader *l, quint64 g) { emit l->firstPageLoaded(g, rows); });
                    firstPageSent = true;
                    if (rows.size() < firstPage) {
                        for (const CustomerRow &r : rows)
                            ids << r.id;
                        deliver(generation, [ids](CustomerListLoader *l, quint64 g) { emit l->idsLoaded(g, ids); });
                        break;
                    }
                }
                ids = m_store->customers().orderedIds(query);
                deliver(generation, [ids](CustomerListLoader *l, quint64 g) { emit l->idsLoaded(g, ids); });
                break;
            } catch (const DatabaseError &e) {
                if (e.sqliteCode() == SQLITE_INTERRUPT)
                    continue; // moot (the loop ends) or hit by a stale interrupt (run again)
                spdlog::error("customer list on {}: {}", m_path.toStdString(), e.what());
                const QString message = QString::fromUtf8(e.what());
                deliver(generation, [message](CustomerListLoader *l, quint64 g) { emit l->failed(g, message); });
                break;
            }
        }
        m_shared->running = 0;
        if (generation == m_shared->latest)
            rest(); // nothing newer queued
    }

private:
    void open()
    {
        if (m_store)
            return;
        auto store = DataStoreFactory::open(m_path, StoreOpenMode::ReadOnly);
        auto *file = dynamic_cast<SqliteDataStore *>(store.get());
        // A walk reads each page once: a large cache would only hold memory.
        if (file)
            file->database().exec("PRAGMA cache_size = -4096");
        const std::lock_guard lock(m_shared->handleMutex);
        m_store = std::move(store);
        m_shared->handle = file ? file->database().handle() : nullptr; // a server query is not interrupted
    }

    // Between queries the search's working memory (tens of megabytes for a
    // one-letter search over a million customers) goes back to the system at
    // once; the connection (its 4 MiB cache) stays open while the user types
    // (opening it and warming its cache cost a few milliseconds per query)
    // and is closed after a minute without a query.
    void rest()
    {
#ifdef __GLIBC__
        malloc_trim(0); // this thread's arena keeps freed memory otherwise
#endif
        if (!m_idle) {
            m_idle = new QTimer(this); // created in the worker thread, runs there
            m_idle->setSingleShot(true);
            m_idle->setInterval(kIdleClose);
            QObject::connect(m_idle, &QTimer::timeout, this, [this] { close(); });
        }
        m_idle->start();
    }

    void close()
    {
        {
            const std::lock_guard lock(m_shared->handleMutex);
            m_shared->handle = nullptr;
            if (!m_store)
                return;
            m_store.reset();
        }
#ifdef __GLIBC__
        malloc_trim(0); // this thread's arena keeps freed memory otherwise
#endif
    }

    // Hands a result to the UI thread, where it is dropped if moot by then.
    template<typename Emit> void deliver(quint64 generation, Emit emitter)
    {
        if (generation != m_shared->latest)
            return;
        CustomerListLoader *loader = m_loader;
        QMetaObject::invokeMethod(
            loader,
            [loader, generation, emitter] {
                if (loader->isCurrent(generation))
                    emitter(loader, generation);
            },
            Qt::QueuedConnection);
    }

    CustomerListLoader *m_loader;
    QString m_path;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<DataStore> m_store; // opened in the worker thread, used only there
    QTimer *m_idle = nullptr; // closes the connection when no query came for a while
    static constexpr std::chrono::milliseconds kIdleClose { 60000 };
};

CustomerListLoader::CustomerListLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_worker(new Worker(this, databasePath, m_shared))
{
    m_thread.setObjectName(QStringLiteral("customerListLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CustomerListLoader::~CustomerListLoader()
{
    cancel();
    m_thread.quit();
    m_thread.wait(); // the worker is deleted as the thread finishes
}

quint64 CustomerListLoader::load(const CustomerQuery &query, int firstPage)
{
    const quint64 generation = ++m_shared->latest;
    interruptMoot();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, query, firstPage] { worker->run(generation, query, firstPage); },
        Qt::QueuedConnection);
    return generation;
}

void CustomerListLoader::cancel()
{
    ++m_shared->latest; // no request has this generation
    interruptMoot();
}

bool CustomerListLoader::isCurrent(quint64 generation) const
{
    return generation == m_shared->latest;
}

void CustomerListLoader::interruptMoot()
{
    const quint64 running = m_shared->running;
    if (running == 0 || running == m_shared->latest)
        return;
    const std::lock_guard lock(m_shared->handleMutex);
    if (m_shared->handle)
        sqlite3_interrupt(m_shared->handle);
}

} // namespace peyvand
