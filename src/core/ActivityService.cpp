#include "ActivityService.h"

#include "ConcurrentChangeError.h"
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
    m_store.transaction([&] { id = m_store.activities().add(a); });
    return id;
}

QList<Activity> ActivityService::timeline(qint64 customerId, int limit) const
{
    return m_store.activities().forCustomer(customerId, limit);
}

QList<Activity> ActivityService::dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const
{
    return m_store.activities().dueFollowUps(ownerId, until, limit);
}

qint64 ActivityService::completeFollowUp(qint64 activityId, qint64 expectedVersion)
{
    qint64 version = 0;
    m_store.transaction([&] {
        const auto activity = m_store.activities().get(activityId);
        if (!activity)
            throw NotFoundError(QStringLiteral("activity_id"), QStringLiteral("activity"), QString::number(activityId));
        ConcurrentChangeError::require(QStringLiteral("activity"), activityId, activity->version, expectedVersion);
        version = m_store.activities().setFollowUpDone(activityId, true, activity->version);
    });
    return version;
}

qint64 ActivityService::rescheduleFollowUp(qint64 activityId, const QDateTime &when, qint64 expectedVersion)
{
    qint64 version = 0;
    // Read inside the write transaction: the check is made on what is stored.
    m_store.transaction([&] {
        const auto activity = m_store.activities().get(activityId);
        if (!activity)
            throw NotFoundError(QStringLiteral("activity_id"), QStringLiteral("activity"), QString::number(activityId));
        ConcurrentChangeError::require(QStringLiteral("activity"), activityId, activity->version, expectedVersion);
        if (!when.isValid() || when < activity->at)
            throw ValidationError(
                QStringLiteral("follow_up"), QStringLiteral("before_activity"),
                QStringLiteral("the follow-up is before the activity itself"),
                QStringLiteral("زمان پیگیری نمی‌تواند پیش از خود تعامل باشد"));
        version = m_store.activities().setFollowUpAt(activityId, when, activity->version);
    });
    return version;
}

QList<Activity> ActivityService::recentByOwner(qint64 ownerId, int limit) const
{
    return m_store.activities().recentByOwner(ownerId, limit);
}

} // namespace peyvand
