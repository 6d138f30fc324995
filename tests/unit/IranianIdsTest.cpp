#include "IranianIds.h"

#include "TestPrinters.h"
#include "ValidationError.h"

#include <functional>
#include <gtest/gtest.h>

using peyvand::ValidationError;
namespace Ids = peyvand::IranianIds;

namespace {

// Runs `f`, which must throw ValidationError, and returns the error.
ValidationError expectRejected(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ValidationError &e) {
        return e;
    }
    ADD_FAILURE() << "no ValidationError was thrown";
    return ValidationError({}, {}, {}, {});
}

QString replaceLast(const QString &s, int digit)
{
    return s.left(s.size() - 1) + QString::number(digit);
}

} // namespace

// --- national code (کد ملی) -----------------------------------------------------
// Hand-checked with s = Σ d[i]·(10−i), r = s mod 11:
//   0084575948: s = 64+28+30+35+20+27+8 = 212, r = 3, check 11−3 = 8
//   1234567830: s = 198, r = 0, check 0
//   1234567891: s = 210, r = 1, check 1
//   0013542419: s = 101, r = 2, check 9
//   4608968882: s = 306, r = 9, check 2

TEST(NationalCode, accepts_hand_checked_valid_codes)
{
    for (const char *code : { "0084575948", "1234567830", "1234567891", "0013542419", "4608968882" })
        EXPECT_TRUE(Ids::isValidNationalCode(QString::fromLatin1(code))) << code;
}

TEST(NationalCode, rejects_national_code_with_bad_check_digit)
{
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("0084575947")));
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("0084575949")));
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("1234567831")));
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("0013542418")));
}

TEST(NationalCode, accepts_exactly_one_last_digit_for_each_prefix)
{
    for (const QString &code :
         { QStringLiteral("0084575948"), QStringLiteral("1234567830"), QStringLiteral("4608968882") }) {
        int valid = 0;
        for (int d = 0; d <= 9; ++d)
            valid += Ids::isValidNationalCode(replaceLast(code, d)) ? 1 : 0;
        EXPECT_EQ(valid, 1) << code.toStdString();
    }
}

TEST(NationalCode, rejects_all_same_digits_even_when_check_digit_fits)
{
    // 1111111111 satisfies the formula (s = 54, r = 10, check 1) but is not issued.
    for (int d = 0; d <= 9; ++d)
        EXPECT_FALSE(Ids::isValidNationalCode(QString(10, QChar(u'0' + d)))) << d;
}

TEST(NationalCode, rejects_wrong_length_and_non_digits)
{
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("084575948")));
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("00845759480")));
    EXPECT_FALSE(Ids::isValidNationalCode(QString()));
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("00845a5948")));
    // isValid* takes canonical Latin digits only; normalise first.
    EXPECT_FALSE(Ids::isValidNationalCode(QStringLiteral("۰۰۸۴۵۷۵۹۴۸")));
}

TEST(NationalCode, check_digit_matches_hand_computation)
{
    EXPECT_EQ(Ids::nationalCodeCheckDigit(QStringLiteral("008457594")), QChar(u'8'));
    EXPECT_EQ(Ids::nationalCodeCheckDigit(QStringLiteral("123456783")), QChar(u'0'));
    EXPECT_EQ(Ids::nationalCodeCheckDigit(QStringLiteral("123456789")), QChar(u'1'));
    EXPECT_EQ(Ids::nationalCodeCheckDigit(QStringLiteral("001354241")), QChar(u'9'));
    EXPECT_EQ(Ids::nationalCodeCheckDigit(QStringLiteral("460896888")), QChar(u'2'));
}

TEST(NationalCode, generated_check_digit_makes_a_valid_code)
{
    for (int n = 1000000; n < 1000000 + 400; ++n) {
        const QString prefix = QStringLiteral("%1").arg(n * 37, 9, 10, QLatin1Char('0'));
        const QString code = prefix + Ids::nationalCodeCheckDigit(prefix);
        EXPECT_TRUE(Ids::isValidNationalCode(code)) << code.toStdString();
    }
}

TEST(NationalCode, normalise_accepts_persian_digits_and_separators)
{
    EXPECT_EQ(Ids::normaliseNationalCode(QStringLiteral("۰۰۸۴۵۷۵۹۴۸")), QStringLiteral("0084575948"));
    EXPECT_EQ(Ids::normaliseNationalCode(QStringLiteral("٠٠٨٤٥٧٥٩٤٨")), QStringLiteral("0084575948"));
    EXPECT_EQ(Ids::normaliseNationalCode(QStringLiteral(" 008-457594-8 ")), QStringLiteral("0084575948"));
}

TEST(NationalCode, normalise_restores_leading_zeros_dropped_by_spreadsheets)
{
    EXPECT_EQ(Ids::normaliseNationalCode(QStringLiteral("84575948")), QStringLiteral("0084575948"));
    EXPECT_EQ(Ids::normaliseNationalCode(QStringLiteral("13542419")), QStringLiteral("0013542419"));
}

TEST(NationalCode, normalise_rejects_too_short_code_with_length_error)
{
    const auto e = expectRejected([] { Ids::normaliseNationalCode(QStringLiteral("4575948")); });
    EXPECT_EQ(e.field(), QStringLiteral("national_code"));
    EXPECT_EQ(e.code(), QStringLiteral("length"));
    EXPECT_EQ(e.persianMessage(), QStringLiteral("کد ملی باید ۱۰ رقم باشد"));
}

TEST(NationalCode, normalise_rejects_letters_with_not_digits_error)
{
    const auto e = expectRejected([] { Ids::normaliseNationalCode(QStringLiteral("00845x5948")); });
    EXPECT_EQ(e.code(), QStringLiteral("not_digits"));
}

TEST(NationalCode, normalise_rejects_bad_check_digit_naming_the_given_field)
{
    const auto e = expectRejected(
        [] { Ids::normaliseNationalCode(QStringLiteral("0084575947"), QStringLiteral("owner_code")); });
    EXPECT_EQ(e.field(), QStringLiteral("owner_code"));
    EXPECT_EQ(e.code(), QStringLiteral("check_digit"));
    EXPECT_EQ(e.message(), QStringLiteral("national code check digit is wrong"));
    EXPECT_EQ(e.persianMessage(), QStringLiteral("رقم کنترل کد ملی درست نیست"));
    EXPECT_STREQ(e.what(), "owner_code: national code check digit is wrong");
}

TEST(NationalCode, normalise_rejects_all_same_digits)
{
    EXPECT_EQ(expectRejected([] { Ids::normaliseNationalCode(QStringLiteral("1111111111")); }).code(),
              QStringLiteral("check_digit"));
}

// --- legal national ID (شناسه ملی) ----------------------------------------------
// Hand-checked with k = d[9] + 2, weights 29 27 23 19 17 29 27 23 19 17:
//   10380284790: k = 11, Σ(d+k)·w = 348+297+322+361+187+377+513+345+342+340 = 3432,
//                3432 mod 11 = 0 → check 0
//   10320894878: Σ = 3044, mod 11 = 8 → check 8
//   10320894830: Σ = 2056, mod 11 = 10 → counts as 0 → check 0

TEST(LegalNationalId, accepts_hand_checked_valid_ids)
{
    EXPECT_TRUE(Ids::isValidLegalNationalId(QStringLiteral("10380284790")));
    EXPECT_TRUE(Ids::isValidLegalNationalId(QStringLiteral("10320894878")));
}

TEST(LegalNationalId, counts_remainder_ten_as_zero)
{
    EXPECT_TRUE(Ids::isValidLegalNationalId(QStringLiteral("10320894830")));
    EXPECT_EQ(Ids::legalNationalIdCheckDigit(QStringLiteral("1032089483")), QChar(u'0'));
}

TEST(LegalNationalId, rejects_legal_id_with_bad_check_digit)
{
    for (int d = 1; d <= 9; ++d)
        EXPECT_FALSE(Ids::isValidLegalNationalId(replaceLast(QStringLiteral("10380284790"), d))) << d;
    EXPECT_FALSE(Ids::isValidLegalNationalId(QStringLiteral("10320894877")));
}

TEST(LegalNationalId, rejects_wrong_length_non_digits_and_all_same_digits)
{
    EXPECT_FALSE(Ids::isValidLegalNationalId(QStringLiteral("1038028479")));
    EXPECT_FALSE(Ids::isValidLegalNationalId(QStringLiteral("103802847900")));
    EXPECT_FALSE(Ids::isValidLegalNationalId(QStringLiteral("1038028479a")));
    EXPECT_FALSE(Ids::isValidLegalNationalId(QStringLiteral("00000000000")));
    EXPECT_FALSE(Ids::isValidLegalNationalId(QString()));
}

TEST(LegalNationalId, check_digit_matches_hand_computation)
{
    EXPECT_EQ(Ids::legalNationalIdCheckDigit(QStringLiteral("1038028479")), QChar(u'0'));
    EXPECT_EQ(Ids::legalNationalIdCheckDigit(QStringLiteral("1032089487")), QChar(u'8'));
}

TEST(LegalNationalId, generated_check_digit_makes_a_valid_id)
{
    for (qint64 n = 1010000000; n < 1010000000 + 400 * 7919; n += 7919) {
        const QString prefix = QString::number(n);
        const QString id = prefix + Ids::legalNationalIdCheckDigit(prefix);
        EXPECT_TRUE(Ids::isValidLegalNationalId(id)) << id.toStdString();
    }
}

TEST(LegalNationalId, normalise_accepts_persian_digits_and_separators)
{
    EXPECT_EQ(Ids::normaliseLegalNationalId(QStringLiteral("۱۰۳۸۰۲۸۴۷۹۰")), QStringLiteral("10380284790"));
    EXPECT_EQ(Ids::normaliseLegalNationalId(QStringLiteral("103-8028-4790")), QStringLiteral("10380284790"));
}

TEST(LegalNationalId, normalise_does_not_pad_short_ids)
{
    const auto e = expectRejected([] { Ids::normaliseLegalNationalId(QStringLiteral("0380284790")); });
    EXPECT_EQ(e.field(), QStringLiteral("national_id"));
    EXPECT_EQ(e.code(), QStringLiteral("length"));
}

TEST(LegalNationalId, normalise_rejects_bad_check_digit)
{
    const auto e = expectRejected([] { Ids::normaliseLegalNationalId(QStringLiteral("10380284791")); });
    EXPECT_EQ(e.field(), QStringLiteral("national_id"));
    EXPECT_EQ(e.code(), QStringLiteral("check_digit"));
    EXPECT_EQ(e.persianMessage(), QStringLiteral("رقم کنترل شناسه ملی درست نیست"));
}

TEST(LegalNationalId, normalise_rejects_letters)
{
    EXPECT_EQ(expectRejected([] { Ids::normaliseLegalNationalId(QStringLiteral("1038O284790")); }).code(),
              QStringLiteral("not_digits"));
}

// --- Sheba (IBAN) ----------------------------------------------------------------
// IR062960000000100324200001 → 0960000000100324200001 + "1827" + "06"; mod 97 = 1 (checked in Python).

TEST(Sheba, accepts_known_valid_sheba_numbers)
{
    EXPECT_TRUE(Ids::isValidSheba(QStringLiteral("IR062960000000100324200001")));
    EXPECT_TRUE(Ids::isValidSheba(QStringLiteral("IR820540102680020817909002")));
}

TEST(Sheba, rejects_sheba_with_a_changed_digit)
{
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("IR062960000000100324200002")));
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("IR072960000000100324200001")));
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("IR062960000000100342200001"))); // swapped digits
}

TEST(Sheba, rejects_non_canonical_forms)
{
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("ir062960000000100324200001")));
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("062960000000100324200001")));
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("IR06296000000010032420000")));
    EXPECT_FALSE(Ids::isValidSheba(QStringLiteral("DE89370400440532013000")));
}

TEST(Sheba, normalise_uppercases_and_removes_spaces)
{
    EXPECT_EQ(Ids::normaliseSheba(QStringLiteral(" ir06 2960 0000 0010 0324 2000 01 ")),
              QStringLiteral("IR062960000000100324200001"));
    EXPECT_EQ(Ids::normaliseSheba(QStringLiteral("IR۰۶۲۹۶۰۰۰۰۰۰۰۱۰۰۳۲۴۲۰۰۰۰۱")),
              QStringLiteral("IR062960000000100324200001"));
}

TEST(Sheba, normalise_adds_ir_to_24_bare_digits)
{
    EXPECT_EQ(Ids::normaliseSheba(QStringLiteral("062960000000100324200001")),
              QStringLiteral("IR062960000000100324200001"));
}

TEST(Sheba, normalise_rejects_wrong_format)
{
    const auto e = expectRejected([] { Ids::normaliseSheba(QStringLiteral("DE89370400440532013000")); });
    EXPECT_EQ(e.field(), QStringLiteral("sheba"));
    EXPECT_EQ(e.code(), QStringLiteral("format"));
}

TEST(Sheba, normalise_rejects_wrong_check_digits)
{
    const auto e = expectRejected([] { Ids::normaliseSheba(QStringLiteral("IR062960000000100324200002")); });
    EXPECT_EQ(e.code(), QStringLiteral("check_digit"));
}

// --- postal code, e-mail, economic code -------------------------------------------

TEST(PostalCode, accepts_valid_code_in_any_digit_script)
{
    EXPECT_EQ(Ids::normalisePostalCode(QStringLiteral("1193653471")), QStringLiteral("1193653471"));
    EXPECT_EQ(Ids::normalisePostalCode(QStringLiteral("۱۱۹۳۶-۵۳۴۷۱")), QStringLiteral("1193653471"));
}

TEST(PostalCode, rejects_wrong_length)
{
    const auto e = expectRejected([] { Ids::normalisePostalCode(QStringLiteral("119365347")); });
    EXPECT_EQ(e.field(), QStringLiteral("postal_code"));
    EXPECT_EQ(e.code(), QStringLiteral("length"));
}

TEST(PostalCode, rejects_zero_or_two_in_first_five_digits_and_five_in_fifth)
{
    EXPECT_EQ(expectRejected([] { Ids::normalisePostalCode(QStringLiteral("1203653471")); }).code(),
              QStringLiteral("format"));
    EXPECT_EQ(expectRejected([] { Ids::normalisePostalCode(QStringLiteral("1193553471")); }).code(),
              QStringLiteral("format"));
    EXPECT_EQ(expectRejected([] { Ids::normalisePostalCode(QStringLiteral("1111111111")); }).code(),
              QStringLiteral("format"));
}

TEST(Email, normalise_trims_and_lowercases)
{
    EXPECT_EQ(Ids::normaliseEmail(QStringLiteral("  Ali.Rezaei@Example.COM ")),
              QStringLiteral("ali.rezaei@example.com"));
    EXPECT_EQ(Ids::normaliseEmail(QStringLiteral("sales+b2b@shop.co.ir")), QStringLiteral("sales+b2b@shop.co.ir"));
}

TEST(Email, normalise_rejects_malformed_addresses)
{
    for (const char *bad : { "ali", "ali@", "@example.com", "ali@example", "ali@@example.com", "a..b@example.com",
                             "ali rezaei@example.com", "" }) {
        const auto e = expectRejected([&] { Ids::normaliseEmail(QString::fromLatin1(bad)); });
        EXPECT_EQ(e.field(), QStringLiteral("email")) << bad;
        EXPECT_EQ(e.code(), QStringLiteral("format")) << bad;
    }
}

TEST(EconomicCode, normalise_accepts_eleven_or_twelve_digits)
{
    EXPECT_EQ(Ids::normaliseEconomicCode(QStringLiteral("۴۱۱۱-۱۱۵۵-۶۶۷۷")), QStringLiteral("411111556677"));
    EXPECT_EQ(Ids::normaliseEconomicCode(QStringLiteral("10380284790")), QStringLiteral("10380284790"));
}

TEST(EconomicCode, normalise_rejects_other_lengths)
{
    const auto e = expectRejected([] { Ids::normaliseEconomicCode(QStringLiteral("1234567890")); });
    EXPECT_EQ(e.field(), QStringLiteral("economic_code"));
    EXPECT_EQ(e.code(), QStringLiteral("format"));
}

TEST(IranianIds, digits_only_converts_scripts_and_drops_separators)
{
    EXPECT_EQ(Ids::digitsOnly(QStringLiteral("۰۹۱۲-۱۲۳ ۴۵.۶۷/٨")), QStringLiteral("091212345678"));
    EXPECT_EQ(Ids::digitsOnly(QStringLiteral("IR06 29")), QStringLiteral("IR0629"));
}
