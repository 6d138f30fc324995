#pragma once
// Backups and restores as use cases, the same for the CLI and the desktop app:
// where backups go and what they are called (BackupSettings, BackupPolicy),
// rotation, the automatic schedule shared by every PC on the database, and the
// copy a restore keeps of the database it replaces. The copying itself is the
// backend's (DataStore::backup()).
//
// Permissions: backups and restores are an admin's (manage_backups, checked at
// the top of backupNow, backupTo, restore and saveSettings, the entry points a
// person uses); runScheduled is the app's own automatic backup and needs none.
#include "BackupFile.h"
#include "BackupSettings.h"
#include "Clock.h"
#include "DatabaseBackup.h"

#include <QList>
#include <optional>

namespace peyvand {

class DataStore;

struct BackupResult
{
    BackupFile file; // the backup written, with its size
    BackupCheck check;
    QList<BackupFile> removed; // older backups deleted to keep the newest N
};

struct RestoreResult
{
    QString restoredFrom;
    BackupFile keptAs; // the safety copy of the database that was replaced
    RestoreOutcome outcome;
};

class BackupService
{
public:
    BackupService(DataStore &store, const Clock &clock);

    BackupSettings settings() const;
    // ValidationError on a value out of range (nothing stored).
    void saveSettings(const BackupSettings &settings);
    QString folder() const; // settings().folderFor(the database)

    // This database's backups in the folder, newest first, with their sizes.
    QList<BackupFile> backups() const;
    // The newest backup in the folder or recorded in the database (another
    // PC's folder may be out of reach), whichever is later.
    std::optional<QDateTime> lastBackupAt() const;
    QDateTime nextDueAt() const; // invalid when automatic backups are off
    bool isDue() const;

    // A backup into the folder, named by the time, then rotation.
    BackupResult backupNow(const BackupOptions &options = {});
    // A backup to a file the user named (no rotation, not counted by the schedule).
    BackupCheck backupTo(const QString &file, const BackupOptions &options = {});
    // The automatic backup: when one is due and no other PC is making it
    // (a claim recorded in the database for an hour), backupNow; nullopt otherwise.
    std::optional<BackupResult> runScheduled(const BackupOptions &options = {});

    // Replaces the database with a backup (DatabaseBackup::restoreFrom),
    // keeping the current data as `<name>-…Z-before-restore` in the folder;
    // this database's backup settings stay as they were.
    RestoreResult restore(const QString &file, const BackupOptions &options = {});

private:
    BackupResult backupIntoFolder(const BackupOptions &options);
    QString freeName(const QString &folder, bool beforeRestore) const;
    QString ensureFolder() const;

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
