// peyvand-cli backup and restore end to end (the real binary): a backup
// restored into another database holds every record; backups into the
// default folder; FILE not overwritten by accident; refused backups exit 1
// and leave the database byte for byte as it was; restore says where the
// replaced database was kept.
#include "CliRunner.h"
#include "DatabaseComparison.h"
#include "JsonTestSupport.h"
#include "SqliteDataStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <gtest/gtest.h>
#include <sqlite3.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &l : lines)
        out += l + '\n';
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

class CliBackup : public ::testing::Test
{
protected:
    void SetUp() override
    {
        cli.seed(200);
        // Backups are an administrator's: the demo admin (seed's documented password).
        cli.signInAs(QStringLiteral("admin"), QString::fromLatin1(CliRunner::kDemoPassword));
    }

    CliResult backup(const QStringList &args) const
    {
        return cli.runDb(QStringList { QStringLiteral("backup") } + args);
    }
    CliResult restore(const QStringList &args) const
    {
        return cli.runDb(QStringList { QStringLiteral("restore") } + args);
    }
    // The database file and its WAL, after the last process closed it.
    QByteArray liveBytes() const { return bytesOf(cli.db()) + "|" + bytesOf(cli.db() + QStringLiteral("-wal")); }

    CliRunner cli;
};

} // namespace

TEST_F(CliBackup, backup_restored_into_another_database_holds_every_record)
{
    const QString file = cli.path(QStringLiteral("copy.sqlite"));
    const CliResult r = backup({ file, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    EXPECT_EQ(j["file"], QFileInfo(file).absoluteFilePath().toStdString());
    EXPECT_EQ(j["bytes"], QFileInfo(file).size());
    EXPECT_EQ(j["schema_version"], cli.check()["latest_schema_version"]);
    EXPECT_TRUE(j["folder"].is_null());
    EXPECT_TRUE(j["removed"].is_array() && j["removed"].empty());
    EXPECT_TRUE(j["seconds"].is_number());
    EXPECT_TRUE(r.err.isEmpty()) << r.describe(); // JSON: no progress

    // A second database, restored from the backup.
    const QString other = cli.path(QStringLiteral("other.sqlite"));
    ASSERT_EQ(cli.run({ "--db", other, "init" }).exitCode, 0);
    // The new database's first administrator (no --user needed), who restores.
    const CliResult admin = cli.runWith({ "--db", other, "user", "add", "admin", "--role", "admin" }, {},
                                        { QStringLiteral("PEYVAND_NEW_PASSWORD=") + CliRunner::kDemoPassword });
    ASSERT_EQ(admin.exitCode, 0) << admin.describe();
    const CliResult restored = cli.run(cli.withDb(other, { "restore", file }));
    ASSERT_EQ(restored.exitCode, 0) << restored.describe();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("the replaced database was kept as "))) << restored.describe();

    peyvand::SqliteDataStore source(cli.db(), peyvand::SqliteDatabase::OpenMode::ReadOnly);
    peyvand::SqliteDataStore target(other, peyvand::SqliteDatabase::OpenMode::ReadOnly);
    const auto differences = peyvand::testing::compareDatabases(source, target);
    EXPECT_TRUE(differences.empty()) << joined(differences);
    const QStringList a = peyvand::testing::everything(source.database());
    const QStringList b = peyvand::testing::everything(target.database());
    EXPECT_TRUE(a == b) << peyvand::testing::firstDifference(a, b);
}

TEST_F(CliBackup, without_file_goes_into_the_backups_folder_beside_the_database)
{
    const CliResult r = backup({ QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    const QString folder = QDir(cli.dir()).filePath(QStringLiteral("backups"));
    EXPECT_EQ(QFileInfo(QString::fromStdString(j["folder"])).absoluteFilePath(), QFileInfo(folder).absoluteFilePath());
    const QString name = QFileInfo(QString::fromStdString(j["file"])).fileName();
    // The database is peyvand.db: its backups are peyvand-<UTC time>Z.sqlite.
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^peyvand-\\d{4}-\\d{2}-\\d{2}-\\d{6}Z\\.sqlite$")).match(name).hasMatch())
        << name.toStdString();
    EXPECT_TRUE(QFileInfo(QDir(folder).filePath(name)).isFile());
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);

    // Table output, progress on standard error.
    const CliResult table = backup({});
    ASSERT_EQ(table.exitCode, 0) << table.describe();
    EXPECT_TRUE(table.out.startsWith(QStringLiteral("backed up "))) << table.describe();
    EXPECT_TRUE(table.err.contains(QStringLiteral("copying"))) << table.describe();
    const CliResult quiet = backup({ QStringLiteral("--quiet") });
    EXPECT_TRUE(quiet.err.isEmpty()) << quiet.describe();
}

TEST_F(CliBackup, an_existing_file_is_replaced_only_with_overwrite)
{
    const QString file = cli.path(QStringLiteral("exists.sqlite"));
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const CliResult refused = backup({ file });
    EXPECT_EQ(refused.exitCode, 1) << refused.describe();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--overwrite"))) << refused.describe();
    EXPECT_EQ(bytesOf(file), QByteArray("keep me"));
    const CliResult replaced = backup({ file, QStringLiteral("--overwrite") });
    EXPECT_EQ(replaced.exitCode, 0) << replaced.describe();
    EXPECT_TRUE(bytesOf(file).startsWith("SQLite format 3"));
}

TEST_F(CliBackup, backup_into_a_folder_that_cannot_be_written_exits_1_and_leaves_nothing)
{
    const QString file = cli.path(QStringLiteral("no/such/folder/b.sqlite"));
    const CliResult r = backup({ file });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("error: "))) << r.describe();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliBackup, restore_brings_back_the_data_and_keeps_the_replaced_database)
{
    const QString file = cli.path(QStringLiteral("b.sqlite"));
    ASSERT_EQ(backup({ file }).exitCode, 0);
    const qint64 activities = cli.count("activities");
    const CliResult added = cli.runDb({ "activity", "add", "--customer", "1", "--type", "note", "--notes", "after" });
    ASSERT_EQ(added.exitCode, 0) << added.describe();
    ASSERT_EQ(cli.count("activities"), activities + 1);

    const CliResult r = restore({ file, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    EXPECT_EQ(j["restored_from"], QFileInfo(file).absoluteFilePath().toStdString());
    EXPECT_EQ(j["backup_schema_version"], j["schema_version"]);
    const QString kept = QString::fromStdString(j["kept_as"]);
    EXPECT_TRUE(kept.endsWith(QStringLiteral("-before-restore.sqlite"))) << kept.toStdString();
    EXPECT_EQ(QFileInfo(kept).absolutePath(),
              QFileInfo(QDir(cli.dir()).filePath(QStringLiteral("backups"))).absoluteFilePath());
    EXPECT_EQ(cli.count("activities"), activities);

    // The kept copy has the activity added after the backup.
    peyvand::SqliteDataStore keptStore(kept, peyvand::SqliteDatabase::OpenMode::ReadOnly);
    auto q = keptStore.database().prepare("SELECT count(*) FROM activities");
    ASSERT_TRUE(q->step());
    EXPECT_EQ(q->int64(0), activities + 1);
}

TEST_F(CliBackup, restore_table_output_names_the_kept_copy)
{
    const QString file = cli.path(QStringLiteral("b.sqlite"));
    ASSERT_EQ(backup({ file }).exitCode, 0);
    const CliResult r = restore({ file });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const QRegularExpression kept(QStringLiteral("the replaced database was kept as (.*-before-restore\\.sqlite)\\n"));
    const auto m = kept.match(r.out);
    ASSERT_TRUE(m.hasMatch()) << r.describe();
    EXPECT_TRUE(QFileInfo(m.captured(1)).isFile()) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("checking the backup"))) << r.describe();
}

TEST_F(CliBackup, refused_backups_exit_1_and_leave_the_database_unchanged)
{
    const QString good = cli.path(QStringLiteral("good.sqlite"));
    ASSERT_EQ(backup({ good }).exitCode, 0);
    const QByteArray goodBytes = bytesOf(good);
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        const QString path = cli.path(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    };
    QByteArray damaged = goodBytes;
    for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 16 * 4096 && i < damaged.size(); ++i)
        damaged[i] = char(i * 31);
    const QString newer = cli.path(QStringLiteral("newer.sqlite"));
    ASSERT_TRUE(QFile::copy(good, newer));
    rawExec(newer, "PRAGMA user_version = 1000");
    const struct
    {
        QString path;
        const char *says;
    } cases[] = {
        { write(QStringLiteral("damaged.sqlite"), damaged), "damaged" },
        { write(QStringLiteral("truncated.sqlite"), goodBytes.left(goodBytes.size() / 3)), "damaged" },
        { write(QStringLiteral("customers.csv"), "name,phone\n"), "not a Peyvand backup (not a SQLite file)" },
        { newer, "newer Peyvand" },
        { cli.path(QStringLiteral("missing.sqlite")), "no such backup file" },
    };
    // Settle the database as any command leaves it, then compare bytes.
    ASSERT_EQ(cli.runDb({ "check" }).exitCode, 0);
    const QByteArray before = liveBytes();
    for (const auto &c : cases) {
        const CliResult r = restore({ c.path, QStringLiteral("--quiet") });
        EXPECT_EQ(r.exitCode, 1) << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.says))) << r.describe();
        EXPECT_TRUE(r.err.contains(QFileInfo(c.path).fileName())) << r.describe();
        EXPECT_TRUE(liveBytes() == before) << "database changed by " << c.path.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(QDir(cli.dir()).filePath(QStringLiteral("backups")))) << "a safety copy was made";
}

TEST_F(CliBackup, usage_errors_exit_2)
{
    EXPECT_EQ(restore({}).exitCode, 2);
    EXPECT_EQ(restore({ "a.sqlite", "b.sqlite" }).exitCode, 2);
    EXPECT_EQ(backup({ "a.sqlite", "b.sqlite" }).exitCode, 2);
    EXPECT_EQ(backup({ "--keep", "3" }).exitCode, 2);
    EXPECT_EQ(backup({ "--format", "xml" }).exitCode, 2);
}
