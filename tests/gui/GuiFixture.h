#pragma once
// What a GUI test starts from: a real SQLite file in a temporary directory, a
// fixed clock, a signed-in user (a manager, so every screen's actions are
// allowed; a test about a role changes it) and a Workspace, with Persian and
// right-to-left as the app sets them, plus helpers to add rows.
#include "../integration/TestStore.h"
#include "Display.h"
#include "Workspace.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

namespace peyvand::testing {

// Types text key by key as a keyboard would, Persian letters and digits too
// (QTest::keyClicks only knows ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

// Someone of another role on the same database: their own connection to the
// file (as another instance of the app would have) and their own Workspace.
struct RoleSession
{
    User user;
    std::unique_ptr<SqliteDataStore> store;
    std::unique_ptr<Workspace> workspace;
};

struct GuiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteDataStore> store;
    // 1403/09/03 10:00 Tehran (a Monday).
    FixedClock clock { QDateTime(QDate(2024, 11, 23), QTime(6, 30), Qt::UTC) };
    User rep; // the signed-in user: owns the customers added below; a manager unless asked otherwise
    std::unique_ptr<Workspace> workspace;
    int userCount = 0;

    explicit GuiFixture(UserRole role = UserRole::Manager)
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
        Display::setLanguage(UiSettings::Language::Persian);
        Display::setMoneyUnit(UiSettings::MoneyUnit::Rial);
        store = std::make_unique<SqliteDataStore>(dir.filePath(QStringLiteral("gui.sqlite")));
        rep.username = QStringLiteral("rep1");
        rep.fullName = QStringLiteral("سارا رضایی");
        rep.role = role;
        store->transaction([&] { rep.id = store->users().add(rep); });
        workspace = std::make_unique<Workspace>(*store, clock, rep);
    }

    // Adds an active user of `role` (username "<role code><n>").
    User addUser(UserRole role, const QString &fullName = {})
    {
        User u;
        u.username = QStringLiteral("%1%2").arg(toCode(role)).arg(++userCount);
        u.fullName = fullName.isEmpty() ? u.username : fullName;
        u.role = role;
        store->transaction([&] { u.id = store->users().add(u); });
        workspace->reloadUsers();
        return u;
    }

    // A workspace signed in as `user` (rep is the fixture's own rep).
    RoleSession sessionAs(const User &user)
    {
        RoleSession s;
        s.user = user;
        s.store = std::make_unique<SqliteDataStore>(dir.filePath(QStringLiteral("gui.sqlite")));
        s.workspace = std::make_unique<Workspace>(*s.store, clock, user);
        return s;
    }

    // A new user of `role` and a workspace signed in as them.
    RoleSession sessionAs(UserRole role, const QString &fullName = {}) { return sessionAs(addUser(role, fullName)); }

    qint64 addLegal(const QString &name, const QString &nationalId = {}, const QString &phone = {})
    {
        Customer c;
        c.kind = CustomerKind::Legal;
        c.legal.companyName = name;
        c.legal.nationalId = nationalId;
        if (!phone.isEmpty())
            c.phones << PhoneEntry { phone, QStringLiteral("دفتر") };
        c.ownerId = rep.id;
        return workspace->customers().create(c);
    }

    qint64 addIndividual(const QString &first, const QString &last, const QString &nationalCode = {},
                         const QString &mobile = {})
    {
        Customer c;
        c.kind = CustomerKind::Individual;
        c.individual.firstName = first;
        c.individual.lastName = last;
        c.individual.nationalCode = nationalCode;
        if (!mobile.isEmpty())
            c.phones << PhoneEntry { mobile, QStringLiteral("موبایل") };
        c.ownerId = rep.id;
        return workspace->customers().create(c);
    }
};

} // namespace peyvand::testing
