// BackupPolicy: backup file names, recognising a database's backups among
// other files, keeping the newest N, and when the next automatic backup is due.
#include "BackupPolicy.h"

#include "TestPrinters.h"

#include <QTimeZone>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QStringList names(const QList<BackupFile> &files)
{
    QStringList out;
    for (const BackupFile &f : files)
        out << f.path;
    return out;
}

} // namespace

TEST(BackupPolicy, names_a_backup_by_database_and_utc_time)
{
    const BackupPolicy policy(QStringLiteral("/data/crm/peyvand.sqlite"));
    EXPECT_EQ(policy.prefix(), QStringLiteral("peyvand"));
    EXPECT_EQ(policy.fileName(utc(2025, 11, 23, 14, 30, 5)), QStringLiteral("peyvand-2025-11-23-143005Z.sqlite"));
    // Tehran 18:00 is 14:30 UTC: the name is in UTC whatever the time's zone.
    const QDateTime tehran = utc(2025, 11, 23, 14, 30, 5).toTimeZone(QTimeZone("Asia/Tehran"));
    EXPECT_EQ(policy.fileName(tehran), QStringLiteral("peyvand-2025-11-23-143005Z.sqlite"));
    EXPECT_EQ(policy.fileName(utc(2025, 1, 2, 3, 4, 5), true),
              QStringLiteral("peyvand-2025-01-02-030405Z-before-restore.sqlite"));
}

TEST(BackupPolicy, prefix_is_the_database_file_name_without_extension)
{
    EXPECT_EQ(BackupPolicy(QStringLiteral("/x/acme.db")).prefix(), QStringLiteral("acme"));
    EXPECT_EQ(BackupPolicy(QStringLiteral("shop.2.sqlite")).prefix(), QStringLiteral("shop.2"));
    EXPECT_EQ(BackupPolicy(QStringLiteral("")).prefix(), QStringLiteral("peyvand"));
}

TEST(BackupPolicy, parses_what_it_names)
{
    const BackupPolicy policy(QStringLiteral("peyvand.sqlite"));
    for (const bool beforeRestore : { false, true }) {
        const QDateTime at = utc(2024, 3, 20, 23, 59, 58);
        const auto file = policy.parse(policy.fileName(at, beforeRestore));
        ASSERT_TRUE(file.has_value());
        EXPECT_EQ(file->takenAt, at);
        EXPECT_EQ(file->takenAt.timeSpec(), Qt::UTC);
        EXPECT_EQ(file->beforeRestore, beforeRestore);
    }
    const auto withDir = policy.parse(QStringLiteral("/b/peyvand-2024-03-20-235958Z.sqlite"));
    ASSERT_TRUE(withDir.has_value());
    EXPECT_EQ(withDir->path, QStringLiteral("/b/peyvand-2024-03-20-235958Z.sqlite"));
}

TEST(BackupPolicy, ignores_other_files_and_other_databases_backups)
{
    const BackupPolicy policy(QStringLiteral("peyvand.sqlite"));
    for (const char *name : { "acme-2025-11-23-143005Z.sqlite", // another database's
                              "peyvand-acme-2025-11-23-143005Z.sqlite", // "peyvand-acme"'s
                              "peyvand-2025-11-23-143005Z.sqlite.part", // half written
                              "peyvand-2025-11-23-143005Z.json", // another suffix
                              "peyvand-2025-11-23-143005.sqlite", // no Z
                              "peyvand-2025-13-40-143005Z.sqlite", // no such date
                              "peyvand-2025-11-23-143005Z-copy.sqlite", "peyvand.sqlite", "notes.txt" })
        EXPECT_FALSE(policy.parse(QString::fromLatin1(name)).has_value()) << name;
    // A database whose name has dashes is still itself.
    const BackupPolicy dashed(QStringLiteral("/x/my-shop.sqlite"));
    EXPECT_TRUE(dashed.parse(QStringLiteral("my-shop-2025-11-23-143005Z.sqlite")).has_value());
    EXPECT_FALSE(dashed.parse(QStringLiteral("shop-2025-11-23-143005Z.sqlite")).has_value());
}

TEST(BackupPolicy, lists_a_databases_backups_newest_first)
{
    const BackupPolicy policy(QStringLiteral("peyvand.sqlite"));
    const QStringList found { QStringLiteral("peyvand-2025-11-21-090000Z.sqlite"),
                              QStringLiteral("readme.txt"),
                              QStringLiteral("peyvand-2025-11-23-090000Z.sqlite"),
                              QStringLiteral("peyvand-2025-11-22-120000Z-before-restore.sqlite"),
                              QStringLiteral("acme-2025-11-24-090000Z.sqlite"),
                              QStringLiteral("peyvand-2025-11-22-090000Z.sqlite") };
    EXPECT_EQ(names(policy.backupsAmong(found)),
              (QStringList { QStringLiteral("peyvand-2025-11-23-090000Z.sqlite"),
                             QStringLiteral("peyvand-2025-11-22-120000Z-before-restore.sqlite"),
                             QStringLiteral("peyvand-2025-11-22-090000Z.sqlite"),
                             QStringLiteral("peyvand-2025-11-21-090000Z.sqlite") }));
}

TEST(BackupPolicy, keeps_exactly_the_newest_n)
{
    const BackupPolicy policy(QStringLiteral("peyvand.sqlite"));
    QStringList found;
    for (int day = 1; day <= 10; ++day)
        found << policy.fileName(utc(2025, 11, day, 9));
    const QList<BackupFile> all = policy.backupsAmong(found);
    const QList<BackupFile> gone = BackupPolicy::beyondKeep(all, 7);
    ASSERT_EQ(gone.size(), 3);
    EXPECT_EQ(gone[0].takenAt, utc(2025, 11, 3, 9));
    EXPECT_EQ(gone[2].takenAt, utc(2025, 11, 1, 9));
    EXPECT_TRUE(BackupPolicy::beyondKeep(all, 10).isEmpty());
    EXPECT_TRUE(BackupPolicy::beyondKeep(all, 50).isEmpty());
    EXPECT_EQ(BackupPolicy::beyondKeep(all, 1).size(), 9);
}

TEST(BackupPolicy, first_backup_is_due_at_once)
{
    const QDateTime now = utc(2025, 11, 23, 10);
    EXPECT_TRUE(BackupPolicy::isDue(now, std::nullopt, 1));
    EXPECT_EQ(BackupPolicy::nextDue(now, std::nullopt, 1), now);
}

TEST(BackupPolicy, daily_backup_is_due_a_day_after_the_last)
{
    const QDateTime last = utc(2025, 11, 22, 9, 0);
    EXPECT_EQ(BackupPolicy::nextDue(last, last, 1), utc(2025, 11, 23, 9, 0));
    EXPECT_FALSE(BackupPolicy::isDue(utc(2025, 11, 23, 8, 59, 59), last, 1));
    EXPECT_TRUE(BackupPolicy::isDue(utc(2025, 11, 23, 9, 0), last, 1));
    EXPECT_TRUE(BackupPolicy::isDue(utc(2025, 12, 30), last, 1));
    EXPECT_FALSE(BackupPolicy::isDue(utc(2025, 11, 28), last, 7));
    EXPECT_TRUE(BackupPolicy::isDue(utc(2025, 11, 29, 9), last, 7));
}

TEST(BackupPolicy, interval_zero_means_no_automatic_backups)
{
    EXPECT_FALSE(BackupPolicy::isDue(utc(2025, 11, 23), std::nullopt, 0));
    EXPECT_FALSE(BackupPolicy::nextDue(utc(2025, 11, 23), utc(2020, 1, 1), 0).isValid());
}

TEST(BackupPolicy, a_backup_stamped_in_the_future_waits_its_interval)
{
    // Another PC's clock runs ahead: its backup counts from its own stamp.
    const QDateTime ahead = utc(2025, 11, 23, 12);
    EXPECT_FALSE(BackupPolicy::isDue(utc(2025, 11, 23, 10), ahead, 1));
    EXPECT_TRUE(BackupPolicy::isDue(utc(2025, 11, 24, 12), ahead, 1));
}
