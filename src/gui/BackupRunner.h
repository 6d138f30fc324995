#pragma once
// Runs one backup job on a worker thread with its own connection to the
// database (BackupService on a SqliteDataStore of its own), so a backup or a
// restore never freezes the window: the automatic backup when it is due, a
// backup the user asked for, or a restore. Progress arrives as a queued
// signal; the outcome once, on the owner's thread. Cancel stops it between
// steps (no file, or the database as it was).
#include "BackupService.h"
#include "User.h"

#include <QMetaType>
#include <QObject>
#include <atomic>

class QThread;

namespace peyvand {

class Clock;

enum class BackupJob { Scheduled, Now, Restore };

struct BackupRunOutcome
{
    BackupJob job = BackupJob::Scheduled;
    bool ok = false;
    bool cancelled = false;
    bool skipped = false; // Scheduled: not due after all, or another PC is making it
    BackupResult backup; // Scheduled, Now
    RestoreResult restore; // Restore
    QString error; // in the UI language
};

class BackupRunner : public QObject
{
    Q_OBJECT
public:
    BackupRunner(const QString &databasePath, const Clock &clock, QObject *parent = nullptr);
    ~BackupRunner() override; // cancels and waits

    // file: the backup to restore (Restore only).
    // actor: who asked (Now and Restore need manage_backups; the schedule needs nobody).
    void start(BackupJob job, const QString &file = {}, const User &actor = {});
    void cancel() { m_cancel = true; }
    // From start() until finished() is emitted.
    bool isRunning() const { return m_busy; }
    void wait();

signals:
    // From the worker thread (queued to receivers elsewhere); phase is a BackupPhase.
    void progress(int phase, qint64 done, qint64 total);
    void finished(const peyvand::BackupRunOutcome &outcome);

private:
    BackupRunOutcome run(BackupJob job, const QString &file, const User &actor);

    QString m_databasePath;
    const Clock &m_clock;
    std::atomic_bool m_cancel { false };
    QThread *m_thread = nullptr;
    bool m_busy = false;
};

} // namespace peyvand

Q_DECLARE_METATYPE(peyvand::BackupRunOutcome)
