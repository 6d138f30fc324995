// peyvand-cli audit end to end: entries the services write in the CLI's
// database file (the store's actor as who) come back newest first, filtered by record, user, action
// and Jalali/ISO days, paged, as JSON with field-by-field changes and as a
// table, for a signed-in manager; a sales rep and support are refused
// (view_audit, exit 3). The first administrator's creation (`user add`, by
// nobody) is the trail's oldest entry.
#include "CliRunner.h"
#include "CustomerService.h"
#include "DataStoreFactory.h"
#include "DealService.h"

#include <gtest/gtest.h>
#include <set>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;
using namespace peyvand;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class CliAudit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cli.initWithAdmin();
        const auto storeOwner = peyvand::DataStoreFactory::open(cli.db());
        peyvand::DataStore &store = *storeOwner;
        rep = addUser(store, "rep1", UserRole::SalesRep);
        manager = addUser(store, "manager1", UserRole::Manager);
        CliRunner::setPassword(cli.db(), QStringLiteral("manager1"), QStringLiteral("manager-pass-1405"));
        cli.signInAs(QStringLiteral("manager1"), QStringLiteral("manager-pass-1405"));
        FixedClock clock(utc(2026, 11, 20, 10)); // 1405/08/29 13:30 Tehran

        // 1: the manager creates a customer.
        store.setActor(manager);
        Customer c;
        c.kind = CustomerKind::Individual;
        c.individual.firstName = QStringLiteral("مریم");
        c.individual.lastName = QStringLiteral("کریمی");
        c.phones << PhoneEntry { QStringLiteral("09121234567"), QStringLiteral("موبایل") };
        c.ownerId = rep.id;
        CustomerService customers(store, clock);
        customerId = customers.create(c);
        const Customer created = customers.get(customerId);

        // 2: a day later the rep changes her last name and adds a phone.
        clock.set(utc(2026, 11, 21, 9)); // 1405/08/30
        store.setActor(rep);
        Customer edited = created;
        edited.individual.lastName = QStringLiteral("کریمی‌نژاد");
        edited.phones << PhoneEntry { QStringLiteral("02188776655"), QStringLiteral("منزل") };
        customers.update(edited);

        // 3 and 4: the manager opens a deal on 1405/09/01 and moves it just after midnight Tehran time.
        store.setActor(manager);
        clock.set(utc(2026, 11, 22, 8)); // 1405/09/01 11:30
        Deal d;
        d.customerId = customerId;
        d.title = QStringLiteral("کولر گازی");
        d.amount = 450'000'000;
        d.ownerId = rep.id;
        DealService deals(store, clock);
        dealId = deals.create(d, manager.id);
        const Deal opened = deals.get(dealId);
        clock.set(utc(2026, 11, 22, 21)); // 1405/09/02 00:30 Tehran
        deals.moveToStage(dealId, opened.stageId + 1, manager.id);
    }

    static User addUser(DataStore &store, const char *name, UserRole role)
    {
        User u { 0, QString::fromLatin1(name), QString::fromLatin1(name), role, true };
        u.id = store.users().add(u);
        return u;
    }

    CliResult run(const QStringList &args) { return cli.runDb(QStringList { QStringLiteral("audit") } + args); }

    // The entries' actions, in the order printed.
    std::vector<std::string> actions(const QStringList &args)
    {
        const CliResult r = run(args + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        std::vector<std::string> out;
        for (const json &e : r.json())
            out.push_back(e.at("entity").get<std::string>() + ":" + e.at("action").get<std::string>());
        return out;
    }

    CliRunner cli;
    User rep, manager;
    qint64 customerId = 0, dealId = 0;
};

TEST_F(CliAudit, json_lists_every_entry_newest_first_with_who_when_values_and_changes)
{
    const CliResult r = run({ "--format", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json entries = r.json();
    ASSERT_TRUE(entries.is_array());
    ASSERT_EQ(entries.size(), 5u);
    for (const json &e : entries) {
        std::set<std::string> keys;
        for (const auto &[k, v] : e.items())
            keys.insert(k);
        EXPECT_EQ(
            keys,
            (std::set<std::string> { "id", "at", "user", "action", "entity", "entity_id", "old", "new", "changes" }));
    }
    EXPECT_GT(entries[0]["id"].get<qint64>(), entries[3]["id"].get<qint64>());
    // The oldest: the first administrator, added before anyone could sign in; no password hash in the values.
    EXPECT_EQ(entries[4]["entity"], "user");
    EXPECT_EQ(entries[4]["action"], "create");
    EXPECT_TRUE(entries[4]["user"].is_null());
    EXPECT_EQ(entries[4]["new"]["username"], "admin");
    EXPECT_FALSE(r.out.contains(QStringLiteral("argon2"))) << r.describe();
    EXPECT_EQ(entries[0]["action"], "move_stage");
    EXPECT_EQ(entries[0]["at"], "2026-11-22T21:00:00Z");

    const json &update = entries[2];
    EXPECT_EQ(update["user"], "rep1");
    EXPECT_EQ(update["entity"], "customer");
    EXPECT_EQ(update["entity_id"], customerId);
    EXPECT_EQ(update["old"]["last_name"], "کریمی");
    EXPECT_EQ(update["new"]["last_name"], "کریمی‌نژاد");
    std::map<std::string, json> changes;
    for (const json &c : update["changes"])
        changes[c["field"].get<std::string>()] = c;
    ASSERT_TRUE(changes.count("last_name"));
    EXPECT_EQ(changes["last_name"]["old"], "کریمی");
    EXPECT_EQ(changes["last_name"]["new"], "کریمی‌نژاد");
    ASSERT_TRUE(changes.count("phones")); // the whole list, before and after
    EXPECT_EQ(changes["phones"]["old"].size(), 1u);
    EXPECT_EQ(changes["phones"]["new"].size(), 2u);
    EXPECT_FALSE(changes.count("first_name"));

    const json &create = entries[3];
    EXPECT_EQ(create["user"], "manager1");
    EXPECT_TRUE(create["old"].is_null());
    EXPECT_EQ(create["new"]["first_name"], "مریم");
    bool namesFirst = false;
    for (const json &c : create["changes"])
        if (c["field"] == "first_name")
            namesFirst = c["old"].is_null() && c["new"] == "مریم";
    EXPECT_TRUE(namesFirst);

    std::set<std::string> moved;
    for (const json &c : entries[0]["changes"])
        moved.insert(c["field"].get<std::string>());
    EXPECT_EQ(moved, std::set<std::string> { "stage_id" });
}

TEST_F(CliAudit, filters_by_record_user_and_action)
{
    const QString customer = QString::number(customerId);
    EXPECT_EQ(actions({ "--entity", "customer", "--id", customer }),
              (std::vector<std::string> { "customer:update", "customer:create" }));
    EXPECT_EQ(actions({ "--entity", "deal" }), (std::vector<std::string> { "deal:move_stage", "deal:create" }));
    EXPECT_EQ(actions({ "--by", "rep1" }), std::vector<std::string> { "customer:update" });
    EXPECT_EQ(actions({ "--by", QString::number(manager.id), "--action", "create" }),
              (std::vector<std::string> { "deal:create", "customer:create" }));
    EXPECT_EQ(actions({ "--entity", "order" }), std::vector<std::string> {});
    // Persian digits for the id, upper case for the kind.
    EXPECT_EQ(actions({ "--entity", "CUSTOMER", "--id", test::toPersianDigits(customer), "--action", "update" }),
              std::vector<std::string> { "customer:update" });
}

TEST_F(CliAudit, days_are_jalali_or_iso_whole_days_in_iran_time)
{
    EXPECT_EQ(actions({ "--from", "1405/09/01", "--to", "1405/09/01" }), std::vector<std::string> { "deal:create" });
    EXPECT_EQ(actions({ "--from", "۱۴۰۵/۰۹/۰۲", "--to", "۱۴۰۵/۰۹/۰۲" }),
              std::vector<std::string> { "deal:move_stage" });
    EXPECT_EQ(actions({ "--to", "2026-11-20" }), std::vector<std::string> { "customer:create" });
    EXPECT_EQ(actions({ "--from", "2026-11-21", "--to", "1405/09/01" }),
              (std::vector<std::string> { "deal:create", "customer:update" }));
}

TEST_F(CliAudit, limit_and_before_page_through_the_trail)
{
    const CliResult first = run({ "--limit", "3", "--format", "json" });
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    const json page = first.json();
    ASSERT_EQ(page.size(), 3u);
    const QString last = QString::number(page[2]["id"].get<qint64>());
    EXPECT_EQ(actions({ "--before", last }), (std::vector<std::string> { "customer:create", "user:create" }));

    const CliResult table = run({ "--limit", "3" });
    ASSERT_EQ(table.exitCode, 0) << table.describe();
    EXPECT_TRUE(table.out.contains(QStringLiteral("3 of 5 entries (older: --before %1)").arg(last)))
        << table.describe();
}

TEST_F(CliAudit, the_table_shows_jalali_times_users_records_and_changed_fields)
{
    const CliResult r = run({ "--entity", "customer" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << r.describe(); // header, rule, two entries, count
    for (const char *column : { "id", "at", "user", "action", "record", "changes" })
        EXPECT_TRUE(lines[0].contains(QLatin1String(column))) << column;
    EXPECT_TRUE(lines[2].contains(QStringLiteral("1405/08/30 09:00"))) << r.describe(); // TZ=UTC in CliRunner
    EXPECT_TRUE(lines[2].contains(QStringLiteral("rep1")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("customer %1").arg(customerId)));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("last_name, phones")) || lines[2].contains(QStringLiteral("phones")))
        << r.describe();
    EXPECT_TRUE(lines[3].contains(QStringLiteral("manager1")));
    EXPECT_EQ(lines[4], QStringLiteral("2 of 2 entries"));
}

TEST_F(CliAudit, bad_filters_are_refused_before_anything_is_printed)
{
    for (const QStringList &args :
         { QStringList { "--id", "5" }, QStringList { "--limit", "0" }, QStringList { "--entity", "cust omer" },
           QStringList { "--format", "xml" }, QStringList { "extra" } }) {
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    }
    for (const QStringList &args : { QStringList { "--by", "nobody" }, QStringList { "--from", "1405/13/01" },
                                     QStringList { "--from", "1405/09/02", "--to", "1405/09/01" },
                                     QStringList { "--entity", "deal", "--id", "x" } }) {
        const CliResult r = run(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    }
}

TEST(CliAuditAccess, sales_reps_and_support_are_refused_naming_view_audit)
{
    CliRunner cli;
    cli.initWithAdmin();
    for (const char *role : { "sales_rep", "support" }) {
        const QString name = QStringLiteral("user_%1").arg(QLatin1String(role));
        ASSERT_EQ(cli.addUser(name, QString::fromLatin1(role), QStringLiteral("pass-word-1405")).exitCode, 0);
        cli.signInAs(name, QStringLiteral("pass-word-1405"));
        const CliResult r = cli.runDb({ "audit", "--format", "json" });
        EXPECT_EQ(r.exitCode, 3) << role << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
        EXPECT_TRUE(r.err.contains(QStringLiteral("view_audit"))) << r.describe();
        cli.signInAs(QStringLiteral("admin"), QString::fromLatin1(CliRunner::kAdminPassword));
    }
    // The administrator reads it.
    const CliResult r = cli.runDb({ "audit", "--format", "json" });
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json().size(), 3u); // the three users' creations
}
