#include "SqliteActivityRepository.h"

#include "RecordVersion.h"
#include "RowColumns.h"
#include "SqliteDatabase.h"

namespace peyvand {

namespace {

#define ACTIVITY_COLUMNS                                                                                               \
    "SELECT id, type, customer_id, deal_id, contact_id, direction, at, duration, outcome, notes, owner_id, "           \
    "follow_up_at, follow_up_done, created_at, version FROM activities "

Activity read(SqliteStatement &q)
{
    Activity a;
    a.id = q.int64(0);
    a.type = fromCode<ActivityType>(q.text(1)).value_or(ActivityType::Note);
    a.customerId = q.int64(2);
    a.dealId = q.optionalInt64(3);
    a.contactId = q.optionalInt64(4);
    a.direction = fromCode<Direction>(q.text(5)).value_or(Direction::None);
    a.at = q.dateTime(6);
    a.durationSeconds = int(q.int64(7));
    a.outcome = q.text(8);
    a.notes = q.text(9);
    a.ownerId = q.optionalInt64(10).value_or(0);
    a.followUpAt = q.dateTime(11);
    a.followUpDone = q.int64(12) != 0;
    a.createdAt = q.dateTime(13);
    a.version = q.int64(14);
    return a;
}

} // namespace

qint64 SqliteActivityRepository::add(const Activity &a)
{
    auto q = m_db.prepare(RowColumns::kInsertActivity);
    RowColumns::bindActivity(*q, a);
    q->run();
    return m_db.lastInsertId();
}

std::optional<Activity> SqliteActivityRepository::get(qint64 id) const
{
    auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return read(*q);
}

QList<Activity> SqliteActivityRepository::forCustomer(qint64 customerId, int limit, const QDateTime &before,
                                                      qint64 beforeId) const
{
    QList<Activity> out;
    if (before.isValid()) {
        auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE customer_id = ? AND (at, id) < (?, ?) "
                                               "ORDER BY at DESC, id DESC LIMIT ?");
        q->bind(1, customerId).bind(2, before).bind(3, beforeId).bind(4, limit);
        while (q->step())
            out << read(*q);
    } else {
        auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?");
        q->bind(1, customerId).bind(2, limit);
        while (q->step())
            out << read(*q);
    }
    return out;
}

QList<Activity> SqliteActivityRepository::dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const
{
    QList<Activity> out;
    if (ownerId) {
        auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE owner_id = ? AND follow_up_at IS NOT NULL AND follow_up_done = 0 "
                                               "AND follow_up_at <= ? ORDER BY follow_up_at LIMIT ?");
        q->bind(1, ownerId).bind(2, until).bind(3, limit);
        while (q->step())
            out << read(*q);
    } else {
        auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE follow_up_at IS NOT NULL AND follow_up_done = 0 "
                                               "AND follow_up_at <= ? ORDER BY follow_up_at LIMIT ?");
        q->bind(1, until).bind(2, limit);
        while (q->step())
            out << read(*q);
    }
    return out;
}

qint64 SqliteActivityRepository::setFollowUpDone(qint64 activityId, bool done, qint64 expectedVersion)
{
    auto q = m_db.prepare("UPDATE activities SET follow_up_done = ?1, version = version + 1 "
                          "WHERE id = ?2 AND (?3 = 0 OR version = ?3) RETURNING version");
    q->bind(1, done).bind(2, activityId).bind(3, expectedVersion);
    return RecordVersion::stepUpdate(m_db, *q, RecordVersion::kActivities, activityId);
}

qint64 SqliteActivityRepository::setFollowUpAt(qint64 activityId, const QDateTime &at, qint64 expectedVersion)
{
    auto q = m_db.prepare("UPDATE activities SET follow_up_at = ?1, follow_up_done = 0, version = version + 1 "
                          "WHERE id = ?2 AND (?3 = 0 OR version = ?3) RETURNING version");
    q->bind(1, at).bind(2, activityId).bind(3, expectedVersion);
    return RecordVersion::stepUpdate(m_db, *q, RecordVersion::kActivities, activityId);
}

QList<Activity> SqliteActivityRepository::recentByOwner(qint64 ownerId, int limit) const
{
    auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE owner_id = ? ORDER BY at DESC, id DESC LIMIT ?");
    q->bind(1, ownerId).bind(2, limit);
    QList<Activity> out;
    while (q->step())
        out << read(*q);
    return out;
}

QList<Activity> SqliteActivityRepository::ofTypeBetween(ActivityType type, const QDateTime &from,
                                                        const QDateTime &to) const
{
    auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE type = ? AND at >= ? AND at < ? ORDER BY at, id");
    q->bind(1, toCode(type)).bind(2, from).bind(3, to);
    QList<Activity> out;
    while (q->step())
        out << read(*q);
    return out;
}

QList<Activity> SqliteActivityRepository::openFollowUpsBetween(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_db.prepare(ACTIVITY_COLUMNS "WHERE follow_up_at IS NOT NULL AND follow_up_done = 0 "
                                           "AND follow_up_at >= ? AND follow_up_at < ? ORDER BY follow_up_at, id");
    q->bind(1, from).bind(2, to);
    QList<Activity> out;
    while (q->step())
        out << read(*q);
    return out;
}

} // namespace peyvand
