// The window's "load demo data": written by a worker thread on its own
// connection through the bulk loader while the window's connection stays open,
// with progress; cancelling keeps the chunks already committed, each whole.
#include "DemoDataRunner.h"

#include "GuiFixture.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

qint64 scalar(SqliteDataStore &store, const char *sql)
{
    auto q = store.database().prepare(sql);
    return q->step() ? q->int64(0) : -1;
}

// Report summaries that differ from what the rows say (0 when consistent).
qint64 summaryMismatches(SqliteDataStore &store)
{
    return scalar(store,
                  "SELECT (SELECT count(*) FROM (SELECT day, owner_id, kind, type, n FROM activity_daily EXCEPT "
                  "SELECT (a.at + 12600) / 86400, ifnull(a.owner_id, 0), c.kind, a.type, count(*) FROM activities a "
                  "JOIN customers c ON c.id = a.customer_id GROUP BY 1, 2, 3, 4)) + (SELECT count(*) FROM (SELECT "
                  "day, kind, owner_id, status, n, amount FROM order_daily EXCEPT SELECT (o.created_at + 12600) / "
                  "86400, c.kind, ifnull(c.owner_id, 0), o.status, count(*), sum(o.total) FROM orders o JOIN "
                  "customers c ON c.id = o.customer_id GROUP BY 1, 2, 3, 4))");
}

} // namespace

TEST(DemoDataRunner, fills_the_open_database_from_a_worker_thread)
{
    GuiFixture f;
    DemoDataRunner runner(f.store->location(), 1500, QDate(2024, 11, 23));
    QSignalSpy progress(&runner, &DemoDataRunner::progress);
    QSignalSpy finished(&runner, &DemoDataRunner::finished);
    runner.start();
    ASSERT_TRUE(finished.wait(180000));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished[0][0].toBool()) << finished[0][1].toString().toStdString();
    EXPECT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last()[0].toLongLong(), 1500);
    // The window's own connection sees every row and consistent summaries.
    EXPECT_EQ(f.store->customers().count(CustomerQuery {}), 1500);
    EXPECT_GT(scalar(*f.store, "SELECT count(*) FROM activities"), 5 * 1500);
    EXPECT_EQ(summaryMismatches(*f.store), 0);
    EXPECT_EQ(scalar(*f.store, "SELECT count(*) FROM customer_search"), 1500);
}

TEST(DemoDataRunner, cancelling_keeps_the_committed_chunks_whole)
{
    GuiFixture f;
    DemoDataRunner runner(f.store->location(), 5000, QDate(2024, 11, 23));
    // Cancel as soon as the first progress is reported, on the worker's thread.
    QObject::connect(
        &runner, &DemoDataRunner::progress, &runner, [&runner] { runner.cancel(); }, Qt::DirectConnection);
    QSignalSpy finished(&runner, &DemoDataRunner::finished);
    runner.start();
    ASSERT_TRUE(finished.wait(180000));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished[0][0].toBool());
    EXPECT_EQ(finished[0][1].toString(), QStringLiteral("cancelled"));
    const qint64 customers = f.store->customers().count(CustomerQuery {});
    EXPECT_GT(customers, 0);
    EXPECT_LT(customers, 5000);
    EXPECT_EQ(customers % 1000, 0) << "a chunk is 1000 customers: " << customers;
    EXPECT_EQ(summaryMismatches(*f.store), 0);
    EXPECT_EQ(scalar(*f.store, "SELECT count(*) FROM customer_search"), customers);
    EXPECT_EQ(scalar(*f.store, "SELECT count(*) FROM activities WHERE customer_id > (SELECT max(id) FROM customers)"),
              0);
}
