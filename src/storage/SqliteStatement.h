#pragma once
// A prepared statement (RAII over sqlite3_stmt) with typed binding by position
// (1-based) and typed column reads (0-based). Reset after each use by its owner.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace peyvand {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value); // always text, '' for a null QString
    SqliteStatement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    SqliteStatement &bind(int index, const QDateTime &value); // unix seconds; invalid binds NULL
    SqliteStatement &bind(int index, const QDate &value); // ISO text; invalid binds NULL
    SqliteStatement &bind(int index, const std::optional<qint64> &value);
    SqliteStatement &bindNull(int index);
    // An id where 0 means none: binds NULL for 0.
    SqliteStatement &bindId(int index, qint64 id) { return id ? bind(index, id) : bindNull(index); }
    // Binds an empty string as NULL (optional text columns).
    SqliteStatement &bindText(int index, const QString &value);
    // UTF-8 text that the caller keeps alive until the statement is reset (not copied).
    SqliteStatement &bindStaticUtf8(int index, const char *utf8, int size);

    // True while a row is available; false when done. Throws DatabaseError.
    bool step();
    // Runs to completion (for writes).
    void run();
    // Runs a write whose every parameter is bound again before the next run:
    // resets without clearing the bindings.
    void runRebound();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QDateTime dateTime(int column) const;
    QDate date(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    // Steps to the end collecting column 0 as ids.
    QList<qint64> ids();

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace peyvand
