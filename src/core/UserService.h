#pragma once
// Managing the people who sign in (docs/security.md, "Sign-in and passwords"):
// adding users with a password, listing them, setting passwords, disabling
// and enabling, changing roles. Everything but a user changing their own
// password needs manage_users, except that a database with no active
// administrator who has a password (new, or made before sign-in existed)
// accepts its first administrator from anyone who can open it. The last
// active administrator with a password can be neither disabled nor demoted,
// and nobody disables or demotes themselves. Every change is audited (as
// JsonRecordEncoder::user, which never holds the password hash).
#include "Clock.h"
#include "DataStore.h"

namespace peyvand {

class UserService
{
public:
    struct Account
    {
        User user;
        bool hasPassword = false;
        int failedSignIns = 0;
    };

    UserService(DataStore &store, const Clock &clock);

    // True while no active administrator has a password: then an admin may be
    // added with nobody signed in.
    bool needsFirstAdmin() const;
    // Administrator accounts without a password (from before sign-in existed, or a
    // JSON import); the first-start dialog proposes the first one's username.
    QList<User> adminsWithoutPassword() const;

    // Adds `user` (username and password checked by CredentialRules; active).
    // While needsFirstAdmin() an admin needs no permission, and an existing
    // admin account without a password is given the password instead of a
    // second account. Returns the stored user. "username"/"taken" when the
    // username is in use (names are compared without case).
    User add(User user, const QString &password);
    // Every user with whether a password is set (manage_users), by id.
    QList<Account> list() const;
    // The user with that username, or NotFoundError (field "user").
    User byUsername(const QString &username) const;

    // Sets a new password: your own with your current one (`oldPassword`; field
    // "old_password", code "wrong_password" when it does not match), anyone
    // else's with manage_users. Clears the failed sign-ins.
    void setPassword(qint64 userId, const QString &newPassword, const QString &oldPassword = {});
    // Disables or enables a user (manage_users).
    void setActive(qint64 userId, bool active);
    // Gives a user another role (manage_users).
    void setRole(qint64 userId, UserRole role);

private:
    User existing(qint64 userId) const;
    void requireManager(const User &target) const;
    // Refuses a change of `before` into `after` that would leave no active admin with a password.
    void keepAnAdmin(const User &before, const User &after) const;
    void update(const User &before, const User &after);

    DataStore &m_store;
    const Clock &m_clock;
};

} // namespace peyvand
