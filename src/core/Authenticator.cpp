#include "Authenticator.h"

#include "AuditTrail.h"
#include "CredentialRules.h"
#include "PasswordHash.h"
#include "SignInError.h"

#include <QThread>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace peyvand {

Authenticator::Authenticator(DataStore &store, const Clock &clock, Sleeper sleeper)
    : m_store(store)
    , m_clock(clock)
    , m_sleeper(sleeper ? std::move(sleeper) : [](std::chrono::milliseconds ms) { QThread::msleep(ms.count()); })
{
}

std::chrono::milliseconds Authenticator::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return std::chrono::milliseconds(0);
    const int doublings = std::min(failures - kFreeAttempts, 8);
    return std::min(std::chrono::milliseconds(1000LL << doublings), kMaxDelay);
}

std::chrono::milliseconds Authenticator::remaining(const UserCredentials &c) const
{
    const auto delay = delayAfter(c.failedSignIns);
    if (delay.count() == 0 || !c.lastFailedAt.isValid())
        return delay;
    const qint64 since = c.lastFailedAt.msecsTo(m_clock.now());
    // A clock set back (since < 0) must not make the wait longer than the delay.
    return std::clamp(delay - std::chrono::milliseconds(std::max<qint64>(since, 0)), std::chrono::milliseconds(0),
                      delay);
}

std::chrono::milliseconds Authenticator::waitFor(const QString &username) const
{
    const auto user = m_store.users().byUsername(username.trimmed());
    if (!user)
        return std::chrono::milliseconds(0);
    return remaining(m_store.users().credentials(user->id));
}

User Authenticator::signIn(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    if (name.isEmpty())
        throw SignInError::userRequired();
    const auto user = m_store.users().byUsername(name);
    if (!user)
        throw SignInError::unknownUser(name);
    if (!user->active)
        throw SignInError::disabled(user->username);
    const UserCredentials credentials = m_store.users().credentials(user->id);
    if (credentials.passwordHash.isEmpty())
        throw SignInError::noPasswordSet(user->username);
    if (password.isEmpty())
        throw SignInError::passwordRequired();

    if (const auto wait = remaining(credentials); wait.count() > 0) {
        spdlog::info("sign-in for {} waits {} ms after {} failed attempts", user->username.toStdString(), wait.count(),
                     credentials.failedSignIns);
        m_sleeper(wait);
    }
    const QString typed = CredentialRules::normalisePassword(password);
    if (!PasswordHash::verify(credentials.passwordHash, typed)) {
        m_store.transaction([&] {
            m_store.users().recordFailedSignIn(user->id, m_clock.now());
            AuditTrail::record(m_store, m_clock, QStringLiteral("sign_in_failed"), QStringLiteral("user"), user->id,
                               nullptr, nullptr);
        });
        spdlog::warn("sign-in refused for {}: wrong password ({} in a row)", user->username.toStdString(),
                     credentials.failedSignIns + 1);
        throw SignInError::wrongPassword();
    }
    // Nothing is written on an ordinary sign-in, so a command that only reads leaves the file as it was.
    if (PasswordHash::needsRehash(credentials.passwordHash)) {
        const QString rehashed = PasswordHash::hash(typed);
        m_store.transaction([&] { m_store.users().setPasswordHash(user->id, rehashed); });
        spdlog::info("password of {} rehashed with the current parameters", user->username.toStdString());
    } else if (credentials.failedSignIns > 0) {
        m_store.transaction([&] { m_store.users().clearFailedSignIns(user->id); });
    }
    return *user;
}

} // namespace peyvand
