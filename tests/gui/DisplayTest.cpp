// Formatting for the screen: Jalali dates, Persian digits, money units.
#include "GuiFixture.h"
#include "JalaliDateEdit.h"

#include <QLineEdit>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(Display, persian_digits_jalali_dates_and_money_units)
{
    GuiFixture f;
    EXPECT_EQ(Display::number(1234567), QStringLiteral("۱٬۲۳۴٬۵۶۷"));
    EXPECT_EQ(Display::date(QDate(2024, 3, 20)), QStringLiteral("۱۴۰۳/۰۱/۰۱"));
    EXPECT_EQ(Display::longDate(QDate(2024, 8, 2)), QStringLiteral("۱۲ مرداد ۱۴۰۳"));
    EXPECT_EQ(Display::money(12500), QStringLiteral("۱۲٬۵۰۰ ریال"));
    Display::setMoneyUnit(UiSettings::MoneyUnit::Toman);
    EXPECT_EQ(Display::money(12500), QStringLiteral("۱٬۲۵۰ تومان"));
    EXPECT_TRUE(Display::phone(QStringLiteral("09121234567")).contains(QStringLiteral("۰۹۱۲ ۱۲۳ ۴۵۶۷")));
    Display::setLanguage(UiSettings::Language::English);
    EXPECT_EQ(Display::number(1234567), QStringLiteral("1,234,567"));
    EXPECT_EQ(Display::longDate(QDate(2024, 8, 2)), QStringLiteral("12 Mordad 1403"));
    EXPECT_EQ(Display::label(UserRole::SalesRep), QStringLiteral("Sales rep"));
    Display::setLanguage(UiSettings::Language::Persian);
    Display::setMoneyUnit(UiSettings::MoneyUnit::Rial);
}

TEST(JalaliDateEdit, accepts_every_digit_form_and_refuses_a_day_that_does_not_exist)
{
    GuiFixture f;
    JalaliDateEdit edit;
    peyvand::testing::typeText(edit.lineEdit(), QStringLiteral("١٤٠٣/١٢/٣٠")); // 1403 is a leap year
    EXPECT_EQ(edit.date(), QDate(2025, 3, 20));
    EXPECT_TRUE(edit.errorText().isEmpty());
    edit.lineEdit()->clear();
    peyvand::testing::typeText(edit.lineEdit(), QStringLiteral("۱۴۰۲/۱۲/۳۰")); // 1402 is not
    EXPECT_FALSE(edit.date().isValid());
    EXPECT_FALSE(edit.errorText().isEmpty());
    edit.lineEdit()->clear();
    EXPECT_TRUE(edit.errorText().isEmpty());
    edit.setRequired(true);
    EXPECT_FALSE(edit.errorText().isEmpty());
}
