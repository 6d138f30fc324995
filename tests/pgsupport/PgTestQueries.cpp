#include "PgTestQueries.h"

#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand::testing {

qint64 pgScalar(PgConnection &connection, const QString &sql)
{
    const PgResult r = connection.prepare(QStringLiteral("SELECT q.x::text FROM (%1) AS q(x)").arg(sql)).exec();
    if (r.rows() == 0)
        return -1;
    if (r.isNull(0, 0))
        return 0;
    const QString text = r.text(0, 0);
    if (text == QLatin1String("true"))
        return 1;
    if (text == QLatin1String("false"))
        return 0;
    return text.toLongLong();
}

QStringList pgRows(PgConnection &connection, const QString &sql, const QString &null)
{
    // row_to_json of a json (not jsonb) record keeps the columns in order.
    const PgResult r = connection
                           .prepare(QStringLiteral("SELECT array_to_string(ARRAY(SELECT coalesce(c.value, $1) FROM "
                                                   "json_each_text(row_to_json(q)) c), '|') FROM (%1) AS q")
                                        .arg(sql))
                           .bind(1, null)
                           .exec();
    QStringList rows;
    for (int row = 0; row < r.rows(); ++row)
        rows << r.text(row, 0);
    return rows;
}

QStringList pgEverything(PgConnection &connection)
{
    QStringList out;
    QStringList tables = pgRows(connection,
                                QStringLiteral("SELECT table_name FROM information_schema.tables "
                                               "WHERE table_schema = 'public' AND table_type = 'BASE "
                                               "TABLE' ORDER BY table_name"));
    for (QString table : tables) {
        out << QStringLiteral("== ") + table;
        out << pgRows(connection, QStringLiteral("SELECT t.* FROM \"%1\" t ORDER BY t::text").arg(table));
    }
    return out;
}

} // namespace peyvand::testing
