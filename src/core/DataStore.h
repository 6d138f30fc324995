#pragma once
// The whole persistent state, as the services see it: one repository per
// aggregate and a transaction that spans them. SQLite implements it today;
// a PostgreSQL implementation can follow without touching the services.
#include "ActivityRepository.h"
#include "AuditRepository.h"
#include "BulkLoader.h"
#include "ChangeFeed.h"
#include "ContactRepository.h"
#include "CustomerRepository.h"
#include "DatabaseBackup.h"
#include "DealRepository.h"
#include "MetaRepository.h"
#include "OrderRepository.h"
#include "PipelineRepository.h"
#include "ReportRepository.h"
#include "ServerAccounts.h"
#include "ServiceRequestRepository.h"
#include "SnapshotReader.h"
#include "SnapshotWriter.h"
#include "UserRepository.h"

#include <functional>
#include <memory>

namespace peyvand {

class DataStore
{
public:
    virtual ~DataStore() = default;

    virtual CustomerRepository &customers() = 0;
    virtual ContactRepository &contacts() = 0;
    virtual PipelineRepository &pipelines() = 0;
    virtual DealRepository &deals() = 0;
    virtual ActivityRepository &activities() = 0;
    virtual OrderRepository &orders() = 0;
    virtual ServiceRequestRepository &serviceRequests() = 0;
    virtual UserRepository &users() = 0;
    virtual ReportRepository &reports() = 0; // read-only aggregates for the manager reports
    virtual AuditRepository &audit() = 0; // the append-only audit trail

    // The signed-in user this connection acts for: the services check its
    // permissions (AccessPolicy) and the audit trail records its id. Until a
    // user signs in it is an empty User (id 0), who may do nothing.
    virtual void setActor(const User &user) { m_actor = user; }
    const User &actor() const { return m_actor; }

    // Runs `work` in one transaction: all of it is committed, or, when it
    // throws, none of it and the exception propagates. Nests (savepoints).
    virtual void transaction(const std::function<void()> &work) = 0;
    // A loader for many new rows at once (demo data, imports), on this store's
    // connection; see BulkLoader.
    virtual std::unique_ptr<BulkLoader> bulkLoader(const BulkLoadPlan &plan) = 0;
    // The whole database for a full export or a copy (one consistent state while the reader lives).
    virtual std::unique_ptr<SnapshotReader> snapshotReader() = 0;
    // A writer of a whole snapshot into this store, which must be empty (see
    // SnapshotWriter): ValidationError (code "not_empty") when it is not.
    virtual std::unique_ptr<SnapshotWriter> snapshotWriter() = 0;
    // Settings kept with the data, the same for every PC (backup settings).
    virtual MetaRepository &meta() = 0;
    // Whole-database copies on this store's connection: backups and restores (see DatabaseBackup).
    virtual std::unique_ptr<DatabaseBackup> backup() = 0;
    // The server's own accounts for the users (PostgreSQL: a login role per
    // user, see ServerAccounts); nullptr where the backend has none (SQLite).
    virtual ServerAccounts *serverAccounts() { return nullptr; }
    // A short description for status bars and logs (the file path, or the
    // server\'s URL without its password).
    virtual QString location() const = 0;
    // What opens another connection to this database (DataStoreFactory::open),
    // for workers on their own threads: location() with the credentials this
    // connection signed in with. Never shown or logged.
    virtual QString openLocation() const { return location(); }
    // The version of the schema the database is at (this program's once opened for writing).
    virtual int schemaVersion() = 0;
    // What other programs change in this database as they commit, for open
    // views to follow (a new feed with its own connection, owned by the
    // caller; see ChangeFeed). None (nullptr) for a file only this PC uses.
    virtual std::unique_ptr<ChangeFeed> changeFeed() { return nullptr; }

private:
    User m_actor;
};

} // namespace peyvand
