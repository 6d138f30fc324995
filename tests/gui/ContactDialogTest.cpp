// The contact person form: a company's buying center built through the
// dialogs, inline validation, edit mode and refusing a non-company.
#include "ContactDialog.h"

#include "CustomerDialog.h"
#include "DialogTestSupport.h"
#include "PersianText.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace peyvand;
using peyvand::testing::child;
using peyvand::testing::GuiFixture;
using peyvand::testing::retype;
using peyvand::testing::shownError;

namespace {

void choose(QWidget &dialog, const QString &combo, const QString &text)
{
    auto *box = child<QComboBox>(dialog, combo);
    const int index = box->findText(text);
    ASSERT_GE(index, 0) << text.toStdString();
    box->setCurrentIndex(index);
}

bool saveEnabled(QWidget &dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("saveButton"))->isEnabled();
}

void clickSave(QWidget &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
}

} // namespace

TEST(ContactDialog, a_company_and_two_buying_center_contacts_are_created_through_the_dialogs)
{
    GuiFixture f;
    CustomerDialog company(*f.workspace, CustomerKind::Legal);
    retype(company, QStringLiteral("companyNameEdit"), QStringLiteral("شرکت پارس‌ابزار"));
    retype(company, QStringLiteral("phoneEdit"), QStringLiteral("۰۲۱-۶۶۷۷۸۸۹۹"));
    clickSave(company);
    ASSERT_EQ(company.result(), QDialog::Accepted);
    const qint64 customerId = company.customerId();

    QSignalSpy changed(f.workspace.get(), &Workspace::customerChanged);
    ContactDialog first(*f.workspace, customerId);
    EXPECT_TRUE(first.windowTitle().contains(QStringLiteral("پارس‌ابزار")));
    retype(first, QStringLiteral("firstNameEdit"), QStringLiteral("مهدی"));
    retype(first, QStringLiteral("lastNameEdit"), QStringLiteral("کاظمی"));
    retype(first, QStringLiteral("jobTitleEdit"), QStringLiteral("مدیرعامل"));
    choose(first, QStringLiteral("roleCombo"), Display::label(BuyingRole::Decider));
    child<QSpinBox>(first, QStringLiteral("influenceSpin"))->setValue(5);
    choose(first, QStringLiteral("attitudeCombo"), Display::label(Attitude::Supporter));
    retype(first, QStringLiteral("mobileEdit"), QStringLiteral("+98 912 555 6677"));
    retype(first, QStringLiteral("emailEdit"), QStringLiteral("M.Kazemi@ParsAbzar.ir"));
    clickSave(first);
    ASSERT_EQ(first.result(), QDialog::Accepted);
    EXPECT_NE(first.contactId(), 0);

    ContactDialog second(*f.workspace, customerId);
    retype(second, QStringLiteral("firstNameEdit"), QStringLiteral("لیلا"));
    retype(second, QStringLiteral("lastNameEdit"), QStringLiteral("فرهادی"));
    retype(second, QStringLiteral("jobTitleEdit"), QStringLiteral("کارپرداز"));
    choose(second, QStringLiteral("roleCombo"), Display::label(BuyingRole::Buyer));
    child<QSpinBox>(second, QStringLiteral("influenceSpin"))->setValue(2);
    choose(second, QStringLiteral("attitudeCombo"), Display::label(Attitude::Opponent));
    retype(second, QStringLiteral("phoneEdit"), QStringLiteral("۰۲۱ ۶۶۷۷ ۸۸۰۰"));
    clickSave(second);
    ASSERT_EQ(second.result(), QDialog::Accepted);

    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed[0][0].toLongLong(), customerId);
    EXPECT_EQ(changed[1][0].toLongLong(), customerId);

    const QList<ContactPerson> contacts = f.workspace->contacts().forCustomer(customerId);
    ASSERT_EQ(contacts.size(), 2);
    const ContactPerson &decider = contacts[0].id == first.contactId() ? contacts[0] : contacts[1];
    const ContactPerson &buyer = contacts[0].id == first.contactId() ? contacts[1] : contacts[0];
    EXPECT_EQ(decider.role, BuyingRole::Decider);
    EXPECT_EQ(decider.influence, 5);
    EXPECT_EQ(decider.attitude, Attitude::Supporter);
    EXPECT_EQ(decider.jobTitle, QStringLiteral("مدیرعامل"));
    EXPECT_EQ(decider.mobile, QStringLiteral("09125556677"));
    EXPECT_EQ(decider.email, QStringLiteral("m.kazemi@parsabzar.ir"));
    EXPECT_EQ(buyer.role, BuyingRole::Buyer);
    EXPECT_EQ(buyer.influence, 2);
    EXPECT_EQ(buyer.attitude, Attitude::Opponent);
    EXPECT_EQ(buyer.phone, QStringLiteral("02166778800"));
}

TEST(ContactDialog, bad_numbers_and_email_are_shown_as_typed_and_block_saving)
{
    GuiFixture f;
    const qint64 customerId = f.addLegal(QStringLiteral("شرکت آزمون"));
    ContactDialog dialog(*f.workspace, customerId);
    EXPECT_FALSE(saveEnabled(dialog)); // no name yet
    dialog.accept();
    EXPECT_FALSE(shownError(dialog, QStringLiteral("lastNameError")).isEmpty());
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("صادقی"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("lastNameError")).isEmpty());
    EXPECT_TRUE(saveEnabled(dialog));

    retype(dialog, QStringLiteral("mobileEdit"), QStringLiteral("۰۹۱۲۳"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("mobileError")).contains(QStringLiteral("موبایل")));
    retype(dialog, QStringLiteral("phoneEdit"), QStringLiteral("8877"));
    EXPECT_FALSE(shownError(dialog, QStringLiteral("phoneError")).isEmpty());
    retype(dialog, QStringLiteral("emailEdit"), QStringLiteral("sadeghi@"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("emailError")).contains(QStringLiteral("ایمیل")));
    EXPECT_FALSE(saveEnabled(dialog));
    dialog.accept();
    EXPECT_TRUE(f.workspace->contacts().forCustomer(customerId).isEmpty());

    retype(dialog, QStringLiteral("mobileEdit"), QStringLiteral("۰۹۱۲۳۴۵۶۷۸۹"));
    retype(dialog, QStringLiteral("phoneEdit"), QString());
    retype(dialog, QStringLiteral("emailEdit"), QString());
    ASSERT_TRUE(saveEnabled(dialog));
    clickSave(dialog);
    ASSERT_EQ(f.workspace->contacts().forCustomer(customerId).size(), 1);
    EXPECT_EQ(f.workspace->contacts().forCustomer(customerId).front().mobile, QStringLiteral("09123456789"));
}

TEST(ContactDialog, edit_mode_loads_the_contact_and_saves_changes)
{
    GuiFixture f;
    const qint64 customerId = f.addLegal(QStringLiteral("شرکت آزمون"));
    ContactPerson p;
    p.customerId = customerId;
    p.firstName = QStringLiteral("امیر");
    p.lastName = QStringLiteral("توکلی");
    p.role = BuyingRole::Influencer;
    p.influence = 4;
    p.mobile = QStringLiteral("09131234567");
    p.notes = QStringLiteral("مشاور فنی");
    const qint64 contactId = f.workspace->contacts().add(p);

    ContactDialog dialog(*f.workspace, customerId, contactId);
    EXPECT_TRUE(dialog.isEditing());
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("lastNameEdit"))->text(), QStringLiteral("توکلی"));
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("roleCombo"))->currentText(),
              Display::label(BuyingRole::Influencer));
    EXPECT_EQ(child<QSpinBox>(dialog, QStringLiteral("influenceSpin"))->value(), 4);
    EXPECT_EQ(PersianText::toLatinDigits(child<QLineEdit>(dialog, QStringLiteral("mobileEdit"))->text()),
              QStringLiteral("09131234567"));
    EXPECT_EQ(child<QPlainTextEdit>(dialog, QStringLiteral("notesEdit"))->toPlainText(), QStringLiteral("مشاور فنی"));

    choose(dialog, QStringLiteral("roleCombo"), Display::label(BuyingRole::Gatekeeper));
    retype(dialog, QStringLiteral("jobTitleEdit"), QStringLiteral("منشی مدیرعامل"));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.contactId(), contactId);
    const QList<ContactPerson> contacts = f.workspace->contacts().forCustomer(customerId);
    ASSERT_EQ(contacts.size(), 1);
    EXPECT_EQ(contacts.front().role, BuyingRole::Gatekeeper);
    EXPECT_EQ(contacts.front().jobTitle, QStringLiteral("منشی مدیرعامل"));
    EXPECT_EQ(contacts.front().mobile, QStringLiteral("09131234567"));
}

TEST(ContactDialog, an_individual_customer_cannot_get_contacts)
{
    GuiFixture f;
    const qint64 person = f.addIndividual(QStringLiteral("سحر"), QStringLiteral("امینی"));
    ContactDialog dialog(*f.workspace, person);
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("رحمانی"));
    EXPECT_FALSE(shownError(dialog, QStringLiteral("formError")).isEmpty());
    EXPECT_FALSE(saveEnabled(dialog));
    dialog.accept();
    EXPECT_TRUE(f.workspace->contacts().forCustomer(person).isEmpty());
}

TEST(ContactDialog, enter_saves_and_escape_cancels)
{
    GuiFixture f;
    const qint64 customerId = f.addLegal(QStringLiteral("شرکت آزمون"));
    ContactDialog dialog(*f.workspace, customerId);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("یوسفی"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("lastNameEdit")), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(f.workspace->contacts().forCustomer(customerId).size(), 1);

    ContactDialog other(*f.workspace, customerId);
    other.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&other));
    retype(other, QStringLiteral("lastNameEdit"), QStringLiteral("کامرانی"));
    QTest::keyClick(child<QLineEdit>(other, QStringLiteral("lastNameEdit")), Qt::Key_Escape);
    EXPECT_EQ(other.result(), QDialog::Rejected);
    EXPECT_FALSE(other.isVisible());
    EXPECT_EQ(f.workspace->contacts().forCustomer(customerId).size(), 1);
}
