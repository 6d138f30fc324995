#include "DemoDataRunner.h"

#include "DataStoreFactory.h"
#include "DemoDataGenerator.h"

#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

struct Cancelled
{
};

} // namespace

DemoDataRunner::DemoDataRunner(const QString &path, qint64 customers, const QDate &asOf, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_customers(customers)
    , m_asOf(asOf)
{
}

DemoDataRunner::~DemoDataRunner()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool DemoDataRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoDataRunner::start()
{
    m_thread = QThread::create([this] {
        bool ok = true;
        QString message;
        try {
            const auto opened = DataStoreFactory::open(m_path, StoreOpenMode::MigrateExisting);
            DataStore &store = *opened;
            DemoDataGenerator::Options options;
            options.customers = m_customers;
            options.asOf = m_asOf;
            options.batchSize = 1000;
            const auto totals = DemoDataGenerator(store, options).run([this](qint64 done, qint64 total) {
                emit progress(done, total);
                if (m_cancelled)
                    throw Cancelled {};
            });
            message = QStringLiteral("%1 customers, %2 deals, %3 activities, %4 orders")
                          .arg(totals.customers)
                          .arg(totals.deals)
                          .arg(totals.activities)
                          .arg(totals.orders);
        } catch (const Cancelled &) {
            ok = false;
            message = QStringLiteral("cancelled");
        } catch (const std::exception &e) {
            ok = false;
            message = QString::fromUtf8(e.what());
        }
        spdlog::info("demo data on {}: {}", m_path.toStdString(), message.toStdString());
        emit finished(ok, message);
    });
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace peyvand
