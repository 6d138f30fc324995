#include "ReaderProcess.h"

#include "BenchHarness.h"

#include "SqliteDataStore.h"
#include "TimelineService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <csignal>
#include <cstdio>
#include <random>
#include <stdexcept>

namespace peyvand::bench {

namespace {

volatile std::sig_atomic_t g_stop = 0;

void stop(int)
{
    g_stop = 1;
}

} // namespace

int readerLoop(const QString &dbPath)
{
    std::signal(SIGTERM, stop);
    SqliteDataStore store(dbPath, SqliteDatabase::OpenMode::ReadOnly);
    store.setActor(benchUser(store)); // the services check who reads
    TimelineService timeline(store);
    CustomerQuery all;
    const qint64 customers = store.customers().count(all);
    std::mt19937_64 rng { 7 };
    std::uniform_int_distribution<qint64> pick(1, std::max<qint64>(1, customers));
    std::printf("ready\n");
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    qint64 reads = 0;
    const QStringList searches { QStringLiteral("کری"), QStringLiteral("محمد"), QStringLiteral("سل") };
    while (!g_stop) {
        // A customer page, as the desktop app opens it.
        const qint64 id = pick(rng);
        store.customers().get(id);
        store.deals().forCustomer(id, false);
        store.orders().forCustomer(id, 200);
        timeline.latest(id, 50);
        ++reads;
        // Now and then a search's count, as the list does while typing.
        if (reads % 20 == 0) {
            CustomerQuery q;
            q.kind = CustomerKind::Individual;
            q.text = searches[(reads / 20) % searches.size()];
            store.customers().count(q);
        }
    }
    std::printf("%lld customer pages (and %lld search counts) in %.1f s\n", (long long)reads, (long long)reads / 20,
                timer.elapsed() / 1000.0);
    std::fflush(stdout);
    return 0;
}

ReaderProcess::ReaderProcess(const QString &dbPath)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--db"), dbPath, QStringLiteral("--reader-loop") });
    if (!m_process.waitForStarted(10000))
        throw std::runtime_error("the reader process did not start");
    // Wait until it has opened the file and is about to read.
    while (!m_process.canReadLine())
        if (!m_process.waitForReadyRead(60000))
            throw std::runtime_error("the reader process did not start reading");
    m_process.readLine();
}

ReaderProcess::~ReaderProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    const QByteArray said = m_process.readAllStandardOutput().trimmed();
    std::fprintf(stderr, "  another process (peyvand-bench --reader-loop) read meanwhile: %s\n",
                 said.isEmpty() ? "nothing reported" : said.constData());
}

} // namespace peyvand::bench
