#include "Money.h"

#include "TestPrinters.h"
#include "ValidationError.h"

#include <gtest/gtest.h>
#include <limits>

using peyvand::ValidationError;
namespace Money = peyvand::Money;

namespace {
QString rejectionCode(const QString &text)
{
    try {
        Money::parseRials(text);
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("amount"));
        return e.code();
    }
    return QStringLiteral("<accepted>");
}
} // namespace

TEST(Money, parses_plain_digits)
{
    EXPECT_EQ(Money::parseRials(QStringLiteral("0")), 0);
    EXPECT_EQ(Money::parseRials(QStringLiteral("12500000")), 12500000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("  42 ")), 42);
}

TEST(Money, parses_thousands_separators_of_every_kind)
{
    EXPECT_EQ(Money::parseRials(QStringLiteral("12,500,000")), 12500000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("12 500 000")), 12500000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("12_500_000")), 12500000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("۱۲٬۵۰۰٬۰۰۰")), 12500000);
}

TEST(Money, parses_persian_and_arabic_indic_digits)
{
    EXPECT_EQ(Money::parseRials(QStringLiteral("۱۲۵۰۰۰۰۰")), 12500000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("١٢٥٠٠٠٠٠")), 12500000);
}

TEST(Money, strips_rial_unit_suffix)
{
    EXPECT_EQ(Money::parseRials(QStringLiteral("۱۲٬۵۰۰٬۰۰۰ ریال")), 12500000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("1000 rial")), 1000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("1000 Rials")), 1000);
    EXPECT_EQ(Money::parseRials(QStringLiteral("1000RIAL")), 1000);
}

TEST(Money, parses_the_largest_64_bit_amount)
{
    EXPECT_EQ(Money::parseRials(QStringLiteral("9223372036854775807")), std::numeric_limits<qint64>::max());
}

TEST(Money, rejects_overflow)
{
    EXPECT_EQ(rejectionCode(QStringLiteral("9223372036854775808")), QStringLiteral("not_a_number"));
    EXPECT_EQ(rejectionCode(QStringLiteral("99999999999999999999")), QStringLiteral("not_a_number"));
}

TEST(Money, rejects_negative_amounts)
{
    EXPECT_EQ(rejectionCode(QStringLiteral("-5")), QStringLiteral("negative"));
    EXPECT_EQ(rejectionCode(QStringLiteral("-۱٬۰۰۰ ریال")), QStringLiteral("negative"));
}

TEST(Money, rejects_fractions)
{
    EXPECT_EQ(rejectionCode(QStringLiteral("12.5")), QStringLiteral("not_a_number"));
    EXPECT_EQ(rejectionCode(QStringLiteral("۱۲٫۵")), QStringLiteral("not_a_number"));
}

TEST(Money, rejects_empty_and_non_numeric_text)
{
    EXPECT_EQ(rejectionCode(QString()), QStringLiteral("not_a_number"));
    EXPECT_EQ(rejectionCode(QStringLiteral("ریال")), QStringLiteral("not_a_number"));
    EXPECT_EQ(rejectionCode(QStringLiteral("12abc")), QStringLiteral("not_a_number"));
    EXPECT_EQ(rejectionCode(QStringLiteral("5-")), QStringLiteral("not_a_number"));
}

TEST(Money, names_the_given_field_when_rejecting)
{
    try {
        Money::parseRials(QStringLiteral("x"), QStringLiteral("unit_price"));
        FAIL() << "x was accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("unit_price"));
        EXPECT_EQ(e.message(), QStringLiteral("'x' is not a whole number of Rials"));
    }
}

TEST(Money, formats_rials_with_comma_groups)
{
    EXPECT_EQ(Money::formatRials(0), QStringLiteral("0"));
    EXPECT_EQ(Money::formatRials(999), QStringLiteral("999"));
    EXPECT_EQ(Money::formatRials(1000), QStringLiteral("1,000"));
    EXPECT_EQ(Money::formatRials(12500000), QStringLiteral("12,500,000"));
    EXPECT_EQ(Money::formatRials(123456789012), QStringLiteral("123,456,789,012"));
    EXPECT_EQ(Money::formatRials(-1234567), QStringLiteral("-1,234,567"));
}

TEST(Money, formats_persian_rials_with_arabic_thousands_separator)
{
    EXPECT_EQ(Money::formatPersian(12500000, false), QStringLiteral("۱۲٬۵۰۰٬۰۰۰ ریال"));
    EXPECT_EQ(Money::formatPersian(0, false), QStringLiteral("۰ ریال"));
}

TEST(Money, formats_toman_as_rials_divided_by_ten)
{
    EXPECT_EQ(Money::formatPersian(12500000, true), QStringLiteral("۱٬۲۵۰٬۰۰۰ تومان"));
    EXPECT_EQ(Money::formatPersian(10000, true), QStringLiteral("۱٬۰۰۰ تومان"));
}

TEST(Money, round_trips_formatted_amounts)
{
    for (const qint64 v : { qint64(0), qint64(7), qint64(1000), qint64(12500000), qint64(98765432101) }) {
        EXPECT_EQ(Money::parseRials(Money::formatRials(v)), v);
        EXPECT_EQ(Money::parseRials(Money::formatPersian(v, false)), v);
    }
}
