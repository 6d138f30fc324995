#pragma once
// The cursors of PgSnapshotReader, one per streamed section. Each reads its
// table by key pages in id order (`WHERE id > last ORDER BY id LIMIT n`, the
// primary key's walk) and the child rows of a page with one range query per
// child table, so memory holds one page whatever the table's size. The row
// decoding matches the repositories' (same columns, same defaults) and the
// children come in SqliteSnapshotCursors' order.
#include "SnapshotReader.h"

#include <memory>

namespace peyvand {

class PgConnection;

namespace PgSnapshotCursors {

// Records read per round trip.
constexpr int kPage = 1000;

std::unique_ptr<SnapshotCursor<Household>> households(PgConnection &connection);
std::unique_ptr<SnapshotCursor<Customer>> customers(PgConnection &connection);
std::unique_ptr<SnapshotCursor<ContactPerson>> contacts(PgConnection &connection);
std::unique_ptr<SnapshotCursor<DealRecord>> deals(PgConnection &connection);
std::unique_ptr<SnapshotCursor<Activity>> activities(PgConnection &connection);
std::unique_ptr<SnapshotCursor<Order>> orders(PgConnection &connection);
std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests(PgConnection &connection);

} // namespace PgSnapshotCursors
} // namespace peyvand
