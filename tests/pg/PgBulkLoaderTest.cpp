// PgBulkLoader: a load with the given ids (keepIds) or with new ones from the
// sequences writes the same rows, derived data included (report summaries,
// furthest stages, search text), as the repositories do; committed chunks
// stay, a chunk still open when the loader goes is rolled back; afterwards the
// repositories insert without colliding.
#include "PgBulkLoader.h"

#include "../integration/TestStore.h"
#include "PgActivityRepository.h"
#include "PgAuditRepository.h"
#include "PgContactRepository.h"
#include "PgCustomerRepository.h"
#include "PgDealRepository.h"
#include "PgMigrations.h"
#include "PgOrderRepository.h"
#include "PgResult.h"
#include "PgServiceRequestRepository.h"
#include "PgSnapshotReader.h"
#include "PgSnapshotSupport.h"
#include "PgStatement.h"
#include "PgTestServer.h"
#include "PgUserRepository.h"
#include "PgValues.h"

#include <gtest/gtest.h>

namespace peyvand::testing {

namespace {

struct PgLoadStore
{
    PgLoadStore()
        : connection(database.url())
    {
        PgMigrations::migrate(connection);
    }
    RepositorySet repositories() { return { users, customers, contacts, deals, activities, orders, requests, audit }; }
    qint64 scalar(const QString &sql) { return connection.prepare(sql).exec().int64(0, 0); }

    // The users and households of `from`, with their ids (a bulk load writes neither).
    void copyUsersAndHouseholds(PgConnection &from)
    {
        PgSnapshotReader reader(from);
        auto u = connection.prepare(QStringLiteral(
            "INSERT INTO users(id, username, full_name, role, active, created_at) VALUES ($1,$2,$3,$4,$5,$6)"));
        for (const User &user : reader.users()) {
            u.bind(1, user.id).bind(2, user.username).bind(3, user.fullName).bind(4, toCode(user.role));
            u.bind(5, user.active);
            PgValues::bindTime(u, 6, user.createdAt);
            u.run();
        }
        auto h = connection.prepare(QStringLiteral("INSERT INTO households(id, name) VALUES ($1,$2)"));
        Household household;
        const auto households = reader.households();
        while (households->next(household)) {
            h.bind(1, household.id).bind(2, household.name);
            h.run();
        }
        connection.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('users', 'id'), max(id)) FROM users; "
                                       "SELECT setval(pg_get_serial_sequence('households', 'id'), max(id)) "
                                       "FROM households"));
    }

    PgTestDatabase database;
    PgConnection connection;
    PgUserRepository users { connection };
    PgCustomerRepository customers { connection };
    PgContactRepository contacts { connection };
    PgDealRepository deals { connection };
    PgActivityRepository activities { connection };
    PgOrderRepository orders { connection };
    PgServiceRequestRepository requests { connection };
    PgAuditRepository audit { connection };
};

Activity callOn(qint64 customerId, qint64 ownerId, const QDateTime &at)
{
    Activity a;
    a.type = ActivityType::Call;
    a.customerId = customerId;
    a.ownerId = ownerId;
    a.at = at;
    a.createdAt = at;
    return a;
}

} // namespace

TEST(PgBulkLoader, a_load_keeping_ids_writes_what_the_repositories_wrote)
{
    PgLoadStore written;
    writeEdgeData(written.repositories());
    PgLoadStore loaded;
    loaded.copyUsersAndHouseholds(written.connection);
    {
        PgSnapshotReader reader(written.connection);
        BulkLoadPlan plan;
        plan.keepIds = true;
        PgBulkLoader loader(loaded.connection, plan);
        loadSnapshot(reader, loader, 3); // chunks of three records: references across chunks
    }
    const QStringList expected = pgDataTables(written.connection);
    const QStringList actual = pgDataTables(loaded.connection);
    EXPECT_TRUE(expected == actual) << pgFirstDifference(expected, actual);
    EXPECT_EQ(disabledTriggers(loaded.connection), 0);

    // The sequences moved past the loaded ids.
    const qint64 maxCustomer = loaded.scalar(QStringLiteral("SELECT max(id) FROM customers"));
    EXPECT_EQ(loaded.customers.add(individual(QStringLiteral("پس"), QStringLiteral("از بار"))), maxCustomer + 1);
    const qint64 maxActivity = loaded.scalar(QStringLiteral("SELECT max(id) FROM activities"));
    EXPECT_EQ(loaded.activities.add(callOn(maxCustomer + 1, 0, QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC))),
              maxActivity + 1);
}

TEST(PgBulkLoader, a_load_with_new_ids_from_the_sequences_writes_what_the_repositories_wrote)
{
    PgLoadStore written;
    writeEdgeData(written.repositories());
    PgLoadStore loaded;
    loaded.copyUsersAndHouseholds(written.connection);
    {
        PgSnapshotReader reader(written.connection);
        PgBulkLoader loader(loaded.connection, BulkLoadPlan {});
        loadSnapshot(reader, loader, 1000);
    }
    // A new database numbers from 1 in the order of the load, as the repositories did.
    const QStringList expected = pgDataTables(written.connection);
    const QStringList actual = pgDataTables(loaded.connection);
    EXPECT_TRUE(expected == actual) << pgFirstDifference(expected, actual);
}

TEST(PgBulkLoader, a_role_that_does_not_own_the_tables_loads_with_the_row_triggers_and_the_same_rows)
{
    PgLoadStore written;
    writeEdgeData(written.repositories());
    PgLoadStore loaded;
    loaded.copyUsersAndHouseholds(written.connection);
    const QString role = QStringLiteral("loader_%1").arg(loaded.database.name());
    // Not a Peyvand user (PgAccessSetup's policies do not apply to it): a maintenance role with the
    // table rights only, let in explicitly (CONNECT is the Peyvand roles' alone).
    loaded.connection.exec(QStringLiteral("CREATE ROLE %1 LOGIN BYPASSRLS PASSWORD 'not-the-owner'; "
                                          "GRANT CONNECT ON DATABASE %2 TO %1; "
                                          "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %1; "
                                          "GRANT SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1")
                               .arg(role, loaded.database.name()));
    const PgUrl url = loaded.database.url();
    {
        PgConnection asLoader(QStringLiteral("postgresql://%1:not-the-owner@%2:%3/%4")
                                  .arg(role, url.host())
                                  .arg(url.port())
                                  .arg(url.database()));
        PgSnapshotReader reader(written.connection);
        BulkLoadPlan plan;
        plan.keepIds = true;
        PgBulkLoader loader(asLoader, plan);
        loadSnapshot(reader, loader, 4);
    }
    const QStringList expected = pgDataTables(written.connection);
    const QStringList actual = pgDataTables(loaded.connection);
    EXPECT_TRUE(expected == actual) << pgFirstDifference(expected, actual);
    EXPECT_EQ(disabledTriggers(loaded.connection), 0);
    loaded.connection.exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(role));
}

TEST(PgBulkLoader, committed_chunks_stay_and_an_open_chunk_is_rolled_back_by_the_destructor)
{
    PgLoadStore store;
    User rep;
    rep.username = QStringLiteral("rep");
    const qint64 repId = store.users.add(rep);
    const QDateTime day(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC);
    qint64 kept = 0;
    {
        PgBulkLoader loader(store.connection, BulkLoadPlan {});
        EXPECT_THROW(loader.addCustomer(individual(QStringLiteral("بی"), QStringLiteral("قطعه"))), std::logic_error);
        loader.beginChunk();
        Customer first
            = individual(QStringLiteral("نخستین"), QStringLiteral("ماندگار"), QString(), QStringLiteral("09120000001"));
        first.ownerId = repId;
        kept = loader.addCustomer(first);
        loader.addActivity(callOn(kept, repId, day));
        Order o;
        o.customerId = kept;
        o.lines << OrderLine { 0, QStringLiteral("کالا"), 2, 500 };
        o.total = 1000;
        o.createdAt = day;
        o.updatedAt = day;
        const qint64 order = loader.addOrder(o);
        EXPECT_GT(order, 0);
        loader.commitChunk();

        loader.beginChunk();
        const qint64 lost = loader.addCustomer(individual(QStringLiteral("دومین"), QStringLiteral("رفتنی")));
        EXPECT_GT(lost, kept);
        loader.addActivity(callOn(lost, repId, day));
        loader.addActivity(callOn(kept, repId, day));
        // The loader goes with this chunk open.
    }
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM customers")), 1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT count(*) FROM activities")), 1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT sum(n) FROM activity_daily")), 1);
    EXPECT_EQ(store.scalar(QStringLiteral("SELECT sum(amount) FROM order_daily")), 1000);
    EXPECT_FALSE(store.connection.inTransaction());
    EXPECT_EQ(disabledTriggers(store.connection), 0);
    // The committed customer is found as the repository's would be, and the
    // repositories go on inserting after the loaded ids.
    CustomerQuery q;
    q.text = QStringLiteral("ماندگار");
    ASSERT_EQ(store.customers.list(q).size(), 1);
    EXPECT_EQ(store.customers.list(q).front().id, kept);
    q.text = QStringLiteral("09120000001");
    EXPECT_EQ(store.customers.list(q).size(), 1);
    EXPECT_GT(store.customers.add(individual(QStringLiteral("سپس"), QStringLiteral("افزوده"))), kept);
}

TEST(PgBulkLoader, a_chunk_is_its_own_transaction_and_keep_ids_needs_ids)
{
    PgLoadStore store;
    BulkLoadPlan plan;
    plan.keepIds = true;
    PgBulkLoader loader(store.connection, plan);
    loader.beginChunk();
    EXPECT_THROW(loader.beginChunk(), std::logic_error);
    EXPECT_THROW(loader.addCustomer(individual(QStringLiteral("بی"), QStringLiteral("شناسه"))), std::logic_error);
    EXPECT_THROW(loader.finish(), std::logic_error);
    Customer c = individual(QStringLiteral("با"), QStringLiteral("شناسه"));
    c.id = 500;
    EXPECT_EQ(loader.addCustomer(c), 500);
    loader.commitChunk();
    loader.finish();
    EXPECT_THROW(loader.beginChunk(), std::logic_error);
    EXPECT_EQ(store.customers.add(individual(QStringLiteral("بعدی"), QStringLiteral("تازه"))), 501);
}

} // namespace peyvand::testing
