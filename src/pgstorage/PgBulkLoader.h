#pragma once
// The PostgreSQL BulkLoader: a chunk is one transaction whose rows go through
// PgRowWriter (COPY; derived data as the repositories and triggers make it).
// Without keepIds new ids come from the tables' identity sequences in blocks
// (PgIdBlocks), so other connections may insert meanwhile; with keepIds each
// chunk moves the sequences past the ids it wrote before it commits. A chunk
// still open when the loader is destroyed is rolled back. finish() refreshes
// the planner's statistics (ANALYZE), which matters after a big load.
#include "BulkLoader.h"
#include "PgRowWriter.h"

#include <memory>
#include <vector>

namespace peyvand {

class PgConnection;
class PgTransaction;

class PgBulkLoader final : public BulkLoader
{
public:
    PgBulkLoader(PgConnection &connection, const BulkLoadPlan &plan);
    ~PgBulkLoader() override;
    PgBulkLoader(const PgBulkLoader &) = delete;
    PgBulkLoader &operator=(const PgBulkLoader &) = delete;

    void beginChunk() override;
    qint64 addCustomer(const Customer &customer) override;
    qint64 addContact(const ContactPerson &contact) override;
    qint64 addDeal(const Deal &deal, const QList<DealStageChange> &history) override;
    qint64 addActivity(const Activity &activity) override;
    qint64 addOrder(const Order &order) override;
    qint64 addServiceRequest(const ServiceRequest &request) override;
    void addAuditEntry(const AuditEntry &entry) override;
    void commitChunk() override;
    void finish(const std::function<void(const char *step)> &step = {}) override;

private:
    void expectOpen() const;
    qint64 takeId(qint64 given, const char *table);

    PgConnection &m_connection;
    bool m_keepIds = false;
    PgRowWriter m_rows;
    std::unique_ptr<PgTransaction> m_transaction; // the open chunk
    std::vector<AuditEntry> m_auditEntries;
    bool m_finished = false;
};

} // namespace peyvand
