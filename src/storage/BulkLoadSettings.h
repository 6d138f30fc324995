#pragma once
// The connection's PRAGMAs for the length of a bulk load, and back.
//
// - synchronous = OFF: no fsync at each chunk's commit. The file stays
//   consistent when the program stops or crashes (the journal or WAL is in the
//   operating system's hands); a power cut during the load can damage it, as
//   with any unsynced write, so the load is for demo data and imports one can
//   run again.
// - a rollback journal instead of the WAL while nobody else has the file
//   open: a chunk's pages are written once, into the file, instead of into the
//   WAL and again into the file at each checkpoint; the journal keeps only
//   the few existing pages a chunk changes (new rows go to new pages). With
//   other connections open (the window reading while demo data is written)
//   the WAL stays. Every read-write open of the file switches it back to WAL.
// - a big page cache, for the indexes that are kept up to date row by row.
// - ignore_check_constraints: BulkChecks tests the same constraints in C++,
//   without the temporary b-tree SQLite builds for each `IN (…)` per row.
#include <QByteArray>
#include <QString>

namespace peyvand {

class SqliteDatabase;

class BulkLoadSettings
{
public:
    BulkLoadSettings(SqliteDatabase &db, int cacheMiB, bool rollbackJournal);
    ~BulkLoadSettings(); // restore() unless done
    BulkLoadSettings(const BulkLoadSettings &) = delete;
    BulkLoadSettings &operator=(const BulkLoadSettings &) = delete;

    bool usesRollbackJournal() const { return !m_journalMode.isEmpty(); }
    void restore();

private:
    SqliteDatabase &m_db;
    bool m_restored = false;
    qint64 m_synchronous = 1;
    qint64 m_cacheSize = -65536;
    qint64 m_walAutocheckpoint = 4000;
    qint64 m_ignoreChecks = 0;
    QByteArray m_journalMode; // to go back to; empty: not changed
};

} // namespace peyvand
