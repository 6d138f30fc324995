// Crash safety of backups (issue 7, parts 5 and 6): `restore` killed at random
// moments must leave the database as it was or as the backup, never a mix
// (cli.md: "an interrupted restore (killed, power cut) leaves the old data"),
// and `backup` killed must leave the database untouched and no file under the
// backup's name but a complete one.
#include "CrashKill.h"
#include "JsonTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <iostream>

namespace peyvand::crash {

namespace {

using test::CliRunner;

QStringList rowsOf(const QString &db)
{
    SqliteDataStore store(db, SqliteDatabase::OpenMode::MigrateExisting);
    return testing::everything(store.database());
}

QStringList seedLine(int customers, int seed)
{
    return { QStringLiteral("seed"),       QStringLiteral("--customers"), QString::number(customers),
             QStringLiteral("--seed"),     QString::number(seed),         QStringLiteral("--as-of"),
             QStringLiteral("1405/09/01"), QStringLiteral("--quiet") };
}

// A copy of a closed database file (its WAL folded back).
void copyDatabase(const QString &from, const QString &to)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(to + QLatin1String(suffix));
    ASSERT_FALSE(QFileInfo::exists(from + QStringLiteral("-wal"))) << "the WAL of " << from.toStdString();
    ASSERT_TRUE(QFile::copy(from, to));
}

} // namespace

TEST(CrashKill, backup_and_restore_kills_leave_the_old_data_or_the_backup)
{
    const CrashSettings &settings = CrashSettings::get();
    Rng rng(settings.seed, Workload::Restore);
    const int wanted = settings.killsFor(Workload::Restore);
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    QElapsedTimer total;
    total.start();

    // The data before (A) and a backup of other data (B).
    const QString original = cli.path(QStringLiteral("original.sqlite"));
    ASSERT_EQ(runLine(cli, cliLine(cli, original, Access::Open, seedLine(400, 11))).exitCode, 0);
    const QStringList before = rowsOf(original);
    const QString other = cli.path(QStringLiteral("other.sqlite"));
    ASSERT_EQ(runLine(cli, cliLine(cli, other, Access::Open, seedLine(900, 22))).exitCode, 0);
    const QString backup = cli.path(QStringLiteral("other-backup.sqlite"));
    const QStringList backupLine { QStringLiteral("backup"), backup, QStringLiteral("--quiet") };
    const test::CliResult made = runLine(cli, cliLine(cli, other, Access::SignedIn, backupLine));
    ASSERT_EQ(made.exitCode, 0) << made.describe();
    const QStringList restored = rowsOf(other);
    ASSERT_NE(before, restored);

    const QString db = cli.path(QStringLiteral("live.sqlite"));
    const QStringList restoreLine { QStringLiteral("restore"), backup, QStringLiteral("--quiet") };
    ASSERT_NO_FATAL_FAILURE(copyDatabase(original, db));
    KillableRun timedRestore(cli, cliLine(cli, db, Access::SignedIn, restoreLine), 300000);
    timedRestore.wait();
    ASSERT_TRUE(timedRestore.acknowledged()) << timedRestore.result().describe();
    qint64 restoreMs = timedRestore.ranMs();
    EXPECT_TRUE(rowsOf(db) == restored) << testing::firstDifference(rowsOf(db), restored);
    const QString copy = cli.path(QStringLiteral("copy.sqlite"));
    const QStringList copyLine { QStringLiteral("backup"), copy, QStringLiteral("--quiet"),
                                 QStringLiteral("--overwrite") };
    KillableRun timedBackup(cli, cliLine(cli, original, Access::SignedIn, copyLine), 300000);
    timedBackup.wait();
    ASSERT_TRUE(timedBackup.acknowledged()) << timedBackup.result().describe();
    qint64 backupMs = timedBackup.ranMs();

    int kills = 0, restoreKills = 0, backupKills = 0, finished = 0, cycles = 0, keptOld = 0, tookBackup = 0;
    while (kills < wanted && cycles < wanted * 6) {
        ++cycles;
        const bool restoring = rng.chance(0.6);
        if (restoring) {
            const qint64 killAt = rng.uniform(5, restoreMs * 12 / 10);
            SCOPED_TRACE("cycle " + std::to_string(cycles) + ": restore killed at " + std::to_string(killAt) + " ms");
            ASSERT_NO_FATAL_FAILURE(copyDatabase(original, db));
            KillableRun run(cli, cliLine(cli, db, Access::SignedIn, restoreLine), killAt);
            run.wait();
            if (run.killed()) {
                ++kills;
                ++restoreKills;
            } else {
                EXPECT_TRUE(run.acknowledged()) << run.result().describe();
                ++finished;
                restoreMs = run.ranMs(); // the machine may be busier or quieter than when timed
            }
            expectCheckOk(cli, db, "after the restore");
            const QStringList now = rowsOf(db);
            const bool old = now == before, isBackup = now == restored;
            EXPECT_TRUE(old || isBackup) << "neither the old data nor the backup: "
                                         << testing::firstDifference(now, before);
            if (run.acknowledged()) {
                EXPECT_TRUE(isBackup) << "a finished restore is not in place";
            }
            keptOld += old;
            tookBackup += isBackup;
        } else {
            const qint64 killAt = rng.uniform(5, backupMs * 12 / 10);
            SCOPED_TRACE("cycle " + std::to_string(cycles) + ": backup killed at " + std::to_string(killAt) + " ms");
            QFile::remove(copy);
            KillableRun run(cli, cliLine(cli, original, Access::SignedIn, copyLine), killAt);
            run.wait();
            if (run.killed()) {
                ++kills;
                ++backupKills;
            } else {
                EXPECT_TRUE(run.acknowledged()) << run.result().describe();
                ++finished;
                backupMs = run.ranMs();
            }
            // The database is untouched; a file under the backup's name is a whole backup.
            EXPECT_TRUE(rowsOf(original) == before) << "the database changed while it was backed up";
            if (run.acknowledged()) {
                EXPECT_TRUE(QFileInfo::exists(copy)) << "a finished backup left no file";
            }
            if (QFileInfo::exists(copy)) {
                expectCheckOk(cli, copy, "the backup file");
                EXPECT_TRUE(rowsOf(copy) == before) << "the backup is not the database";
            }
            // What a killed backup left behind (`FILE.part`) is not a backup; the next one replaces it.
            QFile::remove(copy + QStringLiteral(".part"));
        }
        if (::testing::Test::HasFailure())
            break;
    }
    EXPECT_GE(kills, wanted);
    std::cout << "crash-safety backup/restore: " << kills << " kills (" << restoreKills << " restores: " << keptOld
              << " files kept the old data, " << tookBackup << " had the backup; " << backupKills << " backups), "
              << finished << " finished, " << cycles << " cycles, a restore takes " << restoreMs << " ms, a backup "
              << backupMs << " ms, " << seconds(total) << " s" << std::endl;
}

} // namespace peyvand::crash
