// Choosing where the data lives (DatabaseChoiceDialog) and signing in to a
// team server (ServerSignInDialog), with real widgets: a file or a server's
// address become the location the app starts on; missing fields are refused
// in Persian; a server that does not answer is reported under the fields,
// which keep the username typed, and the password is never kept.
#include "Clock.h"
#include "DatabaseChoiceDialog.h"
#include "LanguageSetup.h"
#include "ServerSignInDialog.h"
#include "UiSettings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace peyvand;

namespace {

template<class T> T *child(QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

} // namespace

TEST(DatabaseChoiceDialog, starts_from_the_current_file_and_turns_a_server_into_a_url_without_credentials)
{
    DatabaseChoiceDialog dialog(QStringLiteral("/data/office.sqlite"));
    EXPECT_TRUE(dialog.fileChoice()->isChecked());
    EXPECT_EQ(dialog.pathEdit()->text(), QStringLiteral("/data/office.sqlite"));
    EXPECT_FALSE(dialog.hostEdit()->isEnabled());
    EXPECT_EQ(dialog.location(), QStringLiteral("/data/office.sqlite"));

    dialog.serverChoice()->setChecked(true);
    EXPECT_TRUE(dialog.hostEdit()->isEnabled());
    EXPECT_FALSE(dialog.pathEdit()->isEnabled());
    dialog.hostEdit()->setText(QStringLiteral("crm.example.ir"));
    dialog.portBox()->setValue(5433);
    dialog.databaseEdit()->setText(QStringLiteral("peyvand"));
    EXPECT_EQ(dialog.location(), QStringLiteral("postgresql://crm.example.ir:5433/peyvand"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(DatabaseChoiceDialog, reads_a_server_url_back_into_its_fields)
{
    DatabaseChoiceDialog dialog(QStringLiteral("postgresql://10.0.0.5:6432/sales"));
    EXPECT_TRUE(dialog.serverChoice()->isChecked());
    EXPECT_EQ(dialog.hostEdit()->text(), QStringLiteral("10.0.0.5"));
    EXPECT_EQ(dialog.portBox()->value(), 6432);
    EXPECT_EQ(dialog.databaseEdit()->text(), QStringLiteral("sales"));
    EXPECT_EQ(dialog.location(), QStringLiteral("postgresql://10.0.0.5:6432/sales"));
}

TEST(DatabaseChoiceDialog, refuses_a_server_without_address_and_says_why)
{
    LanguageSetup::apply(UiSettings::Language::Persian);
    DatabaseChoiceDialog dialog { QString() };
    dialog.show();
    dialog.serverChoice()->setChecked(true);
    dialog.hostEdit()->clear();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = child<QLabel>(dialog, "databaseChoiceError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), DatabaseChoiceDialog::tr("Enter the server's address."));

    dialog.hostEdit()->setText(QStringLiteral("bad host name!"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted) << "a host PgUrl refuses is refused here";
    EXPECT_TRUE(error->text().contains(QStringLiteral("PostgreSQL"))) << "PgUrl's Persian reason";
    LanguageSetup::apply(UiSettings::Language::English);
}

TEST(ServerSignInDialog, an_unreachable_server_is_reported_and_what_was_typed_stays)
{
    LanguageSetup::apply(UiSettings::Language::Persian);
    const FixedClock clock(QDateTime(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC));
    ServerSignInDialog dialog(QStringLiteral("postgresql://127.0.0.1:1/peyvand"), clock, QStringLiteral("rep1"));
    dialog.show();
    EXPECT_EQ(child<QLineEdit>(dialog, "userNameEdit")->text(), QStringLiteral("rep1"));
    child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("secret-word"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);

    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = child<QLabel>(dialog, "signInError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("PostgreSQL"))) << error->text().toStdString();
    EXPECT_FALSE(error->text().contains(QStringLiteral("secret-word")));
    EXPECT_EQ(child<QLineEdit>(dialog, "userNameEdit")->text(), QStringLiteral("rep1"));
    EXPECT_TRUE(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
    EXPECT_TRUE(child<QPushButton>(dialog, "signInButton")->isEnabled());
    EXPECT_EQ(dialog.takeStore(), nullptr);

    // No password: refused before anything connects.
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("رمز عبور"))) << error->text().toStdString();
    LanguageSetup::apply(UiSettings::Language::English);
}
