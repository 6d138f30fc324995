#pragma once
// The PostgreSQL SnapshotWriter: a whole snapshot into an empty database, ids
// preserved, in one transaction (nothing is kept unless commit() returns).
// Users, pipelines with their stages replace the defaults a new database has;
// records go through PgRowWriter (COPY, derived data as the repositories and
// triggers make it). commit() sets the parent references held back, writes
// the audit entries, moves the identity sequences past the loaded ids (so the
// repositories' next INSERT and order number do not collide), commits and
// then refreshes the planner's statistics (ANALYZE).
#include "PgRowWriter.h"
#include "SnapshotWriter.h"

#include <memory>
#include <vector>

namespace peyvand {

class PgConnection;
class PgTransaction;

class PgSnapshotWriter final : public SnapshotWriter
{
public:
    // ValidationError (field "database", code "not_empty", as SQLite's) when
    // the database holds customers, contacts, households, deals, activities,
    // orders or service requests.
    explicit PgSnapshotWriter(PgConnection &connection);
    ~PgSnapshotWriter() override;
    PgSnapshotWriter(const PgSnapshotWriter &) = delete;
    PgSnapshotWriter &operator=(const PgSnapshotWriter &) = delete;

    int schemaVersion() const override;
    void begin(const SnapshotCounts &counts) override;
    void addUser(const User &user) override;
    void addPipeline(const Pipeline &pipeline) override;
    void addHousehold(const Household &household) override;
    void addCustomer(const Customer &customer) override;
    void addContact(const ContactPerson &contact) override;
    void addDeal(const Deal &deal, const QList<DealStageChange> &history) override;
    void addActivity(const Activity &activity) override;
    void addOrder(const Order &order) override;
    void addServiceRequest(const ServiceRequest &request) override;
    void addAuditEntry(const AuditEntry &entry) override;
    void commit(const std::function<void(const char *step)> &step = {}) override;

private:
    PgRowWriter &rows(); // the open transaction's writer, stages read once the pipelines are in

    PgConnection &m_connection;
    std::unique_ptr<PgTransaction> m_transaction;
    PgRowWriter m_rows;
    std::vector<AuditEntry> m_auditEntries;
    bool m_stagesRead = false;
};

} // namespace peyvand
