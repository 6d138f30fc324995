#pragma once
// Backups and restores of a SQLite database with SQLite's online backup API
// (SqliteBackupCopy), on the store's own connection.
//
// A backup copies the pages into FILE.part (a rollback-journal file, so a
// backup is one self-contained file) inside one read transaction on the
// source: in WAL mode that is a stable snapshot that never blocks writers, so
// the copy is consistent however much others write meanwhile, and it does
// not restart. The part file is flushed, checked (quick_check, schema version)
// and renamed over FILE.
//
// A restore checks the backup (BackupFileCheck, full integrity check), keeps
// a safety copy of the current database, then copies the backup INTO the live
// database through this connection: one write transaction in the WAL, so the
// other connections (the app's window, other PCs, the CLI) switch from the
// old content to the new at one commit, and a crash or cancel in the middle
// leaves the old. An older backup is then migrated.
#include "DatabaseBackup.h"

namespace peyvand {

class SqliteDatabase;

class SqliteDatabaseBackup final : public DatabaseBackup
{
public:
    explicit SqliteDatabaseBackup(SqliteDatabase &db)
        : m_db(db)
    {
    }

    QString fileSuffix() const override { return QStringLiteral("sqlite"); }
    BackupCheck backupTo(const QString &file, const BackupOptions &options = {}) override;
    BackupCheck inspect(const QString &file, const BackupOptions &options = {}) override;
    RestoreOutcome restoreFrom(const QString &file, const QString &safetyCopy,
                               const BackupOptions &options = {}) override;

private:
    // strict: a copy that fails its check is an error; otherwise (the safety
    // copy of a database being replaced, perhaps because it is damaged) a warning.
    BackupCheck saveCopy(const QString &file, const BackupOptions &options, bool strict);
    void copyTo(const QString &part, const BackupOptions &options);
    void expectNoTransaction(const char *what) const;

    SqliteDatabase &m_db;
};

} // namespace peyvand
