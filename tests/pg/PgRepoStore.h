#pragma once
// A migrated PostgreSQL database of its own (PgTestDatabase) with the core
// repositories on one connection, for the repository tests: the PostgreSQL
// twin of tests/integration/TestStore.h (whose customer builders and Iranian
// ids the tests share).
#include "../integration/TestStore.h"
#include "PgConnection.h"
#include "PgContactRepository.h"
#include "PgCustomerRepository.h"
#include "PgMigrations.h"
#include "PgPipelineRepository.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"
#include "PgUserRepository.h"

#include <memory>

namespace peyvand::testing {

class PgRepoStore
{
public:
    PgRepoStore() { open(); }

    // A second connection to the same database (another desktop).
    std::unique_ptr<PgConnection> connect() const { return std::make_unique<PgConnection>(database.url()); }
    // Drops the connection and its prepared statements, and connects again.
    void reopen()
    {
        pipelines.reset();
        contacts.reset();
        customers.reset();
        users.reset();
        connection.reset();
        open();
    }
    qint64 rows(const char *table)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    qint64 scalar(const QString &sql)
    {
        auto q = connection->prepare(sql);
        return q.exec().int64(0, 0);
    }

    PgTestDatabase database;
    std::unique_ptr<PgConnection> connection;
    std::unique_ptr<PgUserRepository> users;
    std::unique_ptr<PgCustomerRepository> customers;
    std::unique_ptr<PgContactRepository> contacts;
    std::unique_ptr<PgPipelineRepository> pipelines;

private:
    void open()
    {
        connection = std::make_unique<PgConnection>(database.url());
        PgMigrations::migrate(*connection);
        users = std::make_unique<PgUserRepository>(*connection);
        customers = std::make_unique<PgCustomerRepository>(*connection);
        contacts = std::make_unique<PgContactRepository>(*connection);
        pipelines = std::make_unique<PgPipelineRepository>(*connection);
    }
};

} // namespace peyvand::testing
