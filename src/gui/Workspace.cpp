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
    , m_contacts(store, clock)
    , m_deals(store, clock)
    , m_activities(store, clock)
    , m_orders(store, clock)
    , m_requests(store, clock)
    , m_timeline(store)
{
    m_store.setActor(user);
}

void Workspace::watch(std::unique_ptr<ChangeFeed> feed)
{
    m_feed = std::move(feed);
    if (!m_feed)
        return;
    connect(m_feed.get(), &ChangeFeed::dataReset, this, &Workspace::dataReset);
    connect(m_feed.get(), &ChangeFeed::changed, this, [this](const QString &entity, qint64 id, qint64 customerId) {
        if (entity == QLatin1String("customers"))
            emit customerChanged(id);
        else if (entity == QLatin1String("contacts"))
            emit customerChanged(customerId);
        else if (entity == QLatin1String("deals"))
            emit dealChanged(id, customerId);
        else if (entity == QLatin1String("activities"))
            emit activityChanged(id, customerId);
        else if (entity == QLatin1String("orders"))
            emit orderChanged(id, customerId);
        else if (entity == QLatin1String("service_requests"))
            emit requestChanged(id, customerId);
    });
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
    emit userChanged();
    emit dataReset();
}

void Workspace::reloadUsers()
{
    m_usersLoaded = false;
    users();
}

} // namespace peyvand
