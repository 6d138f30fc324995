#pragma once
// Lists of ids and texts bound as one PostgreSQL array parameter (`$n::bigint[]`,
// `$n::text[]`, sent as the array's text form), so a lookup of many keys is
// one statement, and the ids of a result.
#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand {
class PgResult;
} // namespace peyvand

namespace peyvand::PgIdList {

// "{1,2,3}"
QString bigintArray(const QList<qint64> &ids);
// {"a","b"} with quotes and backslashes escaped.
QString textArray(const QStringList &values);
// Column `column` of every row.
QList<qint64> ids(const PgResult &r, int column = 0);

} // namespace peyvand::PgIdList
