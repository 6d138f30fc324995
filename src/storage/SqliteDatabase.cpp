#include "SqliteDatabase.h"

#include "DatabaseError.h"
#include "DeferredIndexes.h"
#include "Migrations.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace peyvand {

namespace {

// Set once at start, before connections open in other threads.
std::atomic<qint64> g_cacheKiB { SqliteDatabase::MemoryLimits {}.cacheKiB };
std::atomic<qint64> g_mmapBytes { SqliteDatabase::MemoryLimits {}.mmapBytes };
std::atomic<int> g_busyTimeoutMs { 10000 };

// Building the indexes an interrupted bulk load left out is left to whoever
// holds the lock longer than this (the load itself, or another program
// building them): the program that opened the file has its own work to do.
constexpr int kRebuildWaitMs = 2000;

} // namespace

void SqliteDatabase::setMemoryLimits(const MemoryLimits &limits)
{
    g_cacheKiB = limits.cacheKiB;
    g_mmapBytes = limits.mmapBytes;
}

SqliteDatabase::MemoryLimits SqliteDatabase::memoryLimits()
{
    return { g_cacheKiB, g_mmapBytes };
}

void SqliteDatabase::setBusyTimeout(int milliseconds)
{
    g_busyTimeoutMs = std::max(0, milliseconds);
}

int SqliteDatabase::busyTimeout()
{
    return g_busyTimeoutMs;
}

SqliteDatabase::Query::Query(SqliteStatement &stmt, bool *busy, std::unique_ptr<SqliteStatement> owned)
    : m_stmt(&stmt)
    , m_busy(busy)
    , m_owned(std::move(owned))
{
}

SqliteDatabase::Query::Query(Query &&other) noexcept
    : m_stmt(other.m_stmt)
    , m_busy(other.m_busy)
    , m_owned(std::move(other.m_owned))
{
    other.m_stmt = nullptr;
    other.m_busy = nullptr;
}

SqliteDatabase::Query::~Query()
{
    if (m_stmt)
        m_stmt->reset();
    if (m_busy)
        *m_busy = false;
}

SqliteDatabase::SqliteDatabase(const QString &path, OpenMode mode)
    : m_path(path)
    , m_busyTimeout(g_busyTimeoutMs)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode != OpenMode::CreateAndMigrate && mode != OpenMode::Unmigrated)
        throw DatabaseError(QStringLiteral("%1: no such database file").arg(path));
    // Before SQLite's first use in the process: no memory statistics, which
    // cost a global mutex around every allocation (a few per cent of a bulk
    // load; nothing here reads them).
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(configured);
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError(QStringLiteral("%1: cannot open: %2").arg(path, message), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    try {
        // Several processes opening a new file at once (the app and a telephone
        // exchange's `activity add`) meet while one creates the schema and
        // switches the file to WAL; SQLite answers some of those lock
        // conflicts with SQLITE_BUSY at once, without its busy handler. Every
        // step below is safe to repeat, so try again for as long as the busy
        // timeout.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            try {
                configure();
                if (mode == OpenMode::ReadOnly)
                    Migrations::ensureReadable(*this);
                else if (mode != OpenMode::Unmigrated)
                    Migrations::migrate(*this);
                // Only a file we accepted is switched to WAL: a refused one stays untouched.
                if (mode != OpenMode::ReadOnly)
                    exec("PRAGMA journal_mode = WAL");
                break;
            } catch (const DatabaseError &e) {
                const int primary = e.sqliteCode() & 0xff;
                if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED) || waited.elapsed() > m_busyTimeout)
                    throw;
                if (sqlite3_get_autocommit(m_db) == 0)
                    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                m_cache.clear();
                QThread::msleep(20);
            }
        }
        // A bulk load that stopped before building its indexes again left a note.
        if ((mode == OpenMode::CreateAndMigrate || mode == OpenMode::MigrateExisting)
            && DeferredIndexes::pending(*this)) {
            spdlog::warn("{}: building the indexes a bulk load left out", m_path.toStdString());
            sqlite3_busy_timeout(m_db, std::min(m_busyTimeout, kRebuildWaitMs));
            try {
                DeferredIndexes::rebuild(*this);
            } catch (const DatabaseError &e) {
                // The load may still be running (it builds them when it ends), or
                // another program is building them; the data is whole either way,
                // so the file opens.
                spdlog::warn("{}: indexes not built now: {}", m_path.toStdString(), e.what());
            }
            sqlite3_busy_timeout(m_db, m_busyTimeout);
        }
    } catch (...) {
        m_cache.clear();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

SqliteDatabase::~SqliteDatabase()
{
    m_cache.clear();
    if (m_db && m_committed) {
        // Only after something was committed: a command that wrote nothing (a
        // search, a refused import, a dry run) leaves the file byte for byte
        // as it was. Let SQLite fold the WAL back and refresh planner statistics on the way
        // out. analysis_limit makes that ANALYZE sample a few hundred rows per
        // index: without it, closing after a query on a million-row table ran a
        // full ANALYZE (seconds, on every `peyvand-cli` call).
        sqlite3_exec(m_db, "PRAGMA analysis_limit = 400; PRAGMA optimize", nullptr, nullptr, nullptr);
    }
    if (m_db)
        sqlite3_close(m_db);
}

void SqliteDatabase::configure()
{
    // Wait for other connections' locks before anything touches the file: the
    // very first read may meet a writer, a checkpoint or WAL recovery.
    sqlite3_busy_timeout(m_db, m_busyTimeout);
    sqlite3_commit_hook(
        m_db,
        [](void *committed) {
            *static_cast<bool *>(committed) = true;
            return 0;
        },
        &m_committed);
    // The first read tells whether this is a SQLite file at all.
    char *error = nullptr;
    int rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        if ((rc & 0xff) == SQLITE_NOTADB)
            throw DatabaseError(QStringLiteral("%1: not a Peyvand database (not a SQLite file)").arg(m_path), rc);
        throw DatabaseError(QStringLiteral("%1: %2").arg(m_path, message), rc);
    }
    // Debian's defaults are synchronous=FULL, a 2 MB cache and a rollback journal;
    // say what we want on every connection.
    exec("PRAGMA synchronous = NORMAL;"
         "PRAGMA foreign_keys = ON;"
         "PRAGMA temp_store = MEMORY;"
         "PRAGMA wal_autocheckpoint = 4000;");
    const MemoryLimits limits = memoryLimits();
    const QByteArray memory = QStringLiteral("PRAGMA cache_size = -%1; PRAGMA mmap_size = %2;")
                                  .arg(limits.cacheKiB)
                                  .arg(limits.mmapBytes)
                                  .toUtf8();
    exec(memory.constData());
}

SqliteDatabase::Query SqliteDatabase::prepare(const char *sql)
{
    Cached &entry = m_cache[sql];
    if (!entry.stmt)
        entry.stmt = std::make_unique<SqliteStatement>(m_db, sql);
    if (entry.busy) {
        // The same statement is already being stepped (re-entrant use): use a private copy.
        auto owned = std::make_unique<SqliteStatement>(m_db, sql);
        SqliteStatement &ref = *owned;
        return Query(ref, nullptr, std::move(owned));
    }
    entry.busy = true;
    return Query(*entry.stmt, &entry.busy, nullptr);
}

void SqliteDatabase::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw DatabaseError(QStringLiteral("%1: %2").arg(m_path, message), rc);
    }
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

int SqliteDatabase::userVersion()
{
    auto q = prepare("PRAGMA user_version");
    return q->step() ? int(q->int64(0)) : 0;
}

void SqliteDatabase::begin()
{
    if (m_depth == 0) {
        // Waits up to the busy timeout for another program's write to end.
        const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if ((rc & 0xff) == SQLITE_BUSY)
            throw DatabaseError(QStringLiteral("%1: database is locked: another program has been writing to it for "
                                               "more than %2 s; nothing was written")
                                    .arg(m_path)
                                    .arg(m_busyTimeout / 1000.0),
                                rc);
        if (rc != SQLITE_OK)
            throw DatabaseError(QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))), rc);
    } else {
        exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth).toUtf8().constData());
    }
    ++m_depth;
}

void SqliteDatabase::commit()
{
    // The depth drops only once the commit succeeded, so a failed COMMIT is
    // still rolled back by the caller's guard.
    if (m_depth == 1)
        exec("COMMIT");
    else
        exec(QStringLiteral("RELEASE sp%1").arg(m_depth - 1).toUtf8().constData());
    --m_depth;
}

void SqliteDatabase::rollback()
{
    --m_depth;
    if (m_depth == 0) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sp = QStringLiteral("sp%1").arg(m_depth).toUtf8();
        sqlite3_exec(m_db, ("ROLLBACK TO " + sp + "; RELEASE " + sp).constData(), nullptr, nullptr, nullptr);
    }
}

} // namespace peyvand
