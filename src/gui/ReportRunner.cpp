#include "ReportRunner.h"

#include "AccessPolicy.h"
#include "DataStoreFactory.h"
#include "Display.h"
#include "ReportService.h"
#include "ValidationError.h"

#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

ReportRunner::ReportRunner(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_clock(clock)
{
}

ReportRunner::~ReportRunner()
{
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
}

void ReportRunner::cancel()
{
    ++m_generation;
    m_busy = false;
}

void ReportRunner::run(const ReportFilter &filter)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    const QString path = m_path;
    const Clock &clock = m_clock;
    QThread *thread = QThread::create([this, user = m_user, generation, path, &clock, filter] {
        ReportSet reports;
        QString error;
        try {
            const auto opened = DataStoreFactory::open(path, StoreOpenMode::MigrateExisting);
            DataStore &store = *opened;
            store.setActor(user);
            const ReportService service(store, clock);
            reports.filter = filter;
            reports.orderReports = AccessPolicy::allows(user, Permission::ViewOrderReports);
            // Neither: the pipeline report's refusal names what is missing.
            reports.pipelineReports
                = AccessPolicy::allows(user, Permission::ViewPipelineReports) || !reports.orderReports;
            if (reports.pipelineReports) {
                reports.pipeline = service.pipeline(filter);
                reports.funnel = service.funnel(filter);
                reports.forecast = service.forecast(filter);
                reports.activity = service.activity(filter);
            }
            if (reports.orderReports)
                reports.orders = service.orders(filter);
        } catch (const ValidationError &e) {
            error = Display::error(e);
        } catch (const std::exception &e) {
            spdlog::error("reports on {}: {}", path.toStdString(), e.what());
            error = tr("The reports could not be computed: %1").arg(QString::fromUtf8(e.what()));
        }
        QMetaObject::invokeMethod(
            this, [this, generation, reports, error] { deliver(generation, reports, error); }, Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void ReportRunner::deliver(quint64 generation, const ReportSet &reports, const QString &error)
{
    if (generation != m_generation)
        return; // a newer filter is being computed
    m_busy = false;
    if (error.isEmpty())
        emit finished(reports);
    else
        emit failed(error);
}

} // namespace peyvand
