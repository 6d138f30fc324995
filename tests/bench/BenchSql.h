#pragma once
// The raw side of a bench case: plain sqlite3 C API calls. Statements are
// prepared once per connection and SQL text and reused (as any careful C
// program would), every column of every row is read, and nothing else runs.
#include <QString>
#include <functional>
#include <sqlite3.h>

namespace peyvand::bench {

struct Context;

using Binder = std::function<void(sqlite3_stmt *)>;

// The cached prepared statement for `sql` on `db`, reset and unbound; exits
// the program when the SQL does not prepare (a broken case).
sqlite3_stmt *rawStatement(sqlite3 *db, const char *sql);
// Finalises `db`'s cached statements and closes it.
void closeRaw(sqlite3 *db);

void bindText(sqlite3_stmt *stmt, int index, const QString &text);

// Steps every row, reading every column, and returns the row count.
qint64 rawRows(sqlite3 *db, const char *sql, const Binder &bind = {});
// The same, noting column `column` of each row (an id) for the answer check.
qint64 rawNotedRows(Context &ctx, sqlite3 *db, const char *sql, const Binder &bind = {}, int column = 0);
// The first column of the first row (0 when there is none).
qint64 rawScalar(sqlite3 *db, const char *sql, const Binder &bind = {});
QString rawText(sqlite3 *db, const char *sql, const Binder &bind = {});
// Column 0 of every row.
QList<qint64> rawIds(sqlite3 *db, const char *sql, const Binder &bind = {});
// A consistent copy of the database at `from` (WAL included) written to `to`
// with the sqlite3 backup API; false on failure.
bool copyDatabase(const QString &from, const QString &to);
// Runs statements without results (BEGIN, COMMIT…); exits on failure.
void rawExec(sqlite3 *db, const char *sql);

} // namespace peyvand::bench
