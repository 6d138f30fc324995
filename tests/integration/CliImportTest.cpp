// peyvand-cli import end to end with the real binary: the summary as JSON, the
// --report file parsed back, exit codes 0/1/2, --skip-invalid, --map, duplicates
// on a second run, and bad files that change nothing.
#include "CliRunner.h"
#include "IranianIds.h"

#include <QCryptographicHash>
#include <QFile>
#include <gtest/gtest.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

QString nationalCode(int n)
{
    const QString nine = QStringLiteral("%1").arg(200000000 + n * 37, 9, 10, QLatin1Char('0'));
    return nine + peyvand::IranianIds::nationalCodeCheckDigit(nine);
}

QString legalId(int n)
{
    const QString ten = QStringLiteral("1%1").arg(n, 9, 10, QLatin1Char('0'));
    return ten + peyvand::IranianIds::legalNationalIdCheckDigit(ten);
}

QString write(const CliRunner &cli, const char *name, const QByteArray &bytes)
{
    const QString path = cli.path(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QByteArray individuals(int count)
{
    QByteArray csv = "\xEF\xBB\xBFنام;نام خانوادگی;کد ملی;موبایل;تاریخ تولد;شهر\r\n";
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("علی%1;رضایی%1;%2;0912%3;1370/01/%4;تهران\r\n")
                   .arg(i)
                   .arg(nationalCode(i))
                   .arg(1000000 + i)
                   .arg(1 + i % 28)
                   .toUtf8();
    return csv;
}

json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return json();
    return json::parse(f.readAll().toStdString(), nullptr, false);
}

class CliImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(cli.isValid());
        ASSERT_NO_FATAL_FAILURE(cli.initWithAdmin());
    }
    CliRunner cli;
};

} // namespace

TEST_F(CliImport, imports_a_persian_excel_file_and_prints_a_json_summary)
{
    const QString file = write(cli, "people.csv", individuals(25));
    const CliResult r = cli.runDb({ "import", file, "--kind", "individual", "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json j = r.json();
    EXPECT_EQ(j.at("kind"), "individual");
    EXPECT_EQ(j.at("format"), "csv");
    EXPECT_EQ(j.at("encoding"), "utf-8");
    EXPECT_EQ(j.at("bom"), true);
    EXPECT_EQ(j.at("separator"), ";");
    EXPECT_EQ(j.at("written"), true);
    EXPECT_EQ(j.at("outcome"), "committed");
    EXPECT_EQ(j.at("rows"), 25);
    EXPECT_EQ(j.at("imported"), 25);
    EXPECT_EQ(j.at("updated"), 0);
    EXPECT_EQ(j.at("skipped_duplicates"), 0);
    EXPECT_EQ(j.at("invalid"), 0);
    EXPECT_TRUE(j.at("problems").empty());
    ASSERT_EQ(j.at("columns").size(), 6u);
    EXPECT_EQ(j.at("columns")[1].at("column"), "نام خانوادگی");
    EXPECT_EQ(j.at("columns")[1].at("field"), "last_name");
    EXPECT_EQ(j.at("columns")[1].at("position"), 2);
    EXPECT_EQ(cli.count("customers"), 25);

    const CliResult search = cli.runDb({ "search", "رضايي7", "--format", "json" });
    ASSERT_EQ(search.exitCode, 0) << search.describe();
    ASSERT_EQ(search.json().size(), 1u);
    EXPECT_EQ(search.json()[0].at("phone"), "09121000007");
}

TEST_F(CliImport, an_invalid_row_refuses_the_file_and_the_report_lists_it)
{
    QByteArray csv = individuals(5);
    csv += "بد;ردیف;1234567890;۰۲۱۸۸;1370/13/01;تهران\r\n"; // row 6: three bad cells
    csv += individuals(7).mid(individuals(7).lastIndexOf("علی6"));
    const QString file = write(cli, "bad.csv", csv);
    const QString report = cli.path(QStringLiteral("report.json"));
    const QByteArray before = cli.fileHash();
    const CliResult r = cli.runDb({ "import", file, "--kind", "individual", "--report", report });
    ASSERT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written"))) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("check_digit"))) << r.describe();
    EXPECT_EQ(cli.count("customers"), 0);

    const json problems = readJson(report);
    ASSERT_TRUE(problems.is_array()) << problems.dump();
    ASSERT_EQ(problems.size(), 3u) << problems.dump(2);
    for (const json &p : problems) {
        // Exactly the five keys of the issue.
        ASSERT_EQ(p.size(), 5u) << p.dump();
        for (const char *key : { "row", "column", "value", "code", "message" })
            EXPECT_TRUE(p.contains(key)) << key;
        EXPECT_EQ(p.at("row"), 6);
    }
    EXPECT_EQ(problems[0].at("column"), "کد ملی");
    EXPECT_EQ(problems[0].at("value"), "1234567890");
    EXPECT_EQ(problems[0].at("code"), "check_digit");
    EXPECT_EQ(problems[0].at("message"), "national code check digit is wrong");
    EXPECT_EQ(problems[1].at("column"), "تاریخ تولد");
    EXPECT_EQ(problems[2].at("column"), "موبایل");
    EXPECT_EQ(problems[2].at("value"), "۰۲۱۸۸");
    EXPECT_EQ(cli.fileHash(), before); // not a byte of the database changed
}

TEST_F(CliImport, skip_invalid_imports_the_good_rows_and_exits_0)
{
    QByteArray csv = individuals(3);
    csv += "بد;ردیف;1234567890;;;\r\n";
    const QString file = write(cli, "bad.csv", csv);
    const QString report = cli.path(QStringLiteral("r.json"));
    const CliResult r = cli.runDb(
        { "import", file, "--kind", "individual", "--skip-invalid", "--report", report, "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json().at("imported"), 3);
    EXPECT_EQ(r.json().at("invalid"), 1);
    EXPECT_EQ(r.json().at("written"), true);
    const json problems = readJson(report);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].at("row"), 4);
    EXPECT_EQ(r.json().at("problems"), problems);
    EXPECT_EQ(cli.count("customers"), 3);
}

TEST_F(CliImport, a_second_run_skips_or_updates_the_duplicates)
{
    const QString file = write(cli, "people.csv", individuals(10));
    ASSERT_EQ(cli.runDb({ "import", file, "--kind", "individual" }).exitCode, 0);
    CliResult again = cli.runDb({ "import", file, "--kind", "individual", "--output", "json" });
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.json().at("imported"), 0);
    EXPECT_EQ(again.json().at("skipped_duplicates"), 10);
    const json d = again.json().at("duplicates")[0];
    EXPECT_EQ(d.at("row"), 1);
    EXPECT_EQ(d.at("existing_id"), 1);
    EXPECT_TRUE(d.at("earlier_row").is_null());
    EXPECT_EQ(d.at("matched_on"), "national_code");
    EXPECT_EQ(d.at("action"), "skipped");

    QByteArray moved = individuals(10);
    moved.replace("تهران", "مشهد");
    const QString movedFile = write(cli, "moved.csv", moved);
    again = cli.runDb({ "import", movedFile, "--kind", "individual", "--on-duplicate", "update", "--output", "json" });
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.json().at("updated"), 10);
    EXPECT_EQ(cli.count("customers"), 10);
    const CliResult show = cli.runDb({ "customer", "show", "3", "--format", "json" });
    ASSERT_EQ(show.exitCode, 0) << show.describe();
    EXPECT_NE(show.out.indexOf(QStringLiteral("مشهد")), -1) << show.describe();
}

TEST_F(CliImport, map_names_columns_by_header_text_or_position)
{
    const QByteArray csv = "Customer,Cell Number,Town\r\nعلی رضایی,09121234567,تهران\r\n";
    const QString file = write(cli, "odd.csv", csv);
    CliResult r = cli.runDb({ "import", file, "--kind", "individual" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("unknown_header"))) << r.describe();
    r = cli.runDb({ "import", file, "--kind", "individual", "--map", "full_name=Customer", "--map", "mobile=2",
                    "--map=city=Town", "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json().at("imported"), 1);
    const CliResult search = cli.runDb({ "search", "09121234567", "--format", "json" });
    ASSERT_EQ(search.json().size(), 1u);
    EXPECT_EQ(search.json()[0].at("name"), "علی رضایی");
    EXPECT_EQ(search.json()[0].at("city"), "تهران");

    r = cli.runDb({ "import", file, "--kind", "individual", "--map", "full_name=Nope" });
    EXPECT_EQ(r.exitCode, 1) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("unknown_column"))) << r.describe();
}

TEST_F(CliImport, contacts_of_companies_after_the_companies)
{
    const QByteArray companies
        = QStringLiteral("company_name,national_id,phone\nپارس,%1,021 8877 6655\n").arg(legalId(1)).toUtf8();
    ASSERT_EQ(cli.runDb({ "import", write(cli, "c.csv", companies), "--kind", "legal" }).exitCode, 0);
    const QByteArray contacts = QStringLiteral("company_national_id,first_name,last_name,job_title,role,mobile\n"
                                               "%1,سارا,احمدی,مدیر خرید,decider,09121112233\n")
                                    .arg(legalId(1))
                                    .toUtf8();
    const CliResult r = cli.runDb({ "import", write(cli, "p.csv", contacts), "--kind", "contact", "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json().at("imported"), 1);
    EXPECT_EQ(cli.count("contacts"), 1);
    const CliResult lookup = cli.runDb({ "lookup", "09121112233", "--format", "json" });
    ASSERT_EQ(lookup.exitCode, 0) << lookup.describe();
    EXPECT_NE(lookup.out.indexOf(QStringLiteral("پارس")), -1) << lookup.describe();
}

TEST_F(CliImport, bad_files_exit_1_and_change_nothing)
{
    const QByteArray before = cli.fileHash();
    QByteArray big("first_name,last_name\nعلی,");
    big += QByteArray(10 * 1024 * 1024, 'x');
    const struct
    {
        const char *name;
        QByteArray bytes;
        const char *code;
    } cases[] = {
        { "empty.csv", QByteArray(), "empty_file" },
        { "header.csv", QByteArray("first_name,last_name\n"), "no_rows" },
        { "junk.csv", QByteArray("\x00\x01\x02\x03junk\xff\xfe", 10), "binary_file" },
        { "book.xlsx", QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), "workbook_file" },
        { "ragged.csv", QByteArray("first_name,last_name\nعلی,رضایی,اضافه\n"), "ragged_row" },
        { "quote.csv", QByteArray("first_name,last_name\n\"علی,رضایی\n"), "unterminated_quote" },
        { "big.csv", big, "field_too_long" },
    };
    for (const auto &c : cases) {
        const QString report = cli.path(QStringLiteral("report.json"));
        const CliResult r = cli.runDb({ "import", write(cli, c.name, c.bytes), "--kind", "individual", "--report",
                                        report, "--skip-invalid", "--output", "json" },
                                      60000);
        ASSERT_TRUE(r.finished) << c.name;
        if (QByteArray(c.code) == "ragged_row") {
            // A ragged row is one bad row: skipped, the file itself is fine.
            EXPECT_EQ(r.exitCode, 0) << c.name << r.describe();
        } else {
            EXPECT_EQ(r.exitCode, 1) << c.name << r.describe();
            EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written"))) << c.name << r.describe();
        }
        const json problems = readJson(report);
        ASSERT_FALSE(problems.empty()) << c.name;
        EXPECT_EQ(problems[0].at("code"), c.code) << c.name << problems.dump();
        EXPECT_EQ(r.json().at("problems"), problems) << c.name;
        EXPECT_EQ(cli.count("customers"), 0) << c.name;
    }
    EXPECT_EQ(cli.fileHash(), before);
}

TEST_F(CliImport, usage_errors_exit_2)
{
    const QString file = write(cli, "people.csv", individuals(1));
    const QList<QStringList> cases {
        { "import", file },
        { "import", file, "--kind", "robots" },
        { "import", file, "--kind", "individual", "--map", "shoe_size=1" },
        { "import", file, "--kind", "individual", "--map", "mobile" },
        { "import", file, "--kind", "individual", "--on-duplicate", "merge" },
        { "import", file, "--kind", "individual", "--encoding", "ebcdic" },
        { "import", file, "--kind", "individual", "--separator", "|" },
        { "import", file, "--kind", "individual", "--format", "xml" },
        { "import", file, "--kind", "individual", "--output", "yaml" },
        { "import", "--kind", "individual" },
        { "import", cli.path(QStringLiteral("people.dat")), "--kind", "individual" },
    };
    for (const QStringList &args : cases) {
        const CliResult r = cli.runDb(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(' ').toStdString() << r.describe();
    }
    EXPECT_EQ(cli.count("customers"), 0);
    const CliResult missing = cli.runDb({ "import", cli.path(QStringLiteral("none.csv")), "--kind", "individual" });
    EXPECT_EQ(missing.exitCode, 1) << missing.describe();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no such file"))) << missing.describe();
}

TEST_F(CliImport, windows_1256_and_an_explicit_separator)
{
    // "نام;نام خانوادگی" and a row in Windows-1256, as Arabic Windows saves it.
    QByteArray csv(
        "\xe4\xc7\xe3;\xe4\xc7\xe3 \xce\xc7\xe4\xe6\xc7\xcf\x90\xed\r\n\xda\xe1\xed;\xd1\xd6\xc7\xed\xed\r\n");
    const QString file = write(cli, "ansi.csv", csv);
    const CliResult r = cli.runDb({ "import", file, "--kind", "individual", "--separator", ";", "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json().at("encoding"), "windows-1256");
    const CliResult search = cli.runDb({ "search", "رضایی", "--format", "json" });
    ASSERT_EQ(search.json().size(), 1u) << search.describe();
    EXPECT_EQ(search.json()[0].at("name"), "علی رضایی");
}

TEST_F(CliImport, help_lists_the_command)
{
    const CliResult help = cli.run({ "--help" });
    EXPECT_TRUE(help.out.contains(QStringLiteral("import"))) << help.describe();
    const CliResult usage = cli.run({ "import", "--help" });
    EXPECT_EQ(usage.exitCode, 0);
    EXPECT_TRUE(usage.out.contains(QStringLiteral("--on-duplicate skip|update"))) << usage.describe();
}
