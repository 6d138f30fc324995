// peyvand-cli end to end, support desk: order set-status (allowed, refused,
// unknown), request open/list/resolve/note, lookup. Orders are created in this
// process on the CLI's database file so their status is known.
#include "CliRunner.h"
#include "DataStoreFactory.h"
#include "OrderService.h"
#include "TestStore.h"

#include <gtest/gtest.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;
using namespace peyvand;

namespace {

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

} // namespace

class CliSupport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.run({ "--db", cli.db(), "init" }).exitCode, 0);
        const auto storeOwner = peyvand::DataStoreFactory::open(cli.db());
        peyvand::DataStore &store = *storeOwner;
        peyvand::testing::actAsNewManager(store); // who makes the order below
        Customer c;
        c.kind = CustomerKind::Individual;
        c.individual.firstName = QStringLiteral("مریم");
        c.individual.lastName = QStringLiteral("کریمی");
        c.phones << PhoneEntry { QStringLiteral("09121234567"), QStringLiteral("موبایل") };
        c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
        customer = store.customers().add(c);
        user = store.users().add(
            User { 0, QStringLiteral("support1"), QStringLiteral("سارا نوری"), UserRole::Support, true });
        SystemClock clock;
        Order o;
        o.customerId = customer;
        o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 1, 5'000'000 } };
        const qint64 id = OrderService(store, clock).create(o, user);
        number = OrderService(store, clock).get(id).number;
        CliRunner::setPassword(cli.db(), QStringLiteral("support1"), kPassword);
        cli.signInAs(QStringLiteral("support1"), kPassword); // changes are recorded as support1
    }

    static constexpr const char *kPassword = "support-pass-1";

    Order order()
    {
        const auto storeOwner = peyvand::DataStoreFactory::open(cli.db());
        peyvand::DataStore &store = *storeOwner;
        store.setActor(*store.users().get(user));
        SystemClock clock;
        return OrderService(store, clock).getByNumber(number);
    }

    CliResult run(const QStringList &args) { return cli.runDb(args); }

    CliRunner cli;
    qint64 customer = 0, user = 0;
    QString number;
};

TEST_F(CliSupport, set_status_moves_along_the_flow_and_records_user_and_note)
{
    const CliResult r = run({ "order", "set-status", peyvand::test::toPersianDigits(number), "confirmed", "--note",
                              "تأیید تلفنی", "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    EXPECT_EQ(str(j["number"]), number);
    EXPECT_EQ(str(j["status"]), QStringLiteral("confirmed"));
    EXPECT_EQ(str(j["previous_status"]), QStringLiteral("registered"));
    EXPECT_EQ(j["allowed_next"], (json { "paid", "cancelled" }));
    const Order o = order();
    EXPECT_EQ(o.status, OrderStatus::Confirmed);
    ASSERT_EQ(o.history.size(), 2);
    EXPECT_EQ(o.history.back().changedBy, user);
    EXPECT_EQ(o.history.back().note, QStringLiteral("تأیید تلفنی"));

    const CliResult table = run({ "order", "set-status", number, "paid" });
    ASSERT_EQ(table.exitCode, 0) << table.describe();
    EXPECT_TRUE(table.out.contains("confirmed -> paid")) << table.describe();
}

TEST_F(CliSupport, a_refused_status_change_exits_1_naming_current_and_allowed_and_writes_nothing)
{
    const CliResult r = run({ "order", "set-status", number, "delivered", "--format", "json" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    EXPECT_TRUE(r.err.contains("registered")) << r.describe();
    EXPECT_TRUE(r.err.contains("allowed next: confirmed, cancelled")) << r.describe();
    const Order o = order();
    EXPECT_EQ(o.status, OrderStatus::Registered);
    EXPECT_EQ(o.history.size(), 1);

    const CliResult unknown = run({ "order", "set-status", "999999", "confirmed" });
    EXPECT_EQ(unknown.exitCode, 1) << unknown.describe();
    EXPECT_TRUE(unknown.err.contains("999999")) << unknown.describe();
    EXPECT_EQ(run({ "order", "set-status", number, "lost" }).exitCode, 2);
    EXPECT_EQ(run({ "order", "set-status", number }).exitCode, 2);
    // The global --user names who signs in: an unknown one is refused with exit 3.
    const CliResult noUser = run({ "order", "set-status", number, "confirmed", "--user", "nobody" });
    EXPECT_EQ(noUser.exitCode, 3) << noUser.describe();
    EXPECT_EQ(order().status, OrderStatus::Registered);
}

TEST_F(CliSupport, requests_open_list_note_and_resolve)
{
    const CliResult opened = run({ "request", "open", "--order", number, "--subject", "خرابی یخچال", "--priority",
                                   "urgent", "--assignee", "support1", "--format", "json" });
    ASSERT_EQ(opened.exitCode, 0) << opened.describe();
    const json req = opened.json();
    const qint64 id = req["id"].get<qint64>();
    EXPECT_EQ(req["customer_id"], customer);
    EXPECT_EQ(req["order_id"], order().id);
    EXPECT_EQ(str(req["status"]), QStringLiteral("open"));
    EXPECT_EQ(str(req["priority"]), QStringLiteral("urgent"));
    EXPECT_EQ(req["assignee_id"], user);

    const CliResult low
        = run({ "request", "open", "--customer", QString::number(customer), "--subject", "سؤال", "--priority", "low" });
    ASSERT_EQ(low.exitCode, 0) << low.describe();
    const qint64 lowId = low.out.trimmed().toLongLong();
    EXPECT_GT(lowId, id);

    const json queue = run({ "request", "list", "--format", "json" }).json();
    ASSERT_EQ(queue.size(), 2u);
    EXPECT_EQ(queue[0]["id"], id); // urgent first
    EXPECT_EQ(queue[1]["id"], lowId);

    const CliResult noted = run({ "request", "note", QString::number(id), "کارشناس اعزام شد", "--format", "json" });
    ASSERT_EQ(noted.exitCode, 0) << noted.describe();
    EXPECT_EQ(noted.json()["notes"].size(), 1u);

    const CliResult resolved
        = run({ "request", "resolve", QString::number(id), "--note", "تعمیر شد", "--format", "json" });
    ASSERT_EQ(resolved.exitCode, 0) << resolved.describe();
    const json r = resolved.json();
    EXPECT_EQ(str(r["status"]), QStringLiteral("resolved"));
    EXPECT_TRUE(r["resolved_at"].is_string());
    EXPECT_EQ(str(r["notes"].back()["text"]), QStringLiteral("تعمیر شد"));

    const CliResult again = run({ "request", "resolve", QString::number(id) });
    EXPECT_EQ(again.exitCode, 1) << again.describe();
    EXPECT_TRUE(again.err.contains("resolved")) << again.describe();

    const json open = run({ "request", "list", "--format", "json" }).json();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0]["id"], lowId);
    EXPECT_EQ(run({ "request", "list", "--all", "--format", "json" }).json().size(), 2u);
    EXPECT_EQ(
        run({ "request", "list", "--customer", QString::number(customer), "--all", "--format", "json" }).json().size(),
        2u);

    EXPECT_EQ(run({ "request", "resolve", "999" }).exitCode, 1);
    EXPECT_EQ(run({ "request", "open", "--customer", "999", "--subject", "x" }).exitCode, 1);
    EXPECT_EQ(run({ "request", "open", "--order", "999999", "--subject", "x" }).exitCode, 1);
    EXPECT_EQ(run({ "request", "open", "--customer", QString::number(customer) }).exitCode, 2);
    EXPECT_EQ(
        run({ "request", "open", "--customer", QString::number(customer), "--subject", "x", "--priority", "asap" })
            .exitCode,
        2);
}

TEST_F(CliSupport, lookup_finds_by_phone_in_persian_digits_and_an_unknown_phone_is_an_empty_result)
{
    const CliResult r = run({ "lookup", "۰۹۱۲ ۱۲۳ ۴۵۶۷", "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    ASSERT_EQ(j["matches"].size(), 1u);
    EXPECT_EQ(j["matches"][0]["customer"]["id"], customer);
    EXPECT_EQ(str(j["matches"][0]["matched_by"]), QStringLiteral("phone"));
    ASSERT_EQ(j["matches"][0]["orders"].size(), 1u);
    EXPECT_EQ(str(j["matches"][0]["orders"][0]["number"]), number);
    EXPECT_EQ(str(j["matches"][0]["orders"][0]["status"]), QStringLiteral("registered"));

    const CliResult none = run({ "lookup", "+98 935 000 0000", "--format", "json" });
    ASSERT_EQ(none.exitCode, 0) << none.describe();
    EXPECT_TRUE(none.json()["matches"].empty());
    const CliResult table = run({ "lookup", "09350000000" });
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("nothing found")) << table.describe();

    // order status takes the phone as well.
    const CliResult status = run({ "order", "status", "+98 912 123 4567", "--format", "json" });
    ASSERT_EQ(status.exitCode, 0) << status.describe();
    EXPECT_EQ(str(status.json()[0]["number"]), number);
}
