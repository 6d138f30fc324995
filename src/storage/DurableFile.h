#pragma once
// Putting a finished file in place so that it survives a power cut: its data
// flushed to the disk, then renamed over the final name (atomic: readers see
// the old file or the new one), then the directory entry flushed.
#include <QString>

namespace peyvand::DurableFile {

// Flushes a file's data to the disk; DatabaseError when it cannot.
void sync(const QString &path);
// Renames `from` to `to`, replacing `to`, and flushes the directory; DatabaseError when it cannot.
void replace(const QString &from, const QString &to);
// Removes a file and SQLite's companions (-journal, -wal, -shm); quiet when absent.
void removeWithCompanions(const QString &path);

} // namespace peyvand::DurableFile
