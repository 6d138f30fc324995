#include "SqliteFileHandle.h"

#include "DatabaseError.h"

#include <sqlite3.h>

namespace peyvand {

SqliteFileHandle::SqliteFileHandle(const QString &path, int flags)
    : m_path(path)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        throw DatabaseError(QStringLiteral("%1: cannot open: %2").arg(path, message), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);
}

SqliteFileHandle::~SqliteFileHandle()
{
    close();
}

void SqliteFileHandle::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void SqliteFileHandle::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw DatabaseError(QStringLiteral("%1: %2").arg(m_path, message), rc);
    }
}

qint64 SqliteFileHandle::integer(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
            const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
            sqlite3_finalize(stmt);
            return value;
        }
    }
    const int code = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(stmt);
    throw DatabaseError(QStringLiteral("%1: %2").arg(m_path, message), code);
}

} // namespace peyvand
