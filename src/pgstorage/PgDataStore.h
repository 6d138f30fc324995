#pragma once
// The PostgreSQL DataStore (team mode): one server connection and one
// repository per aggregate, the twin of SqliteDataStore.
//
// Opening connects (PgConnection's refusals: a bad URL, an unreachable
// server, a wrong password, a missing database) and then checks or migrates
// the schema: a database without Peyvand's schema is set up only with
// StoreOpenMode::CreateAndMigrate ("not_initialized" otherwise), a newer one
// is refused ("newer_schema"), an older one is migrated (ReadOnly refuses it).
//
// transaction() retries what the server asks to be retried (serialization
// failures, deadlocks), and a transaction whose connection was lost before
// COMMIT was sent: it reconnects (waiting up to reconnectWait for a restarting
// server) and runs the work again. A connection lost during COMMIT leaves the
// outcome unknown, so that is not retried: PgError with SQLSTATE 08007.
#include "DataStore.h"
#include "PgActivityRepository.h"
#include "PgAuditRepository.h"
#include "PgConnection.h"
#include "PgContactRepository.h"
#include "PgCustomerRepository.h"
#include "PgDealRepository.h"
#include "PgMetaRepository.h"
#include "PgOrderRepository.h"
#include "PgPipelineRepository.h"
#include "PgReportRepository.h"
#include "PgServerAccounts.h"
#include "PgServiceRequestRepository.h"
#include "PgUserRepository.h"
#include "StoreOpenMode.h"

#include <chrono>
#include <memory>

namespace peyvand {

class PgDataStore final : public DataStore
{
public:
    explicit PgDataStore(const QString &url, StoreOpenMode mode = StoreOpenMode::CreateAndMigrate);
    explicit PgDataStore(const PgUrl &url, StoreOpenMode mode = StoreOpenMode::CreateAndMigrate);
    ~PgDataStore() override;

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
    std::unique_ptr<BulkLoader> bulkLoader(const BulkLoadPlan &plan) override;
    std::unique_ptr<SnapshotReader> snapshotReader() override;
    std::unique_ptr<SnapshotWriter> snapshotWriter() override;
    MetaRepository &meta() override { return m_meta; }
    ServerAccounts *serverAccounts() override { return &m_accounts; } // a login role per user
    // Refused (ValidationError "backup"/"server_managed"): a server's backups
    // are the server's (pg_dump, archiving; docs/team-mode.md).
    std::unique_ptr<DatabaseBackup> backup() override;
    QString location() const override; // the URL without its password
    QString openLocation() const override; // the URL with it

    PgConnection &connection() { return *m_connection; }
    // How long transaction() waits for a lost server to come back (default 30 s).
    void setReconnectWait(std::chrono::milliseconds wait) { m_reconnectWait = wait; }
    int schemaVersion() override;
    // A PgChangeListener on its own connection and thread, which drops the
    // notices of this store's connection. It must not outlive this store.
    std::unique_ptr<ChangeFeed> changeFeed() override;

    // What transaction() did so far on this store (the load generator reports them).
    struct Counters
    {
        int retriedAfterLostSession = 0; // work run again after the session was lost before COMMIT
        int retriedAfterConflict = 0; // work run again after 40001 / 40P01
        int outcomeUnknown = 0; // commits that lost the session (the 08007 thrown)
    };
    const Counters &counters() const { return m_counters; }

private:
    PgDataStore(std::unique_ptr<PgConnection> connection, StoreOpenMode mode);
    void runOnce(const std::function<void()> &work);

    std::unique_ptr<PgConnection> m_connection;
    PgCustomerRepository m_customers;
    PgContactRepository m_contacts;
    PgPipelineRepository m_pipelines;
    PgDealRepository m_deals;
    PgActivityRepository m_activities;
    PgOrderRepository m_orders;
    PgServiceRequestRepository m_requests;
    PgUserRepository m_users;
    PgReportRepository m_reports;
    PgAuditRepository m_audit;
    PgMetaRepository m_meta;
    PgServerAccounts m_accounts;
    std::chrono::milliseconds m_reconnectWait { 30000 };
    Counters m_counters;
};

} // namespace peyvand
