#pragma once
// Secondary indexes that a big bulk load builds once at the end, by sorting,
// instead of entry by entry: an index whose key does not grow with the rows
// (names, owners, dates, statuses) takes every insert at a random place, and
// even one that grows (customer_id of activities) costs a b-tree descent per
// row on the writer thread, the load's bottleneck. Measured on 200,000 demo
// customers: building all of them afterwards takes about a fifth less CPU
// than keeping the ones that grow with the rows up to date. Unique indexes stay (they enforce a rule).
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

// The non-unique indexes of the tables a bulk load writes.
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
