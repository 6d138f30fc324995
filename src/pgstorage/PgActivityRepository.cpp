#include "PgActivityRepository.h"

#include "PgConnection.h"
#include "PgRecordVersion.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

namespace peyvand {

namespace {

QString select(const char *rest)
{
    return QStringLiteral("SELECT id, type, customer_id, deal_id, contact_id, direction, at, duration, outcome, "
                          "notes, owner_id, follow_up_at, follow_up_done, created_at, version FROM activities ")
        + QLatin1String(rest);
}

Activity read(const PgResult &r, int row)
{
    Activity a;
    a.id = r.int64(row, 0);
    a.type = fromCode<ActivityType>(r.text(row, 1)).value_or(ActivityType::Note);
    a.customerId = r.int64(row, 2);
    a.dealId = PgValues::optionalInt64(r, row, 3);
    a.contactId = PgValues::optionalInt64(r, row, 4);
    a.direction = fromCode<Direction>(r.text(row, 5)).value_or(Direction::None);
    a.at = PgValues::time(r, row, 6);
    a.durationSeconds = int(r.int64(row, 7));
    a.outcome = r.text(row, 8);
    a.notes = r.text(row, 9);
    a.ownerId = PgValues::optionalInt64(r, row, 10).value_or(0);
    a.followUpAt = PgValues::time(r, row, 11);
    a.followUpDone = r.boolean(row, 12);
    a.createdAt = PgValues::time(r, row, 13);
    a.version = r.int64(row, 14);
    return a;
}

QList<Activity> readAll(const PgResult &r)
{
    QList<Activity> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(r, i);
    return out;
}

} // namespace

qint64 PgActivityRepository::add(const Activity &a)
{
    auto q = m_connection.prepare(
        QStringLiteral("INSERT INTO activities(customer_id, deal_id, contact_id, type, direction, at, duration, "
                       "outcome, notes, owner_id, follow_up_at, follow_up_done, created_at) "
                       "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id"));
    q.bind(1, a.customerId);
    PgValues::bindId(q, 2, a.dealId);
    PgValues::bindId(q, 3, a.contactId);
    q.bind(4, toCode(a.type));
    q.bind(5, toCode(a.direction));
    PgValues::bindTime(q, 6, a.at);
    q.bind(7, a.durationSeconds);
    q.bind(8, a.outcome);
    q.bind(9, a.notes);
    PgValues::bindId(q, 10, a.ownerId);
    PgValues::bindTime(q, 11, a.followUpAt);
    q.bind(12, a.followUpDone);
    PgValues::bindTime(q, 13, a.createdAt);
    return q.exec().int64(0, 0);
}

std::optional<Activity> PgActivityRepository::get(qint64 id) const
{
    auto q = m_connection.prepare(select("WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    if (r.rows() == 0)
        return std::nullopt;
    return read(r, 0);
}

QList<Activity> PgActivityRepository::forCustomer(qint64 customerId, int limit, const QDateTime &before,
                                                  qint64 beforeId) const
{
    if (before.isValid()) {
        auto q = m_connection.prepare(select("WHERE customer_id = $1 AND (at, id) < ($2, $3) "
                                             "ORDER BY at DESC, id DESC LIMIT $4"));
        q.bind(1, customerId);
        PgValues::bindTime(q, 2, before);
        q.bind(3, beforeId);
        PgValues::bindLimit(q, 4, limit);
        return readAll(q.exec());
    }
    auto q = m_connection.prepare(select("WHERE customer_id = $1 ORDER BY at DESC, id DESC LIMIT $2"));
    q.bind(1, customerId);
    PgValues::bindLimit(q, 2, limit);
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
        q.bind(1, ownerId);
        PgValues::bindTime(q, 2, until);
        PgValues::bindLimit(q, 3, limit);
        return readAll(q.exec());
    }
    auto q = m_connection.prepare(
        select("WHERE follow_up_at IS NOT NULL AND NOT follow_up_done "
               "AND follow_up_at <= $1 ORDER BY follow_up_at, owner_id NULLS FIRST, id LIMIT $2"));
    PgValues::bindTime(q, 1, until);
    PgValues::bindLimit(q, 2, limit);
    return readAll(q.exec());
}

qint64 PgActivityRepository::setFollowUpDone(qint64 activityId, bool done, qint64 expectedVersion)
{
    auto q = m_connection.prepare(QStringLiteral("UPDATE activities SET follow_up_done = $1, version = version + 1 "
                                                 "WHERE id = $2 AND ($3 = 0 OR version = $3) RETURNING version"));
    q.bind(1, done).bind(2, activityId).bind(3, expectedVersion);
    return PgRecordVersion::runUpdate(m_connection, q, PgRecordVersion::kActivities, activityId);
}

qint64 PgActivityRepository::setFollowUpAt(qint64 activityId, const QDateTime &at, qint64 expectedVersion)
{
    auto q = m_connection.prepare(
        QStringLiteral("UPDATE activities SET follow_up_at = $1, follow_up_done = false, version = version + 1 "
                       "WHERE id = $2 AND ($3 = 0 OR version = $3) RETURNING version"));
    PgValues::bindTime(q, 1, at);
    q.bind(2, activityId);
    q.bind(3, expectedVersion);
    return PgRecordVersion::runUpdate(m_connection, q, PgRecordVersion::kActivities, activityId);
}

QList<Activity> PgActivityRepository::recentByOwner(qint64 ownerId, int limit) const
{
    auto q = m_connection.prepare(select("WHERE owner_id = $1 ORDER BY at DESC, id DESC LIMIT $2"));
    q.bind(1, ownerId);
    PgValues::bindLimit(q, 2, limit);
    return readAll(q.exec());
}

QList<Activity> PgActivityRepository::ofTypeBetween(ActivityType type, const QDateTime &from, const QDateTime &to) const
{
    auto q = m_connection.prepare(select("WHERE type = $1 AND at >= $2 AND at < $3 ORDER BY at, id"));
    q.bind(1, toCode(type));
    PgValues::bindTime(q, 2, from);
    PgValues::bindTime(q, 3, to);
    return readAll(q.exec());
}

QList<Activity> PgActivityRepository::openFollowUpsBetween(const QDateTime &from, const QDateTime &to) const
{
    auto q = m_connection.prepare(select("WHERE follow_up_at IS NOT NULL AND NOT follow_up_done "
                                         "AND follow_up_at >= $1 AND follow_up_at < $2 ORDER BY follow_up_at, id"));
    PgValues::bindTime(q, 1, from);
    PgValues::bindTime(q, 2, to);
    return readAll(q.exec());
}

} // namespace peyvand
