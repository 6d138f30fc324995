#pragma once
// Optimistic concurrency on PostgreSQL, as src/storage/RecordVersion does it on
// SQLite: every UPDATE of a versioned record ends in
// `version = version + 1 WHERE id = $n AND ($m = 0 OR version = $m) RETURNING version`.
// No row back means the record is gone (NotFoundError) or someone saved it
// since the caller read it (ConcurrentChangeError); nothing is written either
// way. A row the server's row-level security does not let this session
// change (PgAccessSetup) is a PgError with SQLSTATE 42501, as the server's own
// refusals of an INSERT or of a table the role may not write. Under READ COMMITTED a concurrent writer's committed
// change makes the server evaluate the WHERE again on the new row, so the stale save is refused.
#include <QtGlobal>

namespace peyvand {
class PgConnection;
class PgStatement;
} // namespace peyvand

namespace peyvand::PgRecordVersion {

struct Table
{
    const char *name; // "customers"
    const char *entity; // "customer", as ConcurrentChangeError and NotFoundError name it
};
inline constexpr Table kCustomers { "customers", "customer" };
inline constexpr Table kContacts { "contacts", "contact" };
inline constexpr Table kDeals { "deals", "deal" };
inline constexpr Table kActivities { "activities", "activity" };
inline constexpr Table kOrders { "orders", "order" };
inline constexpr Table kRequests { "service_requests", "request" };

// Runs a conditional UPDATE … RETURNING version and returns the new version;
// when it changed nothing, throws as refuse() does.
qint64 runUpdate(PgConnection &db, PgStatement &update, const Table &table, qint64 id);

// Why a conditional UPDATE of record `id` changed nothing.
[[noreturn]] void refuse(PgConnection &db, const Table &table, qint64 id);

// Advances record `id`'s version when it is `expected` (0: whatever it is) and
// returns the new one (a payment is a change of its order).
qint64 bump(PgConnection &db, const Table &table, qint64 id, qint64 expected);

} // namespace peyvand::PgRecordVersion
