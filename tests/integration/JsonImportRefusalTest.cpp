// Bad JSON imports: each is refused with a message naming the place, and the
// database is left exactly as it was (nothing written, nothing replaced).
#include "CliRunner.h"
#include "JsonSnapshotFormat.h"
#include "JsonTestSupport.h"
#include "ReportFixture.h"
#include "TestStore.h"

#include <QFileInfo>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace peyvand::testing {

namespace {

using nlohmann::ordered_json;

// A small valid export (the report fixture) as text and as a document to spoil.
class JsonImportRefusal : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        source = new TestStore;
        ReportFixture fx { **source };
        const QString file = source->dir.filePath(QStringLiteral("good.json"));
        exportTo(**source, file);
        text = new QByteArray(fileBytes(file));
    }
    static void TearDownTestSuite()
    {
        delete source;
        delete text;
        source = nullptr;
        text = nullptr;
    }

    static ordered_json document() { return ordered_json::parse(text->toStdString()); }

    QString write(const QByteArray &bytes)
    {
        const QString path = target.dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }
    QString write(const ordered_json &doc) { return write(QByteArray::fromStdString(doc.dump())); }

    // Imports `path` into the (empty) target: refused naming `field`, nothing written.
    void expectRefused(const QString &path, const std::string &field, const std::string &messagePart = {})
    {
        const QStringList before = everything(target.sqlite().database());
        try {
            importFrom(*target, path);
            ADD_FAILURE() << "imported; expected a refusal at " << field;
        } catch (const ValidationError &e) {
            if (!field.empty() && field.back() == '*') // a prefix
                EXPECT_EQ(e.field().toStdString().substr(0, field.size() - 1), field.substr(0, field.size() - 1))
                    << e.field().toStdString() << ": " << e.message().toStdString();
            else
                EXPECT_EQ(e.field().toStdString(), field) << e.message().toStdString();
            if (!messagePart.empty())
                EXPECT_NE(e.message().toStdString().find(messagePart), std::string::npos) << e.message().toStdString();
        }
        target.reopen();
        const QStringList after = everything(target.sqlite().database());
        EXPECT_TRUE(before == after) << firstDifference(before, after);
    }

    static TestStore *source;
    static QByteArray *text;
    TestStore target;
};
TestStore *JsonImportRefusal::source = nullptr;
QByteArray *JsonImportRefusal::text = nullptr;

} // namespace

TEST_F(JsonImportRefusal, the_good_file_imports)
{
    EXPECT_EQ(importFrom(*target, write(*text)).counts.customers, 4);
}

TEST_F(JsonImportRefusal, binary_junk)
{
    QByteArray junk;
    for (int i = 0; i < 5000; ++i)
        junk.append(char((i * 7919) % 256));
    expectRefused(write(junk), "file", "not a JSON file");
}

TEST_F(JsonImportRefusal, an_empty_file)
{
    expectRefused(write(QByteArray()), "file");
}

TEST_F(JsonImportRefusal, other_json_is_not_an_export)
{
    expectRefused(write(QByteArray("[1, 2, 3]")), "file", "top level is an array");
    expectRefused(write(QByteArray(R"({"name": "x", "customers": []})")), "name", "unknown top-level field");
    expectRefused(write(QByteArray(R"({"customers": []})")), "customers", "\"format\"");
}

TEST_F(JsonImportRefusal, a_truncated_file_names_the_record_it_ends_in)
{
    const qsizetype cut = text->indexOf("\"activities\":[") + 200;
    expectRefused(write(text->left(cut)), "activities[0].*", "JSON syntax error at byte");
    expectRefused(write(text->left(text->size() - 3)), "service_requests*", "JSON syntax error");
}

TEST_F(JsonImportRefusal, wrong_types)
{
    ordered_json doc = document();
    doc["customers"][1]["national_id"] = 12345678901;
    doc["customers"][1]["kind"] = "legal";
    ordered_json legal = document();
    for (auto &c : legal["customers"])
        if (c["kind"] == "legal") {
            c["national_id"] = 12345678901;
            break;
        }
    expectRefused(write(legal), "customers[0].national_id", "expected a string, got an integer");
    ordered_json amount = document();
    amount["deals"][2]["amount"] = "1000";
    expectRefused(write(amount), "deals[2].amount", "expected an integer, got a string");
    ordered_json fraction = document();
    fraction["orders"][0]["lines"][0]["quantity"] = 1.5;
    expectRefused(write(fraction), "orders[0].lines[0].quantity", "fractional");
    ordered_json record = document();
    record["activities"][3] = "call";
    expectRefused(write(record), "activities[3]", "expected an object");
}

TEST_F(JsonImportRefusal, a_field_given_twice)
{
    QByteArray twice = *text;
    twice.replace("{\"id\":1,\"username\"", "{\"id\":1,\"id\":1,\"username\"");
    ASSERT_NE(twice, *text);
    expectRefused(write(twice), "users[0].id", "appears twice");
    QByteArray section = *text;
    section.replace("\n}\n", ",\n\"orders\":[]\n}\n");
    expectRefused(write(section), "orders", "appears twice");
}

TEST_F(JsonImportRefusal, bad_codes_dates_and_missing_fields)
{
    ordered_json code = document();
    code["customers"][0]["lifecycle"] = "friend";
    expectRefused(write(code), "customers[0].lifecycle", "lead, prospect, customer, inactive");
    ordered_json date = document();
    date["deals"][0]["expected_close"] = "1404/02/15";
    expectRefused(write(date), "deals[0].expected_close", "not a date");
    ordered_json time = document();
    time["activities"][0]["at"] = "2025-02-19 10:00";
    expectRefused(write(time), "activities[0].at", "time");
    ordered_json missing = document();
    missing["orders"][1].erase("customer_id");
    expectRefused(write(missing), "orders[1].customer_id", "missing");
    ordered_json unknown = document();
    unknown["users"][0]["password"] = "x";
    expectRefused(write(unknown), "users[0].password", "unknown field");
}

TEST_F(JsonImportRefusal, dangling_references)
{
    ordered_json deal = document();
    deal["deals"][0]["customer_id"] = 999999;
    expectRefused(write(deal), "deals[0].customer_id", "no customer with id 999999");
    ordered_json stage = document();
    stage["deals"][0]["stage_id"] = 999;
    expectRefused(write(stage), "deals[0].stage_id");
    ordered_json owner = document();
    owner["activities"][1]["owner_id"] = 77;
    expectRefused(write(owner), "activities[1].owner_id", "no user with id 77");
    ordered_json parent = document();
    parent["customers"][0]["parent_id"] = 4242;
    expectRefused(write(parent), "customers[0].parent_id", "no customer with id 4242");
}

TEST_F(JsonImportRefusal, duplicate_ids_and_unique_values)
{
    ordered_json ids = document();
    ids["customers"][1]["id"] = ids["customers"][0]["id"];
    expectRefused(write(ids), "customers[1].id", "another customer has id");
    ordered_json lines = document();
    lines["orders"][1]["lines"][0]["id"] = lines["orders"][0]["lines"][0]["id"];
    expectRefused(write(lines), "orders[1].lines[0].id", "another order line");
    ordered_json number = document();
    number["orders"][1]["number"] = number["orders"][0]["number"];
    expectRefused(write(number), "orders[1].number", "another order");
    ordered_json username = document();
    username["users"][1]["username"] = username["users"][0]["username"].get<std::string>() + "";
    expectRefused(write(username), "users[1].username");
}

// What the app never writes: `check` would report these as half-written records.
TEST_F(JsonImportRefusal, an_order_without_lines_or_history_and_a_deal_without_stage_history)
{
    ordered_json lines = document();
    lines["orders"][0]["lines"] = ordered_json::array();
    expectRefused(write(lines), "orders[0].lines", "at least one line");
    ordered_json statuses = document();
    statuses["orders"][1]["status_history"] = ordered_json::array();
    expectRefused(write(statuses), "orders[1].status_history", "at least one status change");
    ordered_json stages = document();
    stages["deals"][0]["stage_history"] = ordered_json::array();
    expectRefused(write(stages), "deals[0].stage_history", "at least one stage change");
}

TEST_F(JsonImportRefusal, a_ten_megabyte_string)
{
    ordered_json doc = document();
    doc["users"][0]["full_name"] = std::string(10 << 20, 'x');
    expectRefused(write(doc), "users[0].full_name", "longer than");
}

TEST_F(JsonImportRefusal, newer_schema_or_format_and_wrong_counts)
{
    ordered_json schema = document();
    schema["schema_version"] = 99;
    expectRefused(write(schema), "schema_version", "newer than this program");
    ordered_json version = document();
    version["version"] = peyvand::JsonSnapshotFormat::kVersion + 1;
    expectRefused(write(version), "version", "newer");
    ordered_json counts = document();
    counts["counts"]["customers"] = 5;
    expectRefused(write(counts), "counts.customers", "says 5 but the file has 4");
    ordered_json order = document();
    ordered_json reordered = ordered_json::object();
    for (auto it = order.begin(); it != order.end(); ++it)
        if (it.key() != "households")
            reordered[it.key()] = it.value();
    reordered["households"] = order["households"];
    expectRefused(write(reordered), "households", "must come before");
}

TEST_F(JsonImportRefusal, a_database_with_customers_is_refused)
{
    target->customers().add(individual(QStringLiteral("علی"), QStringLiteral("رضایی")));
    expectRefused(write(*text), "database", "already holds 1 customers");
}

TEST_F(JsonImportRefusal, cli_names_the_place_exits_1_and_creates_no_database)
{
    test::CliRunner cli;
    ordered_json doc = document();
    doc["customers"][2]["national_code"] = true;
    doc["customers"][2]["kind"] = "individual";
    const QString bad = cli.path(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump()));
    }
    const QString fresh = cli.path(QStringLiteral("fresh.sqlite"));
    const test::CliResult r = cli.run({ QStringLiteral("--db"), fresh, QStringLiteral("import"), bad });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written"))) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("customers[2]."))) << r.describe();
    EXPECT_FALSE(QFileInfo::exists(fresh));

    // The good file: export with the CLI, import with the CLI into a new file, JSON summary.
    const QString good = cli.path(QStringLiteral("good.json"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(*text);
    }
    const test::CliResult ok
        = cli.run({ QStringLiteral("--db"), fresh, QStringLiteral("import"), good, QStringLiteral("--quiet"),
                    QStringLiteral("--output"), QStringLiteral("json") });
    ASSERT_EQ(ok.exitCode, 0) << ok.describe();
    EXPECT_EQ(ok.json()["imported"]["customers"], 4);
    const QString exported = cli.path(QStringLiteral("out.json"));
    // The snapshot's users carry no passwords: give its first user one to sign the export in.
    const QString firstUser = QString::fromStdString(document()["users"][0]["username"].get<std::string>());
    test::CliRunner::setPassword(fresh, firstUser, QStringLiteral("export-test-password"));
    cli.signInAs(firstUser, QStringLiteral("export-test-password"));
    const test::CliResult ex
        = cli.run(cli.withDb(fresh, { QStringLiteral("export"), exported, QStringLiteral("--quiet") }));
    ASSERT_EQ(ex.exitCode, 0) << ex.describe();
    EXPECT_FALSE(QFileInfo::exists(exported + QStringLiteral(".part")));
    // Same data; only the export time differs.
    const ordered_json a = ordered_json::parse(text->toStdString()),
                       b = ordered_json::parse(fileBytes(exported).toStdString());
    ordered_json a2 = a, b2 = b;
    a2.erase("exported_at");
    b2.erase("exported_at");
    EXPECT_EQ(a2, b2);
    // Importing again into the now full database is refused.
    const test::CliResult again = cli.run({ QStringLiteral("--db"), fresh, QStringLiteral("import"), good });
    EXPECT_EQ(again.exitCode, 1) << again.describe();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds"))) << again.describe();
}

} // namespace peyvand::testing
