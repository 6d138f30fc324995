#include "PgUserRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

namespace peyvand {

namespace {

const char *const kSelect = "SELECT id, username, full_name, role, active, created_at FROM users ";

User read(const PgResult &r, int row)
{
    return User { r.int64(row, 0),   r.text(row, 1),
                  r.text(row, 2),    fromCode<UserRole>(r.text(row, 3)).value_or(UserRole::SalesRep),
                  r.boolean(row, 4), PgValues::time(r, row, 5) };
}

std::optional<User> first(const PgResult &r)
{
    if (r.rows() == 0)
        return std::nullopt;
    return read(r, 0);
}

} // namespace

qint64 PgUserRepository::add(const User &u)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO users(username, full_name, role, active, created_at) "
                                         "VALUES ($1, $2, $3, $4, $5) RETURNING id"));
    q.bind(1, u.username).bind(2, u.fullName).bind(3, toCode(u.role)).bind(4, u.active);
    PgValues::bindTime(q, 5, QDateTime::currentDateTimeUtc());
    return q.exec().int64(0, 0);
}

void PgUserRepository::update(const User &u)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE users SET username = $1, full_name = $2, role = $3, active = $4 "
                                         "WHERE id = $5"));
    q.bind(1, u.username).bind(2, u.fullName).bind(3, toCode(u.role)).bind(4, u.active).bind(5, u.id);
    q.run();
}

std::optional<User> PgUserRepository::get(qint64 id) const
{
    auto q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = $1"));
    q.bind(1, id);
    return first(q.exec());
}

std::optional<User> PgUserRepository::byUsername(const QString &username) const
{
    // lower() folds ASCII only under the database's collation C, as NOCASE does.
    auto q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE lower(username) = lower($1)"));
    q.bind(1, username);
    return first(q.exec());
}

QList<User> PgUserRepository::all() const
{
    auto q = m_db.prepare(QString::fromLatin1(kSelect) + QStringLiteral("ORDER BY id"));
    const PgResult r = q.exec();
    QList<User> out;
    for (int i = 0; i < r.rows(); ++i)
        out << read(r, i);
    return out;
}

bool PgUserRepository::hashesReadable() const
{
    if (!m_hashesReadable)
        m_hashesReadable
            = m_db.prepare(QStringLiteral("SELECT has_column_privilege('users', 'password_hash', 'SELECT')"))
                  .exec()
                  .boolean(0, 0);
    return *m_hashesReadable;
}

UserCredentials PgUserRepository::credentials(qint64 id) const
{
    // Only administrators may read every password hash (PgAccessSetup); others
    // get their own through peyvand_password_hash, and '*' for one that is set.
    auto q = m_db.prepare(hashesReadable()
                              ? QStringLiteral("SELECT password_hash, failed_signins, last_failed_at FROM users "
                                               "WHERE id = $1")
                              : QStringLiteral("SELECT peyvand_password_hash(id), failed_signins, last_failed_at "
                                               "FROM users WHERE id = $1"));
    q.bind(1, id);
    const PgResult r = q.exec();
    UserCredentials c;
    if (r.rows() > 0) {
        c.passwordHash = r.isNull(0, 0) ? QString() : r.text(0, 0);
        c.failedSignIns = int(r.int64(0, 1));
        c.lastFailedAt = PgValues::time(r, 0, 2);
    }
    return c;
}

void PgUserRepository::setPasswordHash(qint64 id, const QString &hash)
{
    auto q = m_db.prepare(
        QStringLiteral("UPDATE users SET password_hash = $1, failed_signins = 0, last_failed_at = NULL WHERE id = $2"));
    q.bind(1, hash).bind(2, id);
    q.run();
}

void PgUserRepository::recordFailedSignIn(qint64 id, const QDateTime &at)
{
    auto q = m_db.prepare(
        QStringLiteral("UPDATE users SET failed_signins = failed_signins + 1, last_failed_at = $1 WHERE id = $2"));
    PgValues::bindTime(q, 1, at);
    q.bind(2, id);
    q.run();
}

void PgUserRepository::clearFailedSignIns(qint64 id)
{
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE users SET failed_signins = 0, last_failed_at = NULL WHERE id = $1 AND failed_signins <> 0"));
    q.bind(1, id);
    q.run();
}

} // namespace peyvand
