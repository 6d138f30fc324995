// peyvand-cli report end to end on the hand-built data of ReportFixture.h
// (figures worked out there). The CLI runs with the real clock, so only
// figures that do not depend on "now" are checked (or hold for any day after
// 1404/08/01).
#include "CliRunner.h"
#include "DataStoreFactory.h"
#include "ReportFixture.h"

#include <QFile>
#include <gtest/gtest.h>
#include <memory>

using nlohmann::json;
using peyvand::test::CliResult;
using peyvand::test::CliRunner;

namespace {

class CliReport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        runner = std::make_unique<CliRunner>();
        const auto storeOwner = peyvand::DataStoreFactory::open(runner->db());
        peyvand::DataStore &store = *storeOwner;
        peyvand::testing::ReportFixture fx(store);
        repB = fx.repB;
        CliRunner::setPassword(runner->db(), QStringLiteral("boss"), QStringLiteral("boss-pass-1"));
        runner->signInAs(QStringLiteral("boss"), QStringLiteral("boss-pass-1")); // a manager sees every report
    }
    static void TearDownTestSuite() { runner.reset(); }

    static CliResult report(const QString &which, QStringList args)
    {
        return runner->runDb(QStringList { QStringLiteral("report"), which } + args);
    }
    static QStringList esfand(const QStringList &more = {})
    {
        return QStringList { QStringLiteral("--from"), QStringLiteral("1403/12/01"), QStringLiteral("--to"),
                             QStringLiteral("1403/12/30") }
        + more;
    }

    static std::unique_ptr<CliRunner> runner;
    static qint64 repB;
};

std::unique_ptr<CliRunner> CliReport::runner;
qint64 CliReport::repB = 0;

const QStringList kReports { QStringLiteral("pipeline"), QStringLiteral("funnel"), QStringLiteral("forecast"),
                             QStringLiteral("activity"), QStringLiteral("orders") };

} // namespace

TEST_F(CliReport, pipeline_json)
{
    const CliResult r
        = report(QStringLiteral("pipeline"), esfand({ QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json doc = r.json();
    EXPECT_EQ(doc["report"], "pipeline");
    EXPECT_EQ(doc["filter"]["kind"], "all");
    EXPECT_EQ(doc["filter"]["from"]["date"], "2025-02-19");
    EXPECT_EQ(doc["filter"]["to"]["jalali"], "1403/12/30");
    EXPECT_TRUE(doc["filter"]["owner_id"].is_null());
    ASSERT_EQ(doc["sections"].size(), 2u);
    const json &b2b = doc["sections"][0];
    EXPECT_EQ(b2b["kind"], "b2b");
    EXPECT_EQ(b2b["count"], 3);
    EXPECT_EQ(b2b["amount"], 3'600'000'000LL);
    EXPECT_EQ(b2b["weighted"], 1'810'000'000LL);
    ASSERT_EQ(b2b["stages"].size(), 5u);
    EXPECT_EQ(b2b["stages"][3]["probability"], 60);
    EXPECT_EQ(b2b["stages"][3]["weighted"], 1'200'000'000LL);
    EXPECT_EQ(doc["sections"][1]["kind"], "b2c");
    EXPECT_EQ(doc["sections"][1]["count"], 0);
}

TEST_F(CliReport, funnel_json_of_one_owner_by_user_name_and_by_id)
{
    for (const QString &owner : { QStringLiteral("repb"), QString::number(repB) }) {
        const CliResult r = report(QStringLiteral("funnel"),
                                   esfand({ QStringLiteral("--kind"), QStringLiteral("b2b"), QStringLiteral("--owner"),
                                            owner, QStringLiteral("--format"), QStringLiteral("json") }));
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        const json doc = r.json();
        EXPECT_EQ(doc["filter"]["owner_id"], repB);
        ASSERT_EQ(doc["sections"].size(), 1u);
        const json &steps = doc["sections"][0]["steps"];
        ASSERT_EQ(steps.size(), 6u);
        EXPECT_EQ(steps[0]["reached"], 1);
        EXPECT_EQ(steps[1]["reached"], 1);
        EXPECT_EQ(steps[2]["reached"], 0);
        EXPECT_EQ(steps[0]["conversion"], 1.0);
        EXPECT_TRUE(steps[2]["conversion"].is_null());
        EXPECT_EQ(doc["sections"][0]["win_rate"]["lost"], 1);
        EXPECT_EQ(doc["sections"][0]["win_rate"]["by_count"], 0.0);
        EXPECT_EQ(doc["sections"][0]["lost_reasons"][0]["reason"], "price");
    }
}

TEST_F(CliReport, funnel_json_of_everyone_with_iso_dates)
{
    const CliResult r = report(QStringLiteral("funnel"),
                               { QStringLiteral("--from"), QStringLiteral("2025-02-19"), QStringLiteral("--to"),
                                 QStringLiteral("2025-03-20"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json doc = r.json();
    const json &b2b = doc["sections"][0];
    EXPECT_EQ(b2b["steps"][0]["reached"], 4);
    EXPECT_EQ(b2b["steps"][0]["conversion"], 0.75);
    EXPECT_EQ(b2b["win_rate"]["won"], 1);
    EXPECT_EQ(b2b["win_rate"]["average_cycle_days"], 16.0);
    EXPECT_EQ(doc["sections"][1]["win_rate"]["lost"], 3);
    EXPECT_EQ(doc["sections"][1]["lost_reasons"][0]["amount"], 300'000'000);
}

TEST_F(CliReport, forecast_json_has_six_months_and_the_overdue_bucket)
{
    const CliResult r = report(QStringLiteral("forecast"),
                               esfand({ QStringLiteral("--kind"), QStringLiteral("b2b"), QStringLiteral("--format"),
                                        QStringLiteral("json") }));
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json doc = r.json();
    const json &s = doc["sections"][0];
    ASSERT_EQ(s["months"].size(), 6u);
    EXPECT_TRUE(s["months"][0]["first_day"]["jalali"].is_string());
    // Today is after 1404/08/01: D2, D6 and D7 are all overdue.
    EXPECT_EQ(s["overdue"]["count"], 3);
    EXPECT_EQ(s["overdue"]["amount"], 3'600'000'000LL);
    EXPECT_EQ(s["weighted"], 0);
}

TEST_F(CliReport, activity_json_lists_a_rep_without_activity)
{
    const CliResult r
        = report(QStringLiteral("activity"), esfand({ QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json doc = r.json();
    ASSERT_EQ(doc["week_starts"].size(), 5u);
    EXPECT_EQ(doc["week_starts"][1]["jalali"], "1403/12/04");
    ASSERT_EQ(doc["reps"].size(), 4u);
    EXPECT_EQ(doc["reps"][0]["calls"], 2);
    EXPECT_EQ(doc["reps"][0]["weeks"][1]["meetings"], 1);
    const json &c = doc["reps"][2];
    EXPECT_EQ(c["calls"], 0);
    EXPECT_EQ(c["meetings"], 0);
    EXPECT_EQ(c["other"], 0);
    EXPECT_EQ(c["weeks"].size(), 5u);
}

TEST_F(CliReport, orders_csv_is_utf8_with_a_bom_and_crlf)
{
    const CliResult r = report(QStringLiteral("orders"), esfand({ QStringLiteral("--format"), QStringLiteral("csv") }));
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    // The raw bytes start with the UTF-8 byte order mark (QString::fromUtf8 drops it).
    QProcess raw;
    runner->prepare(raw,
                    runner->withDb(QStringList { QStringLiteral("report"), QStringLiteral("orders") }
                                   + esfand({ QStringLiteral("--format"), QStringLiteral("csv") })));
    raw.start();
    ASSERT_TRUE(raw.waitForFinished(60000));
    EXPECT_TRUE(raw.readAllStandardOutput().startsWith("\xEF\xBB\xBF"
                                                       "Orders by status\r\n"));
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("Orders by status\r\nStatus,Orders,Amount\r\nregistered,1,5000000000\r\n")))
        << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("delivered,1,650000000\r\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("سارا آزمون,registered,1403/11/01,")));
}

TEST_F(CliReport, orders_json_and_stuck_days)
{
    const CliResult r = report(QStringLiteral("orders"),
                               esfand({ QStringLiteral("--stuck-days"), QStringLiteral("30"),
                                        QStringLiteral("--format"), QStringLiteral("json") }));
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    const json doc = r.json();
    EXPECT_EQ(doc["count"], 3);
    EXPECT_EQ(doc["amount"], 5'750'000'000LL);
    EXPECT_EQ(doc["statuses"][0]["status"], "registered");
    EXPECT_EQ(doc["filter"]["stuck_days"], 30);
    // Every not-yet-delivered order of the fixture is far older than 30 days now.
    EXPECT_EQ(doc["stuck_count"], 4);
    EXPECT_EQ(doc["stuck"][0]["number"], doc["stuck"][0]["number"]);
    EXPECT_EQ(doc["stuck"][0]["since_day"]["jalali"], "1403/11/01");
}

TEST_F(CliReport, every_report_prints_tables)
{
    for (const QString &which : kReports) {
        const CliResult r = report(which, esfand());
        ASSERT_EQ(r.exitCode, 0) << r.describe();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("== "))) << r.describe();
    }
    EXPECT_TRUE(report(QStringLiteral("funnel"), esfand()).out.contains(QStringLiteral("== Funnel (B2B) ==")));
}

TEST_F(CliReport, bad_input_exits_1_with_a_message_and_no_report)
{
    const QList<std::pair<QStringList, QString>> bad {
        { { "--from", "1404/12/01", "--to", "1404/12/30" }, QStringLiteral("does not exist") },
        { { "--from", "1403/12/10", "--to", "1403/12/01" }, QStringLiteral("ends") },
        { { "--from", "1403/13/01", "--to", "1404/01/01" }, QStringLiteral("does not exist") },
        { esfand({ "--owner", "nobody" }), QStringLiteral("nobody") },
        { esfand({ "--owner", "999" }), QStringLiteral("999") },
        { esfand({ "--kind", "b2x" }), QStringLiteral("b2x") },
    };
    for (const QString &which : kReports)
        for (const auto &[args, message] : bad) {
            const CliResult r
                = report(which, args + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
            EXPECT_EQ(r.exitCode, 1) << which.toStdString() << ' ' << r.describe();
            EXPECT_TRUE(r.out.isEmpty()) << r.describe();
            EXPECT_TRUE(r.err.contains(message)) << r.describe();
        }
}

TEST_F(CliReport, usage_errors_exit_2)
{
    EXPECT_EQ(report(QStringLiteral("profit"), esfand()).exitCode, 2);
    EXPECT_EQ(report(QStringLiteral("pipeline"), { QStringLiteral("--from"), QStringLiteral("1403/12/01") }).exitCode,
              2);
    EXPECT_EQ(
        report(QStringLiteral("pipeline"), esfand({ QStringLiteral("--format"), QStringLiteral("xml") })).exitCode, 2);
}
