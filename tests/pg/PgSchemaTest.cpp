// PostgreSQL schema 8 behaves like SQLite's: the report summaries follow
// inserts, updates, reassignments and deletes through the triggers, a deal
// remembers the furthest stage it reached, and Persian substrings are found
// through the trigram index.
#include "PgConnection.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"

#include <gtest/gtest.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class PgSchemaTest : public ::testing::Test
{
protected:
    PgSchemaTest()
        : db(database.url())
    {
        PgMigrations::migrate(db);
        db.exec(QStringLiteral("INSERT INTO users(id, username, role, created_at) VALUES "
                               "(1, 'rep1', 'sales_rep', 0), (2, 'rep2', 'sales_rep', 0)"));
    }

    qint64 customer(const QString &name, const QString &searchText, qint64 owner = 1)
    {
        return db
            .prepare(QStringLiteral("INSERT INTO customers(kind, owner_id, lifecycle, source, name, sort_name, "
                                    "search_text, created_at, updated_at) VALUES ('legal', $1, 'lead', 'direct', $2, "
                                    "$2, $3, 0, 0) RETURNING id"))
            .bind(1, owner)
            .bind(2, name)
            .bind(3, searchText)
            .exec()
            .int64(0, 0);
    }
    qint64 scalar(const QString &sql) { return db.prepare(sql).exec().int64(0, 0); }

    PgTestDatabase database;
    PgConnection db;
};

constexpr qint64 kDay = 86400;

} // namespace

TEST_F(PgSchemaTest, activity_summary_follows_the_activities)
{
    const qint64 c = customer(QStringLiteral("پیوند"), QStringLiteral("پیوند"));
    // 2026-03-20 22:00 UTC is already the next Iranian day (UTC+3:30).
    const qint64 at = 1774044000;
    auto add = db.prepare(QStringLiteral("INSERT INTO activities(customer_id, type, at, owner_id, created_at) "
                                         "VALUES ($1, 'call', $2, 1, 0) RETURNING id"));
    const qint64 a1 = add.bind(1, c).bind(2, at).exec().int64(0, 0);
    add.bind(2, at + 60).exec();
    const QString n = QStringLiteral("SELECT coalesce(sum(n), 0) FROM activity_daily WHERE day = %1 AND owner_id = %2 "
                                     "AND kind = 'legal' AND type = '%3'");
    EXPECT_EQ(scalar(n.arg((at + 12600) / kDay).arg(1).arg(QStringLiteral("call"))), 2);
    db.prepare(QStringLiteral("UPDATE activities SET type = 'meeting', owner_id = 2 WHERE id = $1")).bind(1, a1).run();
    EXPECT_EQ(scalar(n.arg((at + 12600) / kDay).arg(1).arg(QStringLiteral("call"))), 1);
    EXPECT_EQ(scalar(n.arg((at + 12600) / kDay).arg(2).arg(QStringLiteral("meeting"))), 1);
    db.prepare(QStringLiteral("DELETE FROM customers WHERE id = $1")).bind(1, c).run();
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM activity_daily")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM activities")), 0);
}

TEST_F(PgSchemaTest, order_summary_follows_orders_and_the_customers_owner)
{
    const qint64 c = customer(QStringLiteral("الف"), QStringLiteral("الف"));
    auto add = db.prepare(QStringLiteral("INSERT INTO orders(number, customer_id, status, total, created_at, "
                                         "updated_at) VALUES ($1, $2, 'registered', $3, 0, 0)"));
    add.bind(1, "O-1").bind(2, c).bind(3, qint64(5'000'000'000)).run();
    add.bind(1, "O-2").bind(2, c).bind(3, qint64(7)).run();
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM order_daily WHERE owner_id = 1 AND status = 'registered'")),
              5'000'000'007);
    db.exec(QStringLiteral("UPDATE orders SET status = 'paid' WHERE number = 'O-2'"));
    db.prepare(QStringLiteral("UPDATE customers SET owner_id = 2 WHERE id = $1")).bind(1, c).run();
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM order_daily WHERE owner_id = 1")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT n FROM order_daily WHERE owner_id = 2 AND status = 'paid'")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM order_daily WHERE owner_id = 2 AND status = 'registered'")),
              5'000'000'000);
    db.prepare(QStringLiteral("DELETE FROM customers WHERE id = $1")).bind(1, c).run();
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(sum(n), 0) + coalesce(sum(amount), 0) FROM order_daily")), 0);
}

TEST_F(PgSchemaTest, deal_remembers_the_furthest_open_stage)
{
    const qint64 c = customer(QStringLiteral("ب"), QStringLiteral("ب"));
    // Pipeline 1 (B2B): stages 1..5 open, 6 won, 7 lost.
    const qint64 deal = scalar(QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, "
                                              "status, created_at) VALUES (%1, 1, 1, 'd', 0, 'open', 0) RETURNING id")
                                   .arg(c));
    auto enter = db.prepare(QStringLiteral("INSERT INTO deal_stage_history(deal_id, stage_id, entered_at) "
                                           "VALUES ($1, $2, 0)"));
    const QString reached = QStringLiteral("SELECT reached_position FROM deals WHERE id = %1").arg(deal);
    enter.bind(1, deal).bind(2, 3).run();
    EXPECT_EQ(scalar(reached), 3);
    enter.bind(2, 2).run();
    EXPECT_EQ(scalar(reached), 3);
    enter.bind(2, 7).run(); // lost: not a position reached
    EXPECT_EQ(scalar(reached), 3);
}

TEST_F(PgSchemaTest, persian_substring_is_found_through_the_trigram_index)
{
    customer(QStringLiteral("پیوند گستر"), QStringLiteral("پیوندگستر 02188776655"));
    const qint64 wanted = customer(QStringLiteral("بازرگانی علی‌آباد"),
                                   QStringLiteral("بازرگانی علیاباد 10101234567"));
    for (int i = 0; i < 200; ++i)
        customer(QStringLiteral("شرکت %1").arg(i), QStringLiteral("شرکت %1").arg(i));
    db.exec(QStringLiteral("ANALYZE customers; SET enable_seqscan = off"));
    const QString query = QStringLiteral("SELECT id FROM customers WHERE search_text LIKE '%' || $1 || '%'");
    const PgResult plan = db.prepare(QStringLiteral("EXPLAIN ") + query).bind(1, "گانی").exec();
    QString text;
    for (int i = 0; i < plan.rows(); ++i)
        text += plan.text(i, 0) + QLatin1Char('\n');
    EXPECT_TRUE(text.contains(QStringLiteral("customers_search_trgm"))) << text.toStdString();
    const PgResult found = db.prepare(query).bind(1, "گانی علیا").exec();
    ASSERT_EQ(found.rows(), 1);
    EXPECT_EQ(found.int64(0, 0), wanted);
}
