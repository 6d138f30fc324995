// PgOrderRepository on a real server: StorageRoundTripTest's order case
// (lines, payments, history, numbers, versions) and the version check of its
// three changes — a stale one is refused with nothing written.
#include "PgOrderRepository.h"

#include "ConcurrentChangeError.h"
#include "PgRepoFixture.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTransaction.h"

#include <QSet>
#include <atomic>
#include <memory>
#include <thread>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDateTime kT0(QDate(2024, 10, 1), QTime(7, 15, 30), Qt::UTC);

class PgOrderRepositoryTest : public PgRepoFixture
{
protected:
    PgOrderRepositoryTest()
        : orders(connection)
    {
        owner = addUser(QStringLiteral("rep1"));
        customer = addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    }

    Order newOrder()
    {
        Order o;
        o.customerId = customer;
        o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 1, 650'000'000 },
                    OrderLine { 0, QStringLiteral("جاروبرقی"), 2, 120'000'000 } };
        o.total = o.linesTotal();
        o.createdAt = kT0;
        o.updatedAt = kT0;
        o.history = { OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, kT0, owner, {} } };
        return o;
    }

    PgOrderRepository orders;
    qint64 owner = 0;
    qint64 customer = 0;
};

} // namespace

TEST_F(PgOrderRepositoryTest, order_with_lines_payments_and_history_round_trips)
{
    const Order o = newOrder();
    const qint64 id = orders.add(o);

    auto got = orders.get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->number, QStringLiteral("100001")); // assigned
    EXPECT_EQ(got->customerId, customer);
    EXPECT_FALSE(got->dealId);
    EXPECT_EQ(got->status, OrderStatus::Registered);
    EXPECT_EQ(got->total, 890'000'000);
    ASSERT_EQ(got->lines.size(), 2);
    EXPECT_EQ(got->lines[1].product, QStringLiteral("جاروبرقی"));
    EXPECT_EQ(got->lines[1].quantity, 2);
    EXPECT_EQ(got->lines[1].unitPrice, 120'000'000);
    EXPECT_EQ(got->linesTotal(), got->total);
    ASSERT_EQ(got->history.size(), 1);
    EXPECT_FALSE(got->history[0].from);
    EXPECT_EQ(got->history[0].to, OrderStatus::Registered);
    EXPECT_EQ(got->history[0].changedBy, owner);
    EXPECT_TRUE(got->trackingCode.isEmpty());
    EXPECT_EQ(orders.idByNumber(QStringLiteral("100001")), id);
    EXPECT_FALSE(orders.idByNumber(QStringLiteral("100002")));

    const QDateTime t1 = kT0.addDays(1), t2 = kT0.addDays(2);
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(orders.recordStatusChange(id,
                                        OrderStatusChange { 0, OrderStatus::Registered, OrderStatus::Confirmed, t1,
                                                            owner, QStringLiteral("تأیید تلفنی") },
                                        1),
              2);
    orders.addPayment(id, Payment { 0, 400'000'000, t2, PaymentMethod::Card, QStringLiteral("TRX1") }, 2);
    orders.addPayment(id, Payment { 0, 490'000'000, t2.addSecs(60), PaymentMethod::Cheque, {} }, 3);
    EXPECT_EQ(orders.recordStatusChange(
                  id, OrderStatusChange { 0, OrderStatus::Confirmed, OrderStatus::Paid, t2, owner, {} }, 4),
              5);
    EXPECT_EQ(orders.setTrackingCode(id, QStringLiteral("123456789012"), 0), 6);

    PgConnection other(db.url());
    PgOrderRepository again(other);
    got = again.get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, OrderStatus::Paid);
    EXPECT_EQ(got->version, 6);
    EXPECT_EQ(got->updatedAt, t2);
    EXPECT_EQ(got->trackingCode, QStringLiteral("123456789012"));
    ASSERT_EQ(got->payments.size(), 2);
    EXPECT_EQ(got->payments[0].method, PaymentMethod::Card);
    EXPECT_EQ(got->payments[0].reference, QStringLiteral("TRX1"));
    EXPECT_EQ(got->payments[1].method, PaymentMethod::Cheque);
    EXPECT_EQ(got->paidTotal(), got->total);
    ASSERT_EQ(got->history.size(), 3);
    EXPECT_EQ(got->history[1].from, OrderStatus::Registered);
    EXPECT_EQ(got->history[1].to, OrderStatus::Confirmed);
    EXPECT_EQ(got->history[1].note, QStringLiteral("تأیید تلفنی"));
    EXPECT_EQ(got->history[2].to, OrderStatus::Paid);

    Order second = o;
    second.number = QStringLiteral("A-77");
    second.createdAt = kT0.addDays(5);
    const qint64 id2 = again.add(second);
    EXPECT_EQ(again.get(id2)->number, QStringLiteral("A-77"));
    const auto list = again.forCustomer(customer, 10);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, id2); // newest first
    EXPECT_TRUE(list[0].lines.isEmpty()); // lists come without children

    EXPECT_EQ(again.countInStatus(OrderStatus::Paid), 1);
    EXPECT_EQ(again.countInStatus(OrderStatus::Registered), 1);
    const QList<Order> paid = again.inStatus(OrderStatus::Paid, 10);
    ASSERT_EQ(paid.size(), 1);
    EXPECT_EQ(paid[0].id, id);
    const QList<OrderStatusEvent> events = again.statusEventsForCustomer(customer, 10);
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events[0].change.to, OrderStatus::Paid); // newest first
    EXPECT_EQ(events[0].number, QStringLiteral("100001"));
    EXPECT_EQ(events[1].change.to, OrderStatus::Confirmed);
    EXPECT_EQ(events[2].orderId, id2); // both registered at kT0: the later row first
    EXPECT_EQ(events[3].orderId, id);
    const QList<Order> both = again.forCustomers({ customer, customer + 100 }, 1);
    ASSERT_EQ(both.size(), 1);
    EXPECT_EQ(both[0].id, id2);
}

TEST_F(PgOrderRepositoryTest, a_stale_version_is_refused_for_status_tracking_and_payment_and_nothing_is_written)
{
    const qint64 id = orders.add(newOrder());
    EXPECT_EQ(orders.setTrackingCode(id, QStringLiteral("111"), 1), 2);

    const OrderStatusChange change { 0, OrderStatus::Registered, OrderStatus::Cancelled, kT0.addDays(1), owner, {} };
    EXPECT_THROW(orders.recordStatusChange(id, change, 1), ConcurrentChangeError);
    EXPECT_THROW(orders.setTrackingCode(id, QStringLiteral("222"), 1), ConcurrentChangeError);
    EXPECT_THROW(orders.addPayment(id, Payment { 0, 5, kT0, PaymentMethod::Cash, {} }, 1), ConcurrentChangeError);

    const Order stored = *orders.get(id);
    EXPECT_EQ(stored.status, OrderStatus::Registered);
    EXPECT_EQ(stored.trackingCode, QStringLiteral("111"));
    EXPECT_TRUE(stored.payments.isEmpty());
    EXPECT_EQ(stored.history.size(), 1);
    EXPECT_EQ(stored.version, 2);

    EXPECT_THROW(orders.addPayment(id + 100, Payment { 0, 5, kT0, PaymentMethod::Cash, {} }, 1), NotFoundError);
}

TEST_F(PgOrderRepositoryTest, numbers_come_from_the_sequence_so_two_sessions_never_share_one)
{
    PgConnection other(db.url());
    PgOrderRepository theirs(other);
    QSet<QString> numbers;
    for (int i = 0; i < 5; ++i) {
        numbers << orders.get(orders.add(newOrder()))->number;
        numbers << theirs.get(theirs.add(newOrder()))->number;
    }
    EXPECT_EQ(numbers.size(), 10);
    EXPECT_TRUE(numbers.contains(QStringLiteral("100010")));
}

TEST_F(PgOrderRepositoryTest, a_payment_racing_a_status_change_of_the_same_version_is_refused)
{
    const qint64 id = orders.add(newOrder());
    PgConnection otherConnection(db.url());
    PgOrderRepository theirs(otherConnection);
    PgConnection watcher(db.url());

    // A changes the status (version 1) and holds the row; B records a payment
    // against version 1 and waits for A's lock; A commits; B is refused.
    auto a = std::make_unique<PgTransaction>(connection);
    EXPECT_EQ(orders.recordStatusChange(
                  id, OrderStatusChange { 0, OrderStatus::Registered, OrderStatus::Cancelled, kT0, owner, {} }, 1),
              2);
    bool refused = false;
    QString otherError;
    std::atomic_bool finished { false };
    std::thread b([&] {
        try {
            PgTransaction::run(otherConnection, [&] {
                theirs.addPayment(id, Payment { 0, 5, kT0, PaymentMethod::Cash, {} }, 1);
            });
        } catch (const ConcurrentChangeError &) {
            refused = true;
        } catch (const std::exception &e) {
            otherError = QString::fromUtf8(e.what());
        }
        finished = true;
    });
    try {
        auto waiting = watcher.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                      "WHERE wait_event_type = 'Lock' AND datname = $1"));
        waiting.bind(1, db.name());
        while (!finished && waiting.exec().int64(0, 0) == 0)
            std::this_thread::yield();
        EXPECT_FALSE(finished) << "B did not wait for A's lock: " << otherError.toStdString();
        a->commit();
    } catch (const std::exception &e) {
        ADD_FAILURE() << e.what();
        a.reset();
    }
    b.join();

    EXPECT_TRUE(refused) << otherError.toStdString();
    const Order stored = *orders.get(id);
    EXPECT_EQ(stored.status, OrderStatus::Cancelled);
    EXPECT_TRUE(stored.payments.isEmpty()); // no payment on a cancelled order behind its back
    EXPECT_EQ(stored.version, 2);
}
