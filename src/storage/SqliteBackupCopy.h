#pragma once
// Copies one whole SQLite database into another with SQLite's online backup
// API, a few hundred pages per step, reporting progress and checking for a
// cancel between steps. The destination is written in one transaction (held
// across the steps): readers of it see the old or the new content, and a
// cancel or failure rolls it back. The source is read in whatever read
// transaction its connection holds (a stable snapshot), or else one per step.
#include "DatabaseBackup.h"

#include <QString>

struct sqlite3;

namespace peyvand::SqliteBackupCopy {

// Pages per step: 256 pages of 4 KiB, a millisecond or two each.
constexpr int kPagesPerStep = 256;

// `what` names the copy in error messages. OperationCancelled on a cancel;
// DatabaseError (with SQLite's code) on a failure, also when the destination
// stayed locked by another writer for a minute.
void run(sqlite3 *destination, sqlite3 *source, BackupPhase phase, const BackupOptions &options, const QString &what);

} // namespace peyvand::SqliteBackupCopy
