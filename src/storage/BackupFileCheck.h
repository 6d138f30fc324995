#pragma once
// Whether a file is a whole Peyvand database this program can restore: opened
// read-only (nothing in it changes), it must be SQLite, hold Peyvand's
// tables at a schema version not newer than the program's, be as long as its
// header says, and pass SQLite's integrity check. Refusals are
// ValidationErrors on the field "backup" (codes in DatabaseBackup.h) whose
// messages name the file.
#include "DatabaseBackup.h"

namespace peyvand::BackupFileCheck {

enum class Depth {
    Quick, // PRAGMA quick_check: every page and record, not the indexes against their tables
    Full // PRAGMA integrity_check
};

// `phase` is what progress is reported as ((0, 1) at the start, (1, 1) at the end; the
// check itself reports nothing in between but stops on a cancel: OperationCancelled).
BackupCheck check(const QString &path, Depth depth, BackupPhase phase, const BackupOptions &options = {});

} // namespace peyvand::BackupFileCheck
