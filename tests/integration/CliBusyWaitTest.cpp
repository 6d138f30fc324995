// Writers wait politely (issue 7, part 4): a program holding the write lock
// for longer than the desktop app's 10-second busy timeout — a big CSV import
// takes a minute on a million rows — must not make a telephone exchange's
// `activity add` fail with "database is locked" and lose the call.
// peyvand-cli waits up to --wait seconds (300 by default).
#include "CliRunner.h"

#include <QProcess>
#include <gtest/gtest.h>
#include <sqlite3.h>

using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

// Holds the write lock of a file as a long import would, until released.
class WriteLockHolder
{
public:
    explicit WriteLockHolder(const QString &path)
    {
        EXPECT_EQ(sqlite3_open(path.toUtf8().constData(), &m_db), SQLITE_OK);
        sqlite3_busy_timeout(m_db, 10000);
        EXPECT_EQ(sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(m_db);
    }
    ~WriteLockHolder()
    {
        release();
        sqlite3_close(m_db);
    }
    void release()
    {
        if (!m_released)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_released = true;
    }

private:
    sqlite3 *m_db = nullptr;
    bool m_released = false;
};

const QStringList kCall { "activity", "add", "--customer", "3", "--type", "call", "--notes", "waited for the lock" };

} // namespace

TEST(CliBusyWait, activity_add_outlasts_a_write_lock_held_longer_than_ten_seconds)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(20));
    const qint64 before = cli.count("activities");
    WriteLockHolder holder(cli.db());
    QProcess call;
    cli.prepare(call, cli.withDb(kCall));
    call.start();
    ASSERT_TRUE(call.waitForStarted(30000));
    // Longer than SQLite's 10-second busy timeout of the desktop app: the call is still waiting, not refused.
    EXPECT_FALSE(call.waitForFinished(11500)) << "activity add gave up while another program wrote:\n"
                                              << CliRunner::finish(call).describe();
    holder.release();
    const CliResult r = CliRunner::finish(call);
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_GT(r.out.trimmed().toLongLong(), 0) << r.describe();
    EXPECT_EQ(cli.count("activities"), before + 1);
}

TEST(CliBusyWait, wait_bounds_the_wait_and_a_refused_call_writes_nothing)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(20));
    const qint64 before = cli.count("activities");
    {
        WriteLockHolder holder(cli.db());
        const CliResult r = cli.run(QStringList { "--wait", "1" } + cli.withDb(kCall));
        EXPECT_EQ(r.exitCode, 1) << r.describe();
        EXPECT_TRUE(r.err.contains("database is locked")) << r.describe();
        EXPECT_TRUE(r.err.contains("more than 1 s")) << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
    }
    EXPECT_EQ(cli.count("activities"), before);
}

TEST(CliBusyWait, wait_must_be_a_number_of_seconds)
{
    CliRunner cli;
    for (const char *bad : { "soon", "-1", "86401" }) {
        const CliResult r = cli.run({ "--wait", bad, "init" });
        EXPECT_EQ(r.exitCode, 2) << bad << ": " << r.describe();
        EXPECT_TRUE(r.err.contains("--wait")) << r.describe();
    }
    EXPECT_EQ(cli.run({ "--wait=0", "--db", cli.db(), "init" }).exitCode, 0);
}
