#pragma once
// Plain SQL on a PostgreSQL test database, for checks the repositories do not
// expose: the tests' counterpart of reading a SQLite file straight.
#include "PgConnection.h"

#include <QString>
#include <QStringList>

namespace peyvand::testing {

// The first column of the first row as an integer (bigint, integer, numeric
// without fraction, boolean as 0/1); -1 when there is no row, 0 for NULL.
qint64 pgScalar(PgConnection &connection, const QString &sql);
// Every row as "v1|v2|…" (`null` for NULL, booleans true/false), in the order the SQL gives.
QStringList pgRows(PgConnection &connection, const QString &sql, const QString &null = QStringLiteral("NULL"));
// Every row of every table of the public schema, each table in text order
// (audit_log included), for "nothing was written" checks.
QStringList pgEverything(PgConnection &connection);

} // namespace peyvand::testing
