// The wizard's preview check: the problems the importer's row builders find in
// each row, without a database, naming the column by its header text.
#include "ImportRowCheck.h"

#include "IranianIds.h"
#include "TestPrinters.h"

#include <gtest/gtest.h>

using namespace peyvand;

namespace {

CsvRecord record(const QStringList &fields)
{
    CsvRecord r;
    r.fields = fields;
    return r;
}

} // namespace

TEST(ImportRowCheck, reports_each_bad_cell_with_its_column_and_each_ragged_row)
{
    const QStringList header { QStringLiteral("نام"), QStringLiteral("نام خانوادگی"), QStringLiteral("کد ملی"),
                               QStringLiteral("موبایل") };
    const ImportMapping mapping = ImportMapping::recognise(ImportKind::Individual, header);
    ASSERT_TRUE(mapping.check().isEmpty());
    const QString good = QStringLiteral("001234567") + IranianIds::nationalCodeCheckDigit(QStringLiteral("001234567"));
    QString bad = good;
    bad[9] = QChar(u'0' + (bad[9].digitValue() + 1) % 10);
    const QList<CsvRecord> rows {
        record({ QStringLiteral("علی"), QStringLiteral("رضایی"), good, QStringLiteral("09121234567") }),
        record({ QStringLiteral("مریم"), QStringLiteral("کریمی"), bad, QStringLiteral("0912") }),
        record({ QStringLiteral("رضا") })
    };
    const QList<ImportProblems> problems
        = ImportRowCheck::problems(mapping, TextEncoding::Utf8, rows, { 1, 2, 4 }, QDate(2025, 1, 15));
    ASSERT_EQ(problems.size(), 3);
    EXPECT_TRUE(problems[0].isEmpty());
    ASSERT_EQ(problems[1].size(), 2);
    EXPECT_EQ(problems[1][0].row, 2);
    EXPECT_EQ(problems[1][0].column, QStringLiteral("کد ملی"));
    EXPECT_EQ(problems[1][0].value, bad);
    EXPECT_FALSE(problems[1][0].persianMessage.isEmpty());
    EXPECT_EQ(problems[1][1].column, QStringLiteral("موبایل"));
    ASSERT_EQ(problems[2].size(), 1);
    EXPECT_EQ(problems[2][0].row, 4);
    EXPECT_EQ(problems[2][0].code, QStringLiteral("ragged_row"));
    EXPECT_TRUE(problems[2][0].column.isEmpty());
}

TEST(ImportRowCheck, contacts_need_a_valid_company_national_id)
{
    const QStringList header { QStringLiteral("company_national_id"), QStringLiteral("first_name"),
                               QStringLiteral("last_name") };
    const ImportMapping mapping = ImportMapping::recognise(ImportKind::Contact, header);
    ASSERT_TRUE(mapping.check().isEmpty());
    const QList<ImportProblems> problems = ImportRowCheck::problems(
        mapping, TextEncoding::Utf8,
        { record({ QStringLiteral("123"), QStringLiteral("مریم"), QStringLiteral("کریمی") }) }, { 1 },
        QDate(2025, 1, 15));
    ASSERT_EQ(problems.size(), 1);
    ASSERT_FALSE(problems[0].isEmpty());
    EXPECT_EQ(problems[0][0].column, QStringLiteral("company_national_id"));
}
