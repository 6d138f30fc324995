// The customer form: inline Persian validation, duplicate warnings, create and edit.
#include "CustomerDialog.h"

#include "DialogTestSupport.h"
#include "JalaliDate.h"
#include "JalaliDateEdit.h"
#include "PersianText.h"

#include <QComboBox>
#include <QFrame>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace peyvand;
using peyvand::testing::child;
using peyvand::testing::customerCount;
using peyvand::testing::GuiFixture;
using peyvand::testing::retype;
using peyvand::testing::shownError;
using peyvand::testing::typeText;

namespace {

bool saveEnabled(QWidget &dialog)
{
    return child<QPushButton>(dialog, QStringLiteral("saveButton"))->isEnabled();
}

void clickSave(QWidget &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
}

} // namespace

TEST(CustomerDialog, creates_a_legal_entity_from_persian_input)
{
    GuiFixture f;
    CustomerDialog dialog(*f.workspace, CustomerKind::Legal);
    QSignalSpy changed(f.workspace.get(), &Workspace::customerChanged);
    EXPECT_FALSE(saveEnabled(dialog)); // the company name is required…
    EXPECT_TRUE(shownError(dialog, QStringLiteral("companyNameError")).isEmpty()); // …but not nagged about yet

    const QString legalId = peyvand::testing::validLegalId(QStringLiteral("1010123456"));
    retype(dialog, QStringLiteral("companyNameEdit"), QStringLiteral("شركت فولاد آزما")); // Arabic kaf
    retype(dialog, QStringLiteral("nationalIdEdit"), PersianText::toPersianDigits(legalId));
    retype(dialog, QStringLiteral("economicCodeEdit"), QStringLiteral("۴۱۱۱۱۱۱۱۱۱۱۱"));
    retype(dialog, QStringLiteral("registrationNoEdit"), QStringLiteral("۱۲۳۴۵"));
    typeText(child<JalaliDateEdit>(dialog, QStringLiteral("registrationDateEdit"))->lineEdit(),
             QStringLiteral("۱۳۹۸/۰۴/۱۵"));
    retype(dialog, QStringLiteral("industryEdit"), QStringLiteral("فولاد"));
    child<QSpinBox>(dialog, QStringLiteral("employeesSpin"))->setValue(320);
    retype(dialog, QStringLiteral("phoneEdit"), QStringLiteral("+98 21 8877 6655"));
    retype(dialog, QStringLiteral("phone2Edit"), QStringLiteral("۰۹۱۲ ۳۳۳ ۴۴۵۵"));
    retype(dialog, QStringLiteral("websiteEdit"), QStringLiteral("https://azma.ir"));
    retype(dialog, QStringLiteral("cityEdit"), QStringLiteral("تهران"));
    retype(dialog, QStringLiteral("addressEdit"), QStringLiteral("خیابان آزادی، پلاک ۱۲"));
    retype(dialog, QStringLiteral("postalCodeEdit"), QStringLiteral("۱۳۱۶۸۱۴۵۷۳"));
    retype(dialog, QStringLiteral("tagsEdit"), QStringLiteral("صنعتی، عمده, vip"));
    auto *lifecycle = child<QComboBox>(dialog, QStringLiteral("lifecycleCombo"));
    lifecycle->setCurrentIndex(lifecycle->findText(Display::label(Lifecycle::Prospect)));
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("ownerCombo"))->currentData().toLongLong(), f.rep.id);

    ASSERT_TRUE(saveEnabled(dialog));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_NE(dialog.customerId(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.front().front().toLongLong(), dialog.customerId());

    const Customer c = f.workspace->customers().get(dialog.customerId());
    EXPECT_EQ(c.kind, CustomerKind::Legal);
    EXPECT_EQ(c.legal.companyName, QStringLiteral("شرکت فولاد آزما"));
    EXPECT_EQ(c.legal.nationalId, legalId);
    EXPECT_EQ(c.legal.economicCode, QStringLiteral("411111111111"));
    EXPECT_EQ(c.legal.registrationNo, QStringLiteral("12345"));
    EXPECT_EQ(c.legal.registrationDate, JalaliDate::fromJalali(1398, 4, 15));
    EXPECT_EQ(c.legal.employees, 320);
    ASSERT_EQ(c.phones.size(), 2);
    EXPECT_EQ(c.phones[0].number, QStringLiteral("02188776655"));
    EXPECT_EQ(c.phones[1].number, QStringLiteral("09123334455"));
    EXPECT_EQ(c.legal.website, QStringLiteral("https://azma.ir"));
    ASSERT_EQ(c.addresses.size(), 1);
    EXPECT_EQ(c.addresses.front().postalCode, QStringLiteral("1316814573"));
    EXPECT_EQ(c.tags, (QStringList { QStringLiteral("صنعتی"), QStringLiteral("عمده"), QStringLiteral("vip") }));
    EXPECT_EQ(c.lifecycle, Lifecycle::Prospect);
    EXPECT_EQ(c.ownerId, f.rep.id);
}

TEST(CustomerDialog, an_invalid_national_code_is_shown_in_persian_and_nothing_is_saved_until_it_is_fixed)
{
    GuiFixture f;
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    retype(dialog, QStringLiteral("firstNameEdit"), QStringLiteral("علی"));
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("محمدی"));
    EXPECT_TRUE(saveEnabled(dialog));

    const QString wrong = peyvand::testing::invalidNationalCode(QStringLiteral("004512345"));
    retype(dialog, QStringLiteral("nationalCodeEdit"), PersianText::toPersianDigits(wrong));
    const QString error = shownError(dialog, QStringLiteral("nationalCodeError"));
    EXPECT_TRUE(error.contains(QStringLiteral("کد ملی"))) << error.toStdString();
    EXPECT_FALSE(saveEnabled(dialog));
    clickSave(dialog);
    dialog.accept(); // even when forced
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(customerCount(f), 0);

    const QString right = peyvand::testing::validNationalCode(QStringLiteral("004512345"));
    retype(dialog, QStringLiteral("nationalCodeEdit"), PersianText::toPersianDigits(right));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("nationalCodeError")).isEmpty());
    ASSERT_TRUE(saveEnabled(dialog));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(customerCount(f), 1);
    EXPECT_EQ(f.workspace->customers().get(dialog.customerId()).individual.nationalCode, right);
}

TEST(CustomerDialog, a_required_name_is_asked_for_when_saving_is_tried)
{
    GuiFixture f;
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    EXPECT_FALSE(saveEnabled(dialog));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("lastNameError")).isEmpty());
    dialog.accept();
    EXPECT_FALSE(shownError(dialog, QStringLiteral("lastNameError")).isEmpty());
    EXPECT_EQ(customerCount(f), 0);
    retype(dialog, QStringLiteral("firstNameEdit"), QStringLiteral("مریم")); // a first name is enough
    EXPECT_TRUE(shownError(dialog, QStringLiteral("lastNameError")).isEmpty());
    EXPECT_TRUE(saveEnabled(dialog));
}

TEST(CustomerDialog, a_bad_email_and_a_day_that_does_not_exist_show_errors)
{
    GuiFixture f;
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("کریمی"));
    retype(dialog, QStringLiteral("emailEdit"), QStringLiteral("ali@example"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("emailError")).contains(QStringLiteral("ایمیل")));
    EXPECT_FALSE(saveEnabled(dialog));
    retype(dialog, QStringLiteral("emailEdit"), QStringLiteral("Ali@Example.ir"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("emailError")).isEmpty());
    EXPECT_TRUE(saveEnabled(dialog));

    QLineEdit *birth = child<JalaliDateEdit>(dialog, QStringLiteral("birthDateEdit"))->lineEdit();
    typeText(birth, QStringLiteral("۱۴۰۲/۱۲/۳۰")); // 1402 is not a leap year
    EXPECT_FALSE(shownError(dialog, QStringLiteral("birthDateError")).isEmpty());
    EXPECT_FALSE(saveEnabled(dialog));
    birth->clear();
    typeText(birth, QStringLiteral("۱۴۰۴/۰۱/۰۱")); // after the fixture's today
    EXPECT_FALSE(shownError(dialog, QStringLiteral("birthDateError")).isEmpty());
    birth->clear();
    typeText(birth, QStringLiteral("۱۳۷۰/۰۶/۳۱"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("birthDateError")).isEmpty());

    retype(dialog, QStringLiteral("mobileEdit"), QStringLiteral("021 8877 6655")); // a landline
    EXPECT_TRUE(shownError(dialog, QStringLiteral("mobileError")).contains(QStringLiteral("موبایل")));
    retype(dialog, QStringLiteral("mobileEdit"), QStringLiteral("0912 000 1111"));
    retype(dialog, QStringLiteral("postalCodeEdit"), QStringLiteral("12345"));
    EXPECT_TRUE(shownError(dialog, QStringLiteral("postalCodeError")).contains(QStringLiteral("کد پستی")));
    retype(dialog, QStringLiteral("postalCodeEdit"), QString());
    ASSERT_TRUE(saveEnabled(dialog));
    clickSave(dialog);
    const Customer c = f.workspace->customers().get(dialog.customerId());
    EXPECT_EQ(c.individual.email, QStringLiteral("ali@example.ir"));
    EXPECT_EQ(c.individual.birthDate, JalaliDate::fromJalali(1370, 6, 31));
    EXPECT_EQ(c.primaryPhone(), QStringLiteral("09120001111"));
    EXPECT_TRUE(c.addresses.isEmpty());
}

TEST(CustomerDialog, an_existing_national_code_warns_blocks_saving_and_offers_the_existing_customer)
{
    GuiFixture f;
    const QString code = peyvand::testing::validNationalCode(QStringLiteral("007654321"));
    const qint64 existing = f.addIndividual(QStringLiteral("رضا"), QStringLiteral("احمدی"), code);
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    QSignalSpy open(&dialog, &CustomerDialog::openExistingRequested);
    auto *warning = child<QFrame>(dialog, QStringLiteral("duplicateWarning"));
    EXPECT_TRUE(warning->isHidden());

    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("احمدی"));
    retype(dialog, QStringLiteral("nationalCodeEdit"), PersianText::toPersianDigits(code));
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(child<QLabel>(dialog, QStringLiteral("duplicateText"))->text().contains(QStringLiteral("رضا احمدی")));
    EXPECT_FALSE(shownError(dialog, QStringLiteral("nationalCodeError")).isEmpty());
    EXPECT_FALSE(saveEnabled(dialog));
    dialog.accept();
    EXPECT_EQ(customerCount(f), 1);

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openExistingButton")), Qt::LeftButton);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.front().front().toLongLong(), existing);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(CustomerDialog, an_existing_legal_id_warns_too)
{
    GuiFixture f;
    const QString legalId = peyvand::testing::validLegalId(QStringLiteral("1410222333"));
    const qint64 existing = f.addLegal(QStringLiteral("شرکت نخستین"), legalId);
    CustomerDialog dialog(*f.workspace, CustomerKind::Legal);
    QSignalSpy open(&dialog, &CustomerDialog::openExistingRequested);
    retype(dialog, QStringLiteral("companyNameEdit"), QStringLiteral("شرکت دومین"));
    retype(dialog, QStringLiteral("nationalIdEdit"), legalId.left(10));
    EXPECT_TRUE(child<QFrame>(dialog, QStringLiteral("duplicateWarning"))->isHidden());
    typeText(child<QLineEdit>(dialog, QStringLiteral("nationalIdEdit")), legalId.right(1));
    EXPECT_FALSE(child<QFrame>(dialog, QStringLiteral("duplicateWarning"))->isHidden());
    EXPECT_FALSE(saveEnabled(dialog));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openExistingButton")), Qt::LeftButton);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.front().front().toLongLong(), existing);
}

TEST(CustomerDialog, a_mobile_typed_in_another_form_warns_but_still_saves)
{
    GuiFixture f;
    const qint64 existing
        = f.addIndividual(QStringLiteral("نرگس"), QStringLiteral("صالحی"), {}, QStringLiteral("09121234567"));
    for (const QString &typed : { QStringLiteral("+98 912 123 4567"), QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷") }) {
        CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
        QSignalSpy open(&dialog, &CustomerDialog::openExistingRequested);
        retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("صالحی"));
        retype(dialog, QStringLiteral("mobileEdit"), typed);
        auto *warning = child<QFrame>(dialog, QStringLiteral("duplicateWarning"));
        EXPECT_FALSE(warning->isHidden()) << typed.toStdString();
        EXPECT_TRUE(
            child<QLabel>(dialog, QStringLiteral("duplicateText"))->text().contains(QStringLiteral("نرگس صالحی")));
        EXPECT_TRUE(saveEnabled(dialog)); // a shared phone only warns
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openExistingButton")), Qt::LeftButton);
        ASSERT_EQ(open.count(), 1);
        EXPECT_EQ(open.front().front().toLongLong(), existing);
    }

    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("صالحی"));
    retype(dialog, QStringLiteral("mobileEdit"), QStringLiteral("0098-912-123-4567"));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(customerCount(f), 2);
}

TEST(CustomerDialog, edit_mode_loads_the_customer_and_saves_changes)
{
    GuiFixture f;
    Customer c;
    c.kind = CustomerKind::Individual;
    c.individual.firstName = QStringLiteral("حسین");
    c.individual.lastName = QStringLiteral("رحیمی");
    c.individual.nationalCode = peyvand::testing::validNationalCode(QStringLiteral("123456780"));
    c.individual.email = QStringLiteral("h.rahimi@example.ir");
    c.individual.birthDate = JalaliDate::fromJalali(1365, 2, 10);
    c.phones << PhoneEntry { QStringLiteral("02155443322"), QStringLiteral("منزل") }
             << PhoneEntry { QStringLiteral("09351112233"), QStringLiteral("موبایل") }
             << PhoneEntry { QStringLiteral("09129998877"), QStringLiteral("موبایل دوم") };
    c.addresses << Address { QStringLiteral("منزل"), QStringLiteral("اصفهان"), QStringLiteral("اصفهان"),
                             QStringLiteral("خیابان چهارباغ"), QString() };
    c.tags << QStringLiteral("وفادار");
    c.ownerId = f.rep.id;
    c.lifecycle = Lifecycle::Customer;
    const qint64 id = f.workspace->customers().create(c);
    const QDateTime created = f.workspace->customers().get(id).createdAt;

    CustomerDialog dialog(*f.workspace, CustomerKind::Individual, id);
    EXPECT_TRUE(dialog.isEditing());
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("firstNameEdit"))->text(), QStringLiteral("حسین"));
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("nationalCodeEdit"))->text(),
              PersianText::toPersianDigits(c.individual.nationalCode));
    EXPECT_EQ(PersianText::toLatinDigits(child<QLineEdit>(dialog, QStringLiteral("mobileEdit"))->text()),
              QStringLiteral("09351112233"));
    EXPECT_EQ(PersianText::toLatinDigits(child<QLineEdit>(dialog, QStringLiteral("landlineEdit"))->text()),
              QStringLiteral("02155443322"));
    EXPECT_EQ(child<JalaliDateEdit>(dialog, QStringLiteral("birthDateEdit"))->date(), c.individual.birthDate);
    EXPECT_EQ(child<QLineEdit>(dialog, QStringLiteral("cityEdit"))->text(), QStringLiteral("اصفهان"));
    EXPECT_EQ(child<QComboBox>(dialog, QStringLiteral("lifecycleCombo"))->currentText(),
              Display::label(Lifecycle::Customer));
    EXPECT_TRUE(child<QFrame>(dialog, QStringLiteral("duplicateWarning"))->isHidden()); // not a duplicate of itself
    EXPECT_TRUE(saveEnabled(dialog));

    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("رحیمی‌نژاد"));
    retype(dialog, QStringLiteral("cityEdit"), QStringLiteral("شیراز"));
    retype(dialog, QStringLiteral("mobileEdit"), QStringLiteral("۰۹۳۵ ۱۱۱ ۰۰۰۰"));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.customerId(), id);

    const Customer saved = f.workspace->customers().get(id);
    EXPECT_EQ(saved.individual.lastName, QStringLiteral("رحیمی‌نژاد"));
    EXPECT_EQ(saved.city(), QStringLiteral("شیراز"));
    EXPECT_EQ(saved.addresses.front().province, QStringLiteral("اصفهان")); // not on the form: kept
    ASSERT_EQ(saved.phones.size(), 3);
    EXPECT_EQ(saved.phones[0].number, QStringLiteral("09351110000")); // the mobile first
    EXPECT_EQ(saved.phones[0].label, QStringLiteral("موبایل"));
    EXPECT_EQ(saved.phones[1].number, QStringLiteral("02155443322"));
    EXPECT_EQ(saved.phones[2].number, QStringLiteral("09129998877"));
    EXPECT_EQ(saved.individual.email, c.individual.email);
    EXPECT_EQ(saved.tags, c.tags);
    EXPECT_EQ(saved.createdAt, created);
}

TEST(CustomerDialog, a_refusal_from_the_service_is_shown_beside_its_field)
{
    GuiFixture f;
    const QString code = peyvand::testing::validNationalCode(QStringLiteral("002233445"));
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    retype(dialog, QStringLiteral("lastNameEdit"), QStringLiteral("نوری"));
    retype(dialog, QStringLiteral("nationalCodeEdit"), code);
    ASSERT_TRUE(saveEnabled(dialog));
    f.addIndividual(QStringLiteral("زهرا"), QStringLiteral("نوری"), code); // someone else was quicker
    clickSave(dialog);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(customerCount(f), 1);
    EXPECT_TRUE(shownError(dialog, QStringLiteral("nationalCodeError")).contains(QStringLiteral("کد ملی")));
    EXPECT_FALSE(saveEnabled(dialog));
}

TEST(CustomerDialog, tab_order_runs_through_the_groups_in_reading_order)
{
    GuiFixture f;
    CustomerDialog dialog(*f.workspace, CustomerKind::Individual);
    QStringList names;
    QWidget *w = child<QLineEdit>(dialog, QStringLiteral("firstNameEdit"));
    for (int i = 0; i < 40 && names.size() < 10; ++i, w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && !names.contains(w->objectName()))
            names << w->objectName();
    EXPECT_EQ(names,
              (QStringList { QStringLiteral("firstNameEdit"), QStringLiteral("lastNameEdit"),
                             QStringLiteral("nationalCodeEdit"), QStringLiteral("dateText"),
                             QStringLiteral("loyaltyCardEdit"), QStringLiteral("preferencesEdit"),
                             QStringLiteral("mobileEdit"), QStringLiteral("landlineEdit"), QStringLiteral("emailEdit"),
                             QStringLiteral("cityEdit") }));
}
