#include "ActivityService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "AuditValues.h"
#include "ConcurrentChangeError.h"
#include "Ownership.h"
#include "PersianText.h"
#include "ValidationError.h"

namespace peyvand {

ActivityService::ActivityService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

qint64 ActivityService::log(Activity a)
{
    const User &actor = m_store.actor();
    AccessPolicy::require(actor, Permission::LogActivities);
    a.ownerId = Ownership::defaultOwner(actor, Permission::EditActivities, a.ownerId);
    if (a.ownerId != 0 && a.ownerId != actor.id) // on someone else's behalf
        AccessPolicy::require(actor, Permission::ReassignOwners);
    if (!m_store.customers().exists(a.customerId))
        throw NotFoundError(QStringLiteral("customer_id"), QStringLiteral("customer"), QString::number(a.customerId));
    if (a.dealId) {
        const auto deal = m_store.deals().get(*a.dealId);
        if (!deal || deal->customerId != a.customerId)
            throw ValidationError(
                QStringLiteral("deal_id"), QStringLiteral("wrong_customer"),
                QStringLiteral("deal %1 does not belong to customer %2").arg(*a.dealId).arg(a.customerId),
                QStringLiteral("این فرصت فروش متعلق به همین مشتری نیست"));
    }
    if (a.contactId) {
        const auto contact = m_store.contacts().get(*a.contactId);
        if (!contact || contact->customerId != a.customerId)
            throw ValidationError(
                QStringLiteral("contact_id"), QStringLiteral("wrong_customer"),
                QStringLiteral("contact %1 does not belong to customer %2").arg(*a.contactId).arg(a.customerId),
                QStringLiteral("این فرد رابط متعلق به همین مشتری نیست"));
    }
    if (a.durationSeconds < 0)
        throw ValidationError(QStringLiteral("duration"), QStringLiteral("negative"),
                              QStringLiteral("duration must not be negative"),
                              QStringLiteral("مدت نمی‌تواند منفی باشد"));
    if (a.ownerId && !m_store.users().get(a.ownerId))
        throw NotFoundError(QStringLiteral("owner"), QStringLiteral("user"), QString::number(a.ownerId));
    a.outcome = PersianText::tidy(a.outcome);
    a.notes = a.notes.trimmed();
    a.createdAt = m_clock.now();
    if (!a.at.isValid())
        a.at = a.createdAt;
    if (a.followUpAt.isValid() && a.followUpAt < a.at)
        throw ValidationError(
            QStringLiteral("follow_up"), QStringLiteral("before_activity"),
            QStringLiteral("the follow-up is before the activity itself"),
            QStringLiteral("زمان پیگیری نمی‌تواند پیش از خود تعامل باشد"));
    qint64 id = 0;
    m_store.transaction([&] {
        id = m_store.activities().add(a);
        a.id = id;
        a.version = 1; // a new record's (the column's default)
        // The record as written, without reading it back: logging a call is
        // the hot path (a telephone exchange), docs/performance.md.
        AuditTrail::record(m_store, m_clock, QStringLiteral("create"), QStringLiteral("activity"), id, nullptr,
                           AuditValues::activity(a));
    });
    return id;
}

Activity ActivityService::load(qint64 activityId) const
{
    const auto activity = m_store.activities().get(activityId);
    if (!activity)
        throw NotFoundError(QStringLiteral("activity_id"), QStringLiteral("activity"), QString::number(activityId));
    return *activity;
}

QList<Activity> ActivityService::timeline(qint64 customerId, int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.activities().forCustomer(customerId, limit);
}

QList<Activity> ActivityService::dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.activities().dueFollowUps(ownerId, until, limit);
}

qint64 ActivityService::completeFollowUp(qint64 activityId, qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::EditActivities);
    qint64 version = 0;
    m_store.transaction([&] {
        const Activity before = load(activityId);
        AccessPolicy::requireOn(m_store.actor(), Permission::EditActivities, before.ownerId);
        ConcurrentChangeError::require(QStringLiteral("activity"), activityId, before.version, expectedVersion);
        version = m_store.activities().setFollowUpDone(activityId, true, before.version);
        Activity after = before;
        after.followUpDone = true;
        after.version = version;
        AuditTrail::record(m_store, m_clock, QStringLiteral("complete"), QStringLiteral("activity"), activityId,
                           AuditValues::activity(before),
                           AuditValues::activity(m_store.activities().get(activityId).value_or(after)));
    });
    return version;
}

qint64 ActivityService::rescheduleFollowUp(qint64 activityId, const QDateTime &when, qint64 expectedVersion)
{
    AccessPolicy::require(m_store.actor(), Permission::EditActivities);
    qint64 version = 0;
    // Read inside the write transaction: the checks are made on what is stored.
    m_store.transaction([&] {
        const Activity before = load(activityId);
        AccessPolicy::requireOn(m_store.actor(), Permission::EditActivities, before.ownerId);
        ConcurrentChangeError::require(QStringLiteral("activity"), activityId, before.version, expectedVersion);
        if (!when.isValid() || when < before.at)
            throw ValidationError(
                QStringLiteral("follow_up"), QStringLiteral("before_activity"),
                QStringLiteral("the follow-up is before the activity itself"),
                QStringLiteral("زمان پیگیری نمی‌تواند پیش از خود تعامل باشد"));
        version = m_store.activities().setFollowUpAt(activityId, when, before.version);
        Activity after = before;
        after.followUpAt = when;
        after.version = version;
        AuditTrail::record(m_store, m_clock, QStringLiteral("reschedule"), QStringLiteral("activity"), activityId,
                           AuditValues::activity(before),
                           AuditValues::activity(m_store.activities().get(activityId).value_or(after)));
    });
    return version;
}

QList<Activity> ActivityService::recentByOwner(qint64 ownerId, int limit) const
{
    AccessPolicy::require(m_store.actor(), Permission::ReadCustomers);
    return m_store.activities().recentByOwner(ownerId, limit);
}

} // namespace peyvand
