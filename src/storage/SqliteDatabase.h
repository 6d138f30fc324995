#pragma once
// One SQLite connection (RAII over sqlite3*): opens or creates the file, sets the
// connection PRAGMAs explicitly (WAL, foreign keys, busy timeout, cache,
// synchronous), migrates the schema, caches prepared statements and runs nested
// transactions as savepoints.
#include "SqliteStatement.h"

#include <QString>
#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace peyvand {

class SqliteDatabase
{
public:
    // Unmigrated: create or open without touching the schema (fixture tools).
    enum class OpenMode { CreateAndMigrate, MigrateExisting, ReadOnly, Unmigrated };

    explicit SqliteDatabase(const QString &path, OpenMode mode = OpenMode::CreateAndMigrate);

    // What each connection opened afterwards in this process may keep in memory:
    // SQLite's page cache and the memory-mapped start of the file. Both count
    // as the process's resident memory. Short-lived tools keep the defaults
    // (64 MiB cache, 256 MiB mapped); the desktop app, open all day beside
    // other programs, lowers them once at start (DesktopMemory).
    struct MemoryLimits
    {
        qint64 cacheKiB = 65536;
        qint64 mmapBytes = qint64(256) << 20;
    };
    static void setMemoryLimits(const MemoryLimits &limits);
    static MemoryLimits memoryLimits();

    // How long each connection opened afterwards in this process waits for
    // another program's write lock before giving up with "database is locked".
    // 10 s by default: the desktop app's window must not hang behind someone
    // else's import. `peyvand-cli` waits longer (--wait, 300 s by default), so
    // that a telephone exchange's `activity add` outlasts a big import instead
    // of losing the call.
    static void setBusyTimeout(int milliseconds);
    static int busyTimeout();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // A cached prepared statement, reset and unbound when the handle goes away.
    class Query
    {
    public:
        Query(SqliteStatement &stmt, bool *busy, std::unique_ptr<SqliteStatement> owned);
        Query(Query &&other) noexcept;
        ~Query();
        SqliteStatement *operator->() { return m_stmt; }
        SqliteStatement &operator*() { return *m_stmt; }

    private:
        SqliteStatement *m_stmt;
        bool *m_busy;
        std::unique_ptr<SqliteStatement> m_owned;
    };

    Query prepare(const char *sql);
    void exec(const char *sql); // one or more statements, no parameters
    qint64 lastInsertId() const;
    int changes() const;
    int userVersion();
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Nested transactions: the outermost is BEGIN IMMEDIATE, inner ones SAVEPOINTs.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    void configure();

    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_depth = 0;
    int m_busyTimeout;
    bool m_committed = false; // set by a commit hook: something was written on this connection
    struct Cached
    {
        std::unique_ptr<SqliteStatement> stmt;
        bool busy = false;
    };
    std::unordered_map<std::string, Cached> m_cache;
};

} // namespace peyvand
