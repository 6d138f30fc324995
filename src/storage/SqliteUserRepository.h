#pragma once
// Users in SQLite.
#include "UserRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteUserRepository final : public UserRepository
{
public:
    explicit SqliteUserRepository(SqliteDatabase &db)
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
    SqliteDatabase &m_db;
};

} // namespace peyvand
