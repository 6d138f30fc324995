#pragma once
// Optimistic concurrency in SQL. Every UPDATE of a versioned record (customers,
// contacts, deals, activities, orders, service_requests) ends in
// `version = version + 1 WHERE id = ?n AND (?m = 0 OR version = ?m) RETURNING version`:
// it changes the row only if nobody saved it since the caller read it (0: the
// caller does not check), and says what the version is now. No row back means
// the record is gone (NotFoundError) or someone else changed it
// (ConcurrentChangeError); nothing is written either way.
#include <QtGlobal>

namespace peyvand {
class SqliteDatabase;
class SqliteStatement;
} // namespace peyvand

namespace peyvand::RecordVersion {

// The tables and the entity names their errors use.
struct Table
{
    const char *name; // "customers"
    const char *entity; // "customer" (ConcurrentChangeError::entity(), as the audit trail names it)
};
inline constexpr Table kCustomers { "customers", "customer" };
inline constexpr Table kContacts { "contacts", "contact" };
inline constexpr Table kDeals { "deals", "deal" };
inline constexpr Table kActivities { "activities", "activity" };
inline constexpr Table kOrders { "orders", "order" };
inline constexpr Table kRequests { "service_requests", "request" };

// Steps a conditional UPDATE … RETURNING version and returns the new version;
// when it changed nothing, throws as refuse() does.
qint64 stepUpdate(SqliteDatabase &db, SqliteStatement &update, const Table &table, qint64 id);

// Why a conditional UPDATE of record `id` changed nothing: NotFoundError when it
// no longer exists, else ConcurrentChangeError.
[[noreturn]] void refuse(SqliteDatabase &db, const Table &table, qint64 id);

// Advances record `id`'s version when it is `expected` (0: whatever it is) and
// returns the new one: for a change made by other statements (a payment, a
// status history row) that is still a change of the record.
qint64 bump(SqliteDatabase &db, const Table &table, qint64 id, qint64 expected);

// The version a new row is written with: the record's own when it has one (a
// snapshot import keeps them), else 1.
inline qint64 stored(qint64 version)
{
    return version > 0 ? version : 1;
}

} // namespace peyvand::RecordVersion
