#pragma once
// The database server's own accounts for Peyvand's users, where the backend
// has them (PostgreSQL team mode: each user signs in as their own login role,
// and the server enforces the role's rights; docs/team-mode.md, "Roles and
// access on the server"). SQLite has none: DataStore::serverAccounts() is
// nullptr there. UserService calls these inside the transaction of its own
// write, after the users row is written, so the account and the row commit
// or roll back together; a refusal by the server throws (a DatabaseError)
// and the whole change is rolled back.
#include "User.h"

#include <QString>

namespace peyvand {

class ServerAccounts
{
public:
    virtual ~ServerAccounts() = default;

    // Creates the user's login (or adopts the existing one) with `password`
    // (already NFC-normalised, as CredentialRules::normalisePassword gives it),
    // in the group of the user's role, able to sign in while the user is active.
    virtual void createLogin(const User &user, const QString &password) = 0;
    // Sets the login's password (one's own, or anyone's for an administrator).
    virtual void setPassword(const User &user, const QString &password) = 0;
    // Lets the login sign in or not, with the role's rights or none.
    virtual void setActive(const User &user, bool active) = 0;
    // Moves the login to the group of `role`.
    virtual void setRole(const User &user, UserRole role) = 0;
};

} // namespace peyvand
