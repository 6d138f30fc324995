#pragma once
// Activities (the customer timeline, follow-ups) in PostgreSQL; the same rows
// and answers as SqliteActivityRepository.
#include "ActivityRepository.h"

namespace peyvand {

class PgConnection;

class PgActivityRepository final : public ActivityRepository
{
public:
    explicit PgActivityRepository(PgConnection &connection)
        : m_connection(connection)
    {
    }
    qint64 add(const Activity &activity) override;
    std::optional<Activity> get(qint64 id) const override;
    QList<Activity> forCustomer(qint64 customerId, int limit, const QDateTime &before = {},
                                qint64 beforeId = 0) const override;
    QList<Activity> dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const override;
    qint64 setFollowUpDone(qint64 activityId, bool done, qint64 expectedVersion) override;
    qint64 setFollowUpAt(qint64 activityId, const QDateTime &at, qint64 expectedVersion) override;
    QList<Activity> recentByOwner(qint64 ownerId, int limit) const override;
    QList<Activity> ofTypeBetween(ActivityType type, const QDateTime &from, const QDateTime &to) const override;
    QList<Activity> openFollowUpsBetween(const QDateTime &from, const QDateTime &to) const override;

private:
    PgConnection &m_connection;
};

} // namespace peyvand
