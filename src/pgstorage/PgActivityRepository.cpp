#include "PgActivityRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgRowReader.h"
#include "PgStatement.h"
#include "PgValueBinder.h"
#include "PgVersionCheck.h"

namespace peyvand {

namespace {

QString select(const char *rest)
{
    return QStringLiteral("SELECT id, type, customer_id, deal_id, contact_id, direction, at, duration, outcome, "
                          "notes, owner_id, follow_up_at, follow_up_done, created_at, version FROM activities ")
        + QLatin1String(rest);
}

Activity read(const PgRowReader &q)
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
    a.followUpDone = q.boolean(12);
    a.createdAt = q.dateTime(13);
    a.version = q.int64(14);
    return a;
}

QList<Activity> readAll(const PgResult &r)
{
    QList<Activity> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(PgRowReader(r, i));
    return out;
}

} // namespace

qint64 PgActivityRepository::add(const Activity &a)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO activities(customer_id, deal_id, contact_id, type, direction, at, duration, "
                       "outcome, notes, owner_id, follow_up_at, follow_up_done, created_at) "
                       "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id"));
    PgValueBinder b(q);
    b.bind(1, a.customerId).bind(2, a.dealId).bind(3, a.contactId).bind(4, toCode(a.type));
    b.bind(5, toCode(a.direction)).bind(6, a.at).bind(7, a.durationSeconds).bind(8, a.outcome);
    b.bind(9, a.notes).bindId(10, a.ownerId);
    b.bind(11, a.followUpAt).bind(12, a.followUpDone).bind(13, a.createdAt);
    return q.exec().int64(0, 0);
}

std::optional<Activity> PgActivityRepository::get(qint64 id) const
{
    auto q = m_connection.prepare(select("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return read(PgRowReader(r, 0));
}

QList<Activity> PgActivityRepository::forCustomer(qint64 customerId, int limit, const QDateTime &before,
                                                  qint64 beforeId) const
{
    if (before.isValid()) {
        auto q = m_connection.prepare(select("WHERE customer_id = $1 AND (at, id) < ($2, $3) "
                                             "ORDER BY at DESC, id DESC LIMIT $4"));
        PgValueBinder(q).bind(1, customerId).bind(2, before).bind(3, beforeId).bindLimit(4, limit);
        return readAll(q.exec());
    }
    auto q = m_connection.prepare(select("WHERE customer_id = $1 ORDER BY at DESC, id DESC LIMIT $2"));
    PgValueBinder(q).bind(1, customerId).bindLimit(2, limit);
    return readAll(q.exec());
}

QList<Activity> PgActivityRepository::dueFollowUps(qint64 ownerId, const QDateTime &until, int limit) const
{
    // Ties in time come as SQLite gives them, walking its (owner_id, follow_up_at)
    // index: by id for one owner, by owner (none first) and id for everyone.
    // An invalid `until` binds NULL and matches nothing, as on SQLite.
    if (ownerId) {
        auto q = m_connection.prepare(select("WHERE owner_id = $1 AND follow_up_at IS NOT NULL AND NOT follow_up_done "
                                             "AND follow_up_at <= $2 ORDER BY follow_up_at, id LIMIT $3"));
        PgValueBinder(q).bind(1, ownerId).bind(2, until).bindLimit(3, limit);
        return readAll(q.exec());
    }
    auto q = m_connection.prepare(
        select("WHERE follow_up_at IS NOT NULL AND NOT follow_up_done "
               "AND follow_up_at <= $1 ORDER BY follow_up_at, owner_id NULLS FIRST, id LIMIT $2"));
    PgValueBinder(q).bind(1, until).bindLimit(2, limit);
    return readAll(q.exec());
}

qint64 PgActivityRepository::setFollowUpDone(qint64 activityId, bool done, qint64 expectedVersion)
{
    auto q = m_connection.prepare(QStringLiteral("UPDATE activities SET follow_up_done = $1, version = version + 1 "
                                                 "WHERE id = $2 AND ($3 = 0 OR version = $3) RETURNING version"));
    q.bind(1, done).bind(2, activityId).bind(3, expectedVersion);
    return PgVersionCheck::returnedVersion(m_connection, q.exec(), PgVersionCheck::kActivities, activityId);
}

qint64 PgActivityRepository::setFollowUpAt(qint64 activityId, const QDateTime &at, qint64 expectedVersion)
{
    auto q = m_connection.prepare(
        QStringLiteral("UPDATE activities SET follow_up_at = $1, follow_up_done = false, version = version + 1 "
                       "WHERE id = $2 AND ($3 = 0 OR version = $3) RETURNING version"));
    PgValueBinder(q).bind(1, at).bind(2, activityId).bind(3, expectedVersion);
    return PgVersionCheck::returnedVersion(m_connection, q.exec(), PgVersionCheck::kActivities, activityId);
}

QList<Activity> PgActivityRepository::recentByOwner(qint64 ownerId, int limit) const
{
    auto q = m_connection.prepare(select("WHERE owner_id = $1 ORDER BY at DESC, id DESC LIMIT $2"));
    PgValueBinder(q).bind(1, ownerId).bindLimit(2, limit);
    return readAll(q.exec());
}

QList<Activity> PgActivityRepository::ofTypeBetween(ActivityType type, const QDateTime &from, const QDateTime &to) const
{
    auto q = m_connection.prepare(select("WHERE type = $1 AND at >= $2 AND at < $3 ORDER BY at, id"));
    PgValueBinder(q).bind(1, toCode(type)).bind(2, from).bind(3, to);
    return readAll(q.exec());
}

QList<Activity> PgActivityRepository::openFollowUpsBetween(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_connection.prepare(select("WHERE follow_up_at IS NOT NULL AND NOT follow_up_done "
                                         "AND follow_up_at >= $1 AND follow_up_at < $2 ORDER BY follow_up_at, id"));
    PgValueBinder(q).bind(1, from).bind(2, to);
    return readAll(q.exec());
}

} // namespace peyvand
