#pragma once
// The cursors of SqliteSnapshotReader, one per streamed section. Each reads
// its table in id order and its child tables alongside (ChildRows); the row
// decoding matches the repositories' (same columns, same defaults).
#include "SnapshotReader.h"

#include <memory>

namespace peyvand {

class SqliteDatabase;

namespace SqliteSnapshotCursors {

std::unique_ptr<SnapshotCursor<Household>> households(SqliteDatabase &db);
std::unique_ptr<SnapshotCursor<Customer>> customers(SqliteDatabase &db);
std::unique_ptr<SnapshotCursor<ContactPerson>> contacts(SqliteDatabase &db);
std::unique_ptr<SnapshotCursor<DealRecord>> deals(SqliteDatabase &db);
std::unique_ptr<SnapshotCursor<Activity>> activities(SqliteDatabase &db);
std::unique_ptr<SnapshotCursor<Order>> orders(SqliteDatabase &db);
std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests(SqliteDatabase &db);

} // namespace SqliteSnapshotCursors

} // namespace peyvand
