// peyvand-cli end to end, write side: activity add, as a telephone exchange
// uses it — by customer id or by a phone in any format, from many processes at
// once — and its refusals (exit 1, nothing written; exit 2 for usage).
#include "CliRunner.h"
#include "TestBackend.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;
namespace t = peyvand::test;

namespace {

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

const QRegularExpression kIdLine(QStringLiteral("^[1-9][0-9]*\\n$"));

} // namespace

class CliActivity : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(cli.seed(120));
        const CliResult r = cli.runDb({ "search", "", "--limit", "1000", "--format", "json" });
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        all = r.json();
        ASSERT_TRUE(all.is_array());
        ASSERT_EQ(all.size(), 120u);
        QHash<QString, int> phones;
        for (const json &row : all)
            ++phones[str(row["phone"])];
        for (const json &row : all)
            if (row["kind"] == "individual" && str(row["phone"]).startsWith("09")
                && phones.value(str(row["phone"])) == 1)
                individuals.push_back(row);
        ASSERT_GE(individuals.size(), 10u);
        activitiesBefore = cli.count("activities");
        ASSERT_GT(activitiesBefore, 0);
    }

    CliResult add(const QStringList &args) const { return cli.runDb(QStringList { "activity", "add" } + args); }
    json show(qint64 id, int activities = 100) const
    {
        const CliResult r = cli.runDb({ "customer", "show", QString::number(id), "--activities",
                                        QString::number(activities), "--format", "json" });
        EXPECT_EQ(r.exitCode, 0) << r.describe();
        return r.json();
    }
    static json findActivity(const json &customer, qint64 activityId)
    {
        if (customer.is_object() && customer.contains("activities"))
            for (const json &a : customer["activities"])
                if (a["id"] == activityId)
                    return a;
        return nullptr;
    }
    // Checks a refusal: exit code, a message naming `field`, nothing on stdout, nothing written.
    void expectRefused(const QStringList &args, int code, const QString &field) const
    {
        const CliResult r = add(args);
        EXPECT_EQ(r.exitCode, code) << args.join(' ').toStdString() << ": " << r.describe();
        EXPECT_TRUE(r.out.isEmpty()) << r.describe();
        if (!field.isEmpty()) {
            EXPECT_TRUE(r.err.contains(field))
                << "the message should name " << field.toStdString() << ": " << r.describe();
        }
        EXPECT_EQ(cli.count("activities"), activitiesBefore) << args.join(' ').toStdString();
    }

    CliRunner cli;
    json all;
    std::vector<json> individuals;
    qint64 activitiesBefore = 0;
};

TEST_F(CliActivity, add_by_customer_prints_only_the_id_and_the_activity_is_shown)
{
    const qint64 customer = individuals[0]["id"].get<qint64>();
    const CliResult r = add({ "--customer", QString::number(customer), "--type", "call", "--direction", "in",
                              "--duration", "95", "--outcome", "پیگیری قیمت", "--notes", "تماس از مرکز تلفن" });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    ASSERT_TRUE(kIdLine.match(r.out).hasMatch()) << "stdout must be the id alone: " << r.describe();
    EXPECT_TRUE(r.err.isEmpty()) << r.describe();
    const qint64 id = r.out.trimmed().toLongLong();
    EXPECT_EQ(cli.count("activities"), activitiesBefore + 1);

    const json a = findActivity(show(customer), id);
    ASSERT_FALSE(a.is_null()) << "the new activity is not in customer show";
    EXPECT_EQ(a["customer_id"], customer);
    EXPECT_EQ(a["type"], "call");
    EXPECT_EQ(a["direction"], "in");
    EXPECT_EQ(a["duration"], 95);
    EXPECT_EQ(a["outcome"], "پیگیری قیمت");
    EXPECT_EQ(a["notes"], "تماس از مرکز تلفن");
    EXPECT_TRUE(a["follow_up_at"].is_null());
    // Without --at it is "now": the newest activity of the customer.
    EXPECT_EQ(show(customer, 1)["activities"][0]["id"], id);
}

TEST_F(CliActivity, add_by_phone_in_any_format_resolves_the_customer)
{
    const json c = individuals[1];
    const qint64 customer = c["id"].get<qint64>();
    const QString phone = str(c["phone"]);
    const QStringList forms { phone,
                              t::internationalSpaced(phone), // +98 912 345 6789
                              QStringLiteral("+98") + phone.mid(1), // +989123456789
                              QStringLiteral("0098") + phone.mid(1),
                              phone.mid(1), // 9123456789
                              t::toPersianDigits(phone), // ۰۹۱۲…
                              t::toArabicIndicDigits(phone), // ٠٩١٢…
                              phone.left(4) + "-" + phone.mid(4, 3) + "-" + phone.mid(7) };
    QList<qint64> ids;
    for (const QString &form : forms) {
        const CliResult r = add({ "--phone", form, "--type", "call", "--direction", "in" });
        ASSERT_EQ(r.exitCode, 0) << form.toStdString() << ": " << r.describe();
        ASSERT_TRUE(kIdLine.match(r.out).hasMatch()) << r.describe();
        ids << r.out.trimmed().toLongLong();
    }
    EXPECT_EQ(QSet<qint64>(ids.begin(), ids.end()).size(), forms.size());
    EXPECT_EQ(cli.count("activities"), activitiesBefore + forms.size());
    const json shown = show(customer);
    for (qint64 id : ids) {
        const json a = findActivity(shown, id);
        ASSERT_FALSE(a.is_null()) << "activity " << id << " is not on customer " << customer;
        EXPECT_EQ(a["customer_id"], customer);
    }
}

TEST_F(CliActivity, add_accepts_jalali_and_iso_times_with_any_digits_and_json_gives_iso_utc)
{
    // TZ is UTC in the test environment, so local and UTC agree.
    const qint64 customer = individuals[2]["id"].get<qint64>();
    struct Case
    {
        QString at, followUp, expectedAt, expectedFollowUp;
    };
    const Case cases[] = {
        { "1405/09/01 14:30", "1405/09/03", "2026-11-22T14:30:00Z", "2026-11-24T00:00:00Z" },
        { "۱۴۰۵/۰۹/۰۱ ۱۴:۳۰", "۱۴۰۵/۰۹/۰۲ ۰۹:۰۰", "2026-11-22T14:30:00Z", "2026-11-23T09:00:00Z" },
        { "2026-11-22T14:30:00Z", "2026-11-29", "2026-11-22T14:30:00Z", "2026-11-29T00:00:00Z" },
        { "2026-11-22 08:05:09", "", "2026-11-22T08:05:09Z", "" },
        { "1403/12/30", "", "2025-03-20T00:00:00Z", "" }, // 1403 is a leap year: Esfand 30 exists
    };
    for (const Case &k : cases) {
        QStringList args { "--customer", QString::number(customer), "--type", "meeting", "--at", k.at };
        if (!k.followUp.isEmpty())
            args << "--follow-up" << k.followUp;
        const CliResult r = add(args);
        ASSERT_EQ(r.exitCode, 0) << k.at.toStdString() << ": " << r.describe();
        const json a = findActivity(show(customer), r.out.trimmed().toLongLong());
        ASSERT_FALSE(a.is_null());
        EXPECT_EQ(str(a["at"]), k.expectedAt) << k.at.toStdString();
        if (k.expectedFollowUp.isEmpty())
            EXPECT_TRUE(a["follow_up_at"].is_null());
        else
            EXPECT_EQ(str(a["follow_up_at"]), k.expectedFollowUp) << k.followUp.toStdString();
    }
    // The table shows the same moment in Jalali.
    const CliResult table = cli.runDb({ "customer", "show", QString::number(customer), "--activities", "100" });
    ASSERT_EQ(table.exitCode, 0) << table.describe();
    EXPECT_TRUE(table.out.contains("1405/09/01 14:30")) << table.describe();
    EXPECT_TRUE(table.out.contains("1405/09/03 00:00")) << table.describe();
}

TEST_F(CliActivity, a_day_that_does_not_exist_is_refused_naming_the_field_and_nothing_is_written)
{
    const QString customer = QString::number(individuals[3]["id"].get<qint64>());
    expectRefused({ "--customer", customer, "--type", "call", "--at", "1403/12/31" }, 1, "at");
    expectRefused({ "--customer", customer, "--type", "call", "--at", "۱۴۰۳/۱۲/۳۱" }, 1, "at");
    expectRefused({ "--customer", customer, "--type", "call", "--at", "1404/07/31" }, 1, "at"); // Mehr has 30 days
    expectRefused({ "--customer", customer, "--type", "call", "--at", "2026-02-30" }, 1, "at");
    expectRefused({ "--customer", customer, "--type", "call", "--at", "1405/09/01 25:00" }, 1, "at");
    expectRefused({ "--customer", customer, "--type", "call", "--at", "yesterday" }, 1, "at");
    expectRefused({ "--customer", customer, "--type", "task", "--follow-up", "1403/12/31" }, 1, "follow-up");
    // The message says what is wrong with it, too.
    const CliResult r = add({ "--customer", customer, "--type", "call", "--at", "1403/12/31" });
    EXPECT_TRUE(r.err.contains("1403/12/31")) << r.describe();
}

TEST_F(CliActivity, other_rejected_input_exits_1_and_writes_nothing)
{
    const QString customer = QString::number(individuals[4]["id"].get<qint64>());
    expectRefused({ "--customer", "987654", "--type", "call" }, 1, "customer");
    expectRefused({ "--customer", "abc", "--type", "call" }, 1, "customer");
    expectRefused({ "--phone", "09999999998", "--type", "call" }, 1, "phone");
    expectRefused({ "--phone", "12345", "--type", "call" }, 1, "phone");
    expectRefused({ "--customer", customer, "--type", "call", "--duration", "-5" }, 1, "duration");
    expectRefused({ "--customer", customer, "--type", "call", "--duration", "long" }, 1, "duration");
    expectRefused({ "--customer", customer, "--type", "call", "--at", "1405/09/02", "--follow-up", "1405/09/01" }, 1,
                  "follow");
    expectRefused({ "--customer", customer, "--type", "call", "--owner", "9999" }, 1, "owner");
}

TEST_F(CliActivity, usage_errors_exit_2_and_write_nothing)
{
    const QString customer = QString::number(individuals[5]["id"].get<qint64>());
    expectRefused({ "--customer", customer, "--type", "visit" }, 2, "--type");
    expectRefused({ "--customer", customer }, 2, "--type");
    expectRefused({ "--type", "call" }, 2, "--customer");
    expectRefused({ "--customer", customer, "--phone", str(individuals[5]["phone"]), "--type", "call" }, 2, "--phone");
    expectRefused({ "--customer", customer, "--type", "call", "--direction", "sideways" }, 2, "--direction");
    expectRefused({ "--customer", customer, "--type", "call", "--colour", "red" }, 2, "--colour");
    expectRefused({ "--customer", customer, "--type", "call", "stray" }, 2, "stray");
    expectRefused({ "--customer", customer, "--type" }, 2, "--type");
}

TEST_F(CliActivity, stdout_is_only_the_id_even_with_verbose)
{
    const QString customer = QString::number(individuals[6]["id"].get<qint64>());
    const CliResult r = cli.run(QStringList { "--verbose" }
                                + cli.withDb({ "activity", "add", "--customer", customer, "--type", "sms" }));
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(kIdLine.match(r.out).hasMatch()) << r.describe();
}

// --- many processes at once ------------------------------------------------------

// 8 worker shells start at once; each runs `activity add` 10 times in a row,
// alternating --customer and --phone, and exits non-zero on the first failure.
TEST_F(CliActivity, eight_processes_adding_at_once_all_succeed_and_every_activity_is_counted)
{
    constexpr int workers = 8;
    constexpr int perWorker = 10;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < workers; ++w) {
        const json &c = individuals[size_t(w)];
        const QString script
            = QStringLiteral(
                  "i=0; while [ $i -lt %1 ]; do i=$((i+1));"
                  " if [ $((i % 2)) -eq 0 ]; then set -- --customer \"$CUSTOMER\"; else set -- --phone \"$PHONE\"; fi;"
                  " \"$CLI\" --db \"$DB\" --user \"$SIGNIN\" activity add \"$@\" --type call --direction in --duration "
                  "$i"
                  " --notes \"worker $WORKER call $i\" || { echo \"worker $WORKER call $i failed: $?\" >&2; exit 1; };"
                  " done")
                  .arg(perWorker);
        auto p = std::make_unique<QProcess>();
        cli.prepare(*p, {});
        QProcessEnvironment env = cli.environment();
        env.insert("CLI", CliRunner::program());
        env.insert("DB", cli.db());
        env.insert("SIGNIN", cli.user());
        env.insert("WORKER", QString::number(w));
        env.insert("CUSTOMER", QString::number(c["id"].get<qint64>()));
        env.insert("PHONE", t::internationalSpaced(str(c["phone"])));
        p->setProcessEnvironment(env);
        p->setProgram("/bin/sh");
        p->setArguments({ "-c", script });
        processes.push_back(std::move(p));
    }
    for (auto &p : processes)
        p->start();
    QSet<qint64> ids;
    for (int w = 0; w < workers; ++w) {
        ASSERT_TRUE(processes[size_t(w)]->waitForStarted(30000));
        const CliResult r = CliRunner::finish(*processes[size_t(w)], 300000);
        EXPECT_EQ(r.exitCode, 0) << "worker " << w << ": " << r.describe();
        const QStringList lines = r.out.split('\n', Qt::SkipEmptyParts);
        EXPECT_EQ(lines.size(), perWorker) << "worker " << w << ": " << r.describe();
        for (const QString &line : lines) {
            bool ok = false;
            const qint64 id = line.toLongLong(&ok);
            EXPECT_TRUE(ok && id > 0) << "not an id: " << line.toStdString();
            ids.insert(id);
        }
    }
    EXPECT_EQ(ids.size(), workers * perWorker) << "every printed id is a different activity";
    if (!peyvand::testing::onPostgresql()) // `check` is SQLite's: a server database is checked on the server
        EXPECT_EQ(cli.check()["ok"], true);
    EXPECT_EQ(cli.count("activities"), activitiesBefore + workers * perWorker);

    // Every worker's activities landed on its own customer.
    for (int w = 0; w < workers; ++w) {
        const json shown = show(individuals[size_t(w)]["id"].get<qint64>(), 1000);
        int mine = 0;
        for (const json &a : shown["activities"])
            if (str(a["notes"]).startsWith(QStringLiteral("worker %1 call ").arg(w)))
                ++mine;
        EXPECT_EQ(mine, perWorker) << "worker " << w;
    }
}

// 8 peyvand-cli processes started directly at the same moment, several rounds.
TEST_F(CliActivity, eight_single_adds_started_together_all_succeed)
{
    constexpr int workers = 8;
    constexpr int rounds = 4;
    QSet<qint64> ids;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int w = 0; w < workers; ++w) {
            const json &c = individuals[size_t(w)];
            auto p = std::make_unique<QProcess>();
            const QStringList who = w % 2 ? QStringList { "--phone", t::toPersianDigits(str(c["phone"])) }
                                          : QStringList { "--customer", QString::number(c["id"].get<qint64>()) };
            cli.prepare(*p, cli.withDb(QStringList { "activity", "add" } + who + QStringList { "--type", "call" }));
            processes.push_back(std::move(p));
        }
        for (auto &p : processes)
            p->start();
        for (int w = 0; w < workers; ++w) {
            ASSERT_TRUE(processes[size_t(w)]->waitForStarted(30000));
            const CliResult r = CliRunner::finish(*processes[size_t(w)], 120000);
            EXPECT_EQ(r.exitCode, 0) << "round " << round << " process " << w << ": " << r.describe();
            EXPECT_TRUE(kIdLine.match(r.out).hasMatch()) << r.describe();
            ids.insert(r.out.trimmed().toLongLong());
        }
    }
    EXPECT_EQ(ids.size(), workers * rounds);
    EXPECT_EQ(cli.count("activities"), activitiesBefore + workers * rounds);
}

// A brand-new file created and migrated by several processes at once.
TEST(CliConcurrentInit, eight_inits_of_a_new_file_at_once_all_succeed)
{
    CliRunner cli;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < 8; ++w) {
        auto p = std::make_unique<QProcess>();
        cli.prepare(*p, cli.withDb({ "init" }));
        processes.push_back(std::move(p));
    }
    for (auto &p : processes)
        p->start();
    for (auto &p : processes) {
        ASSERT_TRUE(p->waitForStarted(30000));
        const CliResult r = CliRunner::finish(*p, 120000);
        EXPECT_EQ(r.exitCode, 0) << r.describe();
    }
    if (!peyvand::testing::onPostgresql()) { // `check` is SQLite's: a server database is checked on the server
        const json check = cli.check();
        EXPECT_EQ(check["ok"], true);
        EXPECT_EQ(check["schema_version"], check["latest_schema_version"]);
    }
    EXPECT_EQ(cli.count("pipelines"), 2);
}
