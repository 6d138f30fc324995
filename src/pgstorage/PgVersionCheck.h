#pragma once
// Optimistic concurrency on PostgreSQL, as src/storage/RecordVersion does on
// SQLite: every UPDATE of a versioned record ends in
// `version = version + 1 WHERE id = $n AND ($m = 0 OR version = $m) RETURNING version`.
// Under READ COMMITTED a second writer waits for the first one's row lock and
// then re-checks the condition against the committed row, so of two saves of
// the same version exactly one changes the row. No row back means the record
// is gone (NotFoundError) or someone else changed it (ConcurrentChangeError);
// nothing is written either way.
#include <QtGlobal>

namespace peyvand {
class PgConnection;
class PgResult;
} // namespace peyvand

namespace peyvand::PgVersionCheck {

// The tables and the entity names their errors use (the same as SQLite's).
struct Table
{
    const char *name;
    const char *entity;
};
inline constexpr Table kDeals { "deals", "deal" };
inline constexpr Table kActivities { "activities", "activity" };
inline constexpr Table kOrders { "orders", "order" };
inline constexpr Table kRequests { "service_requests", "request" };

// The version a conditional UPDATE … RETURNING version returned; when it
// changed nothing, throws as refuse() does.
qint64 returnedVersion(PgConnection &connection, const PgResult &update, const Table &table, qint64 id);

// Why a conditional UPDATE of record `id` changed nothing.
[[noreturn]] void refuse(PgConnection &connection, const Table &table, qint64 id);

// Advances record `id`'s version when it is `expected` (0: whatever it is) and
// returns the new one (a payment is a change of its order).
qint64 bump(PgConnection &connection, const Table &table, qint64 id, qint64 expected);

} // namespace peyvand::PgVersionCheck
