#pragma once
// People who sign in.
#include "User.h"
#include "UserCredentials.h"

#include <QList>
#include <optional>

namespace peyvand {

class UserRepository
{
public:
    virtual ~UserRepository() = default;
    virtual qint64 add(const User &user) = 0;
    virtual void update(const User &user) = 0;
    virtual std::optional<User> get(qint64 id) const = 0;
    virtual std::optional<User> byUsername(const QString &username) const = 0;
    virtual QList<User> all() const = 0;

    // Sign-in data; never part of User so it does not travel with it.
    virtual UserCredentials credentials(qint64 id) const = 0;
    virtual void setPasswordHash(qint64 id, const QString &hash) = 0;
    virtual void recordFailedSignIn(qint64 id, const QDateTime &at) = 0;
    virtual void clearFailedSignIns(qint64 id) = 0;
};

} // namespace peyvand
