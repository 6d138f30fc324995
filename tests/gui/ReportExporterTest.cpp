// Exporting the reports: a PDF file (starts with %PDF) and a UTF-8 CSV with a
// byte order mark, Persian headers and the expected rows; the PDF's content is
// right to left with Jalali dates.
#include "ReportExporter.h"

#include "ReportFixture.h"
#include "ReportsView.h"

#include <QFile>
#include <QTextDocument>
#include <QTextOption>

using namespace peyvand;
using peyvand::testing::ReportFixture;
using peyvand::testing::waitForReports;

TEST(ReportExporter, writes_a_pdf_and_a_csv_with_a_byte_order_mark)
{
    ReportFixture f;
    ReportsView view(*f.manager.workspace);
    if (!view.reports()) {
        ASSERT_TRUE(waitForReports(view));
    }

    const QString pdf = f.dir.filePath(QStringLiteral("reports.pdf"));
    ASSERT_TRUE(view.exportPdf(pdf));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    EXPECT_GT(pdfFile.size(), 20'000); // charts are pictures

    const QString csv = f.dir.filePath(QStringLiteral("reports.csv"));
    ASSERT_TRUE(view.exportCsv(csv));
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.contains(QStringLiteral("مبلغ وزنی"))); // a Persian header
    EXPECT_TRUE(text.contains(QStringLiteral("130000000"))); // the first B2B stage, whole Rials
    EXPECT_TRUE(text.contains(QStringLiteral("5000000"))); // the order

    const auto doc = ReportExporter::document(*view.reports(), QStringLiteral("x"));
    const QString plain = doc->toPlainText();
    EXPECT_TRUE(plain.contains(QStringLiteral("۱۳۰٬۰۰۰٬۰۰۰"))) << "Persian digits in the PDF tables";
    EXPECT_EQ(doc->defaultTextOption().textDirection(), Qt::RightToLeft);
    const QString description = ReportExporter::describe(view.reports()->filter, QString());
    EXPECT_TRUE(description.contains(QStringLiteral("آذر"))); // Jalali month
    EXPECT_TRUE(description.contains(QStringLiteral("۱۴۰۳")));
}

TEST(ReportExporter, refuses_a_path_that_cannot_be_written)
{
    ReportFixture f;
    ReportSet empty;
    QString error;
    EXPECT_FALSE(ReportExporter::writeCsv(f.dir.filePath(QStringLiteral("no/such/dir/r.csv")), empty, &error));
    EXPECT_FALSE(error.isEmpty());
}
