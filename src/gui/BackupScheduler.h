#pragma once
// The desktop app's backups: checks when started and every hour (and at the
// moment the next one falls due, when sooner) whether an automatic backup is
// due for this database (BackupService, settings in the database), and runs
// every backup job of the app — automatic, "Back up now", restore — one at a
// time on a BackupRunner, off the UI thread. Automatic backups report in the
// status bar and the log only; a job the user asked for also asks for a
// message (attention). After a restore it reloads the workspace.
#include "BackupRunner.h"

#include <QObject>

class QTimer;

namespace peyvand {

class Workspace;

class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCheckIntervalMs = 3600 * 1000;

    explicit BackupScheduler(Workspace &workspace, QObject *parent = nullptr);
    ~BackupScheduler() override;

    // Checks at once and then every hour.
    void start();
    bool isStarted() const { return m_started; }
    // Starts the automatic backup if one is due; false when not due or busy.
    bool checkNow();
    // Jobs the user asked for; false when another job is running.
    bool backupNow();
    bool restore(const QString &file);
    void cancel();
    bool isRunning() const;
    BackupRunner &runner() { return *m_runner; }

signals:
    // A restore brought back data in which the signed-in user no longer exists.
    void signInNeeded();
    void jobStarted(peyvand::BackupJob job);
    void progress(peyvand::BackupJob job, int phase, qint64 done, qint64 total);
    void jobFinished(const peyvand::BackupRunOutcome &outcome);
    // For the status bar, in the UI language.
    void statusMessage(const QString &text, int timeoutMs);
    // A job the user asked for ended: a message box worth showing.
    void attention(const QString &title, const QString &text, bool failed);
    // The folder's backups or the settings changed: lists showing them reload.
    void backupsChanged();

private:
    bool run(BackupJob job, const QString &file = {});
    void finish(const BackupRunOutcome &outcome);
    void armTimer();
    void afterRestore();

    Workspace &m_workspace;
    BackupRunner *m_runner;
    QTimer *m_timer;
    BackupJob m_job = BackupJob::Scheduled;
    bool m_started = false;
};

} // namespace peyvand
