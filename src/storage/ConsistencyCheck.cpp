#include "ConsistencyCheck.h"

#include "DeferredIndexes.h"
#include "SqliteDatabase.h"

namespace peyvand::ConsistencyCheck {

namespace {

struct Rule
{
    // Says what is wrong, before ": <count> (first <what> <id>)".
    const char *problem;
    const char *firstWhat;
    // Returns (number of rows breaking the rule, the first of them).
    const char *sql;
};

// Per Iranian business day as the report triggers count (Migrations.cpp, addReportSummaries).
const Rule kRules[] = {
    { "customers missing from the search index", "customer",
      "SELECT count(*), min(id) FROM customers WHERE id NOT IN (SELECT rowid FROM customer_search)" },
    { "search index rows of customers that do not exist", "row",
      "SELECT count(*), min(rowid) FROM customer_search WHERE rowid NOT IN (SELECT id FROM customers)" },
    { "contact persons missing from the search index", "contact",
      "SELECT count(*), min(id) FROM contacts WHERE id NOT IN (SELECT rowid FROM contact_search)" },
    { "search index rows of contact persons that do not exist", "row",
      "SELECT count(*), min(rowid) FROM contact_search WHERE rowid NOT IN (SELECT id FROM contacts)" },
    // Each summary row and each recomputed one, (key, value) pairs: a pair
    // that does not appear exactly twice is on one side only.
    { "activity_daily rows that disagree with the activities", "business day",
      "SELECT count(*), min(day) FROM (SELECT day FROM ("
      "    SELECT day, owner_id, kind, type, n FROM activity_daily WHERE n <> 0 "
      "    UNION ALL "
      "    SELECT (a.at + 12600) / 86400, ifnull(a.owner_id, 0), c.kind, a.type, count(*) "
      "      FROM activities a JOIN customers c ON c.id = a.customer_id GROUP BY 1, 2, 3, 4) "
      "  GROUP BY day, owner_id, kind, type, n HAVING count(*) <> 2)" },
    { "order_daily rows that disagree with the orders", "business day",
      "SELECT count(*), min(day) FROM (SELECT day FROM ("
      "    SELECT day, kind, owner_id, status, n, amount FROM order_daily WHERE n <> 0 OR amount <> 0 "
      "    UNION ALL "
      "    SELECT (o.created_at + 12600) / 86400, c.kind, ifnull(c.owner_id, 0), o.status, count(*), sum(o.total) "
      "      FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY 1, 2, 3, 4) "
      "  GROUP BY day, kind, owner_id, status, n, amount HAVING count(*) <> 2)" },
    { "deals whose reached stage disagrees with their stage history", "deal",
      "SELECT count(*), min(d.id) FROM deals d WHERE d.reached_position <> coalesce("
      "  (SELECT max(s.position) FROM deal_stage_history h JOIN stages s ON s.id = h.stage_id "
      "    WHERE h.deal_id = d.id AND s.outcome <> 'lost'), 0)" },
    { "deals without a stage history", "deal",
      "SELECT count(*), min(id) FROM deals d "
      " WHERE NOT EXISTS (SELECT 1 FROM deal_stage_history h WHERE h.deal_id = d.id)" },
    { "orders without lines", "order",
      "SELECT count(*), min(id) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)" },
    { "orders without a status history", "order",
      "SELECT count(*), min(id) FROM orders o "
      " WHERE NOT EXISTS (SELECT 1 FROM order_status_history h WHERE h.order_id = o.id)" },
    { "customers whose phone is not their first phone number", "customer",
      "SELECT count(*), min(c.id) FROM customers c WHERE ifnull(c.phone, '') <> "
      "  ifnull((SELECT p.number FROM customer_phones p WHERE p.customer_id = c.id AND p.position = 1), '')" },
    { "customers whose city is not that of their first address", "customer",
      "SELECT count(*), min(c.id) FROM customers c WHERE ifnull(c.city, '') <> "
      "  ifnull((SELECT a.city FROM customer_addresses a WHERE a.customer_id = c.id AND a.position = 1), '')" },
    { "customers whose tags disagree with customer_tags", "customer",
      "SELECT count(*), min(c.id) FROM customers c WHERE "
      "  (CASE WHEN ifnull(c.tags, '') = '' THEN 0 "
      "        ELSE length(c.tags) - length(replace(c.tags, char(10), '')) + 1 END) "
      "  <> (SELECT count(*) FROM customer_tags t WHERE t.customer_id = c.id)" },
    { "deals in the pipeline of the other customer kind", "deal",
      "SELECT count(*), min(d.id) FROM deals d JOIN customers c ON c.id = d.customer_id "
      "  JOIN pipelines p ON p.id = d.pipeline_id WHERE p.kind <> c.kind" },
};

} // namespace

QStringList problems(SqliteDatabase &db)
{
    QStringList out;
    // One snapshot for every rule, so that a writer committing meanwhile
    // (a telephone exchange logging calls) cannot make base rows and their
    // summaries look apart.
    db.exec("BEGIN DEFERRED");
    try {
        for (const Rule &rule : kRules) {
            auto q = db.prepare(rule.sql);
            if (q->step() && q->int64(0) > 0)
                out << QStringLiteral("%1: %2 (first %3 %4)")
                           .arg(QLatin1String(rule.problem))
                           .arg(q->int64(0))
                           .arg(QLatin1String(rule.firstWhat))
                           .arg(q->int64(1));
        }
        if (DeferredIndexes::pending(db))
            out << QStringLiteral("indexes that a bulk load left out are still missing (meta deferred_indexes)");
    } catch (...) {
        try {
            db.exec("ROLLBACK");
        } catch (...) {
        }
        throw;
    }
    db.exec("COMMIT");
    return out;
}

} // namespace peyvand::ConsistencyCheck
