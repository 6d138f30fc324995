// peyvand-cli user add|list|passwd|disable|enable|role: the first
// administrator on a new database without --user, then everything as an
// administrator; a user changing their own password; refusals that write
// nothing; JSON that never carries a password or its hash.
#include "CliRunner.h"
#include "DataStoreFactory.h"

#include <gtest/gtest.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

class CliUser : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(cli.runDb({ "init" }).exitCode, 0); }

    // `user ARGS` with the two passwords on standard input (signing-in one first, when signed in).
    CliResult user(const QStringList &args, const QByteArray &input = {})
    {
        return cli.runWith(cli.withDb(QStringList { "user" } + args), input, { "-PEYVAND_NEW_PASSWORD" });
    }
    bool signsIn(const QString &name, const QString &password)
    {
        const CliResult r
            = cli.runWith({ "--db", cli.db(), "--user", name, "whoami" }, {}, { "PEYVAND_PASSWORD=" + password });
        return r.exitCode == 0;
    }
    json list()
    {
        const CliResult r = cli.runDb({ "user", "list", "--format", "json" });
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        return r.json();
    }

    CliRunner cli;
};

} // namespace

TEST_F(CliUser, the_first_administrator_needs_no_user_then_every_change_needs_one)
{
    // Not an administrator: refused even on a new database.
    const QByteArray empty = cli.fileHash();
    const CliResult rep = user({ "add", "rep1", "--role", "sales_rep" }, "rep-password\n");
    EXPECT_EQ(rep.exitCode, 3) << rep.describe();
    EXPECT_EQ(cli.fileHash(), empty);

    // The password on standard input, one line.
    const CliResult first = user({ "add", "boss", "--role", "admin", "--full-name", "مدیر سیستم", "--format", "json" },
                                 "boss-password\n");
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    const json j = first.json();
    EXPECT_EQ(j["username"], "boss");
    EXPECT_EQ(j["role"], "admin");
    EXPECT_EQ(j["full_name"], "مدیر سیستم");
    EXPECT_EQ(j["active"], true);
    EXPECT_FALSE(first.out.contains("argon2")) << first.describe();
    EXPECT_TRUE(signsIn("boss", "boss-password"));

    // A second administrator now needs a signed-in one.
    const QByteArray one = cli.fileHash();
    const CliResult second = user({ "add", "boss2", "--role", "admin" }, "boss2-password\n");
    EXPECT_EQ(second.exitCode, 3) << second.describe();
    EXPECT_TRUE(second.err.contains("sign in first")) << second.describe();
    EXPECT_EQ(cli.fileHash(), one);

    // Signed in: the administrator's password first, the new user's on the next line.
    cli.signInAs("boss", "boss-password");
    const CliResult added = cli.runWith(cli.withDb({ "user", "add", "rep1", "--role", "sales_rep" }),
                                        "boss-password\nrep-password\n", { "-PEYVAND_PASSWORD" });
    ASSERT_EQ(added.exitCode, 0) << added.describe();
    EXPECT_TRUE(added.out.contains("added user rep1")) << added.describe();
    EXPECT_TRUE(signsIn("rep1", "rep-password"));
    // Or in PEYVAND_NEW_PASSWORD.
    ASSERT_EQ(cli.addUser("support1", "support", "support-password").exitCode, 0);
    EXPECT_TRUE(signsIn("support1", "support-password"));
}

TEST_F(CliUser, list_passwd_disable_enable_and_role)
{
    ASSERT_NO_FATAL_FAILURE(cli.initWithAdmin());
    ASSERT_EQ(cli.addUser("rep1", "sales_rep", "rep-password").exitCode, 0);
    json users = list();
    ASSERT_EQ(users.size(), 2u);
    EXPECT_EQ(users[1]["username"], "rep1");
    EXPECT_EQ(users[1]["role"], "sales_rep");
    EXPECT_EQ(users[1]["has_password"], true);
    EXPECT_EQ(users[1]["failed_signins"], 0);
    for (const json &u : users) {
        EXPECT_FALSE(u.contains("password_hash"));
        EXPECT_FALSE(u.dump().find("argon2") != std::string::npos);
    }
    const CliResult table = cli.runDb({ "user", "list" });
    EXPECT_TRUE(table.out.contains("rep1")) << table.describe();
    EXPECT_TRUE(table.out.contains("2 user(s)")) << table.describe();

    // An administrator resets a password (PEYVAND_NEW_PASSWORD).
    const CliResult reset
        = cli.runWith(cli.withDb({ "user", "passwd", "rep1" }), {}, { "PEYVAND_NEW_PASSWORD=reset-password" });
    ASSERT_EQ(reset.exitCode, 0) << reset.describe();
    EXPECT_TRUE(signsIn("rep1", "reset-password"));
    EXPECT_FALSE(signsIn("rep1", "rep-password"));

    // Disable, enable, change the role.
    ASSERT_EQ(cli.runDb({ "user", "disable", "rep1" }).exitCode, 0);
    EXPECT_FALSE(signsIn("rep1", "reset-password"));
    EXPECT_EQ(list()[1]["active"], false);
    ASSERT_EQ(cli.runDb({ "user", "enable", "rep1" }).exitCode, 0);
    EXPECT_TRUE(signsIn("rep1", "reset-password"));
    const CliResult role = cli.runDb({ "user", "role", "rep1", "manager", "--format", "json" });
    ASSERT_EQ(role.exitCode, 0) << role.describe();
    EXPECT_EQ(role.json()["role"], "manager");

    // Refusals: unknown user (1), the last administrator / yourself (1), a bad role (2).
    EXPECT_EQ(cli.runDb({ "user", "disable", "nobody" }).exitCode, 1);
    const CliResult self = cli.runDb({ "user", "disable", "admin" });
    EXPECT_EQ(self.exitCode, 1) << self.describe();
    EXPECT_TRUE(self.err.contains("your own account")) << self.describe();
    EXPECT_EQ(cli.runDb({ "user", "role", "rep1", "boss" }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "user", "add", "x1", "--role", "chief" }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "user", "add", "x1" }).exitCode, 2);
}

TEST_F(CliUser, a_user_changes_their_own_password_signing_in_with_the_old_one)
{
    ASSERT_NO_FATAL_FAILURE(cli.initWithAdmin());
    ASSERT_EQ(cli.addUser("rep1", "sales_rep", "rep-password").exitCode, 0);
    ASSERT_EQ(cli.addUser("rep2", "sales_rep", "rep2-password").exitCode, 0);
    cli.signOut();
    // Both lines on standard input: the current password, then the new one.
    const CliResult own = cli.runWith({ "--db", cli.db(), "--user", "rep1", "user", "passwd", "rep1" },
                                      "rep-password\nnew-password\n", { "-PEYVAND_PASSWORD", "-PEYVAND_NEW_PASSWORD" });
    ASSERT_EQ(own.exitCode, 0) << own.describe();
    EXPECT_TRUE(signsIn("rep1", "new-password"));
    EXPECT_FALSE(signsIn("rep1", "rep-password"));

    // Another user's password: refused with the permission named, nothing written. (Signing in
    // right first clears the failure the old password just left, which would be written.)
    ASSERT_TRUE(signsIn("rep1", "new-password"));
    const QByteArray before = cli.fileHash();
    const CliResult other = cli.runWith({ "--db", cli.db(), "--user", "rep1", "user", "passwd", "rep2" }, {},
                                        { "PEYVAND_PASSWORD=new-password", "PEYVAND_NEW_PASSWORD=taken-over" });
    EXPECT_EQ(other.exitCode, 3) << other.describe();
    EXPECT_TRUE(other.err.contains("manage_users")) << other.describe();
    EXPECT_EQ(cli.fileHash(), before);
    EXPECT_TRUE(signsIn("rep2", "rep2-password"));

    // A new password that breaks the rules: exit 1, the old one stays.
    const CliResult shortOne = cli.runWith({ "--db", cli.db(), "--user", "rep1", "user", "passwd", "rep1" }, {},
                                           { "PEYVAND_PASSWORD=new-password", "PEYVAND_NEW_PASSWORD=short" });
    EXPECT_EQ(shortOne.exitCode, 1) << shortOne.describe();
    EXPECT_TRUE(shortOne.err.contains("at least 8 characters")) << shortOne.describe();
    EXPECT_TRUE(signsIn("rep1", "new-password"));
}

TEST_F(CliUser, refused_additions_write_nothing)
{
    ASSERT_NO_FATAL_FAILURE(cli.initWithAdmin());
    const QByteArray before = cli.fileHash();
    EXPECT_EQ(cli.addUser("rep1", "sales_rep", "short").exitCode, 1);
    EXPECT_EQ(cli.addUser("admin", "sales_rep", "long-enough-1").exitCode, 1); // taken
    EXPECT_EQ(cli.addUser("9999", "sales_rep", "long-enough-1").exitCode, 1); // digits only
    EXPECT_EQ(cli.fileHash(), before);
}

TEST_F(CliUser, a_database_from_before_sign_in_gets_its_admin_a_password)
{
    // seed on a new database gives the demo users the demo password; strip them to look like schema 7's users.
    cli.seed(5);
    CliRunner::execSql(cli.db(), QStringLiteral("UPDATE users SET password_hash = NULL"));
    cli.signOut();
    EXPECT_FALSE(signsIn("admin", CliRunner::kDemoPassword));
    const CliResult claim = user({ "add", "admin", "--role", "admin" }, "fresh-password\n");
    ASSERT_EQ(claim.exitCode, 0) << claim.describe();
    EXPECT_TRUE(signsIn("admin", "fresh-password"));
    cli.signInAs("admin", "fresh-password");
    EXPECT_EQ(list().size(), 12u); // no second admin account
}
