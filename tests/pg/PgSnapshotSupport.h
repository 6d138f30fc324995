#pragma once
// Helpers of the snapshot and bulk load tests: a snapshot streamed from a
// reader into a writer or a bulk loader, a data set with every optional field
// and the awkward text (Persian with ZWNJ, Arabic-Indic digits, tabs,
// newlines, backslashes) written through any backend's repositories, and
// every row of a PostgreSQL table as text for comparing two databases,
// derived columns and report summaries included.
#include "ActivityRepository.h"
#include "AuditRepository.h"
#include "BulkLoader.h"
#include "ContactRepository.h"
#include "CustomerRepository.h"
#include "DealRepository.h"
#include "OrderRepository.h"
#include "PgConnection.h"
#include "ServiceRequestRepository.h"
#include "SnapshotReader.h"
#include "SnapshotWriter.h"
#include "UserRepository.h"

#include <QStringList>
#include <string>

namespace peyvand::testing {

// The repositories the edge data is written through (one backend's).
struct RepositorySet
{
    UserRepository &users;
    CustomerRepository &customers;
    ContactRepository &contacts;
    DealRepository &deals;
    ActivityRepository &activities;
    OrderRepository &orders;
    ServiceRequestRepository &requests;
    AuditRepository &audit;
};

// Users, a household, customers of both kinds with every field (and one with
// none), a subsidiary whose parent has a higher id, contacts, deals that moved
// stages (one lost), activities, orders with lines, payments and status
// changes, a request with notes and an audit entry. Written in a fixed order,
// so a fresh database of either backend gets the same ids.
void writeEdgeData(RepositorySet repos);

// Every section of `reader` into `writer` (begin … commit), with one audit entry.
SnapshotCounts copySnapshot(SnapshotReader &reader, SnapshotWriter &writer);
// Every record of `reader` except users and pipelines into `loader`, in chunks
// of `perChunk` records (the loader's ids: kept or new as its plan says).
void loadSnapshot(SnapshotReader &reader, BulkLoader &loader, int perChunk = 1000);

// Every row of `table` as "a|b|NULL|…", sorted (a table's whole content).
QStringList pgRows(PgConnection &connection, const QString &table);
// Every table holding data or derived data (summaries, search text, reached
// positions); not meta, schema_version or audit_log (a database's own history).
QStringList pgDataTables(PgConnection &connection);
// Triggers of the schema switched off (a load switches the summary triggers
// off for its transaction only): 0 when every one is on again.
qint64 disabledTriggers(PgConnection &connection);
std::string pgFirstDifference(const QStringList &a, const QStringList &b);

} // namespace peyvand::testing
