// Two processes on one file: the real peyvand-cli `activity add` in a loop (a
// telephone exchange) while this process saves customers through the
// services, as the desktop app would. Both wait for each other's write lock
// (busy timeout, BEGIN IMMEDIATE): every call succeeds, no "database is
// locked", and every save is kept.
#include "CliRunner.h"
#include "CustomerService.h"
#include "DataStoreFactory.h"
#include "TestStore.h"

#include <gtest/gtest.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace peyvand::testing {

TEST(CliConcurrentUse, activity_add_in_a_loop_and_customer_saves_in_another_process_all_succeed)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(60));
    const CliResult found = cli.runDb({ "search", "", "--limit", "10", "--format", "json" });
    ASSERT_EQ(found.exitCode, 0) << found.describe();
    const json rows = found.json();
    ASSERT_GE(rows.size(), 2u);
    const qint64 called = rows[0]["id"].get<qint64>(); // the exchange logs calls with this one
    const qint64 edited = rows[1]["id"].get<qint64>(); // this process edits this one
    const qint64 activitiesBefore = cli.count("activities");

    constexpr int calls = 60;
    QProcess exchange;
    cli.prepare(exchange, {});
    QProcessEnvironment env = cli.environment();
    env.insert("CLI", CliRunner::program());
    env.insert("DB", cli.db());
    env.insert("CUSTOMER", QString::number(called));
    exchange.setProcessEnvironment(env);
    exchange.setProgram("/bin/sh");
    exchange.setArguments(
        { "-c",
          QStringLiteral("i=0; while [ $i -lt %1 ]; do i=$((i+1));"
                         " \"$CLI\" --db \"$DB\" --user manager activity add --customer \"$CUSTOMER\" --type call"
                         " --notes \"call $i\" || { echo \"call $i failed: $?\" >&2; exit 1; }; done")
              .arg(calls) });
    exchange.start();
    ASSERT_TRUE(exchange.waitForStarted(30000));

    // Meanwhile: read, change, save, as often as the loop runs (and at least a few times).
    const auto storeOwner = peyvand::DataStoreFactory::open(cli.db());
    peyvand::DataStore &store = *storeOwner;
    store.setActor(*store.users().byUsername(QStringLiteral("manager"))); // the demo manager, as the calls
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    CustomerService customers(store, clock);
    int saves = 0;
    qint64 lastVersion = customers.get(edited).version;
    QString lastTag;
    while (!exchange.waitForFinished(5) || saves < 5) {
        Customer c = customers.get(edited);
        EXPECT_EQ(c.version, lastVersion); // nobody else saves it
        lastTag = QStringLiteral("ذخیره %1").arg(++saves);
        c.tags = QStringList { lastTag };
        try {
            lastVersion = customers.update(c);
        } catch (const std::exception &e) {
            ADD_FAILURE() << "save " << saves << " failed: " << e.what();
            break;
        }
        EXPECT_EQ(lastVersion, c.version + 1);
        if (saves > 2000)
            break; // the loop is stuck: its result below says why
    }
    CliResult r;
    r.finished = (exchange.state() == QProcess::NotRunning || exchange.waitForFinished(300000))
        && exchange.exitStatus() == QProcess::NormalExit;
    r.exitCode = r.finished ? exchange.exitCode() : -1;
    r.out = QString::fromUtf8(exchange.readAllStandardOutput());
    r.err = QString::fromUtf8(exchange.readAllStandardError());
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_FALSE(r.err.contains(QStringLiteral("locked"))) << r.describe();
    EXPECT_FALSE(r.err.contains(QStringLiteral("busy"))) << r.describe();
    EXPECT_EQ(r.out.split('\n', Qt::SkipEmptyParts).size(), calls) << r.describe();

    EXPECT_EQ(cli.count("activities"), activitiesBefore + calls);
    const Customer saved = customers.get(edited);
    EXPECT_EQ(saved.tags, QStringList { lastTag });
    EXPECT_EQ(saved.version, lastVersion);
    EXPECT_GE(saves, 5);
    if (!onPostgresql()) // `check` is SQLite's: a server database is checked on the server
        EXPECT_EQ(cli.check()["ok"], true);
}

} // namespace peyvand::testing
