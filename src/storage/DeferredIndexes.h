#pragma once
// Secondary indexes that a big bulk load builds once at the end, by sorting,
// instead of entry by entry: an index whose key does not grow with the rows
// (names, owners, dates, statuses) takes every insert at a random place, and
// at a million rows that costs more than the row itself. Indexes led by the
// id of the parent row (customer_id, order_id…) grow in insertion order and
// stay; unique indexes stay (they enforce a rule).
//
// Safe against a load that stops half way: the dropped indexes are recorded
// in `meta` (key deferred_indexes) in the same transaction that drops them,
// and every read-write open of the file creates what is recorded and
// missing (SqliteDatabase), as the load itself does when it finishes. Until
// then the data is complete and queries give the same answers, only slower.
#include <QList>
#include <QString>
#include <functional>

namespace peyvand {

class SqliteDatabase;

namespace DeferredIndexes {

// The indexes of the bulk-loaded tables worth building after the load.
QStringList candidates(SqliteDatabase &db);
// Records the indexes (their SQL) and drops them, in one transaction.
void drop(SqliteDatabase &db, const QStringList &names);
// Whether indexes are recorded as dropped.
bool pending(SqliteDatabase &db);
// Creates every recorded index that does not exist, each in its own
// transaction, then forgets the record. `progress` gets (done, total).
void rebuild(SqliteDatabase &db, const std::function<void(int, int)> &progress = {});

} // namespace DeferredIndexes

} // namespace peyvand
