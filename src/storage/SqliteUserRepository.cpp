#include "SqliteUserRepository.h"

#include "SqliteDatabase.h"

#include <QDateTime>

namespace peyvand {

namespace {

User read(SqliteStatement &q)
{
    return User { q.int64(0),      q.text(1),    q.text(2), fromCode<UserRole>(q.text(3)).value_or(UserRole::SalesRep),
                  q.int64(4) != 0, q.dateTime(5) };
}

} // namespace

qint64 SqliteUserRepository::add(const User &u)
{
    auto q = m_db.prepare("INSERT INTO users(username, full_name, role, active, created_at) VALUES (?,?,?,?,?)");
    q->bind(1, u.username).bind(2, u.fullName);
    q->bind(3, toCode(u.role)).bind(4, u.active).bind(5, QDateTime::currentDateTimeUtc());
    q->run();
    return m_db.lastInsertId();
}

void SqliteUserRepository::update(const User &u)
{
    auto q = m_db.prepare("UPDATE users SET username=?, full_name=?, role=?, active=? WHERE id=?");
    q->bind(1, u.username).bind(2, u.fullName);
    q->bind(3, toCode(u.role)).bind(4, u.active).bind(5, u.id);
    q->run();
}

std::optional<User> SqliteUserRepository::get(qint64 id) const
{
    auto q = m_db.prepare("SELECT id, username, full_name, role, active, created_at FROM users WHERE id = ?");
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    return read(*q);
}

std::optional<User> SqliteUserRepository::byUsername(const QString &username) const
{
    auto q = m_db.prepare("SELECT id, username, full_name, role, active, created_at FROM users WHERE username = ?");
    q->bind(1, username);
    if (!q->step())
        return std::nullopt;
    return read(*q);
}

QList<User> SqliteUserRepository::all() const
{
    auto q = m_db.prepare("SELECT id, username, full_name, role, active, created_at FROM users ORDER BY id");
    QList<User> out;
    while (q->step())
        out << read(*q);
    return out;
}

UserCredentials SqliteUserRepository::credentials(qint64 id) const
{
    auto q = m_db.prepare("SELECT password_hash, failed_signins, last_failed_at FROM users WHERE id = ?");
    q->bind(1, id);
    UserCredentials c;
    if (q->step()) {
        c.passwordHash = q->isNull(0) ? QString() : q->text(0);
        c.failedSignIns = int(q->int64(1));
        c.lastFailedAt = q->isNull(2) ? QDateTime() : q->dateTime(2);
    }
    return c;
}

void SqliteUserRepository::setPasswordHash(qint64 id, const QString &hash)
{
    auto q = m_db.prepare("UPDATE users SET password_hash = ?, failed_signins = 0, last_failed_at = NULL WHERE id = ?");
    q->bind(1, hash).bind(2, id);
    q->run();
}

void SqliteUserRepository::recordFailedSignIn(qint64 id, const QDateTime &at)
{
    auto q = m_db.prepare("UPDATE users SET failed_signins = failed_signins + 1, last_failed_at = ? WHERE id = ?");
    q->bind(1, at).bind(2, id);
    q->run();
}

void SqliteUserRepository::clearFailedSignIns(qint64 id)
{
    auto q = m_db.prepare(
        "UPDATE users SET failed_signins = 0, last_failed_at = NULL WHERE id = ? AND failed_signins <> 0");
    q->bind(1, id);
    q->run();
}

} // namespace peyvand
