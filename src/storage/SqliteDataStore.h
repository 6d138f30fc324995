#pragma once
// The SQLite DataStore: one connection and one repository per aggregate.
#include "DataStore.h"
#include "SqliteActivityRepository.h"
#include "SqliteAuditRepository.h"
#include "SqliteContactRepository.h"
#include "SqliteCustomerRepository.h"
#include "SqliteDatabase.h"
#include "SqliteDealRepository.h"
#include "SqliteMetaRepository.h"
#include "SqliteOrderRepository.h"
#include "SqlitePipelineRepository.h"
#include "SqliteReportRepository.h"
#include "SqliteServiceRequestRepository.h"
#include "SqliteUserRepository.h"

namespace peyvand {

class SqliteDataStore final : public DataStore
{
public:
    explicit SqliteDataStore(const QString &path,
                             SqliteDatabase::OpenMode mode = SqliteDatabase::OpenMode::CreateAndMigrate);

    CustomerRepository &customers() override { return m_customers; }
    ContactRepository &contacts() override { return m_contacts; }
    PipelineRepository &pipelines() override { return m_pipelines; }
    DealRepository &deals() override { return m_deals; }
    ActivityRepository &activities() override { return m_activities; }
    OrderRepository &orders() override { return m_orders; }
    ServiceRequestRepository &serviceRequests() override { return m_requests; }
    UserRepository &users() override { return m_users; }
    ReportRepository &reports() override { return m_reports; }
    AuditRepository &audit() override { return m_audit; }
    void transaction(const std::function<void()> &work) override;
    std::unique_ptr<BulkLoader> bulkLoader(const BulkLoadPlan &plan) override; // a SqliteBulkLoader
    std::unique_ptr<SnapshotReader> snapshotReader() override; // a SqliteSnapshotReader
    std::unique_ptr<SnapshotWriter> snapshotWriter() override; // a SqliteSnapshotWriter
    MetaRepository &meta() override { return m_meta; }
    std::unique_ptr<DatabaseBackup> backup() override; // a SqliteDatabaseBackup
    QString location() const override { return m_db.path(); }
    int schemaVersion() override { return m_db.userVersion(); }

    SqliteDatabase &database() { return m_db; }

private:
    SqliteDatabase m_db;
    SqliteCustomerRepository m_customers;
    SqliteContactRepository m_contacts;
    SqlitePipelineRepository m_pipelines;
    SqliteDealRepository m_deals;
    SqliteActivityRepository m_activities;
    SqliteOrderRepository m_orders;
    SqliteServiceRequestRepository m_requests;
    SqliteUserRepository m_users;
    SqliteReportRepository m_reports;
    SqliteAuditRepository m_audit;
    SqliteMetaRepository m_meta;
};

} // namespace peyvand
