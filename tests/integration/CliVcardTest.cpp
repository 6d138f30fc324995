// peyvand-cli export --format vcf|ics and import FILE.vcf end to end with the
// real binary, checked by real third-party parsers (Debian's python3-vobject
// and python3-icalendar run from the test): what they read back is what was
// stored; an export imported into an empty database gives the same cards;
// bad files change nothing.
#include "CliRunner.h"
#include "IranianIds.h"
#include "ThirdPartyParsers.h"

#include <QFile>
#include <gtest/gtest.h>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;
using peyvand::test::readCalendar;
using peyvand::test::readVcards;

namespace {

QString nationalCode(int n)
{
    const QString nine = QStringLiteral("%1").arg(300000000 + n * 41, 9, 10, QLatin1Char('0'));
    return nine + peyvand::IranianIds::nationalCodeCheckDigit(nine);
}

QString legalId()
{
    const QString ten = QStringLiteral("1000000777");
    return ten + peyvand::IranianIds::legalNationalIdCheckDigit(ten);
}

std::string str(const json &j)
{
    return j.is_string() ? j.get<std::string>() : j.dump();
}

std::string u8(const char *s)
{
    return std::string(s);
}

class CliVcard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(cli.initWithAdmin());
        const QByteArray people = QStringLiteral("first_name,last_name,national_code,mobile,email,birth_date,city,"
                                                 "address,postal_code\r\n"
                                                 "علی,رضایی,%1,0912 123 4567,ali@example.ir,1369/02/27,تهران,"
                                                 "\"خیابان ولیعصر، پلاک ۱۲; واحد ۳\",1593747811\r\n"
                                                 "سارا,کریمی,%2,+98 935 111 2233,,1990-01-05,اصفهان,,\r\n")
                                      .arg(nationalCode(1), nationalCode(2))
                                      .toUtf8();
        importCsv("people.csv", people, "individual");
        importCsv("companies.csv",
                  QStringLiteral("company_name,national_id,phone,city\r\nشرکت پارس,%1,021 8877 6655,تهران\r\n")
                      .arg(legalId())
                      .toUtf8(),
                  "legal");
        importCsv("contacts.csv",
                  QStringLiteral("company_national_id,first_name,last_name,job_title,mobile,email\r\n"
                                 "%1,حسن,نوری,مدیر خرید,0919 888 7766,h.noori@pars.example\r\n"
                                 "%1,نگار,شریفی,کارپرداز,0912 555 0101,\r\n")
                      .arg(legalId())
                      .toUtf8(),
                  "contact");
        aliId = idOf("رضایی");
        companyId = idOf("پارس");
    }

    void importCsv(const char *name, const QByteArray &bytes, const char *kind)
    {
        const QString path = write(name, bytes);
        const CliResult r = cli.runDb({ "import", path, "--kind", kind });
        ASSERT_EQ(r.exitCode, 0) << r.describe();
    }

    QString write(const char *name, const QByteArray &bytes) const
    {
        const QString path = cli.path(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        return path;
    }

    qint64 idOf(const QString &text) const
    {
        const CliResult r = cli.runDb({ "search", text, "--format", "json" });
        const json rows = r.json();
        if (!rows.is_array() || rows.size() != 1) {
            ADD_FAILURE() << "search " << text.toStdString() << ": " << r.describe();
            return 0;
        }
        return rows[0]["id"].get<qint64>();
    }

    static json cardNamed(const json &parsed, const char *fn)
    {
        for (const json &c : parsed["cards"])
            if (c["fn"] == fn)
                return c;
        ADD_FAILURE() << "no card " << fn << " in " << parsed.dump();
        return json();
    }

    CliRunner cli;
    qint64 aliId = 0;
    qint64 companyId = 0;
};

} // namespace

TEST_F(CliVcard, individuals_as_vcard_3_and_4_read_by_vobject)
{
    for (const char *version : { "3", "4" }) {
        const QString file = cli.path(QStringLiteral("people%1.vcf").arg(QLatin1String(version)));
        const CliResult r = cli.runDb({ "export", file, "--vcard-version", version, "--output", "json" });
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        EXPECT_EQ(r.json()["cards"], 2);
        const json parsed = readVcards(file);
        ASSERT_TRUE(parsed.is_object()) << version;
        EXPECT_EQ(parsed["cards"].size(), 2u);
        EXPECT_LE(parsed["max_line"].get<int>(), 75);
        EXPECT_TRUE(parsed["crlf"].get<bool>());
        const bool v4 = QByteArray(version) == "4";
        const json ali = cardNamed(parsed, "علی رضایی");
        EXPECT_EQ(str(ali["version"]), v4 ? "4.0" : "3.0");
        EXPECT_EQ(str(ali["family"]), u8("رضایی"));
        EXPECT_EQ(str(ali["given"]), u8("علی"));
        ASSERT_EQ(ali["tel"].size(), 1u);
        EXPECT_EQ(str(ali["tel"][0]), v4 ? "tel:+989121234567" : "+989121234567");
        EXPECT_EQ(ali["email"], json::array({ "ali@example.ir" }));
        EXPECT_EQ(str(ali["bday"]), v4 ? "19900517" : "1990-05-17");
        ASSERT_EQ(ali["adr"].size(), 1u);
        EXPECT_EQ(str(ali["adr"][0]["street"]), u8("خیابان ولیعصر، پلاک ۱۲; واحد ۳"));
        EXPECT_EQ(str(ali["adr"][0]["city"]), u8("تهران"));
        EXPECT_EQ(str(ali["adr"][0]["code"]), "1593747811");
        EXPECT_EQ(str(ali["national_code"]), nationalCode(1).toStdString());
        EXPECT_TRUE(str(ali["uid"]).starts_with("urn:uuid:"));
        const json sara = cardNamed(parsed, "سارا کریمی");
        EXPECT_EQ(str(sara["tel"][0]), v4 ? "tel:+989351112233" : "+989351112233");
        EXPECT_EQ(str(sara["bday"]), v4 ? "19900105" : "1990-01-05");
    }
}

TEST_F(CliVcard, a_companys_contacts_carry_org_and_title)
{
    const QString file = cli.path(QStringLiteral("contacts.vcf"));
    const CliResult r = cli.runDb({ "export", file, "--company", QString::number(companyId) });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json parsed = readVcards(file);
    ASSERT_EQ(parsed["cards"].size(), 2u) << parsed.dump();
    const json hassan = cardNamed(parsed, "حسن نوری");
    EXPECT_EQ(str(hassan["org"]), u8("شرکت پارس"));
    EXPECT_EQ(str(hassan["title"]), u8("مدیر خرید"));
    EXPECT_EQ(hassan["tel"], json::array({ "+989198887766" }));
    EXPECT_EQ(hassan["email"], json::array({ "h.noori@pars.example" }));
    EXPECT_EQ(str(cardNamed(parsed, "نگار شریفی")["title"]), u8("کارپرداز"));

    // The company itself as an organisation card (4.0: KIND:org).
    const QString companies = cli.path(QStringLiteral("companies.vcf"));
    ASSERT_EQ(cli.runDb({ "export", companies, "--kind", "legal", "--vcard-version", "4" }).exitCode, 0);
    const json org = cardNamed(readVcards(companies), "شرکت پارس");
    EXPECT_EQ(str(org["kind"]), "org");
    EXPECT_EQ(str(org["org"]), u8("شرکت پارس"));

    // Contacts are people of companies only; an unknown id is an error.
    EXPECT_EQ(cli.runDb({ "export", file, "--company", QString::number(aliId) }).exitCode, 1);
    EXPECT_EQ(cli.runDb({ "export", file, "--company", "9999" }).exitCode, 1);
}

TEST_F(CliVcard, search_filters_the_export)
{
    const QString file = cli.path(QStringLiteral("found.vcf"));
    const CliResult r = cli.runDb({ "export", file, "--search", "کریمی", "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json()["cards"], 1);
    EXPECT_EQ(str(readVcards(file)["cards"][0]["fn"]), u8("سارا کریمی"));
}

TEST_F(CliVcard, vcard_import_into_a_company_and_duplicates_on_a_second_run)
{
    const QString file = write("phone.vcf",
                               "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ahmadi;Reza;;;\r\nFN:Reza Ahmadi\r\n"
                               "TITLE:CFO\r\nTEL;TYPE=CELL:+98 912 000 1111\r\nEND:VCARD\r\n");
    const CliResult r = cli.runDb({ "import", file, "--company", QString::number(companyId), "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json out = r.json();
    EXPECT_EQ(out["format"], "vcf");
    EXPECT_EQ(out["imported"], 1);
    EXPECT_EQ(out["company_id"], companyId);
    const CliResult again = cli.runDb({ "import", file, "--company", QString::number(companyId), "--output", "json" });
    ASSERT_EQ(again.exitCode, 0) << again.describe();
    EXPECT_EQ(again.json()["skipped_duplicates"], 1);
    EXPECT_EQ(cli.count("contacts"), 3);

    // Usage: --kind or --company is required; contacts need a company.
    EXPECT_EQ(cli.runDb({ "import", file }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "import", file, "--kind", "legal" }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "import", file, "--company", QString::number(aliId) }).exitCode, 1);
    EXPECT_EQ(cli.runDb({ "import", file, "--kind", "individual", "--vcard-version", "5" }).exitCode, 2);
}

TEST_F(CliVcard, export_then_import_into_an_empty_database_gives_the_same_cards)
{
    cli.seed(300);
    for (const char *version : { "3", "4" }) {
        const QString exported = cli.path(QStringLiteral("all%1.vcf").arg(QLatin1String(version)));
        const CliResult out = cli.runDb({ "export", exported, "--vcard-version", version, "--output", "json" });
        ASSERT_EQ(out.exitCode, 0) << out.describe();
        const qint64 cards = out.json()["cards"].get<qint64>();
        ASSERT_GT(cards, 100);

        const QString empty = cli.path(QStringLiteral("empty%1.sqlite").arg(QLatin1String(version)));
        ASSERT_EQ(cli.run({ "--db", empty, "init" }).exitCode, 0);
        // The empty database's first administrator, named like the user signed in on db() so withDb() fits both.
        ASSERT_EQ(cli.runWith({ "--db", empty, "user", "add", cli.user(), "--role", "admin" }, {},
                              { QStringLiteral("PEYVAND_NEW_PASSWORD=") + cli.password() })
                      .exitCode,
                  0);
        const CliResult in = cli.run(cli.withDb(
            empty, { "import", exported, "--kind", "individual", "--vcard-version", version, "--output", "json" }));
        ASSERT_EQ(in.exitCode, 0) << in.describe();
        EXPECT_EQ(in.json()["imported"], cards) << in.describe();

        const QString again = cli.path(QStringLiteral("again%1.vcf").arg(QLatin1String(version)));
        ASSERT_EQ(cli.run(cli.withDb(empty, { "export", again, "--vcard-version", version })).exitCode, 0);
        json before = readVcards(exported)["cards"];
        json after = readVcards(again)["cards"];
        ASSERT_EQ(before.size(), size_t(cards));
        for (json *cardsOf : { &before, &after }) {
            for (json &c : *cardsOf)
                c.erase("uid"); // ids of another database
            std::sort(cardsOf->begin(), cardsOf->end(),
                      [](const json &a, const json &b) { return a.dump() < b.dump(); });
        }
        EXPECT_EQ(before, after) << "vCard " << version;
    }
}

TEST_F(CliVcard, calendar_of_meetings_and_follow_ups_read_by_icalendar)
{
    const QString customer = QString::number(aliId);
    auto add = [&](const QStringList &args) {
        const CliResult r = cli.runDb(QStringList { "activity", "add", "--customer", customer } + args);
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        return r.out.trimmed().toLongLong();
    };
    const qint64 meeting = add({ "--type", "meeting", "--at", "2026-11-22T07:00:00Z", "--duration", "5400", "--notes",
                                 "قرارداد، مرحله دوم; با نمونه" });
    const qint64 call
        = add({ "--type", "call", "--at", "2026-11-21T10:00:00Z", "--follow-up", "2026-11-23T06:30:00Z" });
    add({ "--type", "meeting", "--at", "2026-12-30T07:00:00Z" }); // outside the range
    add({ "--type", "call", "--at", "2026-11-22T09:00:00Z" }); // a call without a follow-up: not in a calendar

    const QString file = cli.path(QStringLiteral("week.ics"));
    const CliResult r = cli.runDb({ "export", file, "--from", "1405/09/01", "--to", "۱۴۰۵/۰۹/۰۵", "--output", "json" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json()["meetings"], 1);
    EXPECT_EQ(r.json()["follow_ups"], 1);

    const json cal = readCalendar(file);
    ASSERT_TRUE(cal.is_object());
    EXPECT_EQ(str(cal["version"]), "2.0");
    EXPECT_FALSE(str(cal["prodid"]).empty());
    EXPECT_LE(cal["max_line"].get<int>(), 75);
    EXPECT_TRUE(cal["crlf"].get<bool>());
    ASSERT_EQ(cal["events"].size(), 2u) << cal.dump();
    const json &m = cal["events"][0];
    EXPECT_EQ(str(m["uid"]), "activity-" + std::to_string(meeting) + "@peyvand");
    EXPECT_EQ(str(m["start"]), "2026-11-22T07:00:00+00:00");
    EXPECT_EQ(str(m["end"]), "2026-11-22T08:30:00+00:00");
    EXPECT_EQ(m["start_offset"], 0.0);
    EXPECT_EQ(str(m["summary"]), u8("جلسه: علی رضایی (۱ آذر ۱۴۰۵)"));
    EXPECT_NE(str(m["description"]).find(u8("قرارداد، مرحله دوم; با نمونه")), std::string::npos);
    EXPECT_NE(str(m["description"]).find(u8("ساعت ۱۰:۳۰ (تهران)")), std::string::npos);
    EXPECT_FALSE(str(m["stamp"]).empty());
    const json &f = cal["events"][1];
    EXPECT_EQ(str(f["uid"]), "follow-up-" + std::to_string(call) + "@peyvand");
    EXPECT_EQ(str(f["start"]), "2026-11-23T06:30:00+00:00");
    EXPECT_EQ(str(f["summary"]), u8("پیگیری تماس: علی رضایی (۲ آذر ۱۴۰۵)"));

    // Follow-ups as tasks for Thunderbird's task list.
    const QString todo = cli.path(QStringLiteral("todo.ics"));
    ASSERT_EQ(
        cli.runDb({ "export", todo, "--from", "2026-11-22", "--to", "2026-11-26", "--follow-ups", "todo" }).exitCode,
        0);
    const json tasks = readCalendar(todo);
    ASSERT_EQ(tasks["todos"].size(), 1u) << tasks.dump();
    EXPECT_EQ(str(tasks["todos"][0]["due"]), "2026-11-23T06:30:00+00:00");
    EXPECT_EQ(str(tasks["todos"][0]["status"]), "NEEDS-ACTION");
    EXPECT_EQ(tasks["events"].size(), 1u);

    // Done follow-ups leave the calendar; an empty range is still a calendar.
    const QString empty = cli.path(QStringLiteral("empty.ics"));
    ASSERT_EQ(cli.runDb({ "export", empty, "--from", "1404/01/01", "--to", "1404/01/02" }).exitCode, 0);
    EXPECT_TRUE(readCalendar(empty)["events"].empty());
    EXPECT_EQ(cli.runDb({ "export", empty, "--from", "1405/09/01" }).exitCode, 2);
    EXPECT_EQ(cli.runDb({ "export", empty, "--from", "1405/13/01", "--to", "1405/09/01" }).exitCode, 1);
}

TEST_F(CliVcard, bad_vcard_files_are_reported_and_change_nothing)
{
    QByteArray huge = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\nNOTE:";
    huge += QByteArray(10 * 1024 * 1024, 'x');
    huge += "\r\nEND:VCARD\r\n";
    const QByteArray good = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nTEL:09120000002\r\nEND:VCARD\r\n";
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *code;
        const char *column;
    };
    const Case cases[] = {
        { "junk.vcf", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20), "binary_file", nullptr },
        { "empty.vcf", QByteArray(), "no_cards", nullptr },
        { "open.vcf", good + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open\r\n", "unterminated_card", "END" },
        { "huge.vcf", good + huge, "line_too_long", "NOTE" },
        { "bday.vcf", good + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nBDAY:1990-02-31\r\nEND:VCARD\r\n", "no_such_day",
          "BDAY" },
        { "noname.vcf", good + "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:09120000009\r\nEND:VCARD\r\n", "required", "N" },
    };
    const qint64 before = cli.count("customers");
    for (const Case &c : cases) {
        const QString file = write(c.name, c.bytes);
        const QString report = cli.path(QStringLiteral("report.json"));
        QFile::remove(report);
        const CliResult r = cli.runDb({ "import", file, "--kind", "individual", "--report", report });
        ASSERT_TRUE(r.finished) << c.name;
        EXPECT_EQ(r.exitCode, 1) << c.name << ": " << r.describe();
        EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was written"))) << c.name << ": " << r.describe();
        QFile f(report);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << c.name;
        const json problems = json::parse(f.readAll().toStdString(), nullptr, false);
        ASSERT_TRUE(problems.is_array()) << c.name;
        ASSERT_FALSE(problems.empty()) << c.name;
        const json &p = problems.back();
        for (const char *key : { "row", "column", "value", "code", "message" })
            EXPECT_TRUE(p.contains(key)) << c.name << " " << key;
        EXPECT_EQ(str(p["code"]), c.code) << c.name << ": " << problems.dump();
        if (c.column)
            EXPECT_EQ(str(p["column"]), c.column) << c.name;
        EXPECT_EQ(cli.count("customers"), before) << c.name;
    }
}
