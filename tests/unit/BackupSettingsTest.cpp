// BackupSettings: defaults, storing in a database's meta values, values out of
// range refused on save and ignored on load, the default folder.
#include "BackupSettings.h"

#include "MetaRepository.h"
#include "TestPrinters.h"
#include "ValidationError.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

class MemoryMeta final : public MetaRepository
{
public:
    std::optional<QString> value(const QString &key) const override
    {
        if (!values.contains(key))
            return std::nullopt;
        return values.value(key);
    }
    void setValue(const QString &key, const QString &value) override { values.insert(key, value); }
    void remove(const QString &key) override { values.remove(key); }

    QMap<QString, QString> values;
};

QString rejection(const BackupSettings &s)
{
    try {
        s.validate();
    } catch (const ValidationError &e) {
        return e.field() + u'/' + e.code();
    }
    return QStringLiteral("<accepted>");
}

} // namespace

TEST(BackupSettings, defaults_are_daily_keeping_seven_beside_the_database)
{
    MemoryMeta meta;
    const BackupSettings s = BackupSettings::load(meta);
    EXPECT_EQ(s.intervalDays, 1);
    EXPECT_EQ(s.keep, 7);
    EXPECT_TRUE(s.folder.isEmpty());
}

TEST(BackupSettings, round_trip_through_meta)
{
    MemoryMeta meta;
    BackupSettings s;
    s.folder = QStringLiteral("/srv/backups/crm/");
    s.intervalDays = 3;
    s.keep = 30;
    s.save(meta);
    EXPECT_EQ(meta.values.value(QStringLiteral("backup.interval_days")), QStringLiteral("3"));
    EXPECT_EQ(meta.values.value(QStringLiteral("backup.keep")), QStringLiteral("30"));
    const BackupSettings back = BackupSettings::load(meta);
    EXPECT_EQ(back.folder, QStringLiteral("/srv/backups/crm"));
    EXPECT_EQ(back.intervalDays, 3);
    EXPECT_EQ(back.keep, 30);

    // Back to the default folder: the key goes.
    s.folder.clear();
    s.save(meta);
    EXPECT_FALSE(meta.values.contains(QStringLiteral("backup.folder")));
}

TEST(BackupSettings, refuses_values_out_of_range_and_stores_nothing)
{
    BackupSettings s;
    s.intervalDays = -1;
    EXPECT_EQ(rejection(s), QStringLiteral("backup.interval_days/range"));
    s.intervalDays = 366;
    EXPECT_EQ(rejection(s), QStringLiteral("backup.interval_days/range"));
    s.intervalDays = 0; // off
    EXPECT_EQ(rejection(s), QStringLiteral("<accepted>"));
    s.keep = 0;
    EXPECT_EQ(rejection(s), QStringLiteral("backup.keep/range"));
    s.keep = 1001;
    EXPECT_EQ(rejection(s), QStringLiteral("backup.keep/range"));

    MemoryMeta meta;
    EXPECT_THROW(s.save(meta), ValidationError);
    EXPECT_TRUE(meta.values.isEmpty());
}

TEST(BackupSettings, unreadable_stored_values_fall_back_to_defaults)
{
    MemoryMeta meta;
    meta.values.insert(QStringLiteral("backup.interval_days"), QStringLiteral("often"));
    meta.values.insert(QStringLiteral("backup.keep"), QStringLiteral("0"));
    const BackupSettings s = BackupSettings::load(meta);
    EXPECT_EQ(s.intervalDays, BackupSettings::kDefaultIntervalDays);
    EXPECT_EQ(s.keep, BackupSettings::kDefaultKeep);
}

TEST(BackupSettings, default_folder_is_backups_beside_the_database_file)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("peyvand.sqlite"));
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_EQ(BackupSettings::defaultFolder(db), QDir(dir.path()).filePath(QStringLiteral("backups")));
    BackupSettings s;
    EXPECT_EQ(s.folderFor(db), BackupSettings::defaultFolder(db));
    s.folder = QStringLiteral("/mnt/nas");
    EXPECT_EQ(s.folderFor(db), QStringLiteral("/mnt/nas"));
}
