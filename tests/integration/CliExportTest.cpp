// peyvand-cli export --format csv with the real binary: the rows `search`
// finds, read back with Python's csv module; both kinds without --kind;
// English titles; usage errors and an unwritable file.
#include "CliRunner.h"
#include "PythonCsv.h"

#include <QDir>
#include <gtest/gtest.h>

using peyvand::test::CliRunner;
using peyvand::testing::PythonCsv;

namespace {

QStringList ids(const PythonCsv &csv)
{
    QStringList out;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        out << csv.records[i].value(0);
    return out;
}

} // namespace

TEST(CliExport, csv_holds_the_customers_a_search_finds_in_id_order)
{
    CliRunner cli;
    cli.seed(300);
    const auto found = cli.runDb({ QStringLiteral("search"), QStringLiteral("شرکت"), QStringLiteral("--kind"),
                                   QStringLiteral("legal"), QStringLiteral("--limit"), QStringLiteral("10000"),
                                   QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(found.exitCode, 0) << found.describe();
    QStringList expected;
    for (const auto &row : found.json())
        expected << QString::number(row["id"].get<qint64>());
    ASSERT_FALSE(expected.isEmpty());

    const QString file = cli.path(QStringLiteral("legal.csv"));
    const auto r = cli.runDb({ QStringLiteral("export"), file, QStringLiteral("--kind"), QStringLiteral("legal"),
                               QStringLiteral("--search"), QStringLiteral("شرکت"), QStringLiteral("--sort"),
                               QStringLiteral("id"), QStringLiteral("--output"), QStringLiteral("json") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_EQ(r.json()["rows"].get<qint64>(), expected.size());
    EXPECT_EQ(r.json()["format"], "csv");
    const PythonCsv csv = PythonCsv::read(file);
    EXPECT_TRUE(csv.bom);
    ASSERT_FALSE(csv.records.isEmpty());
    EXPECT_EQ(csv.records.front().value(1), QStringLiteral("نام شرکت"));
    EXPECT_EQ(csv.records.front().value(2), QStringLiteral("شناسه ملی"));
    EXPECT_EQ(ids(csv), expected);
}

TEST(CliExport, without_a_kind_every_customer_is_written_with_english_titles)
{
    CliRunner cli;
    cli.seed(300);
    const QString file = cli.path(QStringLiteral("all.csv"));
    const auto r = cli.runDb({ QStringLiteral("export"), file, QStringLiteral("--headers"), QStringLiteral("en") });
    ASSERT_EQ(r.exitCode, 0) << r.describe();
    EXPECT_TRUE(r.out.contains(QStringLiteral("300 customers written"))) << r.describe();
    const PythonCsv csv = PythonCsv::read(file);
    ASSERT_EQ(csv.records.size(), 301);
    EXPECT_EQ(csv.records.front().value(1), QStringLiteral("Kind"));
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        EXPECT_EQ(csv.records[i].size(), csv.records.front().size());
        EXPECT_TRUE(csv.records[i][1] == QLatin1String("legal") || csv.records[i][1] == QLatin1String("individual"));
    }
}

TEST(CliExport, usage_errors_and_unwritable_files)
{
    CliRunner cli;
    cli.seed(20);
    const auto unknown = cli.runDb({ QStringLiteral("export"), cli.path(QStringLiteral("x.pdf")) });
    EXPECT_EQ(unknown.exitCode, 2) << unknown.describe();
    const auto badSort = cli.runDb({ QStringLiteral("export"), cli.path(QStringLiteral("x.csv")),
                                     QStringLiteral("--sort"), QStringLiteral("colour") });
    EXPECT_EQ(badSort.exitCode, 2) << badSort.describe();
    const auto noDir = cli.runDb({ QStringLiteral("export"), cli.path(QStringLiteral("missing/dir/x.csv")) });
    EXPECT_EQ(noDir.exitCode, 1) << noDir.describe();
    EXPECT_FALSE(QDir(cli.path(QStringLiteral("missing"))).exists());
    const auto noDb = cli.run({ QStringLiteral("--db"), cli.path(QStringLiteral("none.sqlite")),
                                QStringLiteral("export"), cli.path(QStringLiteral("y.csv")) });
    EXPECT_EQ(noDb.exitCode, 1) << noDb.describe();
    EXPECT_FALSE(QFile::exists(cli.path(QStringLiteral("y.csv"))));
}
