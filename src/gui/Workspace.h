#pragma once
// What every screen of the desktop app shares: the data store, the clock, the
// signed-in user (the store's actor too), the use-case services, and signals that tell open views what
// changed so they refresh only what they show.
#include "ActivityService.h"
#include "ChangeFeed.h"
#include "Clock.h"
#include "ContactService.h"
#include "CustomerService.h"
#include "DataStore.h"
#include "DealService.h"
#include "OrderService.h"
#include "ServiceRequestService.h"
#include "TimelineService.h"
#include "User.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace peyvand {

class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(DataStore &store, const Clock &clock, const User &user, QObject *parent = nullptr);

    DataStore &store() { return m_store; }
    const Clock &clock() const { return m_clock; }
    const User &user() const { return m_user; }
    // Works as another signed-in user from now on (also the store's actor); views reload.
    void setUser(const User &user);

    CustomerService &customers() { return m_customers; }
    ContactService &contacts() { return m_contacts; }
    DealService &deals() { return m_deals; }
    ActivityService &activities() { return m_activities; }
    OrderService &orders() { return m_orders; }
    ServiceRequestService &requests() { return m_requests; }
    const TimelineService &timeline() const { return m_timeline; }

    // Active users, by name, for owner pickers and filters (cached).
    const QList<User> &users();
    QString userName(qint64 id);
    void reloadUsers();

    // Follows what other desktops change in the shared database (team mode):
    // the feed's changes become the signals below, as if made here, and its
    // dataReset this dataReset. Takes the feed (nullptr: nothing to follow, a
    // SQLite file); a second call replaces it. Call after sign-in:
    //     workspace.watch(store.changeFeed());
    void watch(std::unique_ptr<ChangeFeed> feed);
    ChangeFeed *changeFeed() const { return m_feed.get(); }

signals:
    void customerChanged(qint64 customerId); // created or edited (contacts too)
    void dealChanged(qint64 dealId, qint64 customerId); // created, moved, won or lost
    void activityChanged(qint64 activityId, qint64 customerId); // logged, follow-up done or moved
    void orderChanged(qint64 orderId, qint64 customerId); // created, status, tracking code or payment
    void requestChanged(qint64 requestId, qint64 customerId); // opened, noted, assigned, status changed
    void dataReset(); // many rows at once (demo data): reload everything
    void userChanged(); // another user signed in: what the role may see and do changed (dataReset follows)

private:
    DataStore &m_store;
    const Clock &m_clock;
    User m_user;
    CustomerService m_customers;
    ContactService m_contacts;
    DealService m_deals;
    ActivityService m_activities;
    OrderService m_orders;
    ServiceRequestService m_requests;
    TimelineService m_timeline;
    QList<User> m_users;
    QHash<qint64, QString> m_userNames;
    bool m_usersLoaded = false;
    std::unique_ptr<ChangeFeed> m_feed;
};

} // namespace peyvand
