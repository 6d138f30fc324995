#pragma once
// What a bulk load adds to the report summaries (schema 6: activity_daily and
// order_daily), counted in memory while the rows are written and added to the
// tables with one upsert per summary row when the chunk commits. Each row is
// counted exactly as the INSERT triggers count it: the Iranian business day
// (unix seconds + 12600) / 86400, the activity's owner (0 for none) or the
// customer's current owner for orders, the customer's kind.
#include "Activity.h"
#include "Customer.h"
#include "Order.h"

#include <tuple>
#include <vector>

namespace peyvand {

class SqliteDatabase;

class ReportSummaryDeltas
{
public:
    static qint64 businessDay(qint64 unixSeconds) { return (unixSeconds + 12600) / 86400; }

    void addActivity(qint64 at, qint64 ownerId, CustomerKind kind, ActivityType type);
    void addOrder(qint64 createdAt, CustomerKind kind, qint64 customerOwnerId, OrderStatus status, qint64 total);
    // Adds the counts to the summary tables (inside the caller's transaction) and forgets them.
    void flush(SqliteDatabase &db);
    void clear();

private:
    // One entry per row counted; sorted and summed at flush (cheaper than a
    // hash map hit per row, and the memory stays in order).
    struct Entry
    {
        qint64 day;
        qint64 ownerId;
        qint32 kind;
        qint32 what; // activity type or order status
        qint64 amount;
        auto key() const { return std::tie(day, ownerId, kind, what); }
    };
    static void sort(std::vector<Entry> &entries);
    std::vector<Entry> m_activities;
    std::vector<Entry> m_orders;
};

} // namespace peyvand
