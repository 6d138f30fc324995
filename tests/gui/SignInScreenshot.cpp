// Pictures of the sign-in dialogs and the Users section, Persian and right to
// left, for a look (docs/security.md): set PEYVAND_SHOTS_DIR to write them.
#include "FirstAdminDialog.h"
#include "GuiFixture.h"
#include "NewUserDialog.h"
#include "PasswordHash.h"
#include "SettingsView.h"
#include "SignInDialog.h"
#include "UsersSection.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace peyvand;
using peyvand::testing::GuiFixture;

TEST(SignInScreenshots, dialogs_and_users_section)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set PEYVAND_SHOTS_DIR to write screenshots";
    QDir().mkpath(dir);
    const QFont oldFont = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("Noto Sans Arabic"), 10));
    GuiFixture f;
    const auto shoot = [&](QWidget &w, const char *name) {
        w.show();
        QApplication::processEvents();
        EXPECT_TRUE(w.grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    };

    {
        FirstAdminDialog first(*f.store, f.clock);
        shoot(first, "first_admin.png");
        first.findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit"))->setText(QStringLiteral("short"));
        first.findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit"))->setText(QStringLiteral("short"));
        first.accept();
        shoot(first, "first_admin_error.png");
    }
    f.store->users().setPasswordHash(f.rep.id, PasswordHash::hash(QStringLiteral("rep-password")));
    {
        SignInDialog signIn(*f.store, f.clock, QStringLiteral("rep1"));
        shoot(signIn, "sign_in.png");
        for (int i = 0; i < 4; ++i) {
            signIn.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong-one"));
            signIn.accept();
        }
        shoot(signIn, "sign_in_wait.png");
    }
    User admin { 0, QStringLiteral("admin"), QStringLiteral("مدیر سیستم"), UserRole::Admin, true };
    admin.id = f.store->users().add(admin);
    f.store->users().setPasswordHash(admin.id, PasswordHash::hash(QStringLiteral("admin-password")));
    for (const auto &[name, role] : { std::pair { "sara", UserRole::Manager }, { "hasan", UserRole::Support } }) {
        User u { 0, QString::fromLatin1(name),
                 name == std::string("sara") ? QStringLiteral("سارا قاسمی") : QStringLiteral("حسن صادقی"), role,
                 name == std::string("sara") };
        f.store->users().add(u);
    }
    f.workspace->setUser(admin);
    {
        SettingsView settings(*f.workspace);
        settings.resize(900, 640);
        settings.usersSection()->selectUser(f.rep.id);
        shoot(settings, "settings_users.png");
        NewUserDialog *add = settings.usersSection()->openAddUser();
        shoot(*add, "new_user.png");
        add->close();
    }
    QApplication::setFont(oldFont);
}
