// The sign-in and first-administrator dialogs on a real database, Persian and
// right to left: refusals in Persian, the wait after repeated wrong passwords
// shown as a disabled button counting down (never a frozen window), the last
// username remembered per database and the password never, and the
// non-interactive sign-in the app uses with --user and PEYVAND_PASSWORD.
#include "SignInDialog.h"

#include "Authenticator.h"
#include "FirstAdminDialog.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "PasswordHash.h"
#include "SignInError.h"
#include "SignInFlow.h"
#include "UiSettings.h"
#include "UserService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

const QString kPassword = QStringLiteral("rep-password");

struct SignInFixture : GuiFixture
{
    SignInFixture()
    {
        store->users().setPasswordHash(rep.id, PasswordHash::hash(kPassword));
        UiSettings::setLastUserName(store->location(), QString());
    }
};

template<class T> T *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

void attempt(SignInDialog &dialog, const QString &user, const QString &password)
{
    child<QLineEdit>(dialog, "userNameEdit")->setText(user);
    child<QLineEdit>(dialog, "passwordEdit")->setText(password);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
}

} // namespace

TEST(SignInDialog, signs_in_and_remembers_the_username_but_never_the_password)
{
    SignInFixture f;
    SignInDialog dialog(*f.store, f.clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(child<QLineEdit>(dialog, "userNameEdit")->text().isEmpty());
    EXPECT_EQ(child<QLineEdit>(dialog, "passwordEdit")->echoMode(), QLineEdit::Password);

    attempt(dialog, QStringLiteral("rep1"), kPassword);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user().id, f.rep.id);
    EXPECT_EQ(UiSettings::lastUserName(f.store->location()), QStringLiteral("rep1"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(settings.value(key).toString().contains(kPassword)) << key.toStdString();

    // The next dialog on this database starts with that username and the password focused.
    SignInDialog next(*f.store, f.clock);
    EXPECT_EQ(child<QLineEdit>(next, "userNameEdit")->text(), QStringLiteral("rep1"));
}

TEST(SignInDialog, refusals_are_shown_in_persian_and_the_dialog_stays_open)
{
    SignInFixture f;
    User gone { 0, QStringLiteral("gone"), QStringLiteral("رفته"), UserRole::SalesRep, false };
    gone.id = f.store->users().add(gone);
    SignInDialog dialog(*f.store, f.clock);
    dialog.show();
    auto *error = child<QLabel>(dialog, "signInError");

    attempt(dialog, QStringLiteral("nobody"), kPassword);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("کاربری با نام «nobody» وجود ندارد."));

    attempt(dialog, QStringLiteral("gone"), kPassword);
    EXPECT_TRUE(error->text().contains(QStringLiteral("غیرفعال"))) << error->text().toStdString();

    attempt(dialog, QStringLiteral("rep1"), QStringLiteral("wrong-one"));
    EXPECT_EQ(error->text(), QStringLiteral("رمز عبور درست نیست."));
    EXPECT_TRUE(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty()); // cleared for the next try
    EXPECT_EQ(dialog.user().id, 0);
}

TEST(SignInDialog, after_three_wrong_passwords_the_button_counts_the_wait_down)
{
    SignInFixture f;
    SignInDialog dialog(*f.store, f.clock);
    dialog.show();
    auto *button = child<QPushButton>(dialog, "signInButton");
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(button->isEnabled()) << i;
        attempt(dialog, QStringLiteral("rep1"), QStringLiteral("wrong-one"));
    }
    // The fixed clock stands still: a whole second to wait, shown in Persian digits, the window alive.
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->text().contains(QStringLiteral("۱"))) << button->text().toStdString();
    attempt(dialog, QStringLiteral("rep1"), kPassword); // a click on the disabled button does nothing
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(f.store->users().credentials(f.rep.id).failedSignIns, 3);

    // Once the time has passed the button comes back by itself.
    f.clock.advanceSeconds(2);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 3000);
    attempt(dialog, QStringLiteral("rep1"), kPassword);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(f.store->users().credentials(f.rep.id).failedSignIns, 0);
}

TEST(SignInDialog, a_wait_left_by_earlier_failures_shows_when_the_dialog_opens)
{
    SignInFixture f;
    for (int i = 0; i < 4; ++i)
        f.store->users().recordFailedSignIn(f.rep.id, f.clock.now());
    SignInDialog dialog(*f.store, f.clock, QStringLiteral("rep1"));
    auto *button = child<QPushButton>(dialog, "signInButton");
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->text().contains(QStringLiteral("۲"))) << button->text().toStdString();
    // Another username is not held up.
    child<QLineEdit>(dialog, "userNameEdit")->setText(QStringLiteral("someone"));
    dialog.updateWait();
    EXPECT_TRUE(button->isEnabled());
}

TEST(FirstAdminDialog, creates_the_administrator_after_checking_the_two_passwords)
{
    GuiFixture f;
    UserService users(*f.store, f.clock);
    ASSERT_TRUE(users.needsFirstAdmin());
    FirstAdminDialog dialog(*f.store, f.clock);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.layoutDirection(), Qt::RightToLeft);
    EXPECT_EQ(child<QLineEdit>(dialog, "adminUserNameEdit")->text(), QStringLiteral("admin"));
    auto *error = child<QLabel>(dialog, "firstAdminError");
    auto *password = child<QLineEdit>(dialog, "adminPasswordEdit");
    auto *repeat = child<QLineEdit>(dialog, "adminRepeatEdit");
    auto *create = child<QPushButton>(dialog, "createButton");
    peyvand::testing::typeText(child<QLineEdit>(dialog, "adminFullNameEdit"), QStringLiteral("مدیر سیستم"));

    password->setText(QStringLiteral("short"));
    repeat->setText(QStringLiteral("short"));
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(error->text(), QStringLiteral("رمز عبور باید دست‌کم ۸ نویسه باشد."));

    password->setText(QStringLiteral("admin-password"));
    repeat->setText(QStringLiteral("admin-passw0rd"));
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(users.needsFirstAdmin()); // nothing written yet

    repeat->setText(QStringLiteral("admin-password"));
    QTest::mouseClick(create, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.admin().username, QStringLiteral("admin"));
    EXPECT_EQ(dialog.admin().fullName, QStringLiteral("مدیر سیستم"));
    EXPECT_EQ(dialog.admin().role, UserRole::Admin);
    EXPECT_FALSE(users.needsFirstAdmin());
    EXPECT_EQ(Authenticator(*f.store, f.clock).signIn(QStringLiteral("admin"), QStringLiteral("admin-password")).id,
              dialog.admin().id);
}

TEST(FirstAdminDialog, proposes_an_administrator_account_that_has_no_password)
{
    GuiFixture f;
    User old { 0, QStringLiteral("modir"), QStringLiteral("مدیر قدیمی"), UserRole::Admin, true };
    old.id = f.store->users().add(old);
    FirstAdminDialog dialog(*f.store, f.clock);
    EXPECT_EQ(child<QLineEdit>(dialog, "adminUserNameEdit")->text(), QStringLiteral("modir"));
    EXPECT_EQ(child<QLineEdit>(dialog, "adminFullNameEdit")->text(), QStringLiteral("مدیر قدیمی"));
    child<QLineEdit>(dialog, "adminPasswordEdit")->setText(QStringLiteral("modir-password"));
    child<QLineEdit>(dialog, "adminRepeatEdit")->setText(QStringLiteral("modir-password"));
    dialog.accept();
    EXPECT_EQ(dialog.admin().id, old.id); // the account got the password, no second one
}

TEST(SignInFlow, signs_in_without_a_dialog_when_a_user_and_peyvand_password_are_given)
{
    SignInFixture f;
    qputenv("PEYVAND_PASSWORD", kPassword.toUtf8());
    const auto user = SignInFlow::signIn(*f.store, f.clock, QStringLiteral("rep1"));
    ASSERT_TRUE(user.has_value());
    EXPECT_EQ(user->id, f.rep.id);
    qputenv("PEYVAND_PASSWORD", "wrong-one");
    EXPECT_THROW(SignInFlow::signIn(*f.store, f.clock, QStringLiteral("rep1")), SignInError);
    qunsetenv("PEYVAND_PASSWORD");
}

TEST(SignInFlow, the_file_menu_offers_sign_out_and_switch_user)
{
    GuiFixture f;
    MainWindow window(*f.workspace);
    auto *action = window.findChild<QAction *>(QStringLiteral("switchUserAction"));
    ASSERT_NE(action, nullptr);
    QSignalSpy asked(&window, &MainWindow::switchUserRequested);
    action->trigger();
    EXPECT_EQ(asked.count(), 1);
    EXPECT_EQ(f.store->actor().id, f.rep.id); // the workspace set the actor
}
