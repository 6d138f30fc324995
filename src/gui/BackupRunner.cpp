#include "BackupRunner.h"

#include "DataStoreFactory.h"
#include "Display.h"
#include "OperationCancelled.h"
#include "ValidationError.h"

#include <QThread>
#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

const char *jobName(BackupJob job)
{
    switch (job) {
    case BackupJob::Scheduled:
        return "automatic backup";
    case BackupJob::Now:
        return "backup";
    case BackupJob::Restore:
        return "restore";
    }
    return "";
}

} // namespace

BackupRunner::BackupRunner(const QString &databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
{
}

BackupRunner::~BackupRunner()
{
    m_cancel = true;
    wait();
}

void BackupRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}

void BackupRunner::start(BackupJob job, const QString &file, const User &actor)
{
    wait();
    delete m_thread;
    m_cancel = false;
    m_busy = true;
    m_thread = QThread::create([this, job, file, actor] {
        const BackupRunOutcome outcome = run(job, file, actor);
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_busy = false;
                emit finished(outcome);
            },
            Qt::QueuedConnection);
    });
    m_thread->setParent(this);
    m_thread->start();
}

BackupRunOutcome BackupRunner::run(BackupJob job, const QString &file, const User &actor)
{
    BackupRunOutcome outcome;
    outcome.job = job;
    BackupOptions options;
    options.cancel = &m_cancel;
    int lastPhase = -1;
    int lastPercent = -1;
    options.progress = [&](BackupPhase phase, qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (int(phase) == lastPhase && percent == lastPercent)
            return;
        lastPhase = int(phase);
        lastPercent = percent;
        emit progress(int(phase), done, total);
    };
    try {
        const auto opened = DataStoreFactory::open(m_databasePath, StoreOpenMode::MigrateExisting);
        DataStore &store = *opened;
        store.setActor(actor);
        BackupService service(store, m_clock);
        switch (job) {
        case BackupJob::Scheduled:
            if (auto result = service.runScheduled(options))
                outcome.backup = *result;
            else
                outcome.skipped = true;
            break;
        case BackupJob::Now:
            outcome.backup = service.backupNow(options);
            break;
        case BackupJob::Restore:
            outcome.restore = service.restore(file, options);
            break;
        }
        outcome.ok = true;
    } catch (const OperationCancelled &) {
        outcome.cancelled = true;
    } catch (const ValidationError &e) {
        spdlog::warn("{} of {}: {}: {}", jobName(job), m_databasePath.toStdString(), e.field().toStdString(),
                     e.message().toStdString());
        outcome.error = Display::error(e);
    } catch (const std::exception &e) {
        spdlog::error("{} of {} failed: {}", jobName(job), m_databasePath.toStdString(), e.what());
        outcome.error = QString::fromUtf8(e.what());
    }
    if (outcome.cancelled)
        spdlog::info("{} of {}: cancelled", jobName(job), m_databasePath.toStdString());
    return outcome;
}

} // namespace peyvand
