#include "SqliteStatement.h"

#include "DatabaseError.h"

#include <sqlite3.h>

namespace peyvand {

namespace {

[[noreturn]] void fail(sqlite3 *db, int rc, const char *what)
{
    throw DatabaseError(QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db))),
                        rc);
}

} // namespace

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw DatabaseError(QStringLiteral("cannot prepare [%1]: %2")
                                .arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))),
                            rc);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

SqliteStatement &SqliteStatement::bindStaticUtf8(int index, const char *utf8, int size)
{
    sqlite3_bind_text(m_stmt, index, utf8, size, SQLITE_STATIC);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QDateTime &value)
{
    return value.isValid() ? bind(index, qint64(value.toSecsSinceEpoch())) : bindNull(index);
}

SqliteStatement &SqliteStatement::bind(int index, const QDate &value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

SqliteStatement &SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = rc;
    sqlite3_reset(m_stmt);
    fail(m_db, code, sqlite3_sql(m_stmt));
}

void SqliteStatement::run()
{
    while (step()) { }
    reset();
}

void SqliteStatement::runRebound()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QDateTime SqliteStatement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(column), Qt::UTC);
}

QDate SqliteStatement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

std::optional<qint64> SqliteStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QList<qint64> SqliteStatement::ids()
{
    QList<qint64> out;
    while (step())
        out << int64(0);
    return out;
}

} // namespace peyvand
