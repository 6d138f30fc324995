#include "PgIdSequences.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand::PgIdSequences {

const char *const kTables[] = {
    "users",
    "households",
    "customers",
    "contacts",
    "pipelines",
    "stages",
    "deals",
    "deal_stage_history",
    "activities",
    "orders",
    "order_lines",
    "payments",
    "order_status_history",
    "service_requests",
    "request_notes",
    "audit_log",
};
const int kTableCount = int(sizeof(kTables) / sizeof(kTables[0]));

void advancePastIds(PgConnection &connection)
{
    for (int i = 0; i < kTableCount; ++i) {
        const QString table = QString::fromLatin1(kTables[i]);
        // The sequence's next value (last_value + 1 once called, else last_value) and the largest id.
        auto q = connection.prepare(QStringLiteral("SELECT pg_get_serial_sequence($1, 'id'), "
                                                   "(SELECT max(id) FROM %1)")
                                        .arg(table));
        q.bind(1, table);
        const PgResult r = q.exec();
        if (r.isNull(0, 1))
            continue; // no rows: nothing to collide with
        const QString sequence = r.text(0, 0);
        const qint64 maxId = r.int64(0, 1);
        const PgResult s = connection
                               .prepare(QStringLiteral("SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END "
                                                       "FROM %1")
                                            .arg(sequence))
                               .exec();
        if (s.int64(0, 0) > maxId)
            continue;
        auto set = connection.prepare(QStringLiteral("SELECT setval($1::regclass, $2)"));
        set.bind(1, sequence).bind(2, maxId);
        set.exec();
    }
}

} // namespace peyvand::PgIdSequences
