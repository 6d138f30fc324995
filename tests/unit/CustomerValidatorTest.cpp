#include "CustomerValidator.h"

#include "Customer.h"
#include "TestPrinters.h"
#include "ValidationError.h"

#include <functional>
#include <gtest/gtest.h>

using peyvand::Address;
using peyvand::Customer;
using peyvand::CustomerKind;
using peyvand::PhoneEntry;
using peyvand::ValidationError;
namespace Validator = peyvand::CustomerValidator;

namespace {

const QDate kToday(2026, 11, 22);

Customer individual()
{
    Customer c;
    c.kind = CustomerKind::Individual;
    c.individual.firstName = QStringLiteral("علی");
    c.individual.lastName = QStringLiteral("رضایی");
    return c;
}

Customer company()
{
    Customer c;
    c.kind = CustomerKind::Legal;
    c.legal.companyName = QStringLiteral("شرکت پیوند");
    return c;
}

// Normalises and returns the ValidationError it must throw.
ValidationError rejection(Customer c)
{
    try {
        Validator::normalise(c, kToday);
    } catch (const ValidationError &e) {
        return e;
    }
    ADD_FAILURE() << "customer was accepted";
    return ValidationError({}, {}, {}, {});
}

} // namespace

// --- individuals ------------------------------------------------------------------

TEST(CustomerValidator, tidies_individual_names)
{
    Customer c = individual();
    c.individual.firstName = QStringLiteral("  علي  ");
    c.individual.lastName = QStringLiteral("رضايي   كاظمي");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.individual.firstName, QStringLiteral("علی"));
    EXPECT_EQ(c.individual.lastName, QStringLiteral("رضایی کاظمی"));
}

TEST(CustomerValidator, normalises_national_code_from_persian_digits)
{
    Customer c = individual();
    c.individual.nationalCode = QStringLiteral("۰۰۸-۴۵۷۵۹۴-۸");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.individual.nationalCode, QStringLiteral("0084575948"));
}

TEST(CustomerValidator, rejects_individual_with_bad_national_code)
{
    Customer c = individual();
    c.individual.nationalCode = QStringLiteral("0084575947");
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("national_code"));
    EXPECT_EQ(e.code(), QStringLiteral("check_digit"));
}

TEST(CustomerValidator, clears_blank_optional_fields_of_individual)
{
    Customer c = individual();
    c.individual.nationalCode = QStringLiteral("   ");
    c.individual.email = QStringLiteral("  ");
    c.individual.loyaltyCard = QStringLiteral("  ");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.individual.nationalCode, QString());
    EXPECT_EQ(c.individual.email, QString());
    EXPECT_EQ(c.individual.loyaltyCard, QString());
}

TEST(CustomerValidator, lowercases_email)
{
    Customer c = individual();
    c.individual.email = QStringLiteral(" Ali.Rezaei@Example.com ");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.individual.email, QStringLiteral("ali.rezaei@example.com"));
}

TEST(CustomerValidator, rejects_malformed_email)
{
    Customer c = individual();
    c.individual.email = QStringLiteral("ali@");
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("email"));
    EXPECT_EQ(e.code(), QStringLiteral("format"));
}

TEST(CustomerValidator, requires_a_name_for_an_individual)
{
    Customer c = individual();
    c.individual.firstName = QStringLiteral("  ");
    c.individual.lastName = QStringLiteral("\u0640 "); // only tatweel and space: nothing after tidy
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("last_name"));
    EXPECT_EQ(e.code(), QStringLiteral("required"));
    EXPECT_EQ(e.persianMessage(), QStringLiteral("نام خانوادگی را وارد کنید"));
}

TEST(CustomerValidator, accepts_individual_with_first_name_only)
{
    Customer c = individual();
    c.individual.lastName.clear();
    EXPECT_NO_THROW(Validator::normalise(c, kToday));
    EXPECT_EQ(c.individual.firstName, QStringLiteral("علی"));
}

TEST(CustomerValidator, rejects_birth_date_in_the_future)
{
    Customer c = individual();
    c.individual.birthDate = kToday.addDays(1);
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("birth_date"));
    EXPECT_EQ(e.code(), QStringLiteral("future"));
}

TEST(CustomerValidator, accepts_birth_date_today_and_in_the_past)
{
    Customer c = individual();
    c.individual.birthDate = kToday;
    EXPECT_NO_THROW(Validator::normalise(c, kToday));
    c.individual.birthDate = QDate(1990, 3, 21);
    EXPECT_NO_THROW(Validator::normalise(c, kToday));
    EXPECT_EQ(c.individual.birthDate, QDate(1990, 3, 21));
}

TEST(CustomerValidator, converts_loyalty_card_digits_and_tidies_preferences)
{
    Customer c = individual();
    c.individual.loyaltyCard = QStringLiteral(" ۶۰۳۷۹۹۱۲ ");
    c.individual.preferences = QStringLiteral("  چاي   سبز ");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.individual.loyaltyCard, QStringLiteral("60379912"));
    EXPECT_EQ(c.individual.preferences, QStringLiteral("چای سبز"));
}

// --- phones, addresses, tags ---------------------------------------------------------

TEST(CustomerValidator, normalises_phones_and_drops_duplicates_and_blanks)
{
    Customer c = individual();
    c.phones = { { QStringLiteral("+98 912 123 4567"), QStringLiteral(" موبايل ") },
                 { QStringLiteral("  "), QStringLiteral("empty") },
                 { QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷"), QStringLiteral("duplicate") },
                 { QStringLiteral("021-88776655"), QStringLiteral("office") } };
    Validator::normalise(c, kToday);
    ASSERT_EQ(c.phones.size(), 2);
    EXPECT_EQ(c.phones[0].number, QStringLiteral("09121234567"));
    EXPECT_EQ(c.phones[0].label, QStringLiteral("موبایل"));
    EXPECT_EQ(c.phones[1].number, QStringLiteral("02188776655"));
    EXPECT_EQ(c.phones[1].label, QStringLiteral("office"));
    EXPECT_EQ(c.primaryPhone(), QStringLiteral("09121234567"));
}

TEST(CustomerValidator, rejects_invalid_phone)
{
    Customer c = individual();
    c.phones = { { QStringLiteral("88776655"), QString() } };
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("phone"));
    EXPECT_EQ(e.code(), QStringLiteral("format"));
}

TEST(CustomerValidator, tidies_addresses_and_normalises_postal_code)
{
    Customer c = individual();
    c.addresses
        = { { QStringLiteral(" خانه "), QStringLiteral("تهران"), QStringLiteral(" تهران "),
              QStringLiteral("خيابان   وليعصر"), QStringLiteral("۱۱۹۳۶-۵۳۴۷۱") },
            { QStringLiteral("office"), QString(), QStringLiteral("اصفهان"), QString(), QStringLiteral("  ") } };
    Validator::normalise(c, kToday);
    ASSERT_EQ(c.addresses.size(), 2);
    EXPECT_EQ(c.addresses[0].label, QStringLiteral("خانه"));
    EXPECT_EQ(c.addresses[0].city, QStringLiteral("تهران"));
    EXPECT_EQ(c.addresses[0].line, QStringLiteral("خیابان ولیعصر"));
    EXPECT_EQ(c.addresses[0].postalCode, QStringLiteral("1193653471"));
    EXPECT_EQ(c.addresses[1].postalCode, QString());
    EXPECT_EQ(c.city(), QStringLiteral("تهران"));
}

TEST(CustomerValidator, rejects_invalid_postal_code)
{
    Customer c = individual();
    c.addresses = { { QString(), QString(), QStringLiteral("تهران"), QString(), QStringLiteral("1234567890") } };
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("postal_code"));
    EXPECT_EQ(e.code(), QStringLiteral("format"));
}

TEST(CustomerValidator, tidies_tags_and_drops_duplicates_and_blanks)
{
    Customer c = individual();
    c.tags = { QStringLiteral(" وفادار "), QStringLiteral("وفادار"), QStringLiteral("  "), QStringLiteral("VIP"),
               QStringLiteral("مشتري  ويژه") };
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.tags, (QStringList { QStringLiteral("وفادار"), QStringLiteral("VIP"), QStringLiteral("مشتری ویژه") }));
}

// --- legal entities ------------------------------------------------------------------

TEST(CustomerValidator, tidies_company_fields_and_normalises_ids)
{
    Customer c = company();
    c.legal.companyName = QStringLiteral("  شركت   پيوند  ");
    c.legal.nationalId = QStringLiteral("۱۰۳۸۰۲۸۴۷۹۰");
    c.legal.economicCode = QStringLiteral("4111-1155-6677");
    c.legal.registrationNo = QStringLiteral(" ۱۲۳۴۵ ");
    c.legal.industry = QStringLiteral(" فناوري ");
    c.legal.website = QStringLiteral("  https://peyvand.example  ");
    c.legal.employees = 300;
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.legal.companyName, QStringLiteral("شرکت پیوند"));
    EXPECT_EQ(c.legal.nationalId, QStringLiteral("10380284790"));
    EXPECT_EQ(c.legal.economicCode, QStringLiteral("411111556677"));
    EXPECT_EQ(c.legal.registrationNo, QStringLiteral("12345"));
    EXPECT_EQ(c.legal.industry, QStringLiteral("فناوری"));
    EXPECT_EQ(c.legal.website, QStringLiteral("https://peyvand.example"));
    EXPECT_TRUE(c.legal.isEnterprise());
    EXPECT_EQ(c.displayName(), QStringLiteral("شرکت پیوند"));
    EXPECT_EQ(c.nationalIdentifier(), QStringLiteral("10380284790"));
}

TEST(CustomerValidator, requires_company_name)
{
    Customer c = company();
    c.legal.companyName = QStringLiteral("   ");
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("company_name"));
    EXPECT_EQ(e.code(), QStringLiteral("required"));
}

TEST(CustomerValidator, rejects_company_with_bad_legal_national_id)
{
    Customer c = company();
    c.legal.nationalId = QStringLiteral("10380284791");
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("national_id"));
    EXPECT_EQ(e.code(), QStringLiteral("check_digit"));
}

TEST(CustomerValidator, rejects_company_with_bad_economic_code)
{
    Customer c = company();
    c.legal.economicCode = QStringLiteral("12345");
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("economic_code"));
    EXPECT_EQ(e.code(), QStringLiteral("format"));
}

TEST(CustomerValidator, rejects_negative_employee_count)
{
    Customer c = company();
    c.legal.employees = -1;
    const auto e = rejection(c);
    EXPECT_EQ(e.field(), QStringLiteral("employees"));
    EXPECT_EQ(e.code(), QStringLiteral("negative"));
}

TEST(CustomerValidator, clears_blank_legal_national_id)
{
    Customer c = company();
    c.legal.nationalId = QStringLiteral("  ");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.legal.nationalId, QString());
}

TEST(CustomerValidator, clears_blank_economic_code)
{
    // Like every other optional identifier, a blank economic code is stored empty.
    Customer c = company();
    c.legal.economicCode = QStringLiteral("   ");
    Validator::normalise(c, kToday);
    EXPECT_EQ(c.legal.economicCode, QString());
}

TEST(CustomerValidator, validates_only_the_details_of_the_customer_kind)
{
    Customer c = company();
    c.individual.nationalCode = QStringLiteral("not a code"); // ignored for a company
    EXPECT_NO_THROW(Validator::normalise(c, kToday));
    EXPECT_EQ(c.individual.nationalCode, QStringLiteral("not a code"));

    Customer p = individual();
    p.legal.nationalId = QStringLiteral("bad"); // ignored for an individual
    EXPECT_NO_THROW(Validator::normalise(p, kToday));
}

TEST(CustomerValidator, is_idempotent)
{
    Customer c = individual();
    c.individual.nationalCode = QStringLiteral("۰۰۸۴۵۷۵۹۴۸");
    c.phones = { { QStringLiteral("+98 912 123 4567"), QStringLiteral("mobile") } };
    c.tags = { QStringLiteral("وفادار") };
    Validator::normalise(c, kToday);
    Customer again = c;
    Validator::normalise(again, kToday);
    EXPECT_EQ(again.individual.nationalCode, c.individual.nationalCode);
    EXPECT_EQ(again.phones.size(), 1);
    EXPECT_EQ(again.phones[0].number, c.phones[0].number);
    EXPECT_EQ(again.tags, c.tags);
    EXPECT_EQ(again.displayName(), QStringLiteral("علی رضایی"));
}
