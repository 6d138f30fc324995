#include "PgDeferredSummaries.h"

#include "PgConnection.h"
#include "PgError.h"
#include "PgIdList.h"
#include "PgStatement.h"

#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

constexpr qsizetype kIdsPerStatement = 20000;

const char *const kTriggers[][2] = {
    { "activities", "activities_daily_insert" },
    { "orders", "orders_daily_insert" },
    { "deal_stage_history", "deal_stage_history_reached" },
};

// What activities_daily() and orders_daily() add per inserted row, grouped;
// %1 is the rows: the whole table, or the loaded ids joined as a set (unnest),
// not tested with `= ANY(array)`, which a sequential scan checks element by
// element (90 s for 20,000 orders' ids).
const char *const kActivitySummary
    = "INSERT INTO activity_daily(day, owner_id, kind, type, n) "
      "SELECT (a.at + 12600) / 86400, coalesce(a.owner_id, 0), c.kind, a.type, count(*) "
      "FROM %1 JOIN customers c ON c.id = a.customer_id "
      "GROUP BY 1, 2, 3, 4 "
      "ON CONFLICT (day, owner_id, kind, type) DO UPDATE SET n = activity_daily.n + excluded.n";
const char *const kOrderSummary
    = "INSERT INTO order_daily(day, kind, owner_id, status, n, amount) "
      "SELECT (o.created_at + 12600) / 86400, c.kind, coalesce(c.owner_id, 0), o.status, count(*), sum(o.total) "
      "FROM %1 JOIN customers c ON c.id = o.customer_id "
      "GROUP BY 1, 2, 3, 4 "
      "ON CONFLICT (day, kind, owner_id, status) "
      "DO UPDATE SET n = order_daily.n + excluded.n, amount = order_daily.amount + excluded.amount";

} // namespace

PgDeferredSummaries::PgDeferredSummaries(PgConnection &connection)
    : m_connection(connection)
{
}

void PgDeferredSummaries::begin(Scope scope)
{
    discard();
    m_scope = scope;
    QString sql = QStringLiteral("SAVEPOINT peyvand_defer_triggers;");
    for (const auto &[table, trigger] : kTriggers)
        sql += QStringLiteral(" ALTER TABLE %1 DISABLE TRIGGER %2;").arg(QLatin1String(table), QLatin1String(trigger));
    try {
        m_connection.exec(sql + QStringLiteral(" RELEASE SAVEPOINT peyvand_defer_triggers"));
        m_deferred = true;
    } catch (const PgError &e) {
        if (e.sqlState() != "42501") // insufficient privilege: not the tables' owner
            throw;
        m_connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT peyvand_defer_triggers; "
                                         "RELEASE SAVEPOINT peyvand_defer_triggers"));
        spdlog::info("postgresql: this role does not own the tables; the load keeps the summary triggers");
    }
}

void PgDeferredSummaries::addActivity(qint64 id)
{
    if (!m_deferred || m_scope == Scope::WholeTables)
        return;
    m_activities << id;
}

void PgDeferredSummaries::addOrder(qint64 id)
{
    if (!m_deferred || m_scope == Scope::WholeTables)
        return;
    m_orders << id;
}

void PgDeferredSummaries::flush()
{
    struct Summary
    {
        QList<qint64> *ids;
        const char *sql;
        const char *table;
        const char *alias;
    };
    const Summary summaries[]
        = { { &m_activities, kActivitySummary, "activities", "a" }, { &m_orders, kOrderSummary, "orders", "o" } };
    for (const Summary &s : summaries) {
        const QString table = QLatin1String(s.table), alias = QLatin1String(s.alias);
        const QString sql = QString::fromLatin1(s.sql);
        if (m_scope == Scope::WholeTables) { // a hash join over the whole tables
            m_connection.exec(sql.arg(table + QLatin1Char(' ') + alias));
            continue;
        }
        auto q = m_connection.prepare(sql.arg(
            QStringLiteral("unnest($1::bigint[]) AS loaded(id) JOIN %1 %2 ON %2.id = loaded.id").arg(table, alias)));
        for (qsizetype from = 0; from < s.ids->size(); from += kIdsPerStatement) {
            q.bind(1, PgIdList::bigintArray(s.ids->mid(from, kIdsPerStatement)));
            q.run();
        }
        s.ids->clear();
    }
}

void PgDeferredSummaries::finish()
{
    if (!m_deferred)
        return;
    flush();
    QString sql;
    for (const auto &[table, trigger] : kTriggers)
        sql += QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER %2; ").arg(QLatin1String(table), QLatin1String(trigger));
    m_connection.exec(sql);
    m_deferred = false;
}

void PgDeferredSummaries::discard()
{
    m_deferred = false;
    m_activities.clear();
    m_orders.clear();
}

} // namespace peyvand
