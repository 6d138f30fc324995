// PgTransaction: a failed transaction leaves nothing, nested ones are
// savepoints, and run() retries real serialization failures and deadlocks
// between two connections, a bounded number of times.
#include "PgTransaction.h"

#include "PgConnection.h"
#include "PgError.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"

#include <future>
#include <gtest/gtest.h>
#include <thread>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class PgTransactionTest : public ::testing::Test
{
protected:
    PgTransactionTest()
        : connection(database.url())
    {
        connection.exec(QStringLiteral("CREATE TABLE counters (id BIGINT PRIMARY KEY, n BIGINT NOT NULL);"
                                       "INSERT INTO counters VALUES (1, 0), (2, 0);"
                                       "CREATE TABLE notes (text TEXT NOT NULL)"));
    }

    qint64 counter(PgConnection &c, qint64 id)
    {
        return c.prepare(QStringLiteral("SELECT n FROM counters WHERE id = $1")).bind(1, id).exec().int64(0, 0);
    }
    void add(PgConnection &c, qint64 id, qint64 by)
    {
        c.prepare(QStringLiteral("UPDATE counters SET n = n + $2 WHERE id = $1")).bind(1, id).bind(2, by).run();
    }
    qint64 notes() { return connection.prepare(QStringLiteral("SELECT count(*) FROM notes")).exec().int64(0, 0); }

    PgTestDatabase database;
    PgConnection connection;
};

} // namespace

TEST_F(PgTransactionTest, commit_keeps_the_work)
{
    {
        PgTransaction tx(connection);
        EXPECT_TRUE(connection.inTransaction());
        connection.prepare(QStringLiteral("INSERT INTO notes VALUES ($1)")).bind(1, "یادداشت").run();
        tx.commit();
    }
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(notes(), 1);
}

TEST_F(PgTransactionTest, a_transaction_that_throws_leaves_nothing)
{
    EXPECT_THROW(PgTransaction::run(
                     connection,
                     [&] {
                         connection.prepare(QStringLiteral("INSERT INTO notes VALUES ($1)")).bind(1, "first").run();
                         add(connection, 1, 5);
                         throw std::runtime_error("the save failed half way");
                     }),
                 std::runtime_error);
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(notes(), 0);
    EXPECT_EQ(counter(connection, 1), 0);
    // And one that fails in the database (NOT NULL) leaves nothing either.
    EXPECT_THROW(
        PgTransaction::run(connection,
                           [&] {
                               add(connection, 1, 5);
                               connection.prepare(QStringLiteral("INSERT INTO notes VALUES ($1)")).bindNull(1).run();
                           }),
        PgError);
    EXPECT_EQ(counter(connection, 1), 0);
    // Seen from another connection too.
    PgConnection other(database.url());
    EXPECT_EQ(counter(other, 1), 0);
}

TEST_F(PgTransactionTest, nested_transaction_is_a_savepoint)
{
    PgTransaction outer(connection);
    add(connection, 1, 1);
    {
        PgTransaction inner(connection);
        EXPECT_TRUE(inner.isNested());
        add(connection, 1, 10);
        // not committed: rolled back to the savepoint only
    }
    {
        PgTransaction inner(connection);
        add(connection, 2, 3);
        inner.commit();
    }
    outer.commit();
    EXPECT_EQ(counter(connection, 1), 1);
    EXPECT_EQ(counter(connection, 2), 3);
}

// Under REPEATABLE READ, a row another connection changed and committed after
// this transaction's snapshot cannot be updated: 40001. The second attempt
// sees the other connection's change and adds to it, so no update is lost.
TEST_F(PgTransactionTest, serialization_failure_is_retried_and_no_update_is_lost)
{
    PgConnection other(database.url());
    int attempts = 0;
    const qint64 seen = PgTransaction::run(
        connection,
        [&] {
            const qint64 before = counter(connection, 1); // takes the snapshot
            if (attempts == 1)
                add(other, 1, 100); // autocommit, after our snapshot
            add(connection, 1, 1);
            return before;
        },
        PgTransaction::Isolation::RepeatableRead, PgTransaction::kDefaultAttempts, &attempts);
    EXPECT_EQ(attempts, 2);
    EXPECT_EQ(seen, 100);
    EXPECT_EQ(counter(other, 1), 101);
}

TEST_F(PgTransactionTest, retries_are_bounded)
{
    PgConnection other(database.url());
    int attempts = 0;
    try {
        PgTransaction::run(
            connection,
            [&] {
                counter(connection, 1);
                add(other, 1, 100); // every attempt loses the race
                add(connection, 1, 1);
            },
            PgTransaction::Isolation::Serializable, 3, &attempts);
        FAIL() << "expected a serialization failure";
    } catch (const PgError &e) {
        EXPECT_EQ(e.sqlState(), QByteArray("40001")) << e.what();
        EXPECT_TRUE(e.isRetryable());
    }
    EXPECT_EQ(attempts, 3);
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(counter(other, 1), 300); // only the other connection's updates
}

// Two connections lock the two rows in opposite orders: the server picks a
// deadlock victim (40P01) after deadlock_timeout; run() retries it, so both
// transactions end up applied.
TEST_F(PgTransactionTest, deadlock_victim_is_retried)
{
    std::promise<void> aLocked, bLocked;
    std::shared_future<void> aReady = aLocked.get_future().share();
    std::shared_future<void> bReady = bLocked.get_future().share();

    auto worker = [this](qint64 first, qint64 second, std::promise<void> &mine, std::shared_future<void> theirs) {
        PgConnection c(database.url());
        int attempts = 0;
        PgTransaction::run(
            c,
            [&] {
                add(c, first, 1);
                if (attempts == 1) {
                    mine.set_value();
                    theirs.wait();
                }
                add(c, second, 1);
            },
            PgTransaction::Isolation::ReadCommitted, PgTransaction::kDefaultAttempts, &attempts);
        return attempts;
    };
    auto a = std::async(std::launch::async, worker, 1, 2, std::ref(aLocked), bReady);
    auto b = std::async(std::launch::async, worker, 2, 1, std::ref(bLocked), aReady);
    const int attemptsA = a.get();
    const int attemptsB = b.get();
    EXPECT_EQ(attemptsA + attemptsB, 3) << attemptsA << " " << attemptsB; // one victim, retried once
    EXPECT_EQ(counter(connection, 1), 2);
    EXPECT_EQ(counter(connection, 2), 2);
}
