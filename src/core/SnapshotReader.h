#pragma once
// Reads a whole database, every entity with its ids and histories, for a
// full export (JsonExporter), a copy to another backend (migrate-to) or a
// comparison of two databases. Only base data: what is derived (search grams,
// report summaries, the furthest stage a deal reached) is not part of it.
//
// A reader sees one consistent state of the database (it holds a read
// transaction while it lives). Each section comes in ascending id order and
// streams: a cursor holds one record at a time, so a database of millions of
// rows is read in constant memory. Open one cursor at a time.
#include "Activity.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "Deal.h"
#include "Household.h"
#include "Order.h"
#include "Pipeline.h"
#include "ServiceRequest.h"
#include "SnapshotCounts.h"
#include "User.h"

#include <QList>
#include <memory>

namespace peyvand {

// One section of a snapshot, record by record.
template<class T> class SnapshotCursor
{
public:
    virtual ~SnapshotCursor() = default;
    // The next record into `out`; false at the end.
    virtual bool next(T &out) = 0;
};

// A deal with its stage history, oldest first (by id).
struct DealRecord
{
    Deal deal;
    QList<DealStageChange> history;
};

class SnapshotReader
{
public:
    virtual ~SnapshotReader() = default;

    // The schema version of the database read (PRAGMA user_version on SQLite).
    virtual int schemaVersion() const = 0;
    virtual SnapshotCounts counts() = 0;

    virtual QList<User> users() = 0;
    virtual QList<Pipeline> pipelines() = 0; // with their stages by position
    virtual std::unique_ptr<SnapshotCursor<Household>> households() = 0;
    virtual std::unique_ptr<SnapshotCursor<Customer>> customers() = 0; // with phones, addresses, tags
    virtual std::unique_ptr<SnapshotCursor<ContactPerson>> contacts() = 0;
    virtual std::unique_ptr<SnapshotCursor<DealRecord>> deals() = 0; // with contact ids (ascending) and history
    virtual std::unique_ptr<SnapshotCursor<Activity>> activities() = 0;
    virtual std::unique_ptr<SnapshotCursor<Order>> orders() = 0; // with lines, payments, status history
    virtual std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests() = 0; // with notes
};

} // namespace peyvand
