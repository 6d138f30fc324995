#pragma once
// The SQLite SnapshotWriter: the whole snapshot is one chunk of a
// SqliteBulkLoader with keepIds (one transaction, ids as given, summaries,
// search grams and furthest stages derived as the loader derives them for
// seeding). Users, pipelines and households, which the loader does not write,
// are written first in the same transaction, replacing the defaults a new
// file has; foreign keys are checked at the commit (a parent company may come
// after its subsidiary).
#include "SnapshotWriter.h"

#include <memory>

namespace peyvand {

class SqliteBulkLoader;
class SqliteDatabase;

class SqliteSnapshotWriter final : public SnapshotWriter
{
public:
    // ValidationError (field "database", code "not_empty") when the file holds data.
    explicit SqliteSnapshotWriter(SqliteDatabase &db);
    ~SqliteSnapshotWriter() override;
    SqliteSnapshotWriter(const SqliteSnapshotWriter &) = delete;
    SqliteSnapshotWriter &operator=(const SqliteSnapshotWriter &) = delete;

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
    SqliteBulkLoader &loader(); // the open loader, stages read once the pipelines are written

    SqliteDatabase &m_db;
    std::unique_ptr<SqliteBulkLoader> m_loader;
    bool m_stagesRead = false;
    bool m_committed = false;
};

} // namespace peyvand
