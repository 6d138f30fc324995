#include "SessionUser.h"

#include "UiSettings.h"

#include <QDateTime>

namespace peyvand::SessionUser {

User choose(DataStore &store)
{
    const qint64 remembered = UiSettings::userFor(store.location());
    if (remembered) {
        const auto user = store.users().get(remembered);
        if (user && user->active)
            return *user;
    }
    const QList<User> users = store.users().all();
    for (UserRole role : { UserRole::SalesRep, UserRole::Manager, UserRole::Admin, UserRole::Support })
        for (const User &u : users)
            if (u.active && u.role == role)
                return u;
    User admin;
    admin.username = QStringLiteral("admin");
    admin.fullName = QStringLiteral("مدیر سیستم");
    admin.role = UserRole::Admin;
    store.transaction([&] { admin.id = store.users().add(admin); });
    return admin;
}

} // namespace peyvand::SessionUser
