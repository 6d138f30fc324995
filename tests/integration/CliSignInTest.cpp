// peyvand-cli sign-in end to end: every command that reads or changes customer
// data signs in with the global --user and PEYVAND_PASSWORD or a line on
// standard input; each refusal (no user, unknown, disabled, no password set,
// no password given, wrong password) exits 3 and leaves the data as it was;
// seed, init and check stay open.
#include "CliRunner.h"
#include "DataStoreFactory.h"
#include "TestBackend.h"

#include <gtest/gtest.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

const QString kDemo = QString::fromLatin1(CliRunner::kDemoPassword);

class CliSignIn : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_template = new CliRunner;
        s_template->seed(20);
        // A user without a password (added straight through the store).
        const auto storeOwner = peyvand::DataStoreFactory::open(s_template->db());
        peyvand::DataStore &store = *storeOwner;
        store.transaction([&] {
            store.users().add(peyvand::User { 0, QStringLiteral("nopass"), {}, peyvand::UserRole::SalesRep, true });
        });
    }
    static void TearDownTestSuite()
    {
        delete s_template;
        s_template = nullptr;
    }
    void SetUp() override
    {
        // Each test works on its own copy of the seeded database.
        ASSERT_NO_FATAL_FAILURE(cli.copyDatabaseFrom(*s_template));
        cli.signInAs(QStringLiteral("admin"), kDemo);
    }

    // Runs ARGS on db() as USER with PASSWORD in PEYVAND_PASSWORD (unset when null) and INPUT on stdin.
    CliResult as(const QString &user, const QString &password, const QStringList &args, const QByteArray &input = {})
    {
        QStringList words { QStringLiteral("--db"), cli.db() };
        if (!user.isNull())
            words << QStringLiteral("--user") << user;
        return cli.runWith(words + args, input,
                           { password.isNull() ? QStringLiteral("-PEYVAND_PASSWORD")
                                               : QStringLiteral("PEYVAND_PASSWORD=") + password });
    }

    qint64 failedSignIns(const QString &user)
    {
        const CliResult r = cli.runDb({ "user", "list", "--format", "json" });
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        for (const json &u : r.json())
            if (u["username"] == user.toStdString())
                return u["failed_signins"].get<qint64>();
        ADD_FAILURE() << "no user " << user.toStdString();
        return -1;
    }

    static CliRunner *s_template;
    CliRunner cli;
};

CliRunner *CliSignIn::s_template = nullptr;

} // namespace

TEST_F(CliSignIn, the_demo_users_sign_in_with_the_documented_password)
{
    for (const char *user : { "admin", "manager", "rep1", "support1" }) {
        const CliResult r = as(QString::fromLatin1(user), kDemo, { "whoami", "--format", "json" });
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        EXPECT_EQ(r.json()["username"], user);
    }
    const CliResult search = as(QStringLiteral("rep1"), kDemo, { "search", "", "--limit", "5", "--format", "json" });
    ASSERT_EQ(search.exitCode, 0) << search.describe();
    EXPECT_EQ(search.json().size(), 5u);
}

TEST_F(CliSignIn, every_refusal_exits_3_and_leaves_the_file_as_it_was)
{
    // disabled: rep6 is disabled first (by the admin).
    ASSERT_EQ(cli.runDb({ "user", "disable", "rep6" }).exitCode, 0);
    const QByteArray before = cli.fileHash();
    struct Case
    {
        const char *what;
        QString user, password;
        const char *expected;
    };
    const QList<Case> cases {
        { "no --user", QString(), kDemo, "user: sign in first" },
        { "unknown user", QStringLiteral("nobody"), kDemo, "no user named 'nobody'" },
        { "disabled user", QStringLiteral("rep6"), kDemo, "user 'rep6' is disabled" },
        { "no password set", QStringLiteral("nopass"), kDemo, "has no password yet" },
        { "no password given (stdin empty)", QStringLiteral("rep1"), QString(), "no password given" },
        { "empty PEYVAND_PASSWORD", QStringLiteral("rep1"), QStringLiteral(""), "no password given" },
    };
    for (const Case &c : cases) {
        for (const QStringList &command :
             { QStringList { "search", "a" }, QStringList { "activity", "add", "--customer", "1", "--type", "call" },
               QStringList { "customer", "show", "1" } }) {
            const CliResult r = as(c.user, c.password, command);
            EXPECT_EQ(r.exitCode, 3) << c.what << ": " << r.describe();
            EXPECT_TRUE(r.out.isEmpty()) << c.what << ": " << r.describe();
            EXPECT_TRUE(r.err.contains(QLatin1String(c.expected))) << c.what << ": " << r.describe();
        }
    }
    EXPECT_EQ(cli.fileHash(), before) << "a refused sign-in changed the file";
}

TEST_F(CliSignIn, a_wrong_password_exits_3_writes_nothing_but_the_count_and_waits_after_three)
{
    const qint64 activities = cli.count("activities");
    for (int i = 1; i <= 4; ++i) {
        const CliResult r = as(QStringLiteral("rep1"), QStringLiteral("not-the-password"),
                               { "activity", "add", "--customer", "1", "--type", "call" });
        EXPECT_EQ(r.exitCode, 3) << r.describe();
        EXPECT_TRUE(r.err.contains("wrong password")) << r.describe();
        EXPECT_FALSE(r.err.contains("not-the-password")) << r.describe();
    }
    EXPECT_EQ(cli.count("activities"), activities);
    EXPECT_EQ(failedSignIns(QStringLiteral("rep1")), 4);
    // The right password still works (after the wait) and clears the count.
    const CliResult ok = as(QStringLiteral("rep1"), kDemo, { "activity", "add", "--customer", "1", "--type", "call" });
    ASSERT_EQ(ok.exitCode, 0) << ok.describe();
    EXPECT_EQ(cli.count("activities"), activities + 1);
    EXPECT_EQ(failedSignIns(QStringLiteral("rep1")), 0);
}

TEST_F(CliSignIn, the_password_may_come_on_standard_input)
{
    const CliResult ok = as(QStringLiteral("manager"), QString(), { "whoami" }, kDemo.toUtf8() + "\n");
    ASSERT_EQ(ok.exitCode, 0) << ok.describe();
    EXPECT_TRUE(ok.out.contains("signed in as manager")) << ok.describe();
    const CliResult crlf = as(QStringLiteral("manager"), QString(), { "whoami" }, kDemo.toUtf8() + "\r\n");
    EXPECT_EQ(crlf.exitCode, 0) << crlf.describe();
    const QByteArray before = cli.fileHash();
    const CliResult wrong = as(QStringLiteral("nobody"), QString(), { "search", "a" }, "peyvand-demo\n");
    EXPECT_EQ(wrong.exitCode, 3) << wrong.describe();
    EXPECT_EQ(cli.fileHash(), before);
    const CliResult bad = as(QStringLiteral("manager"), QString(), { "search", "a" }, "peyvand-dem\n");
    EXPECT_EQ(bad.exitCode, 3) << bad.describe();
}

TEST_F(CliSignIn, seed_init_and_check_need_no_user_and_ignore_one)
{
    cli.signOut();
    // `check` refuses a server database whoever asks (exit 2: it is checked on the server).
    const int checked = peyvand::testing::perBackend(0, 2);
    EXPECT_EQ(cli.runDb({ "check" }).exitCode, checked);
    EXPECT_EQ(cli.runDb({ "init" }).exitCode, 0);
    EXPECT_EQ(cli.runDb({ "seed", "--customers", "2", "--quiet" }).exitCode, 0);
    EXPECT_EQ(as(QStringLiteral("nobody"), QStringLiteral("x"), { "check" }).exitCode, checked);
}

TEST_F(CliSignIn, a_role_without_the_permission_is_refused_with_exit_3_naming_it)
{
    for (const char *user : { "support1", "rep1", "manager" }) {
        const QByteArray before = cli.fileHash();
        const CliResult list = as(QString::fromLatin1(user), kDemo, { "user", "list" });
        EXPECT_EQ(list.exitCode, 3) << list.describe();
        EXPECT_TRUE(list.err.contains("manage_users")) << list.describe();
        const CliResult add
            = cli.runWith({ "--db", cli.db(), "--user", user, "user", "add", "sneaky", "--role", "admin" }, {},
                          { "PEYVAND_PASSWORD=" + kDemo, "PEYVAND_NEW_PASSWORD=sneaky-password" });
        EXPECT_EQ(add.exitCode, 3) << add.describe();
        EXPECT_TRUE(add.err.contains("manage_users")) << add.describe();
        EXPECT_EQ(cli.fileHash(), before) << user;
    }
}

TEST_F(CliSignIn, changes_are_recorded_as_the_signed_in_user)
{
    cli.signInAs(QStringLiteral("support1"), kDemo);
    const CliResult opened
        = cli.runDb({ "request", "open", "--customer", "1", "--subject", "تست", "--format", "json" });
    ASSERT_EQ(opened.exitCode, 0) << opened.describe();
    const QString id = QString::number(opened.json()["id"].get<qint64>());
    const CliResult noted = cli.runDb({ "request", "note", id, "یادداشت", "--format", "json" });
    ASSERT_EQ(noted.exitCode, 0) << noted.describe();
    const CliResult who = cli.runDb({ "whoami", "--format", "json" });
    EXPECT_EQ(noted.json()["notes"].back()["author_id"], who.json()["id"]) << noted.describe();
    // The old per-command --user is the global one now: it names who signs in (the last one given).
    const CliResult other = cli.runDb({ "request", "note", id, "x", "--user", "support2", "--format", "json" });
    ASSERT_EQ(other.exitCode, 0) << other.describe(); // the demo users share a password
    const CliResult support2 = as(QStringLiteral("support2"), kDemo, { "whoami", "--format", "json" });
    EXPECT_EQ(other.json()["notes"].back()["author_id"], support2.json()["id"]) << other.describe();
    EXPECT_NE(support2.json()["id"], who.json()["id"]);
}

TEST_F(CliSignIn, help_documents_exit_code_3_and_the_global_user)
{
    const CliResult help = cli.run({ "--help" });
    EXPECT_TRUE(help.out.contains("--user NAME")) << help.describe();
    EXPECT_TRUE(help.out.contains("PEYVAND_PASSWORD")) << help.describe();
    EXPECT_TRUE(help.out.contains("3 sign-in or permission refused")) << help.describe();
    EXPECT_EQ(cli.run({ "--user" }).exitCode, 2);
}
