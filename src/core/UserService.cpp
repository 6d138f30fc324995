#include "UserService.h"

#include "AccessPolicy.h"
#include "AuditTrail.h"
#include "CredentialRules.h"
#include "JsonRecordEncoder.h"
#include "PasswordHash.h"
#include "PersianText.h"
#include "ValidationError.h"

#include <spdlog/spdlog.h>

namespace peyvand {

namespace {

const QString kUser = QStringLiteral("user");

bool isWorkingAdmin(const User &u, bool hasPassword)
{
    return u.active && u.role == UserRole::Admin && hasPassword;
}

} // namespace

UserService::UserService(DataStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{
}

bool UserService::needsFirstAdmin() const
{
    for (const User &u : m_store.users().all())
        if (u.active && u.role == UserRole::Admin && !m_store.users().credentials(u.id).passwordHash.isEmpty())
            return false;
    return true;
}

QList<User> UserService::adminsWithoutPassword() const
{
    QList<User> out;
    for (const User &u : m_store.users().all())
        if (u.role == UserRole::Admin && m_store.users().credentials(u.id).passwordHash.isEmpty())
            out << u;
    return out;
}

User UserService::add(User user, const QString &password)
{
    const bool firstAdmin = user.role == UserRole::Admin && needsFirstAdmin();
    if (!firstAdmin)
        AccessPolicy::require(m_store.actor(), Permission::ManageUsers);
    user.username = CredentialRules::checkUsername(user.username);
    user.fullName = PersianText::tidy(user.fullName);
    CredentialRules::checkPassword(password, user.username);

    const auto taken = m_store.users().byUsername(user.username);
    const bool claim = taken && firstAdmin && taken->role == UserRole::Admin
        && m_store.users().credentials(taken->id).passwordHash.isEmpty();
    if (taken && !claim)
        throw ValidationError(QStringLiteral("username"), QStringLiteral("taken"),
                              QStringLiteral("the username '%1' is taken").arg(taken->username),
                              QStringLiteral("نام کاربری «%1» قبلاً ثبت شده است.").arg(taken->username));

    const QString hash
        = PasswordHash::hash(CredentialRules::normalisePassword(password)); // ~0.1 s, outside the transaction
    User stored;
    m_store.transaction([&] {
        if (claim) {
            // An administrator account from before sign-in existed becomes the first administrator.
            stored = *taken;
            stored.active = true;
            if (!user.fullName.isEmpty())
                stored.fullName = user.fullName;
            m_store.users().update(stored);
            m_store.users().setPasswordHash(stored.id, hash);
            if (ServerAccounts *accounts = m_store.serverAccounts())
                accounts->createLogin(stored, CredentialRules::normalisePassword(password));
            AuditTrail::record(m_store, m_clock, QStringLiteral("update"), kUser, stored.id,
                               JsonRecordEncoder::user(*taken), JsonRecordEncoder::user(stored));
            AuditTrail::record(m_store, m_clock, QStringLiteral("set_password"), kUser, stored.id, nullptr, nullptr);
            return;
        }
        user.id = 0;
        user.active = true;
        const qint64 id = m_store.users().add(user);
        m_store.users().setPasswordHash(id, hash);
        stored = *m_store.users().get(id);
        if (ServerAccounts *accounts = m_store.serverAccounts())
            accounts->createLogin(stored, CredentialRules::normalisePassword(password));
        AuditTrail::record(m_store, m_clock, QStringLiteral("create"), kUser, id, nullptr,
                           JsonRecordEncoder::user(stored));
    });
    spdlog::info("user {} ({}) {} by user id {}", stored.username.toStdString(), toCode(stored.role).toStdString(),
                 claim ? "given a password" : "added", m_store.actor().id);
    return stored;
}

QList<UserService::Account> UserService::list() const
{
    AccessPolicy::require(m_store.actor(), Permission::ManageUsers);
    QList<Account> out;
    for (const User &u : m_store.users().all()) {
        const UserCredentials c = m_store.users().credentials(u.id);
        out << Account { u, !c.passwordHash.isEmpty(), c.failedSignIns };
    }
    return out;
}

User UserService::byUsername(const QString &username) const
{
    const auto u = m_store.users().byUsername(username.trimmed());
    if (!u)
        throw NotFoundError(kUser, QStringLiteral("user"), username.trimmed());
    return *u;
}

User UserService::existing(qint64 userId) const
{
    const auto u = m_store.users().get(userId);
    if (!u)
        throw NotFoundError(kUser, QStringLiteral("user"), QString::number(userId));
    return *u;
}

void UserService::requireManager(const User &target) const
{
    AccessPolicy::require(m_store.actor(), Permission::ManageUsers);
    if (target.id == m_store.actor().id)
        throw ValidationError(
            kUser, QStringLiteral("self"),
            QStringLiteral("you cannot disable your own account or change your own role; ask "
                           "another administrator"),
            QStringLiteral(
                "حساب خودتان را نمی‌توانید غیرفعال کنید یا نقشش را "
                "تغییر "
                "دهید؛ "
                "از "
                "مدیر سیستم دیگری بخواهید."));
}

void UserService::keepAnAdmin(const User &before, const User &after) const
{
    const bool hasPassword = !m_store.users().credentials(before.id).passwordHash.isEmpty();
    if (!isWorkingAdmin(before, hasPassword) || isWorkingAdmin(after, hasPassword))
        return;
    for (const User &u : m_store.users().all())
        if (u.id != before.id && isWorkingAdmin(u, !m_store.users().credentials(u.id).passwordHash.isEmpty()))
            return;
    throw ValidationError(
        kUser, QStringLiteral("last_admin"),
        QStringLiteral("'%1' is the last active administrator; add another one first").arg(before.username),
        QStringLiteral("«%1» آخرین مدیر سیستم فعال است؛ ابتدا مدیر سیستم دیگری اضافه کنید.").arg(before.username));
}

void UserService::update(const User &before, const User &after)
{
    m_store.transaction([&] {
        m_store.users().update(after);
        if (ServerAccounts *accounts = m_store.serverAccounts()) {
            if (after.role != before.role)
                accounts->setRole(after, after.role);
            if (after.active != before.active)
                accounts->setActive(after, after.active);
        }
        AuditTrail::record(m_store, m_clock, QStringLiteral("update"), kUser, after.id, JsonRecordEncoder::user(before),
                           JsonRecordEncoder::user(after));
    });
}

void UserService::setPassword(qint64 userId, const QString &newPassword, const QString &oldPassword)
{
    const User target = existing(userId);
    const User &actor = m_store.actor();
    if (actor.id != 0 && actor.active && actor.id == userId) {
        // Your own password, administrators too: only with the current one.
        const QString stored = m_store.users().credentials(userId).passwordHash;
        if (!PasswordHash::verify(stored, CredentialRules::normalisePassword(oldPassword)))
            throw ValidationError(QStringLiteral("old_password"), QStringLiteral("wrong_password"),
                                  QStringLiteral("the current password is wrong"),
                                  QStringLiteral("رمز عبور فعلی درست نیست."));
    } else {
        AccessPolicy::require(actor, Permission::ManageUsers);
    }
    CredentialRules::checkPassword(newPassword, target.username);
    const QString hash = PasswordHash::hash(CredentialRules::normalisePassword(newPassword));
    m_store.transaction([&] {
        m_store.users().setPasswordHash(userId, hash);
        if (ServerAccounts *accounts = m_store.serverAccounts())
            accounts->setPassword(target, CredentialRules::normalisePassword(newPassword));
        AuditTrail::record(m_store, m_clock, QStringLiteral("set_password"), kUser, userId, nullptr, nullptr);
    });
    spdlog::info("password of {} set by user id {}", target.username.toStdString(), actor.id);
}

void UserService::setActive(qint64 userId, bool active)
{
    const User before = existing(userId);
    requireManager(before);
    if (before.active == active)
        return;
    User after = before;
    after.active = active;
    keepAnAdmin(before, after);
    update(before, after);
    spdlog::info("user {} {} by user id {}", before.username.toStdString(), active ? "enabled" : "disabled",
                 m_store.actor().id);
}

void UserService::setRole(qint64 userId, UserRole role)
{
    const User before = existing(userId);
    requireManager(before);
    if (before.role == role)
        return;
    User after = before;
    after.role = role;
    keepAnAdmin(before, after);
    update(before, after);
    spdlog::info("user {} is now {} (by user id {})", before.username.toStdString(), toCode(role).toStdString(),
                 m_store.actor().id);
}

} // namespace peyvand
