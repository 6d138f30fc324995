#include "ReportSummaryDeltas.h"

#include "SqliteDatabase.h"

#include <algorithm>

namespace peyvand {

void ReportSummaryDeltas::addActivity(qint64 at, qint64 ownerId, CustomerKind kind, ActivityType type)
{
    m_activities.push_back(Entry { businessDay(at), ownerId, qint32(kind), qint32(type), 0 });
}

void ReportSummaryDeltas::addOrder(qint64 createdAt, CustomerKind kind, qint64 customerOwnerId, OrderStatus status,
                                   qint64 total)
{
    m_orders.push_back(Entry { businessDay(createdAt), customerOwnerId, qint32(kind), qint32(status), total });
}

void ReportSummaryDeltas::sort(std::vector<Entry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key() < b.key(); });
}

void ReportSummaryDeltas::flush(SqliteDatabase &db)
{
    sort(m_activities);
    {
        auto q = db.prepare("INSERT INTO activity_daily(day, owner_id, kind, type, n) VALUES (?,?,?,?,?) "
                            "ON CONFLICT (day, owner_id, kind, type) DO UPDATE SET n = n + excluded.n");
        for (size_t i = 0; i < m_activities.size();) {
            const Entry &e = m_activities[i];
            size_t j = i;
            while (j < m_activities.size() && m_activities[j].key() == e.key())
                ++j;
            q->bind(1, e.day).bind(2, e.ownerId).bind(3, toCode(CustomerKind(e.kind)));
            q->bind(4, toCode(ActivityType(e.what))).bind(5, qint64(j - i));
            q->run();
            i = j;
        }
    }
    sort(m_orders);
    {
        auto q = db.prepare("INSERT INTO order_daily(day, kind, owner_id, status, n, amount) VALUES (?,?,?,?,?,?) "
                            "ON CONFLICT (day, kind, owner_id, status) "
                            "DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount");
        for (size_t i = 0; i < m_orders.size();) {
            const Entry &e = m_orders[i];
            size_t j = i;
            qint64 amount = 0;
            for (; j < m_orders.size() && m_orders[j].key() == e.key(); ++j)
                amount += m_orders[j].amount;
            q->bind(1, e.day).bind(2, toCode(CustomerKind(e.kind))).bind(3, e.ownerId);
            q->bind(4, toCode(OrderStatus(e.what))).bind(5, qint64(j - i)).bind(6, amount);
            q->run();
            i = j;
        }
    }
    clear();
}

void ReportSummaryDeltas::clear()
{
    m_activities.clear();
    m_orders.clear();
}

} // namespace peyvand
