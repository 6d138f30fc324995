#pragma once
// A database that cannot be used: not SQLite, newer than this program, locked
// for too long, corrupt, or a statement that failed. Names the file. In core
// (no SQL header) so every backend throws it: SQLite passes its result code,
// PostgreSQL's PgError (src/pgstorage) adds the SQLSTATE.
#include <QString>
#include <stdexcept>

namespace peyvand {

class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString())
        , m_code(sqliteCode)
    {
    }
    int sqliteCode() const { return m_code; }

private:
    int m_code;
};

} // namespace peyvand
