// ReportTableModel: cells formatted by column type (Persian digits, money,
// percent, Jalali dates, "—" for undefined) and a sound model.
#include "ReportTableModel.h"

#include "Display.h"
#include "GuiFixture.h"
#include "ReportTables.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace peyvand;

TEST(ReportTableModel, formats_each_column_type_and_passes_the_model_tester)
{
    peyvand::testing::GuiFixture f; // Persian
    ReportTable table;
    table.code = QStringLiteral("sample");
    using Type = ReportColumn::Type;
    table.columns = { { QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("نام"), Type::Text },
                      { QStringLiteral("count"), QStringLiteral("Count"), QStringLiteral("تعداد"), Type::Integer },
                      { QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("مبلغ"), Type::Money },
                      { QStringLiteral("rate"), QStringLiteral("Rate"), QStringLiteral("نرخ"), Type::Percent },
                      { QStringLiteral("since"), QStringLiteral("Since"), QStringLiteral("از"), Type::Date },
                      { QStringLiteral("days"), QStringLiteral("Days"), QStringLiteral("روز"), Type::Days } };
    table.rows << QList<QVariant> { QStringLiteral("1403/09"), qint64(1234), qint64(5'000'000), 0.625,
                                    QDate(2024, 11, 23),       12.5 };
    table.rows << QList<QVariant> { QStringLiteral("بدون"), qint64(0), qint64(0), QVariant(), QDate(), 3.0 };

    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(table);
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("مبلغ (ریال)"));
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("۱۴۰۳/۰۹"));
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("۱٬۲۳۴"));
    EXPECT_EQ(model.index(0, 2).data().toString(), QStringLiteral("۵٬۰۰۰٬۰۰۰"));
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("۶۲٫۵٪"));
    EXPECT_EQ(model.index(0, 4).data().toString(), QStringLiteral("۱۴۰۳/۰۹/۰۳"));
    EXPECT_EQ(model.index(0, 5).data().toString(), QStringLiteral("۱۲٫۵"));
    EXPECT_EQ(model.index(1, 3).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(model.index(1, 5).data().toString(), QStringLiteral("۳"));
    EXPECT_EQ(model.index(0, 1).data(Qt::UserRole).toLongLong(), 1234);

    Display::setLanguage(UiSettings::Language::English);
    EXPECT_EQ(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Amount (Rial)"));
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("62.5%"));
    Display::setLanguage(UiSettings::Language::Persian);
}

TEST(ReportTableModel, shows_the_core_tables_of_a_hand_made_report)
{
    peyvand::testing::GuiFixture f;
    OrdersReport report;
    report.filter.stuckDays = 7;
    report.statuses = { { OrderStatus::Registered, 2, 7'000'000 }, { OrderStatus::Paid, 1, 1'000'000 } };
    report.count = 3;
    report.amount = 8'000'000;
    const QList<ReportTable> tables = ReportTables::of(report, true);
    ASSERT_FALSE(tables.isEmpty());
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(tables.first());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 1).data().toString(), QStringLiteral("۲"));
    EXPECT_EQ(model.index(1, 2).data().toString(), QStringLiteral("۱٬۰۰۰٬۰۰۰"));
    model.setTable(ReportTable {});
    EXPECT_EQ(model.rowCount(), 0);
}
