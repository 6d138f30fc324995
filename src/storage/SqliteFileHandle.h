#pragma once
// A bare SQLite connection to a file that is not (yet) the database: a backup
// being written or a backup being checked. No PRAGMAs, no migrations, no
// statement cache — SqliteDatabase would migrate or switch a file to WAL.
#include <QString>

struct sqlite3;

namespace peyvand {

class SqliteFileHandle
{
public:
    // flags: SQLITE_OPEN_*; DatabaseError (with SQLite's code) when it cannot be opened.
    SqliteFileHandle(const QString &path, int flags);
    ~SqliteFileHandle();
    SqliteFileHandle(const SqliteFileHandle &) = delete;
    SqliteFileHandle &operator=(const SqliteFileHandle &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    // Runs statements; DatabaseError with SQLite's extended code on failure.
    void exec(const char *sql);
    // The first column of the first row as an integer (PRAGMA page_size…).
    qint64 integer(const char *sql);
    void close();

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace peyvand
