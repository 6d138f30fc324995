#include "Workspace.h"

#include "PersianText.h"

#include <algorithm>

namespace peyvand {

Workspace::Workspace(DataStore &store, const Clock &clock, const User &user, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_user(user)
    , m_customers(store, clock)
    , m_contacts(store)
    , m_deals(store, clock)
    , m_activities(store, clock)
    , m_orders(store, clock)
    , m_requests(store, clock)
    , m_timeline(store)
{
    m_store.setActor(user);
}

const QList<User> &Workspace::users()
{
    if (!m_usersLoaded) {
        m_users.clear();
        m_userNames.clear();
        for (const User &u : m_store.users().all()) {
            m_userNames.insert(u.id, u.fullName.isEmpty() ? u.username : u.fullName);
            if (u.active)
                m_users << u;
        }
        std::sort(m_users.begin(), m_users.end(), [](const User &a, const User &b) {
            return PersianText::sortKey(a.fullName) < PersianText::sortKey(b.fullName);
        });
        m_usersLoaded = true;
    }
    return m_users;
}

QString Workspace::userName(qint64 id)
{
    users();
    return m_userNames.value(id);
}

void Workspace::setUser(const User &user)
{
    m_user = user;
    m_store.setActor(user);
    reloadUsers();
    emit dataReset();
}

void Workspace::reloadUsers()
{
    m_usersLoaded = false;
    users();
}

} // namespace peyvand
