#pragma once
// Writes a whole-database snapshot (see SnapshotReader) into an empty
// database, ids preserved, all of it in one transaction: nothing is kept
// unless commit() returns. What is derived (search grams, report summaries,
// deals' furthest stage) is built as the repositories and triggers would.
//
// "Empty" means no customers, contacts, households, deals, activities,
// orders or service requests: a new file or one `init` made. Its users and
// pipelines (the default ones) are replaced by the snapshot's.
//
// Like the repositories and the bulk loader, a writer trusts its input: the
// caller validates it first (JsonImporter with SnapshotValidator), references
// included. Records come section by section in the order of the methods below,
// each section in ascending id order.
#include "Activity.h"
#include "AuditEntry.h"
#include "ContactPerson.h"
#include "Customer.h"
#include "Deal.h"
#include "Household.h"
#include "Order.h"
#include "Pipeline.h"
#include "ServiceRequest.h"
#include "SnapshotCounts.h"
#include "User.h"

#include <functional>

namespace peyvand {

class SnapshotWriter
{
public:
    // Rolls back unless committed.
    virtual ~SnapshotWriter() = default;

    // The schema version of the target (a snapshot of a newer one is refused by the caller).
    virtual int schemaVersion() const = 0;
    // Opens the transaction; `counts` is what will come (chooses how to load).
    virtual void begin(const SnapshotCounts &counts) = 0;
    virtual void addUser(const User &user) = 0; // with its createdAt
    virtual void addPipeline(const Pipeline &pipeline) = 0; // with its stages
    virtual void addHousehold(const Household &household) = 0;
    virtual void addCustomer(const Customer &customer) = 0;
    virtual void addContact(const ContactPerson &contact) = 0;
    virtual void addDeal(const Deal &deal, const QList<DealStageChange> &history) = 0;
    virtual void addActivity(const Activity &activity) = 0;
    virtual void addOrder(const Order &order) = 0;
    virtual void addServiceRequest(const ServiceRequest &request) = 0;
    // The import's summary in the audit trail, committed with the snapshot.
    virtual void addAuditEntry(const AuditEntry &entry) = 0;
    // Commits; `step` is told the name of each final step (indexes, search index…).
    virtual void commit(const std::function<void(const char *step)> &step = {}) = 0;
};

} // namespace peyvand
