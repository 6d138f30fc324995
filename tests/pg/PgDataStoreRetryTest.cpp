// PgDataStore::transaction after a lost session: the work runs again on a new
// one, once, and the counters the load test reports say so.
#include "PgConnection.h"
#include "PgDataStore.h"
#include "PgError.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"

#include <gtest/gtest.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

qint64 metaRows(PgConnection &c)
{
    return c.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = 'retry.test'")).exec().int64(0, 0);
}

} // namespace

TEST(PgDataStoreRetry, a_session_lost_before_commit_runs_the_work_again_and_counts_it)
{
    PgTestDatabase db;
    PgDataStore store(db.url());
    PgConnection admin(db.url());
    int attempts = 0;
    store.transaction([&] {
        ++attempts;
        store.connection().exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('retry.test', 'x')"));
        if (attempts == 1) { // the server ends the session in the middle of the work
            const qint64 pid
                = store.connection().prepare(QStringLiteral("SELECT pg_backend_pid()::bigint")).exec().int64(0, 0);
            admin.prepare(QStringLiteral("SELECT pg_terminate_backend($1::int, 10000)")).bind(1, pid).exec();
            store.connection().exec(QStringLiteral("SELECT 1"));
        }
    });
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(metaRows(admin), 1); // the first attempt's insert went with its session
    EXPECT_EQ(store.counters().retriedAfterLostSession, 1);
    EXPECT_EQ(store.counters().retriedAfterConflict, 0);
    EXPECT_EQ(store.counters().outcomeUnknown, 0);
    EXPECT_EQ(store.connection().reconnectCount(), 1);
}

TEST(PgDataStoreRetry, an_error_in_the_work_is_not_retried_nor_counted)
{
    PgTestDatabase db;
    PgDataStore store(db.url());
    int attempts = 0;
    EXPECT_THROW(store.transaction([&] {
        ++attempts;
        store.connection().exec(QStringLiteral("SELECT no_such_column FROM meta"));
    }),
                 PgError);
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(store.counters().retriedAfterLostSession + store.counters().retriedAfterConflict, 0);
    EXPECT_EQ(store.connection().reconnectCount(), 0);
}
