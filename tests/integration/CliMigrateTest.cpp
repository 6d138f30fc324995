// peyvand-cli migrate-to end to end (the real binary): the whole database,
// its audit trail and its users' passwords copied into an empty target and
// verified equal record by record; refusals (a target holding data, a user
// without export_data, a malformed URL, an unreachable server) exit non-zero
// and leave the target as it was (or not there at all).
#include "CliRunner.h"
#include "DataStoreFactory.h"
#include "DatabaseComparison.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

class CliMigrate : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cli.seed(150);
        cli.signInAs(QStringLiteral("admin"), QString::fromLatin1(CliRunner::kDemoPassword));
        // Some history in the audit trail besides the seed's summary.
        const CliResult added
            = cli.addUser(QStringLiteral("rep9"), QStringLiteral("sales_rep"), QStringLiteral("rep9-pass-1405"));
        ASSERT_EQ(added.exitCode, 0) << added.describe();
        target = cli.path(QStringLiteral("target.sqlite"));
    }

    CliResult migrate(const QStringList &extra = {}) const
    {
        return cli.runDb(QStringList { QStringLiteral("migrate-to"), target } + extra);
    }

    static qint64 auditRows(const QString &location)
    {
        auto store = peyvand::DataStoreFactory::open(location, peyvand::StoreOpenMode::MigrateExisting);
        return store->audit().count({});
    }

    CliRunner cli;
    QString target;
};

TEST_F(CliMigrate, CopiesEverythingAndVerifiesItFieldByField)
{
    const CliResult r = migrate({ QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const auto out = r.json();
    EXPECT_TRUE(out.value("verified", false)) << r.describe();
    EXPECT_TRUE(out["differences"].empty());
    EXPECT_EQ(out["counts"]["customers"], 150);
    EXPECT_GT(out["counts"]["activities"].get<int>(), 0);

    // Compared once more here, independently of the command's own check.
    auto source = peyvand::DataStoreFactory::open(cli.db(), peyvand::StoreOpenMode::MigrateExisting);
    auto copy = peyvand::DataStoreFactory::open(target, peyvand::StoreOpenMode::MigrateExisting);
    const auto differences = peyvand::testing::compareDatabases(*source, *copy);
    EXPECT_TRUE(differences.empty()) << differences.front();
    // The trail came along, plus the migration's own entry naming who ran it.
    const qint64 sourceTrail = source->audit().count({});
    EXPECT_GE(sourceTrail, 2);
    EXPECT_EQ(copy->audit().count({}), sourceTrail + 1);
    peyvand::AuditQuery migrations;
    migrations.action = QStringLiteral("migrate");
    const auto entries = copy->audit().list(migrations);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.front().userId, source->users().byUsername(QStringLiteral("admin"))->id);
    EXPECT_EQ(out["counts"]["audit_log"].get<qint64>(), sourceTrail);

    // Passwords moved too: the demo users sign in on the copy as before.
    CliRunner onCopy;
    onCopy.signInAs(QStringLiteral("manager"), QString::fromLatin1(CliRunner::kDemoPassword));
    const CliResult signedIn = onCopy.run({ QStringLiteral("--db"), target, QStringLiteral("--user"),
                                            QStringLiteral("manager"), QStringLiteral("whoami") });
    EXPECT_EQ(signedIn.exitCode, 0) << signedIn.describe();
    onCopy.signInAs(QStringLiteral("rep9"), QStringLiteral("rep9-pass-1405"));
    EXPECT_EQ(onCopy
                  .run({ QStringLiteral("--db"), target, QStringLiteral("--user"), QStringLiteral("rep9"),
                         QStringLiteral("whoami") })
                  .exitCode,
              0);
}

TEST_F(CliMigrate, ShowsProgressOnStandardError)
{
    const CliResult r = migrate();
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("migrate-to: copying customers"))) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("migrate-to: verifying activities"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("verified: both databases hold the same records"))) << r.describe();
    EXPECT_FALSE(migrate({ QStringLiteral("--quiet") }).err.contains(QStringLiteral("copying")));
}

TEST_F(CliMigrate, RefusesATargetThatHoldsDataAndLeavesItAsItWas)
{
    ASSERT_EQ(migrate().exitCode, 0);
    const qint64 before = auditRows(target);
    const CliResult again = migrate();
    EXPECT_EQ(again.exitCode, 1) << again.describe();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.describe();
    EXPECT_EQ(auditRows(target), before);
}

TEST_F(CliMigrate, RefusesAUserWithoutExportRightsAndCreatesNothing)
{
    cli.signInAs(QStringLiteral("rep1"), QString::fromLatin1(CliRunner::kDemoPassword));
    const CliResult r = migrate();
    EXPECT_EQ(r.exitCode, 3) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("export_data"))) << r.describe();
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST_F(CliMigrate, RefusesAMalformedOrUnreachableServerClearly)
{
    target = QStringLiteral("postgresql://someone@/peyvand");
    const CliResult malformed = migrate();
    EXPECT_EQ(malformed.exitCode, 1) << malformed.describe();
    EXPECT_TRUE(malformed.err.contains(QStringLiteral("url"))) << malformed.describe();

    target = QStringLiteral("postgresql://someone:secret-word@127.0.0.1:1/peyvand");
    const CliResult unreachable = migrate();
    EXPECT_EQ(unreachable.exitCode, 1) << unreachable.describe();
    EXPECT_TRUE(unreachable.err.contains(QStringLiteral("cannot reach the PostgreSQL server")))
        << unreachable.describe();
    EXPECT_FALSE(unreachable.err.contains(QStringLiteral("secret-word"))) << "the password must never be shown";
}

// An office's file moved up into this run's database: on the PostgreSQL run
// that is a real SQLite file into a real server (ctest's pg: tests), on the
// SQLite run into a new file.
TEST(CliMigrateUp, AFileIntoTheRunsDatabaseIsVerifiedAndUsableThere)
{
    CliRunner office;
    const QString file = office.path(QStringLiteral("office.sqlite"));
    CliResult seeded = office.run({ QStringLiteral("--db"), file, QStringLiteral("seed"), QStringLiteral("--customers"),
                                    QStringLiteral("120"), QStringLiteral("--quiet") });
    ASSERT_EQ(seeded.exitCode, 0) << seeded.describe();

    CliRunner team; // db(): a fresh server database on the PostgreSQL run
    team.signInAs(QStringLiteral("admin"), QString::fromLatin1(CliRunner::kDemoPassword));
    const CliResult moved
        = team.run({ QStringLiteral("--db"), file, QStringLiteral("--user"), QStringLiteral("admin"),
                     QStringLiteral("migrate-to"), team.db(), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(moved.exitCode, 0) << moved.describe();
    EXPECT_TRUE(moved.json().value("verified", false));

    // The team signs in there with the passwords they had.
    team.signInAs(QStringLiteral("rep1"), QString::fromLatin1(CliRunner::kDemoPassword));
    const CliResult who = team.runDb({ QStringLiteral("whoami") });
    EXPECT_EQ(who.exitCode, 0) << who.describe();
    auto source = peyvand::DataStoreFactory::open(file, peyvand::StoreOpenMode::MigrateExisting);
    auto copy = peyvand::DataStoreFactory::open(team.db(), peyvand::StoreOpenMode::MigrateExisting);
    EXPECT_TRUE(peyvand::testing::compareDatabases(*source, *copy).empty());
}

TEST_F(CliMigrate, RefusesTheDatabaseItselfAsTarget)
{
    target = cli.db();
    EXPECT_EQ(migrate().exitCode, 2);
}

} // namespace
