#pragma once
// Whole-database copies for backups and restores, by the backend's own means
// (SQLite: its online backup API), so a copy is one consistent state even
// while other connections write. Reached through DataStore::backup(); the
// rules around it (file names, rotation, settings, the safety copy's name,
// permissions) are BackupService's.
//
// Refusals are ValidationErrors on the field "backup" with these codes:
// not_found, not_a_database (not a file of this backend), not_peyvand (a
// database of another program, or empty), corrupt (the integrity check failed
// or the file is cut short), newer_schema (written by a newer Peyvand),
// same_file (restoring the database onto itself), page_size (a copy this
// backend cannot write over the live file). Nothing is changed on a refusal.
#include <QString>
#include <atomic>
#include <functional>

namespace peyvand {

enum class BackupPhase {
    Copying, // the database into the backup file
    Verifying, // the written file's integrity check
    Checking, // a backup's integrity and schema before a restore
    SavingCurrent, // the safety copy of the database a restore replaces
    Restoring, // the backup into the live database
    Migrating // a backup of an older schema brought up to date
};

struct BackupOptions
{
    // (phase, done, total) in the backend's units (pages); called often, on the working thread.
    std::function<void(BackupPhase, qint64, qint64)> progress;
    // Checked between steps: OperationCancelled is thrown and the step undone
    // (no backup file; on a restore the live database as it was).
    const std::atomic_bool *cancel = nullptr;
};

// What a backup file holds, as far as a restore cares.
struct BackupCheck
{
    int schemaVersion = 0; // the file's
    int latestSchemaVersion = 0; // this program's
    qint64 bytes = 0;
};

struct RestoreOutcome
{
    BackupCheck backup; // the file restored from
    int schemaVersion = 0; // of the database afterwards (migrated when the backup was older)
};

class DatabaseBackup
{
public:
    virtual ~DatabaseBackup() = default;

    // The extension backup files get ("sqlite").
    virtual QString fileSuffix() const = 0;

    // Writes one consistent copy of the whole database to `file`: first to
    // FILE.part, flushed to disk and checked, then renamed over `file`. A
    // failed or cancelled backup leaves no file (and an existing `file` as it was).
    virtual BackupCheck backupTo(const QString &file, const BackupOptions &options = {}) = 0;

    // Checks that `file` is a whole backup this program can restore
    // (integrity, a Peyvand schema not newer than the program's). Changes
    // nothing; ValidationError when it is not.
    virtual BackupCheck inspect(const QString &file, const BackupOptions &options = {}) = 0;

    // Replaces the whole database with the backup in `file`: checks it as
    // inspect() does, copies the current database to `safetyCopy` as
    // backupTo() does, then copies the backup in as one transaction (other
    // connections see the old or the new data, never a mix) and migrates it
    // when it is older. A refusal, failure or cancel before the copy-in
    // commits leaves the database untouched (a safety copy already made stays).
    virtual RestoreOutcome restoreFrom(const QString &file, const QString &safetyCopy,
                                       const BackupOptions &options = {})
        = 0;
};

} // namespace peyvand
