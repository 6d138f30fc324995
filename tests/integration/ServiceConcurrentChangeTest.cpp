// Two users on one database: two DataStore connections (A and B) read the
// same record; A saves; B's save, made on what B read, is refused with
// ConcurrentChangeError and the record stays A's — for every versioned entity
// and every operation by id that changes one. Versions count one per save,
// a record removed meanwhile is NotFoundError, and a version of 0 is not checked.
#include "ActivityService.h"
#include "ConcurrentChangeError.h"
#include "ContactService.h"
#include "CustomerService.h"
#include "DealService.h"
#include "OrderService.h"
#include "ServiceRequestService.h"
#include "TestStore.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace peyvand::testing {

namespace {

// A user's services on their own connection to the shared file.
struct Desk
{
    Desk(DataStore &store, const Clock &clock)
        : store(store)
        , customers(store, clock)
        , contacts(store)
        , deals(store, clock)
        , activities(store, clock)
        , orders(store, clock)
        , requests(store, clock)
    {
    }
    DataStore &store;
    CustomerService customers;
    ContactService contacts;
    DealService deals;
    ActivityService activities;
    OrderService orders;
    ServiceRequestService requests;
};

class ConcurrentChange : public ::testing::Test
{
protected:
    ConcurrentChange()
        : other(s.open())
        , a(*s, s.clock)
        , b(*other, s.clock)
    {
        User admin { 0, QStringLiteral("admin"), QStringLiteral("مدیر"), UserRole::Admin, true };
        admin.id = s->users().add(admin);
        user = admin.id;
        s->setActor(admin);
        other->setActor(admin);
        company = a.customers.create(legalEntity(QStringLiteral("شرکت کیمیا پارس"),
                                                 validLegalId(QStringLiteral("1038028479")),
                                                 QStringLiteral("021-8877 6655"), QStringLiteral("تهران")));
        person = a.customers.create(individual(QStringLiteral("مریم"), QStringLiteral("کریمی"),
                                               validNationalCode(QStringLiteral("008457594")),
                                               QStringLiteral("09121234567"), QStringLiteral("شیراز")));
    }

    qint64 version(const char *table, qint64 id)
    {
        const QByteArray sql = QByteArray("SELECT version FROM ") + table + " WHERE id = " + QByteArray::number(id);
        return s.scalar(sql.constData());
    }

    qint64 newDeal()
    {
        Deal d;
        d.customerId = company;
        d.title = QStringLiteral("تجهیز انبار");
        d.amount = 5'000'000'000;
        d.ownerId = user;
        return a.deals.create(d, user);
    }

    qint64 newOrder()
    {
        Order o;
        o.customerId = person;
        o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 1, 650'000'000 } };
        return a.orders.create(o, user);
    }

    qint64 newActivityWithFollowUp()
    {
        Activity act;
        act.customerId = person;
        act.type = ActivityType::Call;
        act.ownerId = user;
        act.at = s.clock.now().addDays(-1);
        act.followUpAt = s.clock.now().addDays(1);
        return a.activities.log(act);
    }

    qint64 newRequest()
    {
        ServiceRequest r;
        r.customerId = person;
        r.subject = QStringLiteral("خرابی دستگاه");
        return a.requests.open(r);
    }

    TestStore s; // A's connection owns the database
    std::unique_ptr<DataStore> other; // B's connection to the same database
    Desk a, b;
    qint64 user = 0, company = 0, person = 0;
};

// Runs `save` and expects ConcurrentChangeError naming `entity` and `id`.
template<class F> void expectConflict(F &&save, const char *entity, qint64 id)
{
    try {
        save();
        ADD_FAILURE() << "the save went through; expected ConcurrentChangeError";
    } catch (const ConcurrentChangeError &e) {
        EXPECT_EQ(e.entity(), QString::fromLatin1(entity));
        EXPECT_EQ(e.id(), id);
        EXPECT_EQ(e.field(), QStringLiteral("version"));
        EXPECT_EQ(e.code(), QStringLiteral("changed"));
    }
}

} // namespace

TEST_F(ConcurrentChange, a_customer_saved_by_someone_else_is_not_overwritten)
{
    Customer fromA = a.customers.get(person);
    Customer fromB = b.customers.get(person);
    ASSERT_EQ(fromA.version, 1);
    ASSERT_EQ(fromB.version, 1);

    fromA.individual.lastName = QStringLiteral("کریمی‌نژاد");
    EXPECT_EQ(a.customers.update(fromA), 2);

    fromB.individual.firstName = QStringLiteral("مرجان");
    fromB.phones = { PhoneEntry { QStringLiteral("09351112233"), QStringLiteral("موبایل") } };
    const RowCounts before = RowCounts::of(s);
    expectConflict([&] { b.customers.update(fromB); }, "customer", person);

    const Customer stored = b.customers.get(person);
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(stored.individual.firstName, QStringLiteral("مریم"));
    EXPECT_EQ(stored.individual.lastName, QStringLiteral("کریمی‌نژاد"));
    EXPECT_EQ(stored.primaryPhone(), QStringLiteral("09121234567")); // B's phones were not written either
    EXPECT_EQ(RowCounts::of(s), before);
    EXPECT_TRUE(b.customers.findByPhone(QStringLiteral("09351112233")).isEmpty()); // nor its search keys

    // B reloads and saves on top of A's version: one more.
    Customer reloaded = b.customers.get(person);
    reloaded.individual.firstName = QStringLiteral("مرجان");
    EXPECT_EQ(b.customers.update(reloaded), 3);
    EXPECT_EQ(version("customers", person), 3);
    EXPECT_EQ(a.customers.get(person).individual.firstName, QStringLiteral("مرجان"));
}

TEST_F(ConcurrentChange, phones_addresses_and_tags_are_part_of_the_customer_version)
{
    Customer fromA = a.customers.get(company);
    const Customer fromB = b.customers.get(company);
    fromA.tags = QStringList { QStringLiteral("مهم") };
    EXPECT_EQ(a.customers.update(fromA), 2);
    fromA.version = 2;
    fromA.addresses << Address { QStringLiteral("انبار"), {}, QStringLiteral("کرج"), {}, {} };
    EXPECT_EQ(a.customers.update(fromA), 3);
    fromA.version = 3;
    fromA.phones << PhoneEntry { QStringLiteral("02144556677"), QStringLiteral("فکس") };
    EXPECT_EQ(a.customers.update(fromA), 4);

    expectConflict([&] { b.customers.update(fromB); }, "customer", company);
    const Customer stored = a.customers.get(company);
    EXPECT_EQ(stored.tags, QStringList { QStringLiteral("مهم") });
    EXPECT_EQ(stored.addresses.size(), 2);
    EXPECT_EQ(stored.phones.size(), 2);
    EXPECT_EQ(stored.version, 4);
}

TEST_F(ConcurrentChange, the_repository_update_is_conditional_on_the_version)
{
    // The check is the UPDATE's own WHERE, not only the service's read first:
    // a caller that bypasses the service is refused too.
    Customer stale = a.customers.get(person);
    Customer fresh = stale;
    fresh.individual.lastName = QStringLiteral("کریمی‌فر");
    EXPECT_EQ(other->customers().update(fresh), 2);
    stale.individual.lastName = QStringLiteral("دیگری");
    expectConflict([&] { s->customers().update(stale); }, "customer", person);
    EXPECT_EQ(s->customers().get(person)->individual.lastName, QStringLiteral("کریمی‌فر"));
    // Version 0: a record not read from a store is saved unchecked.
    stale.version = 0;
    EXPECT_EQ(s->customers().update(stale), 3);
}

TEST_F(ConcurrentChange, a_contact_saved_by_someone_else_is_not_overwritten)
{
    ContactPerson c;
    c.customerId = company;
    c.firstName = QStringLiteral("رضا");
    c.lastName = QStringLiteral("صادقی");
    const qint64 id = a.contacts.add(c);
    ContactPerson fromA = *s->contacts().get(id);
    ContactPerson fromB = *other->contacts().get(id);
    EXPECT_EQ(fromA.version, 1);
    fromA.jobTitle = QStringLiteral("مدیر خرید");
    EXPECT_EQ(a.contacts.update(fromA), 2);
    fromB.jobTitle = QStringLiteral("کارپرداز");
    expectConflict([&] { b.contacts.update(fromB); }, "contact", id);
    EXPECT_EQ(other->contacts().get(id)->jobTitle, QStringLiteral("مدیر خرید"));
    EXPECT_EQ(version("contacts", id), 2);
}

TEST_F(ConcurrentChange, a_deal_moved_by_someone_else_is_not_moved_again_blindly)
{
    const qint64 id = newDeal();
    const Deal shown = b.deals.get(id); // B's board shows the card
    const Pipeline pipeline = *s->pipelines().get(shown.pipelineId);
    const QList<Stage> &stages = pipeline.stages;
    ASSERT_GE(stages.size(), 4);
    EXPECT_EQ(shown.version, 1);

    EXPECT_EQ(a.deals.moveToStage(id, stages[1].id, user, {}, shown.version), 2);
    const qint64 history = s.rows("deal_stage_history");
    expectConflict([&] { b.deals.moveToStage(id, stages[2].id, user, {}, shown.version); }, "deal", id);
    const Deal stored = a.deals.get(id);
    EXPECT_EQ(stored.stageId, stages[1].id);
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(s.rows("deal_stage_history"), history);

    // Winning and losing are moves too; without an expected version nothing is checked.
    const auto won = pipeline.firstWithOutcome(StageOutcome::Won);
    ASSERT_TRUE(won);
    expectConflict([&] { b.deals.moveToStage(id, won->id, user, {}, 1); }, "deal", id);
    EXPECT_EQ(b.deals.moveToStage(id, won->id, user), 3);
    EXPECT_EQ(a.deals.get(id).status, DealStatus::Won);
    // A move to where the deal already is changes nothing, not even the version.
    EXPECT_EQ(a.deals.moveToStage(id, won->id, user, {}, 3), 3);

    // The deal record itself (title, contacts) through the repository.
    Deal stale = shown;
    stale.title = QStringLiteral("عنوان قدیمی");
    expectConflict([&] { other->deals().update(stale); }, "deal", id);
    EXPECT_EQ(a.deals.get(id).title, QStringLiteral("تجهیز انبار"));
}

TEST_F(ConcurrentChange, a_follow_up_changed_by_someone_else_is_not_changed_again)
{
    const qint64 id = newActivityWithFollowUp();
    const Activity shown = *other->activities().get(id);
    EXPECT_EQ(shown.version, 1);
    const QDateTime later = s.clock.now().addDays(3);
    EXPECT_EQ(a.activities.rescheduleFollowUp(id, later, shown.version), 2);

    expectConflict([&] { b.activities.completeFollowUp(id, shown.version); }, "activity", id);
    expectConflict([&] { b.activities.rescheduleFollowUp(id, later.addDays(1), shown.version); }, "activity", id);
    const Activity stored = *s->activities().get(id);
    EXPECT_FALSE(stored.followUpDone);
    EXPECT_EQ(stored.followUpAt, later);
    EXPECT_EQ(stored.version, 2);

    EXPECT_EQ(b.activities.completeFollowUp(id, 2), 3);
    EXPECT_TRUE(s->activities().get(id)->followUpDone);
}

TEST_F(ConcurrentChange, an_order_changed_by_someone_else_refuses_status_tracking_and_payment)
{
    const qint64 id = newOrder();
    const Order shown = b.orders.get(id);
    EXPECT_EQ(shown.version, 1);
    EXPECT_EQ(a.orders.changeStatus(id, OrderStatus::Confirmed, user, {}, shown.version), 2);

    const RowCounts before = RowCounts::of(s);
    expectConflict([&] { b.orders.changeStatus(id, OrderStatus::Cancelled, user, {}, shown.version); }, "order", id);
    expectConflict([&] { b.orders.setTrackingCode(id, QStringLiteral("555"), shown.version); }, "order", id);
    expectConflict(
        [&] {
            b.orders.addPayment(id, Payment { 0, 650'000'000, {}, PaymentMethod::Card, QStringLiteral("TRX") },
                                shown.version);
        },
        "order", id);
    EXPECT_EQ(RowCounts::of(s), before);
    Order stored = a.orders.get(id);
    EXPECT_EQ(stored.status, OrderStatus::Confirmed);
    EXPECT_TRUE(stored.trackingCode.isEmpty());
    EXPECT_EQ(stored.version, 2);

    // On the version shown now each change goes through and counts one.
    b.orders.addPayment(id, Payment { 0, 650'000'000, {}, PaymentMethod::Card, QStringLiteral("TRX") }, 2);
    EXPECT_EQ(b.orders.setTrackingCode(id, QStringLiteral("555"), 3), 4);
    EXPECT_EQ(b.orders.changeStatus(id, OrderStatus::Paid, user, {}, 4), 5);
    stored = a.orders.get(id);
    EXPECT_EQ(stored.version, 5);
    EXPECT_EQ(stored.payments.size(), 1);
    EXPECT_EQ(stored.status, OrderStatus::Paid);
}

TEST_F(ConcurrentChange, a_request_changed_by_someone_else_refuses_status_note_and_assignee)
{
    const qint64 id = newRequest();
    const ServiceRequest shown = b.requests.get(id);
    EXPECT_EQ(shown.version, 1);
    EXPECT_EQ(a.requests.setStatus(id, RequestStatus::InProgress, user, {}, shown.version), 2);

    const qint64 notes = s.rows("request_notes");
    expectConflict([&] { b.requests.setStatus(id, RequestStatus::Resolved, user, {}, shown.version); }, "request", id);
    expectConflict([&] { b.requests.addNote(id, user, QStringLiteral("تماس گرفتم"), shown.version); }, "request", id);
    expectConflict([&] { b.requests.assign(id, user, shown.version); }, "request", id);
    EXPECT_EQ(s.rows("request_notes"), notes);
    ServiceRequest stored = a.requests.get(id);
    EXPECT_EQ(stored.status, RequestStatus::InProgress);
    EXPECT_EQ(stored.assigneeId, 0);
    EXPECT_EQ(stored.version, 2);

    EXPECT_EQ(b.requests.addNote(id, user, QStringLiteral("تماس گرفتم"), 2), 3);
    EXPECT_EQ(b.requests.assign(id, user, 3), 4);
    EXPECT_EQ(b.requests.setStatus(id, RequestStatus::Resolved, user, {}, 4), 5);
    stored = a.requests.get(id);
    EXPECT_EQ(stored.version, 5);
    EXPECT_EQ(stored.status, RequestStatus::Resolved);
}

TEST_F(ConcurrentChange, a_record_removed_meanwhile_is_not_found)
{
    const Customer fromB = b.customers.get(person);
    const QByteArray remove = "DELETE FROM customers WHERE id = " + QByteArray::number(person);
    s.exec(remove.constData());
    EXPECT_THROW(b.customers.update(fromB), NotFoundError);
    EXPECT_THROW(other->customers().update(fromB), NotFoundError);
    EXPECT_THROW(b.orders.changeStatus(999, OrderStatus::Confirmed, user, {}, 1), NotFoundError);
    EXPECT_THROW(other->orders().setTrackingCode(999, QStringLiteral("1"), 1), NotFoundError);
    EXPECT_THROW(other->activities().setFollowUpDone(999, true, 0), NotFoundError);
    EXPECT_FALSE(s->customers().exists(person));
}

TEST_F(ConcurrentChange, an_operation_without_an_expected_version_is_not_checked)
{
    const qint64 orderId = newOrder();
    a.orders.setTrackingCode(orderId, QStringLiteral("111"));
    // B never read the order: version 0 means "whatever it is now".
    EXPECT_EQ(b.orders.changeStatus(orderId, OrderStatus::Confirmed, user), 3);
    const qint64 requestId = newRequest();
    EXPECT_EQ(b.requests.addNote(requestId, user, QStringLiteral("یادداشت")), 2);
}

TEST_F(ConcurrentChange, every_connection_waits_ten_seconds_for_a_busy_database)
{
    PEYVAND_SQLITE_ONLY("SQLite's busy_timeout; a PostgreSQL server queues writers on row locks itself");
    EXPECT_EQ(s.scalar("PRAGMA busy_timeout"), 10000);
    SqliteDataStore readOnly(s.path, SqliteDatabase::OpenMode::ReadOnly); // the desktop app's worker threads
    auto q = readOnly.database().prepare("PRAGMA busy_timeout");
    ASSERT_TRUE(q->step());
    EXPECT_EQ(q->int64(0), 10000);
}

TEST_F(ConcurrentChange, a_writer_waits_for_another_and_then_saves)
{
    // B holds the write lock (BEGIN IMMEDIATE) briefly; A's save waits instead of failing.
    PEYVAND_SQLITE_ONLY("SQLite's file write lock (BEGIN IMMEDIATE); tests/pg/PgConcurrentSaveTest covers the server");
    Customer fromA = a.customers.get(person);
    fromA.individual.lastName = QStringLiteral("منتظر");
    SqliteDatabase &otherDb = dynamic_cast<SqliteDataStore &>(*other).database();
    otherDb.begin();
    std::atomic<bool> released = false;
    std::thread holder([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        released = true;
        otherDb.commit();
    });
    EXPECT_EQ(a.customers.update(fromA), 2);
    EXPECT_TRUE(released); // A could only save after B let go
    holder.join();
}

} // namespace peyvand::testing
