#include "SpreadsheetSafe.h"

#include "TestPrinters.h"

#include <gtest/gtest.h>

using namespace peyvand;

TEST(SpreadsheetSafe, cells_a_spreadsheet_would_run_get_an_apostrophe)
{
    for (const char *formula : { "=cmd|' /C calc'!A0", "+98 912 123 4567", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
                                 "=HYPERLINK(\"http://x\")" }) {
        SCOPED_TRACE(formula);
        EXPECT_TRUE(SpreadsheetSafe::isFormula(QString::fromUtf8(formula)));
        EXPECT_EQ(SpreadsheetSafe::text(QString::fromUtf8(formula)), u'\'' + QString::fromUtf8(formula));
    }
    EXPECT_EQ(SpreadsheetSafe::text(QStringLiteral("＝1+1")), QStringLiteral("'＝1+1")); // fullwidth
}

TEST(SpreadsheetSafe, ordinary_text_is_left_alone)
{
    for (const QString &text :
         { QString(), QStringLiteral("شرکت فولاد"), QStringLiteral("0912 123 4567"), QStringLiteral("a=b"),
           QStringLiteral("1403/09/03"), QStringLiteral("'quoted"), QStringLiteral(" =with a space") }) {
        EXPECT_FALSE(SpreadsheetSafe::isFormula(text)) << text.toStdString();
        EXPECT_EQ(SpreadsheetSafe::text(text), text);
    }
}
