// The demo data generator on real files: deterministic for a seed and an "as
// of" day, and covering what the screens and reports need (orders in every
// status, deals in every stage of both pipelines, each in its kind's pipeline).
#include "DemoDataGenerator.h"
#include "TestStore.h"

#include <QSet>

using peyvand::CustomerKind;
using peyvand::CustomerQuery;
using peyvand::EnumInfo;
using peyvand::OrderStatus;
using peyvand::Pipeline;
using peyvand::Stage;
using peyvand::toCode;
using peyvand::testing::TestStore;

namespace {

constexpr qint64 kCustomers = 300;
const QDate kAsOf(2025, 3, 10);

// Named after the class under test (peyvand::DemoDataGenerator).
class DemoDataGenerator : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        first = new TestStore(TestStore::Actor::Nobody); // seeding needs no user
        second = new TestStore(TestStore::Actor::Nobody);
        peyvand::DemoDataGenerator::Options options;
        options.customers = kCustomers;
        options.asOf = kAsOf;
        options.batchSize = 128; // several transactions
        qint64 lastDone = 0;
        firstTotals = peyvand::DemoDataGenerator(**first, options).run([&](qint64 done, qint64 total) {
            EXPECT_GT(done, lastDone);
            EXPECT_EQ(total, kCustomers);
            lastDone = done;
        });
        EXPECT_EQ(lastDone, kCustomers);
        secondTotals = peyvand::DemoDataGenerator(**second, options).run();
    }
    static void TearDownTestSuite()
    {
        delete first;
        delete second;
        first = second = nullptr;
    }

    static TestStore *first, *second;
    static peyvand::DemoDataGenerator::Totals firstTotals, secondTotals;
};
TestStore *DemoDataGenerator::first = nullptr;
TestStore *DemoDataGenerator::second = nullptr;
peyvand::DemoDataGenerator::Totals DemoDataGenerator::firstTotals;
peyvand::DemoDataGenerator::Totals DemoDataGenerator::secondTotals;

} // namespace

TEST_F(DemoDataGenerator, totals_match_the_rows_written)
{
    EXPECT_EQ(firstTotals.customers, kCustomers);
    EXPECT_EQ(first->rows("customers"), kCustomers);
    EXPECT_EQ(first->rows("users"), firstTotals.users);
    EXPECT_EQ(first->rows("contacts"), firstTotals.contacts);
    EXPECT_EQ(first->rows("deals"), firstTotals.deals);
    EXPECT_EQ(first->rows("activities"), firstTotals.activities);
    EXPECT_EQ(first->rows("orders"), firstTotals.orders);
    EXPECT_EQ(first->rows("service_requests"), firstTotals.requests);
    EXPECT_GT(firstTotals.deals, 0);
    EXPECT_GT(firstTotals.activities, 5 * kCustomers);
    EXPECT_GT(firstTotals.requests, 0);
    // About one legal entity in five.
    CustomerQuery legal;
    legal.kind = CustomerKind::Legal;
    EXPECT_EQ(first->store->customers().count(legal), kCustomers / 5);
}

TEST_F(DemoDataGenerator, the_same_seed_and_day_give_the_same_data)
{
    EXPECT_EQ(firstTotals.users, secondTotals.users);
    EXPECT_EQ(firstTotals.customers, secondTotals.customers);
    EXPECT_EQ(firstTotals.contacts, secondTotals.contacts);
    EXPECT_EQ(firstTotals.deals, secondTotals.deals);
    EXPECT_EQ(firstTotals.activities, secondTotals.activities);
    EXPECT_EQ(firstTotals.orders, secondTotals.orders);
    EXPECT_EQ(firstTotals.requests, secondTotals.requests);
    for (const char *table : { "customers", "deals", "deal_stage_history", "orders", "order_lines", "payments" })
        EXPECT_EQ(first->rows(table), second->rows(table)) << table;

    for (qint64 id = 1; id <= 10; ++id) {
        SCOPED_TRACE(id);
        const auto a = first->store->customers().get(id);
        const auto b = second->store->customers().get(id);
        ASSERT_TRUE(a);
        ASSERT_TRUE(b);
        EXPECT_EQ(a->kind, b->kind);
        EXPECT_EQ(a->displayName(), b->displayName());
        EXPECT_EQ(a->nationalIdentifier(), b->nationalIdentifier());
        EXPECT_EQ(a->primaryPhone(), b->primaryPhone());
        EXPECT_EQ(a->city(), b->city());
        EXPECT_EQ(a->createdAt, b->createdAt);
        EXPECT_EQ(a->ownerId, b->ownerId);
    }
    for (qint64 id = 1; id <= 5; ++id) {
        const auto a = first->store->deals().get(id);
        const auto b = second->store->deals().get(id);
        ASSERT_TRUE(a && b);
        EXPECT_EQ(a->title, b->title);
        EXPECT_EQ(a->amount, b->amount);
        EXPECT_EQ(a->stageId, b->stageId);
        EXPECT_EQ(first->store->deals().history(id).size(), second->store->deals().history(id).size());
    }
    EXPECT_EQ(first->scalar("SELECT total(amount) FROM deals"), second->scalar("SELECT total(amount) FROM deals"));
    EXPECT_EQ(first->scalar("SELECT total(total) FROM orders"), second->scalar("SELECT total(total) FROM orders"));
}

TEST_F(DemoDataGenerator, another_seed_gives_other_data)
{
    TestStore other;
    peyvand::DemoDataGenerator::Options options;
    options.customers = 20;
    options.asOf = kAsOf;
    options.seed = 7;
    peyvand::DemoDataGenerator(*other, options).run();
    int same = 0;
    for (qint64 id = 1; id <= 20; ++id)
        same += other->customers().get(id)->displayName() == first->store->customers().get(id)->displayName();
    EXPECT_LT(same, 10);
}

TEST_F(DemoDataGenerator, orders_reach_every_status_along_allowed_transitions)
{
    QSet<QString> statuses;
    auto q = first->sqlite().database().prepare("SELECT DISTINCT status FROM orders");
    while (q->step())
        statuses.insert(q->text(0));
    for (const auto &row : EnumInfo<OrderStatus>::rows)
        EXPECT_TRUE(statuses.contains(QString::fromLatin1(row.code))) << row.code;
    // Every order's status is the last one in its history.
    EXPECT_EQ(first->scalar("SELECT count(*) FROM orders o WHERE o.status <> (SELECT h.to_status FROM "
                            "order_status_history h WHERE h.order_id = o.id ORDER BY h.at DESC, h.id DESC LIMIT 1)"),
              0);
    // Paid-or-later orders (not cancelled before payment) carry their payment.
    EXPECT_EQ(first->scalar("SELECT count(*) FROM orders o WHERE o.status IN ('paid','shipped','delivered','returned') "
                            "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id)"),
              0);
}

TEST_F(DemoDataGenerator, deals_pass_through_every_stage_of_both_pipelines)
{
    for (CustomerKind kind : { CustomerKind::Legal, CustomerKind::Individual }) {
        const Pipeline p = *first->store->pipelines().defaultFor(kind);
        for (const Stage &stage : p.stages) {
            SCOPED_TRACE(toCode(kind).toStdString() + " stage " + stage.name.toStdString());
            auto entered = first->sqlite().database().prepare(
                "SELECT count(DISTINCT deal_id) FROM deal_stage_history WHERE stage_id = ?");
            entered->bind(1, stage.id);
            ASSERT_TRUE(entered->step());
            EXPECT_GT(entered->int64(0), 0) << "no deal ever entered this stage";
            // Deals end in the won and lost stages, and somewhere open in each pipeline.
            if (stage.outcome != peyvand::StageOutcome::Open || stage.position == 1) {
                auto now = first->sqlite().database().prepare("SELECT count(*) FROM deals WHERE stage_id = ?");
                now->bind(1, stage.id);
                ASSERT_TRUE(now->step());
                EXPECT_GT(now->int64(0), 0) << "no deal is in this stage now";
            }
        }
    }
}

TEST_F(DemoDataGenerator, histories_run_forward_in_time)
{
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deal_stage_history WHERE left_at < entered_at"), 0);
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deal_stage_history h JOIN deals d ON d.id = h.deal_id "
                            "WHERE h.entered_at < d.created_at"),
              0);
    EXPECT_EQ(first->scalar("SELECT count(*) FROM order_status_history a JOIN order_status_history b "
                            "ON a.order_id = b.order_id AND b.id > a.id WHERE b.at < a.at"),
              0);
    EXPECT_EQ(first->scalar("SELECT count(*) FROM orders o WHERE o.updated_at < o.created_at"), 0);
}

TEST_F(DemoDataGenerator, deals_stay_in_the_pipeline_of_their_customers_kind)
{
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deals d JOIN customers c ON c.id = d.customer_id "
                            "JOIN pipelines p ON p.id = d.pipeline_id WHERE p.kind <> c.kind"),
              0);
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                            "WHERE s.pipeline_id <> d.pipeline_id"),
              0);
    // The status follows the stage, and only lost deals have a reason.
    EXPECT_EQ(
        first->scalar("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE s.outcome <> d.status"),
        0);
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deals WHERE (status = 'lost') <> (lost_reason IS NOT NULL)"), 0);
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deals WHERE (status = 'open') <> (closed_at IS NULL)"), 0);
    // Every deal's current stage is its one open history row.
    EXPECT_EQ(first->scalar("SELECT count(*) FROM deals d WHERE (SELECT count(*) FROM deal_stage_history h "
                            "WHERE h.deal_id = d.id AND h.left_at IS NULL AND h.stage_id = d.stage_id) <> 1"),
              0);
}

TEST_F(DemoDataGenerator, nothing_happens_after_the_as_of_day)
{
    const qint64 end = QDateTime(kAsOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const QByteArray limit = QByteArray::number(end);
    EXPECT_EQ(first->scalar(("SELECT count(*) FROM customers WHERE created_at >= " + limit).constData()), 0);
    EXPECT_EQ(first->scalar(("SELECT count(*) FROM activities WHERE at >= " + limit).constData()), 0);
    EXPECT_EQ(first->scalar(("SELECT count(*) FROM orders WHERE created_at >= " + limit).constData()), 0);
    EXPECT_EQ(first->scalar(("SELECT count(*) FROM deal_stage_history WHERE entered_at >= " + limit).constData()), 0);
}
