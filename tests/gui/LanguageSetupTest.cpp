// The language switch: Persian is right-to-left with Qt's own buttons in
// Persian; English is left-to-right with Latin digits.
#include "LanguageSetup.h"

#include "Display.h"
#include "GuiFixture.h"

#include <QCoreApplication>

using namespace peyvand;

TEST(LanguageSetup, persian_is_right_to_left_with_qt_buttons_in_persian_and_english_is_left_to_right)
{
    LanguageSetup::apply(UiSettings::Language::English);
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(QLocale().language(), QLocale::English);
    EXPECT_EQ(Display::number(1403), QStringLiteral("1,403"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

    LanguageSetup::apply(UiSettings::Language::Persian);
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(QLocale().language(), QLocale::Persian);
    EXPECT_EQ(Display::number(1403), QStringLiteral("۱٬۴۰۳"));
    // qtbase_fa.qm (qt6-translations-l10n) makes the standard buttons Persian.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("انصراف"));
}
