// Peyvand's roles enforced by the PostgreSQL server (PgAccessSetup): every
// user connects as their own login role, and what AccessPolicy refuses the
// server refuses too — a rep changes only what they own, support reads no
// deal amounts, the audit trail is append-only, only administrators manage
// users, a disabled user can do nothing. A refused write changes nothing.
#include "ConcurrentChangeError.h"
#include "PgAccessSetup.h"
#include "PgCustomerRepository.h"
#include "PgDealRepository.h"
#include "PgMigrations.h"
#include "PgOrderRepository.h"
#include "PgServerRolesFixture.h"
#include "PgUserRepository.h"
#include "ValidationError.h"

#include <gtest/gtest.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QByteArray kDenied = QByteArrayLiteral("42501");

QDateTime at(qint64 seconds)
{
    return QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).addSecs(seconds);
}

class PgServerRolesTest : public PgServerRolesFixture
{
protected:
    // Rows the statement changed on `c`.
    static qint64 changed(PgConnection &c, const QString &sql) { return c.prepare(sql).run(); }
    static QByteArray stateOf(PgConnection &c, const QString &sql)
    {
        return sqlStateOf([&] { c.prepare(sql).exec(); });
    }
    QString text(const QString &sql) { return connection.prepare(sql).exec().text(0, 0); }
};

TEST_F(PgServerRolesTest, login_names_agree_between_the_program_and_the_server)
{
    const QStringList names { QStringLiteral("Ali.Rezaei"), QStringLiteral("x"),
                              QStringLiteral("a_very_long_username_of_32_chars"),
                              QStringLiteral("محمد‌حسین_رضایی‌نژاد_کرمانی"),
                              QStringLiteral("ABC-def_9") };
    for (const QString &name : names) {
        auto q = connection.prepare(QStringLiteral("SELECT peyvand_login_name($1)"));
        EXPECT_EQ(q.bind(1, name).exec().text(0, 0), loginOf(name)) << name.toStdString();
        EXPECT_LE(loginOf(name).toUtf8().size(), PgAccessNames::kMaxNameBytes) << name.toStdString();
    }
    EXPECT_EQ(loginOf(QStringLiteral("Ali")), loginOf(QStringLiteral("ali")));
    EXPECT_EQ(PgAccessNames::loginRole(QStringLiteral("peyvand"), QStringLiteral("Ali")),
              QStringLiteral("peyvand_u_ali"));
    EXPECT_EQ(PgAccessNames::group(QStringLiteral("peyvand"), UserRole::SalesRep), QStringLiteral("peyvand_rep"));
    // A long database name is shortened with a hash, so every name fits.
    const QString longDb(60, QLatin1Char('d'));
    EXPECT_LE(PgAccessNames::prefix(longDb).toUtf8().size(), PgAccessNames::kMaxPrefixBytes);
    EXPECT_NE(PgAccessNames::prefix(longDb), PgAccessNames::prefix(longDb + QLatin1Char('e')));
}

TEST_F(PgServerRolesTest, each_user_is_their_own_login_and_the_server_knows_who)
{
    for (const auto &[name, id] : { std::pair { "rep1", rep }, std::pair { "manager1", manager },
                                    std::pair { "support1", support }, std::pair { "admin1", admin } }) {
        const auto c = as(QString::fromLatin1(name));
        const PgResult r = c->prepare(QStringLiteral("SELECT current_user::text, peyvand_current_user_id()")).exec();
        EXPECT_EQ(r.text(0, 0), loginOf(QString::fromLatin1(name)));
        EXPECT_EQ(r.int64(0, 1), id) << name;
    }
    // A wrong password is the server's refusal.
    try {
        PgConnection wrong(db.url().withCredentials(loginOf(QStringLiteral("rep1")), QStringLiteral("not-it")));
        FAIL() << "connected with a wrong password";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.code(), QStringLiteral("auth_failed"));
    }
}

TEST_F(PgServerRolesTest, a_rep_changes_their_own_customers_and_not_a_colleagues)
{
    const auto c = as(QStringLiteral("rep1"));
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE customers SET city = 'تبریز' WHERE id = %1").arg(own)), 1);
    // Row-level security hides the colleague's row from the UPDATE: nothing changes.
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE customers SET city = 'تبریز' WHERE id = %1").arg(theirs)), 0);
    EXPECT_EQ(text(QStringLiteral("SELECT city FROM customers WHERE id = %1").arg(theirs)), QString());
    // Giving one's customer away, or creating one for the colleague, is refused.
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE customers SET owner_id = %1 WHERE id = %2").arg(colleague).arg(own)),
              kDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT owner_id FROM customers WHERE id = %1").arg(own)), rep);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO customers(kind, owner_id, lifecycle, source, name, sort_name, "
                                     "created_at, updated_at) VALUES ('legal', %1, 'lead', 'other', 'x', 'x', 0, 0)")
                          .arg(colleague)),
              kDenied);
    EXPECT_EQ(changed(*c,
                      QStringLiteral("INSERT INTO customers(kind, owner_id, lifecycle, source, name, sort_name, "
                                     "created_at, updated_at) VALUES ('legal', %1, 'lead', 'other', 'x', 'x', 0, 0)")
                          .arg(rep)),
              1);
    // Phones, contacts: through the customer's owner.
    EXPECT_EQ(changed(*c,
                      QStringLiteral("INSERT INTO customer_phones(customer_id, position, number) "
                                     "VALUES (%1, 9, '02188776655')")
                          .arg(own)),
              1);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO customer_phones(customer_id, position, number) "
                                     "VALUES (%1, 9, '02188776655')")
                          .arg(theirs)),
              kDenied);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO contacts(customer_id, role, attitude) "
                                     "VALUES (%1, 'decider', 'neutral')")
                          .arg(theirs)),
              kDenied);
    EXPECT_EQ(changed(*c, QStringLiteral("DELETE FROM customers WHERE id = %1").arg(theirs)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(theirs)), 1);
    // Reading is everyone's.
    EXPECT_EQ(c->prepare(QStringLiteral("SELECT count(*) FROM customers")).exec().int64(0, 0), 3);
}

TEST_F(PgServerRolesTest, the_repository_reports_a_refused_update_as_permission_denied_and_writes_nothing)
{
    const auto c = as(QStringLiteral("rep1"));
    PgCustomerRepository customers(*c);
    Customer mine = *customers.get(own);
    mine.lifecycle = Lifecycle::Customer;
    EXPECT_GT(customers.update(mine), 1);

    Customer other = *customers.get(theirs);
    other.lifecycle = Lifecycle::Customer;
    other.phones << PhoneEntry { QStringLiteral("09121111111"), {} };
    try {
        c->exec(QStringLiteral("BEGIN"));
        customers.update(other);
        FAIL() << "a colleague's customer was saved";
    } catch (const PgError &e) {
        EXPECT_TRUE(e.isPermissionDenied()) << e.what();
    }
    c->exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(text(QStringLiteral("SELECT lifecycle FROM customers WHERE id = %1").arg(theirs)),
              QStringLiteral("lead"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM customer_phones WHERE customer_id = %1").arg(theirs)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM customers WHERE id = %1").arg(theirs)), 1);

    // A stale version of one's own is still a concurrent change, not a refusal.
    mine.version = 1;
    EXPECT_THROW(customers.update(mine), ConcurrentChangeError);

    // Deals: the same through PgDealRepository.
    PgDealRepository deals(*c);
    Deal theirDealRow = *deals.get(theirDeal);
    theirDealRow.stageId = stage1;
    EXPECT_EQ(sqlStateOf([&] { deals.update(theirDealRow); }), kDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT stage_id FROM deals WHERE id = %1").arg(theirDeal)), stage0);
    Deal ownDealRow = *deals.get(ownDeal);
    ownDealRow.stageId = stage1;
    EXPECT_EQ(deals.update(ownDealRow), 2);
}

TEST_F(PgServerRolesTest, a_rep_moves_their_own_deals_and_not_a_colleagues)
{
    const auto c = as(QStringLiteral("rep1"));
    PgDealRepository deals(*c);
    deals.recordStageChange(ownDeal, stage1, at(100), rep);
    // The reached stage is kept by its SECURITY DEFINER trigger.
    EXPECT_EQ(scalar(QStringLiteral("SELECT reached_position FROM deals WHERE id = %1").arg(ownDeal)), 2);

    EXPECT_EQ(sqlStateOf([&] { deals.recordStageChange(theirDeal, stage1, at(100), rep); }), kDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM deal_stage_history WHERE deal_id = %1").arg(theirDeal)), 1);
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE deals SET amount = 1 WHERE id = %1").arg(theirDeal)), 0);
    EXPECT_EQ(changed(*c, QStringLiteral("DELETE FROM deals WHERE id = %1").arg(theirDeal)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM deals WHERE id = %1").arg(theirDeal)), 7'000'000);
    // A deal of one's own on a colleague's customer is allowed (the deal's owner counts).
    EXPECT_EQ(changed(*c,
                      QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, "
                                     "owner_id, status, created_at) VALUES (%1, %2, %3, 'x', 1, %4, 'open', 0)")
                          .arg(theirs)
                          .arg(b2b)
                          .arg(stage0)
                          .arg(rep)),
              1);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO deals(customer_id, pipeline_id, stage_id, title, amount, "
                                     "owner_id, status, created_at) VALUES (%1, %2, %3, 'x', 1, %4, 'open', 0)")
                          .arg(own)
                          .arg(b2b)
                          .arg(stage0)
                          .arg(colleague)),
              kDenied);
    // Pipelines are managers' (edit_pipelines).
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE stages SET name = 'x'")), kDenied);
}

TEST_F(PgServerRolesTest, a_rep_logs_activities_on_any_customer_as_themselves_and_changes_only_their_own)
{
    const auto c = as(QStringLiteral("rep1"));
    const qint64 summaries = scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM activity_daily"));
    EXPECT_EQ(changed(*c,
                      QStringLiteral("INSERT INTO activities(customer_id, type, at, owner_id, created_at) "
                                     "VALUES (%1, 'call', 90000, %2, 0)")
                          .arg(theirs)
                          .arg(rep)),
              1);
    // The summary is written by the trigger, not by the rep (who may not write it).
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(sum(n), 0) FROM activity_daily")), summaries + 1);
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE activity_daily SET n = 0")), kDenied);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO activities(customer_id, type, at, owner_id, created_at) "
                                     "VALUES (%1, 'call', 90000, %2, 0)")
                          .arg(own)
                          .arg(colleague)),
              kDenied);
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE activities SET follow_up_done = true WHERE id = %1").arg(ownActivity)),
              1);
    EXPECT_EQ(
        changed(*c, QStringLiteral("UPDATE activities SET follow_up_done = true WHERE id = %1").arg(theirActivity)), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT follow_up_done::int FROM activities WHERE id = %1").arg(theirActivity)), 0);
}

TEST_F(PgServerRolesTest, a_rep_writes_orders_and_payments_of_their_own_and_no_status)
{
    const auto c = as(QStringLiteral("rep1"));
    PgOrderRepository orders(*c);
    Order o;
    o.customerId = own;
    o.total = 300;
    o.lines << OrderLine { 0, QStringLiteral("پیچ"), 3, 100 };
    o.history << OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, at(50), rep, {} };
    o.createdAt = o.updatedAt = at(50);
    const qint64 id = orders.add(o);
    EXPECT_EQ(orders.get(id)->lines.size(), 1);

    Order theirsOrder = o;
    theirsOrder.customerId = theirs;
    EXPECT_EQ(sqlStateOf([&] {
                  c->exec(QStringLiteral("BEGIN"));
                  orders.add(theirsOrder);
              }),
              kDenied);
    c->exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = %1").arg(theirs)), 1);

    const Payment pay { 0, 100, at(60), PaymentMethod::Cash, {} };
    orders.addPayment(ownOrder, pay, 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = %1").arg(ownOrder)), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM orders WHERE id = %1").arg(ownOrder)), 2);
    EXPECT_EQ(sqlStateOf([&] { orders.addPayment(theirOrder, pay, 0); }), kDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments WHERE order_id = %1").arg(theirOrder)), 0);
    // change_order_status is not a rep's, not even on their own order.
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE orders SET status = 'confirmed' WHERE id = %1").arg(ownOrder)),
              kDenied);
    // An order of a deal belongs to the deal's owner: the colleague's deal on the rep's customer is not the rep's.
    const qint64 colleaguesDeal = addDeal(own, colleague, 10);
    const qint64 dealOrder = addOrder(own, colleaguesDeal, 10);
    EXPECT_EQ(sqlStateOf([&] { orders.addPayment(dealOrder, pay, 0); }), kDenied);
}

TEST_F(PgServerRolesTest, support_reads_no_deal_amounts_changes_order_status_and_handles_requests)
{
    const auto c = as(QStringLiteral("support1"));
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT amount FROM deals")), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT * FROM deals")), kDenied);
    EXPECT_EQ(c->prepare(QStringLiteral("SELECT count(title) FROM deals")).exec().int64(0, 0), 2);

    // Through the repository: every deal, no amount, no error.
    PgDealRepository deals(*c);
    EXPECT_FALSE(deals.amountsReadable());
    const auto d = deals.get(theirDeal);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->amount, 0);
    EXPECT_EQ(d->title, QStringLiteral("قرارداد"));
    EXPECT_EQ(deals.forCustomer(own, false).size(), 1);
    const QList<DealCard> cards = deals.openCards(stage0, 0, 10);
    ASSERT_EQ(cards.size(), 2);
    for (const DealCard &card : cards)
        EXPECT_EQ(card.amount, 0);
    const QList<StageTotals> totals = deals.openTotals(b2b, 0);
    ASSERT_EQ(totals.size(), 1);
    EXPECT_EQ(totals[0].count, 2);
    EXPECT_EQ(totals[0].amount, 0);
    EXPECT_TRUE(PgDealRepository(*as(QStringLiteral("rep1"))).amountsReadable());

    // change_order_status on every order; nothing else of an order.
    PgOrderRepository orders(*c);
    const OrderStatusChange change { 0, OrderStatus::Registered, OrderStatus::Confirmed, at(70), support, {} };
    EXPECT_EQ(orders.recordStatusChange(theirOrder, change, 0), 2);
    EXPECT_EQ(orders.setTrackingCode(ownOrder, QStringLiteral("TRK-1"), 0), 2);
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE orders SET total = 1 WHERE id = %1").arg(ownOrder)), kDenied);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO payments(order_id, amount, paid_at, method) "
                                     "VALUES (%1, 1, 0, 'cash')")
                          .arg(ownOrder)),
              kDenied);
    // handle_requests.
    EXPECT_EQ(changed(*c,
                      QStringLiteral("INSERT INTO service_requests(customer_id, subject, created_at, updated_at) "
                                     "VALUES (%1, 'خرابی', 0, 0)")
                          .arg(own)),
              1);
    // No customer, deal or activity writes.
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE customers SET city = 'x'")), kDenied);
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO activities(customer_id, type, at, owner_id, created_at) "
                                     "VALUES (%1, 'call', 0, %2, 0)")
                          .arg(own)
                          .arg(support)),
              kDenied);
    // The audit trail: appended as oneself, never read.
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT count(*) FROM audit_log")), kDenied);
    const QByteArray appended = sqlStateOf([&] {
        c->prepare(QStringLiteral("INSERT INTO audit_log(at, user_id, action, entity) VALUES (0, %1, 'x', 'order')")
                       .arg(support))
            .run();
    });
    EXPECT_TRUE(appended.isEmpty()) << appended.constData();
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO audit_log(at, user_id, action, entity) "
                                     "VALUES (0, %1, 'x', 'order')")
                          .arg(manager)),
              kDenied);
}

TEST_F(PgServerRolesTest, reps_cannot_change_service_requests_and_a_rep_cannot_read_the_audit_trail)
{
    const auto c = as(QStringLiteral("rep1"));
    EXPECT_EQ(stateOf(*c,
                      QStringLiteral("INSERT INTO service_requests(customer_id, subject, created_at, updated_at) "
                                     "VALUES (%1, 'x', 0, 0)")
                          .arg(own)),
              kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT * FROM audit_log")), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE users SET role = 'admin' WHERE id = %1").arg(rep)), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT password_hash FROM users")), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT peyvand_sync_login(%1)").arg(colleague)), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE meta SET value = 'x'")), kDenied);
}

TEST_F(PgServerRolesTest, managers_change_everyones_records_read_the_audit_trail_and_manage_no_users)
{
    const auto c = as(QStringLiteral("manager1"));
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE customers SET owner_id = %1 WHERE id = %2").arg(rep).arg(theirs)), 1);
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE deals SET owner_id = %1 WHERE id = %2").arg(rep).arg(theirDeal)), 1);
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE orders SET status = 'confirmed' WHERE id = %1").arg(theirOrder)), 1);
    EXPECT_EQ(changed(*c, QStringLiteral("UPDATE stages SET name = name")), 12);
    EXPECT_EQ(c->prepare(QStringLiteral("SELECT sum(amount) FROM deals")).exec().int64(0, 0), 12'000'000);
    c->prepare(QStringLiteral("SELECT count(*) FROM audit_log")).exec();
    EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE users SET role = 'admin' WHERE id = %1").arg(manager)), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("INSERT INTO users(username, role, created_at) VALUES ('x', 'admin', 0)")),
              kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT peyvand_sync_login(%1)").arg(manager)), kDenied);
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT password_hash FROM users")), kDenied);
}

TEST_F(PgServerRolesTest, nobody_changes_the_audit_trail_not_even_the_owner)
{
    connection.prepare(QStringLiteral("INSERT INTO audit_log(at, action, entity) VALUES (0, 'seed', 'database')"))
        .run();
    for (const char *name : { "rep1", "manager1", "support1", "admin1" }) {
        const auto c = as(QString::fromLatin1(name));
        EXPECT_EQ(stateOf(*c, QStringLiteral("UPDATE audit_log SET action = 'x'")), kDenied) << name;
        EXPECT_EQ(stateOf(*c, QStringLiteral("DELETE FROM audit_log")), kDenied) << name;
        EXPECT_EQ(stateOf(*c, QStringLiteral("TRUNCATE audit_log")), kDenied) << name;
    }
    // The schema's owner (here a superuser) meets the append-only trigger.
    EXPECT_EQ(stateOf(connection, QStringLiteral("UPDATE audit_log SET action = 'x'")), kDenied);
    EXPECT_EQ(stateOf(connection, QStringLiteral("DELETE FROM audit_log")), kDenied);
    EXPECT_EQ(stateOf(connection, QStringLiteral("TRUNCATE audit_log")), kDenied);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'seed'")), 1);
}

TEST_F(PgServerRolesTest, an_administrator_provisions_users_and_the_new_user_signs_in)
{
    const auto c = as(QStringLiteral("admin1"));
    PgUserRepository users(*c);
    PgServerAccounts adminAccounts(*c);
    User added;
    added.username = QStringLiteral("Rep3");
    added.role = UserRole::SalesRep;
    added.active = true;
    added.id = users.add(added);
    adminAccounts.createLogin(added, QStringLiteral("first-password"));
    {
        PgConnection rep3(db.url().withCredentials(loginOf(QStringLiteral("rep3")), QStringLiteral("first-password")));
        EXPECT_EQ(rep3.prepare(QStringLiteral("SELECT peyvand_current_user_id()")).exec().int64(0, 0), added.id);
        // Their own password, as themselves.
        PgServerAccounts(rep3).setPassword(added, QStringLiteral("second-password"));
        // Not a colleague's.
        EXPECT_EQ(sqlStateOf([&] { PgServerAccounts(rep3).setPassword(userRow(rep), QStringLiteral("hijacked!")); }),
                  kDenied);
    }
    PgConnection again(db.url().withCredentials(loginOf(QStringLiteral("rep3")), QStringLiteral("second-password")));
    EXPECT_THROW(PgConnection(db.url().withCredentials(loginOf(QStringLiteral("rep1")), QStringLiteral("hijacked!"))),
                 ValidationError);

    // A role change moves the login to the other group, at once.
    auto q = c->prepare(QStringLiteral("UPDATE users SET role = 'manager' WHERE id = $1"));
    q.bind(1, added.id).run();
    adminAccounts.setRole(userRow(added.id), UserRole::Manager);
    EXPECT_EQ(changed(again, QStringLiteral("UPDATE customers SET city = 'x' WHERE id = %1").arg(theirs)), 1);

    // A user without a login role (seeded, copied) gets one when an administrator sets the password.
    const qint64 seeded = addUser(QStringLiteral("seeded"), QStringLiteral("support"));
    adminAccounts.setPassword(userRow(seeded), QStringLiteral("seeded-password"));
    PgConnection seededSession(
        db.url().withCredentials(loginOf(QStringLiteral("seeded")), QStringLiteral("seeded-password")));
    EXPECT_EQ(stateOf(seededSession, QStringLiteral("SELECT amount FROM deals")), kDenied); // in support's group
    EXPECT_EQ(seededSession.prepare(QStringLiteral("SELECT count(title) FROM deals")).exec().int64(0, 0), 2);

    // A plain password is refused: only a verifier reaches the server.
    EXPECT_EQ(stateOf(*c, QStringLiteral("SELECT peyvand_set_login_password(%1, 'plain-password')").arg(rep)),
              QByteArrayLiteral("22023"));
    // The stored password is SCRAM, never the text.
    EXPECT_TRUE(text(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'")
                         .arg(loginOf(QStringLiteral("rep3"))))
                    .startsWith(QStringLiteral("SCRAM-SHA-256$")));
}

TEST_F(PgServerRolesTest, a_disabled_user_cannot_sign_in_and_an_open_session_can_do_nothing)
{
    const auto open = as(QStringLiteral("rep2"));
    EXPECT_EQ(open->prepare(QStringLiteral("SELECT count(*) FROM customers")).exec().int64(0, 0), 2);

    const auto c = as(QStringLiteral("admin1"));
    c->prepare(QStringLiteral("UPDATE users SET active = false WHERE id = %1").arg(colleague)).run();
    PgServerAccounts(*c).setActive(userRow(colleague), false);

    EXPECT_THROW(as(QStringLiteral("rep2")), ValidationError);
    EXPECT_EQ(stateOf(*open, QStringLiteral("SELECT count(*) FROM customers")), kDenied);
    EXPECT_EQ(stateOf(*open, QStringLiteral("UPDATE customers SET city = 'x' WHERE id = %1").arg(theirs)), kDenied);

    c->prepare(QStringLiteral("UPDATE users SET active = true WHERE id = %1").arg(colleague)).run();
    PgServerAccounts(*c).setActive(userRow(colleague), true);
    EXPECT_EQ(changed(*as(QStringLiteral("rep2")),
                      QStringLiteral("UPDATE customers SET city = 'x' WHERE id = %1").arg(theirs)),
              1);
}

TEST_F(PgServerRolesTest, a_server_role_of_that_name_that_is_not_peyvands_is_not_taken_over)
{
    const QString name = loginOf(QStringLiteral("intruder"));
    connection.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB").arg(PgAccessNames::quoted(name)));
    const qint64 id = addUser(QStringLiteral("intruder"), QStringLiteral("sales_rep"));
    EXPECT_EQ(sqlStateOf([&] { accounts.createLogin(userRow(id), QStringLiteral("whatever-1")); }),
              QByteArrayLiteral("42710"));
    connection.exec(QStringLiteral("DROP ROLE %1").arg(PgAccessNames::quoted(name)));
}

TEST_F(PgServerRolesTest, credentials_give_a_user_their_own_hash_and_nobody_elses)
{
    connection.exec(QStringLiteral("UPDATE users SET password_hash = '$argon2id$' || username"));
    const auto c = as(QStringLiteral("rep1"));
    PgUserRepository repUsers(*c);
    EXPECT_EQ(repUsers.credentials(rep).passwordHash, QStringLiteral("$argon2id$rep1"));
    EXPECT_EQ(repUsers.credentials(admin).passwordHash, QStringLiteral("*"));
    repUsers.recordFailedSignIn(rep, at(5));
    EXPECT_EQ(repUsers.credentials(rep).failedSignIns, 1);
    repUsers.setPasswordHash(rep, QStringLiteral("$argon2id$new"));
    EXPECT_EQ(sqlStateOf([&] { repUsers.setPasswordHash(admin, QStringLiteral("$argon2id$mine")); }), QByteArray());
    EXPECT_EQ(text(QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(admin)),
              QStringLiteral("$argon2id$admin1")); // the policy hid the row: nothing changed
    const auto a = as(QStringLiteral("admin1"));
    EXPECT_EQ(PgUserRepository(*a).credentials(rep).passwordHash, QStringLiteral("$argon2id$new"));
}

TEST_F(PgServerRolesTest, the_access_setup_runs_once_and_can_run_again)
{
    EXPECT_EQ(PgAccessSetup::currentVersion(connection), PgAccessSetup::latestVersion());
    const qint64 policies = scalar(QStringLiteral("SELECT count(*) FROM pg_policies"));
    // An ordinary user's connection migrates nothing and writes nothing.
    const auto c = as(QStringLiteral("rep1"));
    PgMigrations::migrate(*c);
    // A setup run again (an older program's setup) leaves the same rules.
    connection.exec(QStringLiteral("DROP FUNCTION peyvand_access_version()"));
    PgMigrations::migrate(connection);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM pg_policies")), policies);
    EXPECT_EQ(changed(*as(QStringLiteral("rep1")),
                      QStringLiteral("UPDATE customers SET city = 'x' WHERE id = %1").arg(theirs)),
              0);
    // Without the owner's rights the setup is refused, with nothing changed.
    connection.exec(QStringLiteral("DROP FUNCTION peyvand_access_version()"));
    EXPECT_EQ(sqlStateOf([&] { PgMigrations::migrate(*as(QStringLiteral("rep1"))); }), kDenied);
}

} // namespace

TEST(PgServerRolesSetup, a_role_with_a_groups_name_that_is_not_this_databases_is_not_taken_over)
{
    PgTestDatabase other;
    PgConnection c(other.url());
    const QString name = PgAccessNames::group(other.name(), UserRole::Admin);
    c.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(PgAccessNames::quoted(name)));
    EXPECT_EQ(sqlStateOf([&] { PgMigrations::migrate(c); }), QByteArrayLiteral("42710"));
    EXPECT_EQ(PgAccessSetup::currentVersion(c), 0);
    EXPECT_TRUE(c.prepare(QStringLiteral("SELECT shobj_description(oid, 'pg_authid') IS NULL FROM pg_roles "
                                         "WHERE rolname = $1"))
                    .bind(1, name)
                    .exec()
                    .boolean(0, 0));
    c.exec(QStringLiteral("DROP ROLE %1").arg(PgAccessNames::quoted(name)));
}
