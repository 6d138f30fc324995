// Picking a customer by typing any part of what identifies them.
#include "CustomerPicker.h"

#include "GuiFixture.h"

#include <QLineEdit>
#include <QSignalSpy>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(CustomerPicker, finds_by_name_with_arabic_letters_and_by_phone_in_any_form)
{
    GuiFixture f;
    const qint64 karimi
        = f.addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"), {}, QStringLiteral("09121234567"));
    f.addLegal(QStringLiteral("شرکت کریم‌خان"));
    CustomerPicker picker(*f.workspace);
    QSignalSpy changed(&picker, &CustomerPicker::customerChanged);

    peyvand::testing::typeText(picker.lineEdit(), QStringLiteral("كريمي")); // Arabic ك and ي
    picker.searchNow();
    ASSERT_EQ(picker.matches().size(), 1);
    EXPECT_EQ(picker.matches()[0].first, karimi);
    picker.pickMatch(0);
    EXPECT_EQ(picker.customerId(), karimi);
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_EQ(changed.last().at(0).toLongLong(), karimi);

    // Editing the text forgets the pick.
    peyvand::testing::typeText(picker.lineEdit(), QStringLiteral("x"));
    EXPECT_EQ(picker.customerId(), 0);

    picker.lineEdit()->clear();
    peyvand::testing::typeText(picker.lineEdit(), QStringLiteral("+98 ۹۱۲ ۱۲۳ ۴۵۶۷"));
    picker.searchNow();
    ASSERT_EQ(picker.matches().size(), 1);
    EXPECT_EQ(picker.matches()[0].first, karimi);

    // Restricted to legal entities, the person is not offered.
    picker.setKind(CustomerKind::Legal);
    picker.lineEdit()->clear();
    peyvand::testing::typeText(picker.lineEdit(), QStringLiteral("کریم"));
    picker.searchNow();
    ASSERT_EQ(picker.matches().size(), 1);
    EXPECT_NE(picker.matches()[0].first, karimi);
}
