// Backups and restores on real SQLite files: a restored database holds every
// record of the backup (entity by entity and every table's rows), a backup
// taken while another connection writes is the one state it started from,
// refused files leave the live database untouched byte for byte, older
// backups are migrated, rotation keeps exactly N, the automatic schedule, and
// cancelling undoes.
#include "BackupPolicy.h"
#include "BackupService.h"
#include "CustomerService.h"
#include "DatabaseComparison.h"
#include "DemoDataGenerator.h"
#include "JsonTestSupport.h"
#include "OperationCancelled.h"
#include "SqliteBackupCopy.h"
#include "TestStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace peyvand::testing {

namespace {

const QDate kAsOf(2025, 3, 10);

void seed(DataStore &store, qint64 customers = 300)
{
    DemoDataGenerator::Options options;
    options.customers = customers;
    options.asOf = kAsOf;
    options.batchSize = 100;
    DemoDataGenerator(store, options).run();
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &l : lines)
        out += l + '\n';
    return out;
}

// Raw SQLite on a file (so nothing of ours touches it).
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    EXPECT_EQ(rc, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

QString refusalCode(const std::function<void()> &work)
{
    try {
        work();
    } catch (const ValidationError &e) {
        return e.code();
    }
    return QStringLiteral("<accepted>");
}

// The live database's bytes: the main file and its WAL.
struct LiveBytes
{
    QByteArray main, wal;
    static LiveBytes of(const QString &path) { return { fileBytes(path), fileBytes(path + QStringLiteral("-wal")) }; }
    bool operator==(const LiveBytes &) const = default;
};

class BackupServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        seed(*live);
        service(); // adds the administrator now, so later states compare equal
        folder = live.dir.filePath(QStringLiteral("backups"));
    }

    // Backups are an administrator's (manage_backups): act as one, also after a reopen.
    BackupService service()
    {
        auto admin = live->users().byUsername(QStringLiteral("backup-admin"));
        if (!admin) {
            User u;
            u.username = QStringLiteral("backup-admin");
            u.role = UserRole::Admin;
            u.id = live->users().add(u);
            admin = u;
        }
        live->setActor(*admin);
        return BackupService(*live, live.clock);
    }

    qint64 addCustomer(DataStore &store, const QString &last)
    {
        if (!store.actor().id) // another connection: it acts as the file's manager
            store.setActor(live.manager);
        qint64 id = 0;
        store.transaction(
            [&] { id = CustomerService(store, live.clock).create(individual(QStringLiteral("مریم"), last)); });
        return id;
    }

    QStringList folderNames() const { return QDir(folder).entryList(QDir::Files, QDir::Name); }

    TestStore live;
    QString folder;
};

} // namespace

TEST_F(BackupServiceTest, backup_then_restore_finds_every_record)
{
    const BackupResult backup = service().backupNow();
    EXPECT_TRUE(QFileInfo(backup.file.path).isFile());
    EXPECT_EQ(QFileInfo(backup.file.path).absolutePath(), QFileInfo(folder).absoluteFilePath());
    EXPECT_EQ(backup.check.schemaVersion, live.sqlite().database().userVersion());
    EXPECT_FALSE(QFileInfo::exists(backup.file.path + QStringLiteral(".part")));
    const QStringList before = everything(live.sqlite().database());

    // Changes after the backup: a new customer, a changed one, a deleted activity.
    const qint64 added = addCustomer(*live, QStringLiteral("پس‌از‌پشتیبان"));
    live.sqlite().database().exec("UPDATE customers SET email = 'changed@example.com' WHERE id = 1; "
                                  "DELETE FROM activities WHERE id = (SELECT min(id) FROM activities)");
    EXPECT_NE(everything(live.sqlite().database()), before);

    live.clock.advanceSeconds(60);
    const RestoreResult restored = service().restore(backup.file.path);
    EXPECT_EQ(restored.outcome.schemaVersion, live.sqlite().database().userVersion());
    EXPECT_TRUE(restored.keptAs.beforeRestore);
    EXPECT_TRUE(QFileInfo(restored.keptAs.path).isFile());

    // Every record of the backup, entity by entity and row by row (search index too).
    SqliteDataStore fromBackup(backup.file.path, SqliteDatabase::OpenMode::ReadOnly);
    const auto differences = compareDatabases(*live, fromBackup);
    EXPECT_TRUE(differences.empty()) << joined(differences);
    const QStringList after = everything(live.sqlite().database());
    EXPECT_TRUE(after == before) << firstDifference(before, after);
    EXPECT_FALSE(live->customers().get(added).has_value());

    // The same connection and a new one see the restored data.
    live.reopen();
    EXPECT_TRUE(everything(live.sqlite().database()) == before);

    // The safety copy holds the data that was replaced.
    SqliteDataStore kept(restored.keptAs.path, SqliteDatabase::OpenMode::ReadOnly);
    EXPECT_TRUE(kept.customers().get(added).has_value());
}

TEST_F(BackupServiceTest, backup_file_is_a_self_contained_rollback_journal_database)
{
    const QString file = live.dir.filePath(QStringLiteral("copy.sqlite"));
    service().backupTo(file);
    const QByteArray header = fileBytes(file).left(100);
    ASSERT_EQ(header.size(), 100);
    EXPECT_TRUE(header.startsWith("SQLite format 3"));
    EXPECT_EQ(int(header[18]), 1) << "journal mode bytes say WAL";
    EXPECT_EQ(int(header[19]), 1);
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    // Not counted by the schedule: that is about the folder.
    EXPECT_FALSE(service().lastBackupAt().has_value());
}

TEST_F(BackupServiceTest, backup_while_another_connection_writes_is_the_state_it_started_from)
{
    const QStringList atStart = everything(live.sqlite().database());
    const qint64 customersAtStart = live.rows("customers");
    // Pages to copy span several steps, so the writer commits between them.
    ASSERT_GT(QFileInfo(live.path).size() / 4096, SqliteBackupCopy::kPagesPerStep);

    std::mutex mutex;
    std::condition_variable changed;
    bool go = false;
    int committed = 0;
    std::atomic_bool stop { false };
    std::thread writer([&] {
        SqliteDataStore other(live.path, SqliteDatabase::OpenMode::MigrateExisting);
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return go; });
        }
        for (int i = 0; !stop; ++i) {
            addCustomer(other, QStringLiteral("همزمان%1").arg(i));
            std::lock_guard lock(mutex);
            ++committed;
            changed.notify_all();
        }
    });

    BackupOptions options;
    bool waited = false;
    bool writerKeptUp = true;
    options.progress = [&](BackupPhase phase, qint64 done, qint64 total) {
        if (phase != BackupPhase::Copying || waited || done >= total)
            return;
        // Mid-copy: let the writer commit 25 customers before the next step.
        waited = true;
        std::unique_lock lock(mutex);
        go = true;
        changed.notify_all();
        writerKeptUp = changed.wait_for(lock, std::chrono::seconds(60), [&] { return committed >= 25; });
    };
    const QString file = live.dir.filePath(QStringLiteral("during.sqlite"));
    service().backupTo(file, options);
    stop = true;
    {
        std::lock_guard lock(mutex);
        go = true;
        changed.notify_all();
    }
    writer.join();
    EXPECT_TRUE(waited);
    EXPECT_TRUE(writerKeptUp) << "the writer was blocked by the backup";
    EXPECT_GE(live.rows("customers"), customersAtStart + 25);

    // The copy is exactly the state when the backup began: none of the writes made during it.
    SqliteDataStore copy(file, SqliteDatabase::OpenMode::ReadOnly);
    const QStringList inCopy = everything(copy.database());
    EXPECT_TRUE(inCopy == atStart) << firstDifference(atStart, inCopy);
    auto q = copy.database().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(q->step());
    EXPECT_EQ(q->text(0), QStringLiteral("ok"));
}

TEST_F(BackupServiceTest, restore_refuses_bad_files_and_leaves_the_database_untouched)
{
    const QString good = live.dir.filePath(QStringLiteral("good.sqlite"));
    service().backupTo(good);
    const auto makeFile = [&](const QString &name, const QByteArray &bytes) {
        const QString path = live.dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    };
    const QByteArray goodBytes = fileBytes(good);

    // Damaged: garbage over pages in the middle (b-tree pages of the data).
    QByteArray damaged = goodBytes;
    for (qsizetype i = damaged.size() / 2; i < damaged.size() / 2 + 8 * 4096; ++i)
        damaged[i] = char((i * 7919) & 0xff);
    const QString corrupt = makeFile(QStringLiteral("damaged.sqlite"), damaged);
    const QString truncated = makeFile(QStringLiteral("truncated.sqlite"), goodBytes.left(goodBytes.size() / 2));
    const QString text = makeFile(QStringLiteral("notes.sqlite"), QByteArray("name,phone\nعلی,0912\n").repeated(50));
    const QString empty = makeFile(QStringLiteral("empty.sqlite"), QByteArray());
    const QString newer = live.dir.filePath(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(QFile::copy(good, newer));
    rawExec(newer, "PRAGMA user_version = 99");
    const QString foreign = live.dir.filePath(QStringLiteral("other-program.sqlite"));
    rawExec(foreign,
            "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total INTEGER); INSERT INTO invoices VALUES (1, 5)");

    const LiveBytes bytesBefore = LiveBytes::of(live.path);
    const QStringList contentBefore = everything(live.sqlite().database());
    const QByteArray newerBytes = fileBytes(newer);
    const struct
    {
        QString path;
        const char *code;
    } cases[] = { { corrupt, "corrupt" },     { truncated, "corrupt" },
                  { text, "not_a_database" }, { empty, "not_peyvand" },
                  { foreign, "not_peyvand" }, { newer, "newer_schema" },
                  { live.path, "same_file" }, { live.dir.filePath(QStringLiteral("missing.sqlite")), "not_found" } };
    for (const auto &c : cases) {
        EXPECT_EQ(refusalCode([&] { service().restore(c.path); }), QLatin1String(c.code)) << c.path.toStdString();
        EXPECT_TRUE(LiveBytes::of(live.path) == bytesBefore) << "live database changed by " << c.path.toStdString();
        EXPECT_TRUE(folderNames().isEmpty()) << "a safety copy was made for " << c.path.toStdString();
    }
    EXPECT_TRUE(everything(live.sqlite().database()) == contentBefore);
    EXPECT_EQ(fileBytes(newer), newerBytes) << "the refused backup was changed";

    try {
        service().restore(newer);
    } catch (const ValidationError &e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("newer Peyvand"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("99"))) << e.message().toStdString();
        EXPECT_FALSE(e.persianMessage().isEmpty());
    }
}

TEST_F(BackupServiceTest, restore_of_an_older_schema_is_migrated)
{
    const QString fixture = QDir(QStringLiteral(PEYVAND_TEST_DATA_DIR)).filePath(QStringLiteral("schema_v5.sqlite"));
    const QString old = live.dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(fixture, old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    qint64 oldCustomers = 0;
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open_v2(old.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM customers", -1, &stmt, nullptr);
        ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
        oldCustomers = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
    ASSERT_GT(oldCustomers, 0);
    const RestoreResult r = service().restore(old);
    EXPECT_EQ(r.outcome.backup.schemaVersion, 5);
    EXPECT_EQ(r.outcome.schemaVersion, live.sqlite().database().userVersion());
    EXPECT_GT(r.outcome.schemaVersion, 5);
    EXPECT_EQ(live.rows("customers"), oldCustomers);
    // Migration 6 built the report summaries from the restored rows.
    EXPECT_EQ(live.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'activity_daily'"), 1);
    auto q = live.sqlite().database().prepare("PRAGMA integrity_check");
    ASSERT_TRUE(q->step());
    EXPECT_EQ(q->text(0), QStringLiteral("ok"));
}

TEST_F(BackupServiceTest, another_connection_sees_the_restored_data)
{
    const QString file = live.dir.filePath(QStringLiteral("b.sqlite"));
    service().backupTo(file);
    SqliteDataStore other(live.path, SqliteDatabase::OpenMode::MigrateExisting);
    const qint64 before = other.customers().count(CustomerQuery {});
    addCustomer(*live, QStringLiteral("تازه"));
    EXPECT_EQ(other.customers().count(CustomerQuery {}), before + 1);
    service().restore(file);
    EXPECT_EQ(other.customers().count(CustomerQuery {}), before);
    addCustomer(other, QStringLiteral("پس‌از‌بازگردانی")); // and writes to it
    EXPECT_EQ(live->customers().count(CustomerQuery {}), before + 1);
}

TEST_F(BackupServiceTest, rotation_keeps_exactly_the_newest_n)
{
    BackupSettings settings;
    settings.keep = 3;
    service().saveSettings(settings);
    QDir().mkpath(folder);
    // Files that are not this database's backups are never touched.
    for (const char *name :
         { "notes.txt", "other-2020-01-01-000000Z.sqlite", "peyvand-2020-01-01-000000Z.sqlite.part" }) {
        QFile f(QDir(folder).filePath(QLatin1String(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    QStringList made;
    QList<int> removedCounts;
    for (int day = 0; day < 5; ++day) {
        const BackupResult r = service().backupNow();
        made << QFileInfo(r.file.path).fileName();
        removedCounts << int(r.removed.size());
        live.clock.advanceSeconds(86400);
    }
    EXPECT_EQ(removedCounts, (QList<int> { 0, 0, 0, 1, 1 }));
    const QList<BackupFile> kept = service().backups();
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(QFileInfo(kept[0].path).fileName(), made[4]);
    EXPECT_EQ(QFileInfo(kept[2].path).fileName(), made[2]);
    EXPECT_GT(kept[0].bytes, 0);
    const QStringList names = folderNames();
    EXPECT_TRUE(names.contains(QStringLiteral("notes.txt")));
    EXPECT_TRUE(names.contains(QStringLiteral("other-2020-01-01-000000Z.sqlite")));
    EXPECT_TRUE(names.contains(QStringLiteral("peyvand-2020-01-01-000000Z.sqlite.part")));
    EXPECT_EQ(names.size(), 6);
}

TEST_F(BackupServiceTest, two_backups_in_one_second_get_two_names)
{
    const BackupResult a = service().backupNow();
    const BackupResult b = service().backupNow();
    EXPECT_NE(a.file.path, b.file.path);
    EXPECT_EQ(service().backups().size(), 2);
}

TEST_F(BackupServiceTest, scheduled_backup_runs_when_due_and_not_otherwise)
{
    EXPECT_TRUE(service().isDue());
    ASSERT_TRUE(service().runScheduled().has_value());
    EXPECT_FALSE(service().isDue());
    EXPECT_EQ(service().lastBackupAt(), live.clock.now());
    live.clock.advanceSeconds(86400 - 1);
    EXPECT_FALSE(service().runScheduled().has_value());
    live.clock.advanceSeconds(1);
    EXPECT_TRUE(service().runScheduled().has_value());
    EXPECT_EQ(service().backups().size(), 2);

    // Another PC claimed today's backup a minute ago: this one leaves it.
    live.clock.advanceSeconds(86400);
    live->meta().setValue(QStringLiteral("backup.claimed_at"), live.clock.now().addSecs(-60).toString(Qt::ISODate));
    EXPECT_FALSE(service().runScheduled().has_value());
    // A claim two hours old is a PC that stopped half way: taken over.
    live->meta().setValue(QStringLiteral("backup.claimed_at"), live.clock.now().addSecs(-7200).toString(Qt::ISODate));
    EXPECT_TRUE(service().runScheduled().has_value());
    EXPECT_FALSE(live->meta().value(QStringLiteral("backup.claimed_at")).has_value());

    // Off.
    BackupSettings off;
    off.intervalDays = 0;
    service().saveSettings(off);
    live.clock.advanceSeconds(30 * 86400);
    EXPECT_FALSE(service().isDue());
    EXPECT_FALSE(service().runScheduled().has_value());
}

TEST_F(BackupServiceTest, a_backup_recorded_by_another_pc_counts_for_the_schedule)
{
    // Its folder is out of reach here, but the database remembers when.
    live->meta().setValue(QStringLiteral("backup.last_at"), live.clock.now().addSecs(-3600).toString(Qt::ISODate));
    EXPECT_FALSE(service().isDue());
    EXPECT_EQ(service().nextDueAt(), live.clock.now().addSecs(86400 - 3600));
}

TEST_F(BackupServiceTest, settings_live_in_the_database_and_survive_a_restore)
{
    const QString file = live.dir.filePath(QStringLiteral("b.sqlite"));
    service().backupTo(file);
    BackupSettings s;
    s.folder = live.dir.filePath(QStringLiteral("elsewhere"));
    s.intervalDays = 2;
    s.keep = 12;
    service().saveSettings(s);
    live.reopen(); // another PC opening the file sees them
    EXPECT_EQ(service().settings(), s);
    const RestoreResult r = service().restore(file);
    EXPECT_EQ(service().settings(), s);
    EXPECT_EQ(QFileInfo(r.keptAs.path).absolutePath(), QFileInfo(s.folder).absoluteFilePath());
}

TEST_F(BackupServiceTest, cancelled_backup_leaves_no_file)
{
    std::atomic_bool cancel { false };
    BackupOptions options;
    options.cancel = &cancel;
    options.progress = [&](BackupPhase, qint64, qint64) { cancel = true; };
    const QString file = live.dir.filePath(QStringLiteral("c.sqlite"));
    EXPECT_THROW(service().backupTo(file, options), OperationCancelled);
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral(".part-journal")));
    // The connection is usable: no transaction left open.
    addCustomer(*live, QStringLiteral("پس‌از‌لغو"));
}

TEST_F(BackupServiceTest, cancelled_restore_leaves_the_database_as_it_was)
{
    const QString file = live.dir.filePath(QStringLiteral("b.sqlite"));
    service().backupTo(file);
    addCustomer(*live, QStringLiteral("بماند"));
    const QStringList before = everything(live.sqlite().database());
    std::atomic_bool cancel { false };
    BackupOptions options;
    options.cancel = &cancel;
    int restoringSteps = 0;
    options.progress = [&](BackupPhase phase, qint64 done, qint64 total) {
        if (phase == BackupPhase::Restoring && done < total && ++restoringSteps == 1)
            cancel = true; // after the first step of the copy-in
    };
    EXPECT_THROW(service().restore(file, options), OperationCancelled);
    EXPECT_EQ(restoringSteps, 1);
    const QStringList after = everything(live.sqlite().database());
    EXPECT_TRUE(after == before) << firstDifference(before, after);
    live.reopen();
    EXPECT_TRUE(everything(live.sqlite().database()) == before);
}

TEST(SqliteMetaRepository, stores_replaces_and_removes_values)
{
    TestStore s;
    MetaRepository &meta = s->meta();
    EXPECT_FALSE(meta.value(QStringLiteral("backup.keep")).has_value());
    meta.setValue(QStringLiteral("backup.keep"), QStringLiteral("7"));
    meta.setValue(QStringLiteral("backup.keep"), QStringLiteral("9"));
    EXPECT_EQ(meta.value(QStringLiteral("backup.keep")), QStringLiteral("9"));
    meta.remove(QStringLiteral("backup.keep"));
    meta.remove(QStringLiteral("backup.keep"));
    EXPECT_FALSE(meta.value(QStringLiteral("backup.keep")).has_value());
}

} // namespace peyvand::testing
