#pragma once
// Signs a user in with a username and a password (docs/security.md, "Sign-in
// and passwords"). Unknown, disabled and password-less users and wrong
// passwords are refused with a SignInError. A wrong password is counted on the
// user; from the third one in a row on, the next attempt first waits (1 s,
// 2 s, 4 s, then 8 s) counted from the last failure, so guessing is slow while
// a person who mistyped barely notices. A successful sign-in clears the count
// and rehashes a password stored with weaker Argon2id parameters. Passwords
// are never logged or stored in clear.
#include "Clock.h"
#include "DataStore.h"

#include <chrono>
#include <functional>

namespace peyvand {

class Authenticator
{
public:
    using Sleeper = std::function<void(std::chrono::milliseconds)>;
    // Failed attempts in a row that cost nothing; each one after doubles the wait.
    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::milliseconds kMaxDelay { 8000 };

    // sleeper: how to wait (tests record the request instead); default: sleep the thread.
    Authenticator(DataStore &store, const Clock &clock, Sleeper sleeper = {});

    // The wait after `failures` wrong passwords in a row: 0 up to kFreeAttempts - 1, then 1 s, 2 s, 4 s, 8 s, 8 s…
    static std::chrono::milliseconds delayAfter(int failures);
    // How long an attempt for `username` would wait if made now (0 for an
    // unknown user); the sign-in dialog counts it down instead of waiting.
    std::chrono::milliseconds waitFor(const QString &username) const;

    // The signed-in user, or a SignInError. Waits first (through the sleeper)
    // when the user has failed kFreeAttempts times or more in a row. Writes
    // only to record a failure, to clear earlier failures, or to rehash.
    User signIn(const QString &username, const QString &password);

private:
    std::chrono::milliseconds remaining(const UserCredentials &credentials) const;

    DataStore &m_store;
    const Clock &m_clock;
    Sleeper m_sleeper;
};

} // namespace peyvand
