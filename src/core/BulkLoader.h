#pragma once
// Writes many new rows fast (demo data, imports): whole aggregates in their
// final state, grouped in chunks. A chunk is one transaction: commitChunk()
// makes its rows durable together with everything derived from them (report
// summaries, search index, the furthest stage each deal reached), exactly as
// the repositories and the schema's triggers would have written them, so a
// load that stops half way leaves a consistent database holding the chunks
// committed so far. Ids are assigned when a row is added, so later rows of the
// same chunk can refer to earlier ones.
//
// Like the repositories, a loader trusts its input (validated by the caller);
// references must exist. Only one loader per DataStore at a time, and the
// DataStore is not used for anything else while a chunk is open.
#include "Activity.h"
#include "AuditEntry.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "Deal.h"
#include "Order.h"
#include "ServiceRequest.h"

#include <QList>
#include <QString>
#include <functional>

namespace peyvand {

// What the caller expects to load, so the loader can choose how (building
// indexes afterwards pays off only when the load is big next to the file).
struct BulkLoadPlan
{
    qint64 customers = 0; // about how many customers, each with its history; 0: a few
    // Rows carry their ids (a snapshot import): every add*() writes the id it
    // is given (customers, contacts, deals, activities, orders, requests, and
    // the ids of stage changes, order lines, payments, status changes and
    // notes; a child's 0 lets the database choose) and returns it. The ids
    // must be new. Without it the loader assigns ids (max + 1) and children's
    // ids are chosen by the database.
    bool keepIds = false;
};

class BulkLoader
{
public:
    // Rolls back a chunk still open (nothing of it is kept) and restores the
    // connection's settings.
    virtual ~BulkLoader() = default;

    virtual void beginChunk() = 0;
    virtual qint64 addCustomer(const Customer &customer) = 0; // with phones, addresses, tags
    virtual qint64 addContact(const ContactPerson &contact) = 0;
    // A deal in its final state with its whole stage history, oldest first: the
    // first entry is the stage it was created in (entered at deal.createdAt),
    // each entry left when the next was entered, the last one still open
    // (invalid leftAt) and equal to deal.stageId.
    virtual qint64 addDeal(const Deal &deal, const QList<DealStageChange> &history) = 0;
    virtual qint64 addActivity(const Activity &activity) = 0;
    virtual qint64 addOrder(const Order &order) = 0; // with lines, payments, history; numbered when it has none
    virtual qint64 addServiceRequest(const ServiceRequest &request) = 0; // with its notes
    // An audit trail entry committed with the open chunk (a load's summary:
    // one entry for a whole seed or snapshot import, not one per row).
    virtual void addAuditEntry(const AuditEntry &entry) = 0;
    virtual void commitChunk() = 0;

    // After the last chunk: work that pays off once for the whole load (building
    // indexes left out, merging the search index, folding the write-ahead log
    // into the file); `step` is told each step's name as it starts. Without it
    // the data is complete and consistent (indexes left out are built when the
    // file is next opened).
    virtual void finish(const std::function<void(const char *step)> &step = {}) = 0;
};

} // namespace peyvand
