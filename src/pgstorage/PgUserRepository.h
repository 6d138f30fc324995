#pragma once
// Users on PostgreSQL, as SqliteUserRepository: usernames unique and looked up
// regardless of ASCII case (the unique index on lower(username) stands for
// SQLite's COLLATE NOCASE). On a connection that may not read password
// hashes (anyone but an administrator, PgAccessSetup) credentials() gives
// one's own hash and "*" for another user's that is set.
#include "UserRepository.h"

#include <optional>

namespace peyvand {

class PgConnection;

class PgUserRepository final : public UserRepository
{
public:
    explicit PgUserRepository(PgConnection &db)
        : m_db(db)
    {
    }
    qint64 add(const User &user) override;
    void update(const User &user) override;
    std::optional<User> get(qint64 id) const override;
    std::optional<User> byUsername(const QString &username) const override;
    QList<User> all() const override;
    UserCredentials credentials(qint64 id) const override;
    void setPasswordHash(qint64 id, const QString &hash) override;
    void recordFailedSignIn(qint64 id, const QDateTime &at) override;
    void clearFailedSignIns(qint64 id) override;

private:
    bool hashesReadable() const;

    PgConnection &m_db;
    mutable std::optional<bool> m_hashesReadable;
};

} // namespace peyvand
