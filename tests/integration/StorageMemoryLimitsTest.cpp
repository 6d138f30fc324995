// SqliteDatabase::setMemoryLimits: the page cache and mmap size every later
// connection of the process gets (the desktop app lowers them at start).
#include "TestStore.h"

#include <QTemporaryDir>

using namespace peyvand;

namespace {

qint64 pragma(SqliteDatabase &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q->step() ? q->int64(0) : -1;
}

// Puts the process-wide limits back whatever the test does.
struct RestoreLimits
{
    SqliteDatabase::MemoryLimits saved = SqliteDatabase::memoryLimits();
    ~RestoreLimits() { SqliteDatabase::setMemoryLimits(saved); }
};

} // namespace

TEST(StorageMemoryLimits, connections_get_the_default_cache_and_mmap)
{
    RestoreLimits restore;
    SqliteDatabase::setMemoryLimits({});
    QTemporaryDir dir;
    SqliteDataStore store(dir.filePath(QStringLiteral("defaults.sqlite")));
    EXPECT_EQ(pragma(store.database(), "PRAGMA cache_size"), -65536);
    EXPECT_EQ(pragma(store.database(), "PRAGMA mmap_size"), qint64(256) << 20);
}

TEST(StorageMemoryLimits, lowered_limits_apply_to_connections_opened_afterwards_read_only_too)
{
    RestoreLimits restore;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lowered.sqlite"));
    SqliteDataStore before(path);
    SqliteDatabase::setMemoryLimits({ 8192, 0 });
    EXPECT_EQ(SqliteDatabase::memoryLimits().cacheKiB, 8192);
    SqliteDataStore after(path);
    SqliteDataStore reader(path, SqliteDatabase::OpenMode::ReadOnly);
    for (SqliteDataStore *store : { &after, &reader }) {
        EXPECT_EQ(pragma(store->database(), "PRAGMA cache_size"), -8192);
        EXPECT_EQ(pragma(store->database(), "PRAGMA mmap_size"), 0);
    }
    // An open connection keeps what it had.
    EXPECT_EQ(pragma(before.database(), "PRAGMA cache_size"), -65536);
}
