#include "PhoneNumber.h"

#include "TestPrinters.h"
#include "ValidationError.h"

#include <gtest/gtest.h>

using peyvand::ValidationError;
namespace Phone = peyvand::PhoneNumber;

namespace {
const QString kMobile = QStringLiteral("09121234567");
const QString kTehranLandline = QStringLiteral("02188776655");
} // namespace

TEST(PhoneNumber, keeps_canonical_mobile_unchanged)
{
    EXPECT_EQ(Phone::normaliseMobile(kMobile), kMobile);
}

TEST(PhoneNumber, normalises_country_prefix_forms_of_a_mobile)
{
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("+98 912 123 4567")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("+989121234567")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("00989121234567")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("989121234567")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("+98 (0)912 123 4567")), kMobile);
}

TEST(PhoneNumber, adds_leading_zero_to_ten_digit_mobile)
{
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("9121234567")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("912 123 4567")), kMobile);
}

TEST(PhoneNumber, accepts_persian_and_arabic_indic_digits)
{
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("٠٩١٢١٢٣٤٥٦٧")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷")), kMobile);
}

TEST(PhoneNumber, ignores_spaces_dashes_dots_and_parentheses)
{
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral(" 0912-123-4567 ")), kMobile);
    EXPECT_EQ(Phone::normaliseMobile(QStringLiteral("(0912) 123.45.67")), kMobile);
}

TEST(PhoneNumber, normalises_landline_with_area_code)
{
    EXPECT_EQ(Phone::normalise(QStringLiteral("021-88776655")), kTehranLandline);
    EXPECT_EQ(Phone::normalise(QStringLiteral("(021) 8877 6655")), kTehranLandline);
    EXPECT_EQ(Phone::normalise(QStringLiteral("+98 21 8877 6655")), kTehranLandline);
    EXPECT_EQ(Phone::normalise(QStringLiteral("۰۳۱-۳۲۲۲۴۴۵۵")), QStringLiteral("03132224455"));
}

TEST(PhoneNumber, normalise_accepts_mobiles_too)
{
    EXPECT_EQ(Phone::normalise(QStringLiteral("+98 912 123 4567")), kMobile);
}

TEST(PhoneNumber, rejects_landline_as_mobile)
{
    try {
        Phone::normaliseMobile(QStringLiteral("021-88776655"));
        FAIL() << "a landline was accepted as a mobile";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("mobile"));
        EXPECT_EQ(e.code(), QStringLiteral("format"));
        EXPECT_EQ(e.message(), QStringLiteral("'021-88776655' is not an Iranian mobile number (09xxxxxxxxx)"));
    }
}

TEST(PhoneNumber, rejects_landline_without_area_code)
{
    EXPECT_THROW(Phone::normalise(QStringLiteral("88776655")), ValidationError);
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("88776655")), QString());
}

TEST(PhoneNumber, rejects_wrong_lengths)
{
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("0912123456")), QString());
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("091212345678")), QString());
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("98912123456")), QString());
}

TEST(PhoneNumber, rejects_foreign_country_code)
{
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("+1 212 555 0100")), QString());
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("+44 20 7946 0958")), QString());
}

TEST(PhoneNumber, rejects_letters_and_stray_plus_signs)
{
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("0912ABC4567")), QString());
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("0912+1234567")), QString());
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("++989121234567")), QString());
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("0912 123 4567 ext 2")), QString());
}

TEST(PhoneNumber, rejects_empty_input)
{
    EXPECT_EQ(Phone::tryNormalise(QString()), QString());
    EXPECT_THROW(Phone::normaliseMobile(QStringLiteral("   ")), ValidationError);
}

TEST(PhoneNumber, rejects_number_starting_with_zero_area_digit)
{
    // 0 + "0…" is neither a mobile (09…) nor a landline (01…–08…).
    EXPECT_EQ(Phone::tryNormalise(QStringLiteral("00012345678")), QString());
}

TEST(PhoneNumber, normalise_names_the_given_field_when_rejecting)
{
    try {
        Phone::normalise(QStringLiteral("12345"), QStringLiteral("fax"));
        FAIL() << "12345 was accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), QStringLiteral("fax"));
        EXPECT_EQ(e.code(), QStringLiteral("format"));
        EXPECT_FALSE(e.persianMessage().isEmpty());
    }
}

TEST(PhoneNumber, tells_mobile_from_landline)
{
    EXPECT_EQ(Phone::kindOf(kMobile), Phone::Kind::Mobile);
    EXPECT_EQ(Phone::kindOf(kTehranLandline), Phone::Kind::Landline);
}
