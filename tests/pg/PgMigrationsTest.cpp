// PgMigrations on a real server: an empty database gets every table and
// column SQLite's schema 8 has (compared with a real SQLite file made by
// SqliteDataStore), migrating again changes nothing, and a newer or foreign
// database is refused with nothing changed.
#include "PgMigrations.h"

#include "Migrations.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"
#include "SqliteDataStore.h"
#include "SqliteDatabase.h"
#include "SqliteStatement.h"
#include "ValidationError.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <thread>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

struct Column
{
    QString name;
    QString type; // SQLite: declared type; PostgreSQL: information_schema data_type
    bool notNull;
    bool hasDefault;
};
using Tables = std::map<QString, std::vector<Column>>;

// The SQLite tables a PostgreSQL database replaces natively: the FTS5 search
// grams (and their shadow tables) become GIN trigram indexes.
bool replacedInPostgres(const QString &table)
{
    return table.startsWith(QLatin1String("customer_search")) || table.startsWith(QLatin1String("contact_search"));
}

Tables sqliteTables(const QString &path)
{
    {
        SqliteDataStore store(path);
    } // creates and migrates to the latest schema
    SqliteDatabase db(path, SqliteDatabase::OpenMode::ReadOnly);
    Tables tables;
    auto list = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list->step()) {
        const QString table = list->text(0);
        if (replacedInPostgres(table))
            continue;
        auto columns = db.prepare("SELECT name, type, \"notnull\" OR pk > 0, dflt_value IS NOT NULL "
                                  "FROM pragma_table_info(?) ORDER BY cid");
        columns->bind(1, table);
        while (columns->step())
            tables[table].push_back(
                { columns->text(0), columns->text(1).toUpper(), columns->int64(2) != 0, columns->int64(3) != 0 });
    }
    return tables;
}

Tables postgresTables(PgConnection &db)
{
    Tables tables;
    const PgResult r = db.prepare(QStringLiteral("SELECT c.table_name::text, c.column_name::text, c.data_type::text, "
                                                 "c.is_nullable = 'NO', c.column_default IS NOT NULL "
                                                 "FROM information_schema.columns c "
                                                 "JOIN information_schema.tables t USING (table_schema, table_name) "
                                                 "WHERE c.table_schema = current_schema() AND t.table_type = "
                                                 "'BASE TABLE' ORDER BY c.table_name, c.ordinal_position"))
                           .exec();
    for (int i = 0; i < r.rows(); ++i)
        tables[r.text(i, 0)].push_back({ r.text(i, 1), r.text(i, 2), r.boolean(i, 3), r.boolean(i, 4) });
    return tables;
}

std::set<QString> sqliteNames(const QString &path, const char *type)
{
    SqliteDatabase db(path, SqliteDatabase::OpenMode::ReadOnly);
    auto q = db.prepare("SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%'");
    q->bind(1, QString::fromLatin1(type));
    std::set<QString> names;
    while (q->step())
        names.insert(q->text(0));
    return names;
}

std::set<QString> postgresNames(PgConnection &db, const char *sql)
{
    const PgResult r = db.prepare(QString::fromLatin1(sql)).exec();
    std::set<QString> names;
    for (int i = 0; i < r.rows(); ++i)
        names.insert(r.text(i, 0));
    return names;
}

// Foreign keys as "table(columns) -> table(columns) ON DELETE action".
std::set<QString> sqliteForeignKeys(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::OpenMode::ReadOnly);
    auto q = db.prepare("SELECT m.name, group_concat(f.\"from\", ','), f.\"table\", group_concat(f.\"to\", ','), "
                        "f.on_delete FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                        "WHERE m.type = 'table' GROUP BY m.name, f.id ORDER BY m.name, f.id");
    std::set<QString> keys;
    while (q->step())
        keys.insert(
            QStringLiteral("%1(%2) -> %3(%4) %5").arg(q->text(0), q->text(1), q->text(2), q->text(3), q->text(4)));
    return keys;
}

std::set<QString> postgresForeignKeys(PgConnection &db)
{
    const PgResult r
        = db.prepare(QStringLiteral("SELECT c.conrelid::regclass::text, "
                                    "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) "
                                    "WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid "
                                    "AND a.attnum = k.attnum), c.confrelid::regclass::text, "
                                    "(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) "
                                    "WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid "
                                    "AND a.attnum = k.attnum), CASE c.confdeltype WHEN 'c' THEN 'CASCADE' "
                                    "WHEN 'n' THEN 'SET NULL' WHEN 'a' THEN 'NO ACTION' ELSE c.confdeltype::text END "
                                    "FROM pg_constraint c WHERE c.contype = 'f' "
                                    "AND c.connamespace = current_schema()::regnamespace"))
              .exec();
    std::set<QString> keys;
    for (int i = 0; i < r.rows(); ++i)
        keys.insert(QStringLiteral("%1(%2) -> %3(%4) %5")
                        .arg(r.text(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4)));
    return keys;
}

// Everything migrate() could change, as one comparable text.
QString catalog(PgConnection &db)
{
    QString out;
    for (const auto &[table, columns] : postgresTables(db)) {
        out += table + QLatin1Char(':');
        for (const Column &c : columns)
            out += QLatin1Char(' ') + c.name + QLatin1Char('/') + c.type;
        out += QLatin1Char('\n');
    }
    for (const QString &name : postgresNames(db,
                                             "SELECT indexname::text FROM pg_indexes WHERE schemaname = "
                                             "current_schema()"))
        out += QStringLiteral("index ") + name + QLatin1Char('\n');
    for (const QString &name : postgresNames(db, "SELECT extname::text FROM pg_extension"))
        out += QStringLiteral("extension ") + name + QLatin1Char('\n');
    return out;
}

qint64 scalar(PgConnection &db, const QString &sql)
{
    return db.prepare(sql).exec().int64(0, 0);
}

ValidationError refusalOf(PgConnection &db)
{
    try {
        PgMigrations::migrate(db);
    } catch (const ValidationError &e) {
        return e;
    }
    throw std::runtime_error("migrate() accepted the database");
}

class PgMigrationsTest : public ::testing::Test
{
protected:
    PgMigrationsTest()
        : connection(database.url())
    {
    }
    PgTestDatabase database;
    PgConnection connection;
};

} // namespace

TEST(PgMigrationsVersion, follows_sqlite_schema_version)
{
    // Adding a SQLite migration without its PostgreSQL twin fails here.
    EXPECT_EQ(PgMigrations::latestVersion(), Migrations::latestVersion());
}

TEST_F(PgMigrationsTest, empty_database_gets_every_sqlite_table_and_column)
{
    EXPECT_EQ(PgMigrations::currentVersion(connection), 0);
    PgMigrations::migrate(connection);
    EXPECT_EQ(PgMigrations::currentVersion(connection), PgMigrations::latestVersion());

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Tables sqlite = sqliteTables(dir.filePath(QStringLiteral("schema.sqlite")));
    Tables postgres = postgresTables(connection);
    ASSERT_EQ(postgres.erase(QStringLiteral("schema_version")), 1u);
    ASSERT_GE(sqlite.size(), 20u);

    std::set<QString> sqliteNamesOnly, postgresNamesOnly;
    for (const auto &[table, columns] : sqlite)
        sqliteNamesOnly.insert(table);
    for (const auto &[table, columns] : postgres)
        postgresNamesOnly.insert(table);
    EXPECT_EQ(postgresNamesOnly, sqliteNamesOnly);

    for (const auto &[table, sqliteColumns] : sqlite) {
        const auto found = postgres.find(table);
        if (found == postgres.end())
            continue;
        const std::vector<Column> &pgColumns = found->second;
        ASSERT_EQ(pgColumns.size(), sqliteColumns.size()) << table.toStdString();
        for (size_t i = 0; i < sqliteColumns.size(); ++i) {
            const Column &s = sqliteColumns[i];
            const Column &p = pgColumns[i];
            const std::string where = (table + QLatin1Char('.') + s.name).toStdString();
            EXPECT_EQ(p.name, s.name) << where;
            EXPECT_EQ(p.notNull, s.notNull) << where;
            EXPECT_EQ(p.hasDefault, s.hasDefault) << where;
            // Values copy 1:1: SQLite integers into 64-bit, 32-bit or boolean columns, text into text or json.
            if (s.type == QLatin1String("INTEGER"))
                EXPECT_TRUE(p.type == QLatin1String("bigint") || p.type == QLatin1String("integer")
                            || p.type == QLatin1String("boolean"))
                    << where << " is " << p.type.toStdString();
            else if (s.type == QLatin1String("TEXT"))
                EXPECT_TRUE(p.type == QLatin1String("text") || p.type == QLatin1String("json"))
                    << where << " is " << p.type.toStdString();
            else
                ADD_FAILURE() << where << ": unexpected SQLite type " << s.type.toStdString();
        }
    }

    // Every named index and trigger of SQLite has its namesake.
    const QString path = dir.filePath(QStringLiteral("schema.sqlite"));
    const std::set<QString> pgIndexes
        = postgresNames(connection, "SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema()");
    for (const QString &index : sqliteNames(path, "index"))
        EXPECT_TRUE(pgIndexes.count(index)) << "index " << index.toStdString();
    EXPECT_TRUE(pgIndexes.count(QStringLiteral("customers_search_trgm")));
    EXPECT_TRUE(pgIndexes.count(QStringLiteral("contacts_search_trgm")));
    const std::set<QString> pgTriggers = postgresNames(
        connection,
        "SELECT DISTINCT trigger_name::text FROM information_schema.triggers WHERE trigger_schema = "
        "current_schema() AND trigger_name NOT IN ('audit_log_append_only', 'audit_log_no_truncate') "
        "AND trigger_name NOT LIKE 'peyvand\\_notice\\_%'");
    // PostgreSQL's own: the audit trail's append-only triggers (PgAccessSetup) and live updates' (PgChangeNotices).
    EXPECT_EQ(pgTriggers, sqliteNames(path, "trigger"));

    // The same references with the same ON DELETE actions.
    const std::set<QString> sqliteKeys = sqliteForeignKeys(path);
    EXPECT_GE(sqliteKeys.size(), 30u);
    EXPECT_EQ(postgresForeignKeys(connection), sqliteKeys);
}

TEST_F(PgMigrationsTest, default_pipelines_are_sqlites)
{
    PgMigrations::migrate(connection);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    {
        SqliteDataStore store(path);
    }
    SqliteDatabase sqlite(path, SqliteDatabase::OpenMode::ReadOnly);
    auto q = sqlite.prepare("SELECT s.id, s.pipeline_id, p.kind, p.name, s.position, s.name, s.probability, s.outcome "
                            "FROM stages s JOIN pipelines p ON p.id = s.pipeline_id ORDER BY s.id");
    const PgResult r = connection
                           .prepare(QStringLiteral("SELECT s.id, s.pipeline_id, p.kind, p.name, s.position, s.name, "
                                                   "s.probability, s.outcome FROM stages s JOIN pipelines p ON "
                                                   "p.id = s.pipeline_id ORDER BY s.id"))
                           .exec();
    int row = 0;
    while (q->step()) {
        ASSERT_LT(row, r.rows());
        EXPECT_EQ(r.int64(row, 0), q->int64(0));
        EXPECT_EQ(r.int64(row, 1), q->int64(1));
        EXPECT_EQ(r.text(row, 2), q->text(2));
        EXPECT_EQ(r.text(row, 3), q->text(3));
        EXPECT_EQ(r.int64(row, 4), q->int64(4));
        EXPECT_EQ(r.text(row, 5), q->text(5));
        EXPECT_EQ(r.int64(row, 6), q->int64(6));
        EXPECT_EQ(r.text(row, 7), q->text(7));
        ++row;
    }
    EXPECT_EQ(row, 12);
    EXPECT_EQ(r.rows(), row);
}

TEST_F(PgMigrationsTest, migrating_twice_changes_nothing)
{
    PgMigrations::migrate(connection);
    const QString before = catalog(connection);
    const qint64 appliedAt = scalar(connection, QStringLiteral("SELECT applied_at FROM schema_version"));
    PgMigrations::migrate(connection);
    EXPECT_EQ(catalog(connection), before);
    EXPECT_EQ(scalar(connection, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
    EXPECT_EQ(scalar(connection, QStringLiteral("SELECT applied_at FROM schema_version")), appliedAt);
    EXPECT_EQ(scalar(connection, QStringLiteral("SELECT count(*) FROM stages")), 12);
}

TEST_F(PgMigrationsTest, two_programs_migrating_at_once_apply_it_once)
{
    auto migrateOwn = [this] {
        PgConnection c(database.url());
        PgMigrations::migrate(c);
    };
    std::thread a(migrateOwn), b(migrateOwn);
    a.join();
    b.join();
    EXPECT_EQ(scalar(connection, QStringLiteral("SELECT count(*) FROM schema_version")), 1);
    EXPECT_EQ(scalar(connection, QStringLiteral("SELECT count(*) FROM pipelines")), 2);
}

TEST_F(PgMigrationsTest, newer_schema_is_refused_and_nothing_changes)
{
    connection.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT "
                                   "NULL, applied_at BIGINT NOT NULL); INSERT INTO schema_version VALUES "
                                   "(99, 'from the future', 0)"));
    const QString before = catalog(connection);
    const ValidationError e = refusalOf(connection);
    EXPECT_EQ(e.field(), QStringLiteral("database"));
    EXPECT_EQ(e.code(), QStringLiteral("newer_schema"));
    EXPECT_TRUE(e.message().contains(
        QStringLiteral("schema version 99 is newer than this program (%1)").arg(PgMigrations::latestVersion())))
        << e.message().toStdString();
    EXPECT_TRUE(e.persianMessage().contains(QStringLiteral("نسخه‌ی جدیدتر")))
        << e.persianMessage().toStdString();
    EXPECT_EQ(catalog(connection), before);
    EXPECT_FALSE(connection.inTransaction());
}

TEST_F(PgMigrationsTest, newer_schema_after_ours_is_refused_too)
{
    PgMigrations::migrate(connection);
    connection.exec(
        QStringLiteral("INSERT INTO schema_version VALUES (%1, 'next', 0)").arg(PgMigrations::latestVersion() + 1));
    const QString before = catalog(connection);
    EXPECT_EQ(refusalOf(connection).code(), QStringLiteral("newer_schema"));
    EXPECT_EQ(catalog(connection), before);
}

TEST_F(PgMigrationsTest, database_of_another_program_is_refused)
{
    connection.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)"));
    const QString before = catalog(connection);
    const ValidationError e = refusalOf(connection);
    EXPECT_EQ(e.code(), QStringLiteral("not_a_database"));
    EXPECT_EQ(catalog(connection), before);
}

// Under LC_CTYPE "C" pg_trgm sees no letters in Persian text: the migration
// refuses such a database (its step rolls back: no extension, no table).
TEST(PgMigrationsLocale, database_whose_ctype_does_not_know_persian_is_refused)
{
    const QString name = QStringLiteral("peyvand_test_ctype_c_%1").arg(QCoreApplication::applicationPid());
    PgConnection admin(serverUrl());
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'").arg(name));
    {
        PgConnection db(serverUrl().withDatabase(name));
        const QString before = catalog(db);
        const ValidationError e = refusalOf(db);
        EXPECT_EQ(e.code(), QStringLiteral("ctype_not_utf8"));
        EXPECT_TRUE(e.message().contains(QStringLiteral("LC_CTYPE is \"C\""))) << e.message().toStdString();
        EXPECT_FALSE(e.persianMessage().isEmpty());
        EXPECT_EQ(catalog(db), before);
        EXPECT_EQ(PgMigrations::currentVersion(db), 0);
    }
    admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
}
