#include "BackupScheduler.h"

#include "BackupPhaseText.h"
#include "Display.h"
#include "Workspace.h"

#include <QFileInfo>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace peyvand {

BackupScheduler::BackupScheduler(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_runner(new BackupRunner(workspace.store().openLocation(), workspace.clock(), this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        checkNow();
        armTimer();
    });
    connect(m_runner, &BackupRunner::progress, this, [this](int phase, qint64 done, qint64 total) {
        emit progress(m_job, phase, done, total);
        if (total > 1)
            emit statusMessage(
                tr("%1 %2%").arg(BackupPhaseText::of(BackupPhase(phase)), Display::number(done * 100 / total)), 0);
        else if (done == 0)
            emit statusMessage(BackupPhaseText::of(BackupPhase(phase)), 0);
    });
    connect(m_runner, &BackupRunner::finished, this, &BackupScheduler::finish);
}

BackupScheduler::~BackupScheduler()
{
    m_runner->cancel();
    m_runner->wait();
}

void BackupScheduler::start()
{
    m_started = true;
    checkNow();
    armTimer();
}

void BackupScheduler::armTimer()
{
    if (!m_started)
        return;
    qint64 ms = kCheckIntervalMs;
    try {
        // Exactly when the next backup falls due, if that is within the hour.
        const QDateTime due = BackupService(m_workspace.store(), m_workspace.clock()).nextDueAt();
        if (due.isValid())
            ms = std::clamp<qint64>(m_workspace.clock().now().msecsTo(due) + 1000, 60 * 1000, kCheckIntervalMs);
    } catch (const std::exception &e) {
        spdlog::warn("backup schedule: {}", e.what());
    }
    m_timer->start(int(ms));
}

bool BackupScheduler::isRunning() const
{
    return m_runner->isRunning();
}

void BackupScheduler::cancel()
{
    m_runner->cancel();
}

bool BackupScheduler::checkNow()
{
    if (isRunning())
        return false;
    try {
        if (!BackupService(m_workspace.store(), m_workspace.clock()).isDue())
            return false;
    } catch (const std::exception &e) {
        spdlog::warn("backup schedule: {}", e.what());
        return false;
    }
    return run(BackupJob::Scheduled);
}

bool BackupScheduler::backupNow()
{
    return run(BackupJob::Now);
}

bool BackupScheduler::restore(const QString &file)
{
    return run(BackupJob::Restore, file);
}

bool BackupScheduler::run(BackupJob job, const QString &file)
{
    if (isRunning())
        return false;
    m_job = job;
    m_runner->start(job, file, m_workspace.user());
    emit jobStarted(job);
    return true;
}

void BackupScheduler::finish(const BackupRunOutcome &outcome)
{
    const bool asked = outcome.job != BackupJob::Scheduled;
    if (outcome.job == BackupJob::Restore) {
        if (outcome.ok) {
            afterRestore();
            const QString text = tr("The backup %1 was restored. The data it replaced was kept as %2.")
                                     .arg(Display::isolate(QFileInfo(outcome.restore.restoredFrom).fileName()),
                                          Display::isolate(QFileInfo(outcome.restore.keptAs.path).fileName()));
            emit statusMessage(text, 15000);
            emit attention(tr("Restore"), text, false);
        } else if (outcome.cancelled) {
            emit statusMessage(tr("Restore cancelled; nothing was changed."), 8000);
        } else {
            emit statusMessage(tr("The backup was not restored."), 8000);
            emit attention(tr("Restore"),
                           tr("The backup was not restored; your data is unchanged.\n\n%1").arg(outcome.error), true);
        }
    } else if (outcome.ok && !outcome.skipped) {
        emit statusMessage(tr("Backup saved: %1").arg(Display::isolate(QFileInfo(outcome.backup.file.path).fileName())),
                           8000);
        if (asked)
            emit attention(tr("Back up"),
                           tr("The backup was saved as %1.").arg(Display::isolate(outcome.backup.file.path)), false);
    } else if (outcome.skipped) {
        // Not due after all, or another PC is making it: nothing to say.
    } else if (outcome.cancelled) {
        emit statusMessage(tr("Backup cancelled."), 8000);
    } else {
        // Logged by the runner; an automatic backup only says so in the status bar.
        emit statusMessage(tr("The backup failed: %1").arg(outcome.error), 15000);
        if (asked)
            emit attention(tr("Back up"), tr("The backup failed.\n\n%1").arg(outcome.error), true);
    }
    emit backupsChanged();
    emit jobFinished(outcome);
    armTimer();
}

void BackupScheduler::afterRestore()
{
    // The users came back with the data: keep acting as the same user if
    // they exist (same name, still active) in the restored data, else ask for a
    // sign-in against the restored users.
    m_workspace.reloadUsers();
    const auto same = m_workspace.store().users().get(m_workspace.user().id);
    if (same && same->username == m_workspace.user().username && same->active)
        m_workspace.setUser(*same); // reloads every view
    else
        emit signInNeeded();
}

} // namespace peyvand
