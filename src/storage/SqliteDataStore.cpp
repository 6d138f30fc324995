#include "SqliteDataStore.h"

#include "SqliteBulkLoader.h"
#include "SqliteDatabaseBackup.h"
#include "SqliteSnapshotReader.h"
#include "SqliteSnapshotWriter.h"
#include "SqliteTransaction.h"

namespace peyvand {

SqliteDataStore::SqliteDataStore(const QString &path, SqliteDatabase::OpenMode mode)
    : m_db(path, mode)
    , m_customers(m_db)
    , m_contacts(m_db)
    , m_pipelines(m_db)
    , m_deals(m_db)
    , m_activities(m_db)
    , m_orders(m_db)
    , m_requests(m_db)
    , m_users(m_db)
    , m_reports(m_db)
    , m_audit(m_db)
    , m_meta(m_db)
{
}

void SqliteDataStore::transaction(const std::function<void()> &work)
{
    SqliteTransaction tx(m_db);
    work();
    tx.commit();
}

std::unique_ptr<BulkLoader> SqliteDataStore::bulkLoader(const BulkLoadPlan &plan)
{
    return std::make_unique<SqliteBulkLoader>(m_db, plan);
}

std::unique_ptr<SnapshotReader> SqliteDataStore::snapshotReader()
{
    return std::make_unique<SqliteSnapshotReader>(m_db);
}

std::unique_ptr<DatabaseBackup> SqliteDataStore::backup()
{
    return std::make_unique<SqliteDatabaseBackup>(m_db);
}

std::unique_ptr<SnapshotWriter> SqliteDataStore::snapshotWriter()
{
    return std::make_unique<SqliteSnapshotWriter>(m_db);
}

} // namespace peyvand
