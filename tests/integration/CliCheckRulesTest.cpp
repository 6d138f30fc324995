// peyvand-cli check finds what a half-written transaction would leave behind:
// each case spoils a seeded file with raw SQL the way a lost part of a record
// would look, and check must exit 1 naming the rule. The crash-safety test
// (CrashKillTest) relies on these rules to prove "no half-written record".
#include "CliRunner.h"

#include <QFile>
#include <gtest/gtest.h>
#include <sqlite3.h>

using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

void sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message << "\n" << sql;
}

struct Spoil
{
    const char *name;
    const char *sql;
    const char *problem; // a part of the problem text check prints
};

const Spoil kSpoils[] = {
    { "order_without_lines", "DELETE FROM order_lines WHERE order_id = (SELECT min(id) FROM orders)",
      "orders without lines: 1" },
    { "order_without_status_history", "DELETE FROM order_status_history WHERE order_id = (SELECT min(id) FROM orders)",
      "orders without a status history: 1" },
    { "deal_without_stage_history",
      "DELETE FROM deal_stage_history WHERE deal_id = (SELECT min(deal_id) FROM deal_stage_history)",
      "deals without a stage history: 1" },
    { "reached_stage_off",
      "UPDATE deals SET reached_position = reached_position + 1 WHERE id = (SELECT min(id) FROM deals)",
      "deals whose reached stage disagrees with their stage history: 1" },
    // Contentless FTS5 forgets the row (not every gram) when told to delete it.
    { "customer_missing_from_search",
      "INSERT INTO customer_search(customer_search, rowid, grams) VALUES ('delete', 3, 'x')",
      "customers missing from the search index: 1 (first customer 3)" },
    { "search_row_without_customer", "INSERT INTO customer_search(rowid, grams) VALUES (999999, 'x')",
      "search index rows of customers that do not exist: 1" },
    { "contact_missing_from_search",
      "INSERT INTO contact_search(contact_search, rowid, grams) VALUES ('delete', (SELECT min(id) FROM contacts), "
      "'x')",
      "contact persons missing from the search index: 1" },
    { "activity_without_its_summary",
      "DROP TRIGGER activities_daily_delete; DELETE FROM activities WHERE id = (SELECT min(id) FROM activities)",
      "activity_daily rows that disagree with the activities" },
    { "activity_summary_without_activity",
      "DROP TRIGGER activities_daily_insert; INSERT INTO activities(customer_id, type, at, created_at) "
      "VALUES (1, 'call', 1700000000, 1700000000)",
      "activity_daily rows that disagree with the activities" },
    { "order_summary_amount_off",
      "UPDATE order_daily SET amount = amount + 1 WHERE day = (SELECT min(day) FROM order_daily WHERE n > 0)",
      "order_daily rows that disagree with the orders" },
    { "customer_without_phones",
      "DELETE FROM customer_phones WHERE customer_id = (SELECT min(customer_id) FROM customer_phones)",
      "customers whose phone is not their first phone number: 1" },
    { "customer_without_addresses",
      "DELETE FROM customer_addresses WHERE customer_id = (SELECT min(customer_id) FROM customer_addresses "
      "WHERE city <> '')",
      "customers whose city is not that of their first address: 1" },
    { "customer_without_tags",
      "DELETE FROM customer_tags WHERE customer_id = (SELECT min(customer_id) FROM customer_tags)",
      "customers whose tags disagree with customer_tags: 1" },
};

class CliCheckRules : public ::testing::TestWithParam<Spoil>
{
};

} // namespace

TEST(CliCheckRules, a_seeded_file_keeps_every_rule)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(200));
    const nlohmann::json j = cli.check();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.at("ok"), true) << j.dump(2);
    // The spoils below have something to spoil.
    for (const char *table : { "customers", "contacts", "deals", "orders", "activities" })
        EXPECT_GT(j.at("counts").at(table).get<int>(), 0) << table;
}

TEST_P(CliCheckRules, a_part_of_a_record_missing_is_reported_with_exit_1)
{
    const Spoil &spoil = GetParam();
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(60));
    ASSERT_NO_FATAL_FAILURE(sqliteExec(cli.db(), spoil.sql));
    const CliResult r = cli.runDb({ "check", "--format", "json" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    const nlohmann::json j = r.json();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.at("ok"), false);
    bool found = false;
    for (const auto &p : j.at("problems"))
        found = found || p.get<std::string>().find(spoil.problem) != std::string::npos;
    EXPECT_TRUE(found) << "expected a problem containing \"" << spoil.problem << "\"\n" << r.describe();
}

INSTANTIATE_TEST_SUITE_P(Spoils, CliCheckRules, ::testing::ValuesIn(kSpoils),
                         [](const ::testing::TestParamInfo<Spoil> &info) { return std::string(info.param.name); });
