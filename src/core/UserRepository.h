#pragma once
// People who sign in.
#include "User.h"

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
};

} // namespace peyvand
