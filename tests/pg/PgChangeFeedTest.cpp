// Live updates on a real server (PgChangeNotices, PgChangeListener): two
// PgDataStores on one database, as two desktops; what one commits reaches the
// other's change feed. "Within a second" is issue 9's functional bound on
// delivery, not a benchmark: the waits give up after 1 s and then fail (the
// latency itself is measured by tests/bench/LiveUpdatesBench.cpp). Setting up
// the listener, and its reconnection, have longer limits.
#include "ActivityService.h"
#include "Clock.h"
#include "DealService.h"
#include "PgChangeNotices.h"
#include "PgDataStore.h"
#include "PgRepoFixture.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "SqliteDataStore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QThread>
#include <functional>
#include <memory>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

void ensureApplication()
{
    static int argc = 1;
    static char name[] = "peyvand_pg_tests";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives until the process ends: signals between threads need it
}

// Runs the event loop until `done` or `ms` have passed; whether it is done.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

constexpr int kDelivery = 1000; // issue 9: other desktops show it within a second
constexpr int kSetUp = 15000; // connecting and LISTEN on a busy shared machine

struct Received
{
    QString entity;
    qint64 id = 0;
    qint64 customerId = 0;
};

class PgChangeFeedTest : public PgRepoFixture
{
protected:
    PgChangeFeedTest()
    {
        ensureApplication();
        owner = addUser(QStringLiteral("rep1"), QStringLiteral("manager"));
        company = addLegal(QStringLiteral("شرکت فولاد پارس"), validLegalId(QStringLiteral("1038028479")));
        other = addLegal(QStringLiteral("شرکت نور"), validLegalId(QStringLiteral("1038028480")));
        b2b = pipelineOf(CustomerKind::Legal);
        stages = stagesOf(b2b);
        dealId = scalar(QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, "
                                       "owner_id, status, created_at) VALUES (%1, %2, %3, 'قرارداد', 1000, %4, "
                                       "'open', 1727766930) RETURNING id")
                            .arg(company)
                            .arg(b2b)
                            .arg(stages[0])
                            .arg(owner));
        User user;
        user.id = owner;
        user.username = QStringLiteral("rep1");
        user.role = UserRole::Manager;
        writer = std::make_unique<PgDataStore>(db.url());
        writer->setActor(user);
        watcher = std::make_unique<PgDataStore>(db.url());
        watcher->setActor(user);
        feed = watcher->changeFeed();
        QObject::connect(feed.get(), &ChangeFeed::changed, [this](const QString &entity, qint64 id, qint64 c) {
            received.push_back({ entity, id, c });
        });
        QObject::connect(feed.get(), &ChangeFeed::dataReset, [this] { ++resets; });
        listening = feed->isListening();
        QObject::connect(feed.get(), &ChangeFeed::listening, [this] { listening = true; });
        EXPECT_TRUE(waitFor([this] { return listening; }, kSetUp)) << "the listener never listened";
    }

    ~PgChangeFeedTest() override
    {
        feed.reset(); // before the stores
    }

    void moveDeal(PgDataStore &store, int stage)
    {
        DealService deals(store, clock);
        deals.moveToStage(dealId, stages[stage], owner);
    }

    qint64 logCall(PgDataStore &store, qint64 customerId)
    {
        ActivityService activities(store, clock);
        Activity a;
        a.customerId = customerId;
        a.type = ActivityType::Call;
        a.direction = Direction::Outbound;
        a.at = clock.now();
        a.outcome = QStringLiteral("تماس گرفته شد");
        a.ownerId = owner;
        return activities.log(a);
    }

    bool receivedAbout(const QString &entity, qint64 id) const
    {
        for (const Received &r : received)
            if (r.entity == entity && r.id == id)
                return true;
        return false;
    }

    FixedClock clock { QDateTime(QDate(2024, 11, 23), QTime(6, 30), Qt::UTC) };
    qint64 owner = 0, company = 0, other = 0, b2b = 0, dealId = 0;
    QList<qint64> stages;
    std::unique_ptr<PgDataStore> writer;
    std::unique_ptr<PgDataStore> watcher;
    std::unique_ptr<ChangeFeed> feed;
    std::vector<Received> received;
    int resets = 0;
    bool listening = false;
};

TEST_F(PgChangeFeedTest, a_deal_moved_on_one_store_reaches_the_others_feed_within_a_second)
{
    moveDeal(*writer, 2);
    ASSERT_TRUE(waitFor([this] { return !received.empty(); }, kDelivery));
    EXPECT_EQ(received[0].entity, QStringLiteral("deals"));
    EXPECT_EQ(received[0].id, dealId);
    EXPECT_EQ(received[0].customerId, company);
    EXPECT_EQ(resets, 0);
}

TEST_F(PgChangeFeedTest, a_call_logged_on_one_store_reaches_the_others_feed_within_a_second)
{
    const qint64 activity = logCall(*writer, other);
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("activities"), activity); }, kDelivery));
    const auto it = std::find_if(received.begin(), received.end(),
                                 [](const Received &r) { return r.entity == QLatin1String("activities"); });
    EXPECT_EQ(it->customerId, other);
}

TEST_F(PgChangeFeedTest, every_watched_table_sends_its_entity_and_customer)
{
    const qint64 contact = addContact(company, QStringLiteral("علی"), QStringLiteral("محمدی"));
    PgConnection &c = connection; // a third session: not the watcher's
    c.exec(QStringLiteral("UPDATE customers SET version = version + 1 WHERE id = %1").arg(other));
    const qint64 order = scalar(QStringLiteral("INSERT INTO orders(number, customer_id, status, total, "
                                               "created_at, updated_at) VALUES ('900001', %1, 'registered', 0, 1, 1) "
                                               "RETURNING id")
                                    .arg(company));
    const qint64 request = scalar(QStringLiteral("INSERT INTO service_requests(customer_id, subject, priority, "
                                                 "status, created_at, updated_at) VALUES (%1, 'خرابی', 2, 'open', 1, "
                                                 "1) RETURNING id")
                                      .arg(other));
    c.exec(QStringLiteral("DELETE FROM deals WHERE id = %1").arg(dealId));
    ASSERT_TRUE(waitFor([&] { return received.size() >= 5; }, kDelivery)) << received.size();
    const auto customerOf = [&](const QString &entity, qint64 id) -> qint64 {
        for (const Received &r : received)
            if (r.entity == entity && r.id == id)
                return r.customerId;
        return -1;
    };
    EXPECT_EQ(customerOf(QStringLiteral("contacts"), contact), company);
    EXPECT_EQ(customerOf(QStringLiteral("customers"), other), other);
    EXPECT_EQ(customerOf(QStringLiteral("orders"), order), company);
    EXPECT_EQ(customerOf(QStringLiteral("service_requests"), request), other);
    EXPECT_EQ(customerOf(QStringLiteral("deals"), dealId), company); // deleted: the old row's
}

TEST_F(PgChangeFeedTest, the_stores_own_changes_are_not_reported)
{
    moveDeal(*watcher, 1); // the watcher's own connection: its desktop already knows
    const qint64 marker = logCall(*writer, company); // committed after it, so delivered after it
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("activities"), marker); }, kDelivery));
    EXPECT_FALSE(receivedAbout(QStringLiteral("deals"), dealId));
}

TEST_F(PgChangeFeedTest, a_rolled_back_transaction_sends_nothing)
{
    EXPECT_THROW(writer->transaction([&] {
        moveDeal(*writer, 3);
        throw std::runtime_error("changed my mind");
    }),
                 std::runtime_error);
    const qint64 marker = logCall(*writer, company);
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("activities"), marker); }, kDelivery));
    EXPECT_FALSE(receivedAbout(QStringLiteral("deals"), dealId));
    EXPECT_EQ(received.size(), 1u);
}

TEST_F(PgChangeFeedTest, a_statement_of_many_rows_sends_one_reset_instead)
{
    connection.exec(QStringLiteral("INSERT INTO activities(type, customer_id, direction, at, duration, owner_id, "
                                   "created_at) SELECT 'call', %1, 'out', g, 0, %2, g "
                                   "FROM generate_series(1, %3) AS g")
                        .arg(company)
                        .arg(owner)
                        .arg(PgChangeNotices::kMaxRowNotices + 1));
    ASSERT_TRUE(waitFor([&] { return resets > 0; }, kDelivery));
    const qint64 marker = logCall(*writer, company);
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("activities"), marker); }, kDelivery));
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(received.size(), 1u); // only the marker: no notice per row
}

TEST_F(PgChangeFeedTest, a_quiet_transaction_sends_one_reset_and_no_rows)
{
    writer->transaction([&] {
        PgChangeNotices::quietTransaction(writer->connection());
        moveDeal(*writer, 2);
        logCall(*writer, company);
    });
    ASSERT_TRUE(waitFor([&] { return resets > 0; }, kDelivery));
    const qint64 marker = logCall(*writer, other);
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("activities"), marker); }, kDelivery));
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(received.size(), 1u);
}

TEST_F(PgChangeFeedTest, the_listener_reconnects_after_its_session_is_ended_and_asks_for_a_reset)
{
    // Restarting the fixture's server would break the tests running beside
    // this one, so the server ends the listener's session instead, as a
    // restart would: pg_terminate_backend from another session.
    const qint64 terminated = scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                    "WHERE datname = current_database() AND query LIKE 'LISTEN %'"));
    ASSERT_EQ(terminated, 1);
    // Lost, then listening again (perhaps both before the loop looks): one reset.
    ASSERT_TRUE(waitFor([&] { return resets == 1 && feed->isListening(); }, kSetUp))
        << "no reconnection; resets " << resets;
    moveDeal(*writer, 4);
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("deals"), dealId); }, kDelivery));
}

TEST_F(PgChangeFeedTest, payloads_that_are_not_notices_are_ignored)
{
    EXPECT_FALSE(PgChangeNotices::parse("deals:1:2"));
    EXPECT_FALSE(PgChangeNotices::parse("deals:x:2:3"));
    EXPECT_FALSE(PgChangeNotices::parse(":1:2:3"));
    const auto n = PgChangeNotices::parse("deals:12:7:4312");
    ASSERT_TRUE(n);
    EXPECT_EQ(n->entity, QStringLiteral("deals"));
    EXPECT_EQ(n->id, 12);
    EXPECT_EQ(n->customerId, 7);
    EXPECT_EQ(n->writerPid, 4312);
    connection.exec(QStringLiteral("NOTIFY peyvand_changes, 'garbage'"));
    const qint64 marker = logCall(*writer, company);
    ASSERT_TRUE(waitFor([&] { return receivedAbout(QStringLiteral("activities"), marker); }, kDelivery));
    EXPECT_EQ(received.size(), 1u);
    EXPECT_EQ(resets, 0);
}

TEST_F(PgChangeFeedTest, opening_again_installs_nothing_and_a_sqlite_file_has_no_feed)
{
    QTemporaryDir dir;
    SqliteDataStore file(dir.filePath(QStringLiteral("one-pc.sqlite")));
    EXPECT_EQ(file.changeFeed(), nullptr); // one PC: its views hear of its own changes

    // The triggers are there once; opening the database again changes nothing.
    const qint64 triggers = scalar(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE "
                                                  "'peyvand\\_notice\\_%'"));
    EXPECT_EQ(triggers, 18);
    PgDataStore again(db.url());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'peyvand\\_notice\\_%'")),
              triggers);
}

} // namespace
