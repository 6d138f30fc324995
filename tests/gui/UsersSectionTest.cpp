// Settings → Users for an administrator (hidden from everyone else): the
// users table (checked by QAbstractItemModelTester), adding a user, changing a
// role, resetting a password, disabling and enabling, the refusals shown in
// the section; and "Change my password" with the current one.
#include "UsersSection.h"

#include "Authenticator.h"
#include "GuiFixture.h"
#include "NewUserDialog.h"
#include "PasswordDialog.h"
#include "PasswordHash.h"
#include "RoleDialog.h"
#include "SettingsView.h"
#include "SignInError.h"
#include "UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

namespace {

struct AdminFixture : GuiFixture
{
    User admin;
    AdminFixture()
    {
        store->users().setPasswordHash(rep.id, PasswordHash::hash(QStringLiteral("rep-password")));
        admin = User { 0, QStringLiteral("boss"), QStringLiteral("مدیر سیستم"), UserRole::Admin, true };
        admin.id = store->users().add(admin);
        store->users().setPasswordHash(admin.id, PasswordHash::hash(QStringLiteral("boss-password")));
        workspace->setUser(admin);
    }
    bool signsIn(const QString &name, const QString &password)
    {
        try {
            Authenticator(*store, clock, [](std::chrono::milliseconds) {}).signIn(name, password);
            return true;
        } catch (const SignInError &) {
            return false;
        }
    }
};

template<class T> T *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

void fillPasswords(QWidget &dialog, const char *prefix, const QString &password)
{
    child<QLineEdit>(dialog, (QByteArray(prefix) + "PasswordEdit").constData())->setText(password);
    child<QLineEdit>(dialog, (QByteArray(prefix) + "RepeatEdit").constData())->setText(password);
}

} // namespace

TEST(UsersSection, is_shown_to_administrators_only)
{
    AdminFixture f;
    {
        SettingsView settings(*f.workspace);
        ASSERT_NE(settings.usersSection(), nullptr);
        EXPECT_TRUE(child<QLabel>(settings, "signedInLabel")->text().contains(QStringLiteral("مدیر سیستم")));
    }
    for (const UserRole role : { UserRole::SalesRep, UserRole::Manager, UserRole::Support }) {
        User u = f.rep;
        u.role = role;
        f.workspace->setUser(u);
        SettingsView settings(*f.workspace);
        EXPECT_EQ(settings.usersSection(), nullptr) << toCode(role).toStdString();
        EXPECT_EQ(settings.findChild<QTableView *>(QStringLiteral("usersTable")), nullptr);
        EXPECT_NE(settings.findChild<QPushButton *>(QStringLiteral("ownPasswordButton")), nullptr);
    }
}

TEST(UsersSection, lists_users_and_adds_one)
{
    AdminFixture f;
    UsersSection section(*f.workspace);
    QAbstractItemModelTester tester(section.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    section.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&section));
    ASSERT_EQ(section.model()->rowCount(), 2);
    EXPECT_EQ(section.model()->data(section.model()->index(1, UserTableModel::Role)).toString(),
              QStringLiteral("مدیر سیستم"));
    EXPECT_EQ(section.model()->data(section.model()->index(0, UserTableModel::Password)).toString(),
              QStringLiteral("Set"));

    NewUserDialog *dialog = section.openAddUser();
    ASSERT_NE(dialog, nullptr);
    child<QLineEdit>(*dialog, "newUserNameEdit")->setText(QStringLiteral("support1"));
    peyvand::testing::typeText(child<QLineEdit>(*dialog, "newFullNameEdit"), QStringLiteral("حسن صادقی"));
    auto *role = child<QComboBox>(*dialog, "newRoleCombo");
    role->setCurrentIndex(role->findData(int(UserRole::Support)));
    fillPasswords(*dialog, "new", QStringLiteral("support-password"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);

    ASSERT_EQ(section.model()->rowCount(), 3);
    const UserService::Account &added = section.model()->account(2);
    EXPECT_EQ(added.user.username, QStringLiteral("support1"));
    EXPECT_EQ(added.user.fullName, QStringLiteral("حسن صادقی"));
    EXPECT_EQ(added.user.role, UserRole::Support);
    EXPECT_TRUE(added.hasPassword);
    EXPECT_TRUE(f.signsIn(QStringLiteral("support1"), QStringLiteral("support-password")));
    // The owner pickers know the new user.
    bool known = false;
    for (const User &u : f.workspace->users())
        known = known || u.username == QStringLiteral("support1");
    EXPECT_TRUE(known);
}

TEST(UsersSection, a_taken_username_is_refused_in_the_dialog)
{
    AdminFixture f;
    UsersSection section(*f.workspace);
    NewUserDialog *dialog = section.openAddUser();
    child<QLineEdit>(*dialog, "newUserNameEdit")->setText(QStringLiteral("REP1"));
    fillPasswords(*dialog, "new", QStringLiteral("some-password"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(child<QLabel>(*dialog, "newUserError")->text().contains(QStringLiteral("قبلاً ثبت شده")));
    EXPECT_EQ(section.model()->rowCount(), 2);
    dialog->close();
}

TEST(UsersSection, changes_roles_resets_passwords_disables_and_enables)
{
    AdminFixture f;
    UsersSection section(*f.workspace);
    section.show();
    section.selectUser(f.rep.id);
    auto *toggle = child<QPushButton>(section, "toggleActiveButton");
    EXPECT_TRUE(toggle->isEnabled());

    RoleDialog *roleDialog = section.openChangeRole();
    ASSERT_NE(roleDialog, nullptr);
    auto *roles = child<QComboBox>(*roleDialog, "roleCombo");
    roles->setCurrentIndex(roles->findData(int(UserRole::Manager)));
    QTest::mouseClick(child<QPushButton>(*roleDialog, "okButton"), Qt::LeftButton);
    EXPECT_EQ(f.store->users().get(f.rep.id)->role, UserRole::Manager);

    PasswordDialog *reset = section.openResetPassword();
    ASSERT_NE(reset, nullptr);
    EXPECT_EQ(reset->findChild<QLineEdit *>(QStringLiteral("currentPasswordEdit")), nullptr); // not your own
    fillPasswords(*reset, "new", QStringLiteral("reset-password"));
    QTest::mouseClick(child<QPushButton>(*reset, "okButton"), Qt::LeftButton);
    EXPECT_TRUE(f.signsIn(QStringLiteral("rep1"), QStringLiteral("reset-password")));

    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(f.store->users().get(f.rep.id)->active);
    EXPECT_FALSE(f.signsIn(QStringLiteral("rep1"), QStringLiteral("reset-password")));
    EXPECT_EQ(section.model()
                  ->data(section.model()->index(section.model()->rowOf(f.rep.id), UserTableModel::Status))
                  .toString(),
              QStringLiteral("Disabled"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(f.store->users().get(f.rep.id)->active);
}

TEST(UsersSection, your_own_account_cannot_be_disabled_or_demoted_here)
{
    AdminFixture f;
    UsersSection section(*f.workspace);
    section.selectUser(f.admin.id);
    EXPECT_FALSE(child<QPushButton>(section, "toggleActiveButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(section, "changeRoleButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(section, "resetPasswordButton")->isEnabled());
    // Forced anyway: the service refuses and the section says why.
    section.toggleActive();
    EXPECT_TRUE(f.store->users().get(f.admin.id)->active);
    auto *error = child<QLabel>(section, "usersError");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("حساب خودتان"))) << error->text().toStdString();
}

TEST(PasswordDialog, your_own_password_needs_the_current_one)
{
    AdminFixture f;
    f.workspace->setUser(f.rep);
    SettingsView settings(*f.workspace);
    PasswordDialog *dialog = settings.openOwnPassword();
    auto *current = child<QLineEdit>(*dialog, "currentPasswordEdit");
    current->setText(QStringLiteral("not-it"));
    fillPasswords(*dialog, "new", QStringLiteral("mine-password"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(child<QLabel>(*dialog, "passwordError")->text(), QStringLiteral("رمز عبور فعلی درست نیست."));
    EXPECT_TRUE(current->text().isEmpty());

    current->setText(QStringLiteral("rep-password"));
    QTest::mouseClick(child<QPushButton>(*dialog, "okButton"), Qt::LeftButton);
    EXPECT_TRUE(f.signsIn(QStringLiteral("rep1"), QStringLiteral("mine-password")));
}
