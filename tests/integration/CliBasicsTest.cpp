// peyvand-cli end to end: init, check, seed, --help, usage errors and files
// that are not (usable) Peyvand databases. Runs the real binary.
#include "CliRunner.h"
#include "TestBackend.h"

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

const char *const kTables[] = { "users",
                                "customers",
                                "contacts",
                                "households",
                                "pipelines",
                                "stages",
                                "deals",
                                "deal_stage_history",
                                "activities",
                                "orders",
                                "order_lines",
                                "payments",
                                "order_status_history",
                                "service_requests",
                                "request_notes" };

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

void sqliteExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
}

} // namespace

// --- init and check ----------------------------------------------------------

TEST(CliInit, creates_the_file_and_check_reports_json_counts)
{
    CliRunner cli;
    ASSERT_TRUE(cli.isValid());
    ASSERT_FALSE(cli.dbExists());

    const CliResult init = cli.runDb({ "init" });
    ASSERT_EQ(init.exitCode, 0) << init.describe();
    EXPECT_TRUE(cli.dbExists());
    EXPECT_TRUE(init.out.contains("schema version")) << init.describe();
    if (peyvand::testing::onPostgresql()) { // `check` is SQLite's: a server database is checked on the server
        EXPECT_EQ(cli.count("customers"), 0);
        EXPECT_EQ(cli.count("pipelines"), 2);
        EXPECT_GT(cli.count("stages"), 0);
        return;
    }

    const CliResult check = cli.runDb({ "check", "--format", "json" });
    ASSERT_EQ(check.exitCode, 0) << check.describe();
    const json j = check.json();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.at("ok"), true);
    EXPECT_EQ(j.at("path"), cli.db().toStdString());
    EXPECT_TRUE(j.at("schema_version").is_number_integer());
    EXPECT_EQ(j.at("schema_version"), j.at("latest_schema_version"));
    EXPECT_GT(j.at("file_bytes").get<qint64>(), 0);
    EXPECT_TRUE(j.at("problems").is_array());
    EXPECT_TRUE(j.at("problems").empty());
    const json &counts = j.at("counts");
    ASSERT_TRUE(counts.is_object());
    for (const char *t : kTables) {
        ASSERT_TRUE(counts.contains(t)) << t;
        EXPECT_TRUE(counts.at(t).is_number_integer()) << t;
    }
    EXPECT_EQ(counts.at("customers"), 0);
    EXPECT_EQ(counts.at("activities"), 0);
    // The default B2B and B2C pipelines come with the schema.
    EXPECT_EQ(counts.at("pipelines"), 2);
    EXPECT_GT(counts.at("stages").get<int>(), 0);

    // The schema version printed by init is the one check reports.
    EXPECT_TRUE(init.out.contains(QString::number(j.at("schema_version").get<int>()))) << init.describe();
}

TEST(CliInit, is_safe_to_run_again_on_an_up_to_date_file)
{
    CliRunner cli;
    ASSERT_EQ(cli.runDb({ "init" }).exitCode, 0);
    const CliResult again = cli.runDb({ "init" });
    EXPECT_EQ(again.exitCode, 0) << again.describe();
    if (peyvand::testing::onPostgresql()) {
        EXPECT_EQ(cli.count("pipelines"), 2); // not made twice (`check` is SQLite's)
    } else {
        EXPECT_EQ(cli.check().at("ok"), true);
    }
}

TEST(CliInit, does_not_take_arguments)
{
    CliRunner cli;
    const CliResult r = cli.runDb({ "init", "extra" });
    EXPECT_EQ(r.exitCode, 2) << r.describe();
}

TEST(CliBadFile, commands_other_than_init_and_seed_refuse_a_missing_file_and_create_nothing)
{
    CliRunner cli;
    const QList<QStringList> commands { { "search", "علی" },
                                        { "customer", "show", "1" },
                                        { "order", "status", "100001" },
                                        { "activity", "add", "--customer", "1", "--type", "call" } };
    for (const QStringList &command : commands) {
        const CliResult r = cli.runDb(command);
        EXPECT_EQ(r.exitCode, 1) << r.describe();
        EXPECT_TRUE(r.err.contains(cli.dbShown())) << r.describe();
        EXPECT_FALSE(cli.dbExists()) << command.join(u' ').toStdString();
    }
}

TEST(CliCheck, table_format_lists_counts_and_says_ok)
{
    CliRunner cli;
    ASSERT_EQ(cli.runDb({ "init" }).exitCode, 0);
    const CliResult r = cli.runDb({ "check" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains("schema version")) << r.describe();
    EXPECT_TRUE(r.out.contains("customers")) << r.describe();
    EXPECT_TRUE(r.out.trimmed().endsWith("ok")) << r.describe();
}

TEST(CliCheck, missing_file_is_rejected_and_not_created)
{
    CliRunner cli;
    const CliResult r = cli.runDb({ "check", "--format", "json" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(cli.dbShown())) << r.describe();
    EXPECT_FALSE(cli.dbExists());
}

TEST(CliCheck, a_broken_search_index_is_reported_with_exit_1)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(20));
    ASSERT_NO_FATAL_FAILURE(sqliteExec(cli.db(), "INSERT INTO customer_search(rowid, grams) VALUES (999999, 'x')"));
    const CliResult r = cli.runDb({ "check", "--format", "json" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    const json j = r.json();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.at("ok"), false);
    EXPECT_FALSE(j.at("problems").empty());
}

// --- seed --------------------------------------------------------------------

TEST(CliSeed, seeds_300_customers_as_of_a_jalali_day_and_check_passes)
{
    CliRunner cli;
    const CliResult r = cli.runDb({ "seed", "--customers", "300", "--as-of", "1405/09/01" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains("300 customers")) << r.describe();

    const json j = cli.check();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j.at("ok"), true);
    const json &c = j.at("counts");
    EXPECT_EQ(c.at("customers"), 300);
    // About 10 activities, 0.5 deals and 2 orders per customer; the demo users.
    EXPECT_GE(c.at("activities").get<int>(), 2000);
    EXPECT_LE(c.at("activities").get<int>(), 4500);
    EXPECT_GE(c.at("deals").get<int>(), 90);
    EXPECT_LE(c.at("deals").get<int>(), 250);
    EXPECT_GE(c.at("orders").get<int>(), 400);
    EXPECT_LE(c.at("orders").get<int>(), 900);
    EXPECT_GT(c.at("contacts").get<int>(), 0);
    EXPECT_GT(c.at("deal_stage_history").get<int>(), 0);
    EXPECT_GT(c.at("order_status_history").get<int>(), 0);
    EXPECT_EQ(c.at("users"), 12);

    // About one legal entity in five (read as the demo manager).
    cli.signInAs("manager", CliRunner::kDemoPassword);
    const CliResult legal = cli.runDb({ "search", "", "--kind", "legal", "--limit", "1000", "--format", "json" });
    ASSERT_EQ(legal.exitCode, 0) << legal.describe();
    const size_t legalCount = legal.json().size();
    EXPECT_GE(legalCount, 30u);
    EXPECT_LE(legalCount, 100u);
}

TEST(CliSeed, same_seed_and_day_give_the_same_data)
{
    CliRunner a, b;
    ASSERT_NO_FATAL_FAILURE(a.seed(60, 7));
    ASSERT_NO_FATAL_FAILURE(b.seed(60, 7));
    json ca = a.check().at("counts");
    json cb = b.check().at("counts");
    EXPECT_EQ(ca, cb);
    const QStringList search { "search", "", "--limit", "100", "--format", "json" };
    const json sa = a.runDb(search).json();
    const json sb = b.runDb(search).json();
    ASSERT_TRUE(sa.is_array());
    EXPECT_EQ(sa.size(), 60u);
    EXPECT_EQ(sa, sb);
}

TEST(CliSeed, seeding_twice_adds_customers_but_not_users)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.seed(20, 1));
    ASSERT_NO_FATAL_FAILURE(cli.seed(20, 2));
    const json j = cli.check();
    EXPECT_EQ(j.at("ok"), true);
    EXPECT_EQ(j.at("counts").at("customers"), 40);
    EXPECT_EQ(j.at("counts").at("users"), 12);
}

TEST(CliSeed, a_day_that_does_not_exist_is_rejected_naming_the_option)
{
    CliRunner cli;
    ASSERT_EQ(cli.runDb({ "init" }).exitCode, 0);
    const CliResult r = cli.runDb({ "seed", "--customers", "10", "--as-of", "1403/12/31" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains("as-of")) << r.describe();
    EXPECT_EQ(cli.count("customers"), 0);
}

TEST(CliSeed, usage_errors_exit_2)
{
    CliRunner cli;
    EXPECT_EQ(cli.runDb({ "seed" }).exitCode, 2); // --customers is required
    EXPECT_EQ(cli.runDb({ "seed", "--customers", "ten" }).exitCode, 2); // not a number
    EXPECT_EQ(cli.runDb({ "seed", "--customers", "0" }).exitCode, 2); // out of range
    EXPECT_EQ(cli.runDb({ "seed", "--customers", "5", "--bogus" }).exitCode, 2);
    EXPECT_FALSE(cli.dbExists());
}

// --- files that are not usable databases -------------------------------------

TEST(CliBadFile, a_file_that_is_not_sqlite_is_rejected_by_every_command_naming_the_file)
{
    CliRunner cli;
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "this is a plain text file, not a database\n";
    ASSERT_NO_FATAL_FAILURE(writeFile(cli.db(), text));

    const QList<QStringList> commands {
        { "init" },
        { "check" },
        { "check", "--format", "json" },
        { "search", "علی", "--format", "json" },
        { "customer", "show", "1" },
        { "activity", "add", "--customer", "1", "--type", "call" },
        { "order", "status", "100001" },
        { "seed", "--customers", "5", "--quiet" },
    };
    for (const QStringList &args : commands) {
        const CliResult r = cli.runDb(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(' ').toStdString() << ": " << r.describe();
        EXPECT_TRUE(r.err.contains(cli.db())) << args.join(' ').toStdString() << ": " << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(' ').toStdString() << ": " << r.describe();
    }
    // Nothing was written: the file is as it was.
    EXPECT_EQ(readFile(cli.db()), text);
}

TEST(CliBadFile, a_newer_schema_is_rejected_naming_the_file_and_left_alone)
{
    CliRunner cli;
    ASSERT_EQ(cli.runDb({ "init" }).exitCode, 0);
    ASSERT_NO_FATAL_FAILURE(sqliteExec(cli.db(), "PRAGMA user_version = 999"));
    for (const QStringList &args :
         QList<QStringList> { { "init" }, { "check", "--format", "json" }, { "search", "x" } }) {
        const CliResult r = cli.runDb(args);
        EXPECT_EQ(r.exitCode, 1) << r.describe();
        EXPECT_TRUE(r.err.contains(cli.db())) << r.describe();
        EXPECT_TRUE(r.err.contains("newer")) << r.describe();
    }
    // Still at the newer version: nothing migrated it down or over.
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(cli.db().toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 999);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

TEST(CliBadFile, a_sqlite_file_of_another_program_is_rejected)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(sqliteExec(cli.db(), "CREATE TABLE invoices(id INTEGER PRIMARY KEY, total INTEGER)"));
    const CliResult r = cli.runDb({ "init" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(cli.db())) << r.describe();
}

// --- help and usage ----------------------------------------------------------

TEST(CliHelp, every_command_has_help_that_exits_0)
{
    CliRunner cli;
    const QList<QStringList> commands { { "init" },
                                        { "seed" },
                                        { "check" },
                                        { "search" },
                                        { "customer", "show" },
                                        { "activity", "add" },
                                        { "order", "status" },
                                        { "backup" },
                                        { "restore" } };
    for (const QStringList &command : commands) {
        const QString name = command.join(' ');
        for (const QString &flag : { QStringLiteral("--help"), QStringLiteral("-h") }) {
            const CliResult r = cli.runDb(command + QStringList { flag });
            EXPECT_EQ(r.exitCode, 0) << name.toStdString() << ": " << r.describe();
            EXPECT_TRUE(r.out.startsWith("Usage: peyvand-cli")) << name.toStdString() << ": " << r.describe();
            EXPECT_TRUE(r.out.contains(name)) << name.toStdString() << ": " << r.describe();
        }
        // --help before the command works as well.
        const CliResult before = cli.run(QStringList { "--help" } + command);
        EXPECT_EQ(before.exitCode, 0) << before.describe();
        EXPECT_TRUE(before.out.contains(name)) << before.describe();
    }
    // Help neither needs nor touches a database.
    EXPECT_FALSE(cli.dbExists());
}

TEST(CliHelp, global_help_lists_every_command_and_the_exit_codes)
{
    CliRunner cli;
    const CliResult r = cli.run({ "--help" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    for (const char *name :
         { "init", "seed", "check", "search", "customer show", "activity add", "order status", "backup", "restore" })
        EXPECT_TRUE(r.out.contains(name)) << name << ": " << r.describe();
    EXPECT_TRUE(r.out.contains("--db")) << r.describe();
    EXPECT_TRUE(r.out.contains("Exit codes")) << r.describe();
}

TEST(CliUsage, unknown_commands_and_options_exit_2)
{
    CliRunner cli;
    ASSERT_EQ(cli.runDb({ "init" }).exitCode, 0);

    const CliResult none = cli.run({});
    EXPECT_EQ(none.exitCode, 2) << none.describe();
    EXPECT_TRUE(none.err.contains("Usage")) << none.describe();

    const CliResult unknown = cli.runDb({ "frobnicate" });
    EXPECT_EQ(unknown.exitCode, 2) << unknown.describe();
    EXPECT_TRUE(unknown.err.contains("frobnicate")) << unknown.describe();
    EXPECT_TRUE(unknown.out.isEmpty()) << unknown.describe();

    EXPECT_EQ(cli.runDb({ "customer" }).exitCode, 2); // half a command
    EXPECT_EQ(cli.runDb({ "customer", "delete", "1" }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "--bogus", "check" }).exitCode, 2); // unknown global option

    const CliResult option = cli.runDb({ "check", "--bogus" });
    EXPECT_EQ(option.exitCode, 2) << option.describe();
    EXPECT_TRUE(option.err.contains("--bogus")) << option.describe();

    EXPECT_EQ(cli.runDb({ "check", "--format", "xml" }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "check", "--format" }).exitCode, 2); // option without its value
    EXPECT_EQ(cli.run({ "check", "--db" }).exitCode, 2); // --db without its path
    EXPECT_EQ(cli.runDb({ "search" }).exitCode, 2); // missing TEXT
    EXPECT_EQ(cli.runDb({ "search", "a", "b" }).exitCode, 2); // one TEXT only
    EXPECT_EQ(cli.runDb({ "customer", "show" }).exitCode, 2); // missing ID
    EXPECT_EQ(cli.runDb({ "order", "status" }).exitCode, 2); // nothing to look up
}

TEST(CliUsage, db_option_accepts_the_equals_form)
{
    CliRunner cli;
    const CliResult r = cli.run({ "--db=" + cli.db(), "init" });
    EXPECT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(cli.dbExists());
}

// --- logging -----------------------------------------------------------------

TEST(CliLogging, logs_to_a_file_in_the_data_directory_and_with_verbose_to_stderr)
{
    CliRunner cli;
    ASSERT_NO_FATAL_FAILURE(cli.initWithAdmin());
    const CliResult rejected = cli.runDb({ "customer", "show", "424242" });
    ASSERT_EQ(rejected.exitCode, 1) << rejected.describe();

    // HOME and XDG_DATA_HOME point into the temporary directory, so the log is there.
    QStringList logs;
    const QString data = cli.dir() + "/data";
    for (const QFileInfo &f : QDir(data).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QFileInfo &app : QDir(f.filePath()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QFileInfo &log : QDir(app.filePath() + "/logs").entryInfoList({ "*.log" }, QDir::Files))
                logs << log.filePath();
    ASSERT_FALSE(logs.isEmpty()) << "no log file under " << data.toStdString();
    EXPECT_TRUE(readFile(logs.front()).contains("424242")) << logs.front().toStdString();

    const CliResult verbose = cli.run(QStringList { "--verbose" } + cli.withDb({ "customer", "show", "424243" }));
    EXPECT_EQ(verbose.exitCode, 1) << verbose.describe();
    EXPECT_TRUE(verbose.err.contains("424243")) << verbose.describe();
}
