// UserService: the first administrator, who may manage users, the password and
// username rules, the last administrator kept, your own password with the
// old one, and an audit trail of user changes that never holds a hash.
#include "Authenticator.h"
#include "PasswordHash.h"
#include "PermissionError.h"
#include "SignInError.h"
#include "TestStore.h"
#include "UserService.h"

#include <nlohmann/json.hpp>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

User named(const char *username, UserRole role, const char *fullName = "")
{
    return User { 0, QString::fromUtf8(username), QString::fromUtf8(fullName), role, true };
}

class ServiceUser : public ::testing::Test
{
protected:
    UserService users() { return UserService(*store, clock); }
    // Adds the first administrator and signs them in.
    User bootstrap()
    {
        const User admin = users().add(named("boss", UserRole::Admin, "مدیر سیستم"), QStringLiteral("boss-password"));
        store->setActor(admin);
        return admin;
    }
    bool signsIn(const QString &name, const QString &password)
    {
        try {
            Authenticator(*store, clock, [](std::chrono::milliseconds) {}).signIn(name, password);
            return true;
        } catch (const SignInError &) {
            return false;
        }
    }
    template<class F> QString refusal(F &&f)
    {
        try {
            f();
        } catch (const ValidationError &e) {
            return e.field() + QLatin1Char('/') + e.code();
        }
        return QStringLiteral("accepted");
    }

    TestStore store { TestStore::Actor::Nobody }; // sign-in and user tests count every user and entry
    FixedClock clock { QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC) };
};

} // namespace

TEST_F(ServiceUser, the_first_administrator_needs_nobody_signed_in_the_rest_need_manage_users)
{
    EXPECT_TRUE(users().needsFirstAdmin());
    // Nobody signed in: a first user who is not an administrator is refused, naming the permission.
    EXPECT_EQ(refusal([&] { users().add(named("rep1", UserRole::SalesRep), QStringLiteral("rep-password")); }),
              QStringLiteral("permission/manage_users"));
    const User admin = users().add(named("boss", UserRole::Admin, "  مدیر   سیستم "), QStringLiteral("boss-password"));
    EXPECT_GT(admin.id, 0);
    EXPECT_EQ(admin.fullName, QStringLiteral("مدیر سیستم"));
    EXPECT_TRUE(admin.active);
    EXPECT_FALSE(users().needsFirstAdmin());
    EXPECT_TRUE(signsIn(QStringLiteral("boss"), QStringLiteral("boss-password")));
    // Now a second administrator needs a signed-in one.
    EXPECT_EQ(refusal([&] { users().add(named("boss2", UserRole::Admin), QStringLiteral("boss-password2")); }),
              QStringLiteral("permission/manage_users"));
    store->setActor(admin);
    EXPECT_EQ(refusal([&] { users().add(named("boss2", UserRole::Admin), QStringLiteral("boss-password2")); }),
              QStringLiteral("accepted"));
}

TEST_F(ServiceUser, an_admin_account_without_a_password_becomes_the_first_administrator)
{
    // A database from before sign-in existed: an admin account, no passwords.
    store->users().add(named("admin", UserRole::Admin, "مدیر سیستم"));
    store->users().add(named("rep1", UserRole::SalesRep));
    ASSERT_TRUE(users().needsFirstAdmin());
    ASSERT_EQ(users().adminsWithoutPassword().size(), 1);
    const User admin = users().add(named("ADMIN", UserRole::Admin), QStringLiteral("admin-password"));
    EXPECT_EQ(admin.username, QStringLiteral("admin"));
    EXPECT_EQ(admin.fullName, QStringLiteral("مدیر سیستم")); // kept when none is given
    EXPECT_EQ(store.rows("users"), 2);
    EXPECT_TRUE(signsIn(QStringLiteral("admin"), QStringLiteral("admin-password")));
    // A taken name that is not a password-less admin stays refused.
    store->setActor(admin);
    EXPECT_EQ(refusal([&] { users().add(named("rep1", UserRole::Admin), QStringLiteral("rep-password")); }),
              QStringLiteral("username/taken"));
}

TEST_F(ServiceUser, usernames_and_passwords_follow_the_rules)
{
    bootstrap();
    const auto add = [&](const char *name, const char *password) {
        return refusal([&] { users().add(named(name, UserRole::SalesRep), QString::fromUtf8(password)); });
    };
    EXPECT_EQ(add("rep1", "short"), QStringLiteral("password/too_short"));
    EXPECT_EQ(add("rep1", "۱۲۳۴۵۶۷"), QStringLiteral("password/too_short")); // 7 characters, 14 bytes
    EXPECT_EQ(add("rep1", QByteArray(129, 'x').constData()), QStringLiteral("password/too_long"));
    EXPECT_EQ(add("rep1", "REP1"), QStringLiteral("password/too_short"));
    EXPECT_EQ(add("salesrep", "SalesRep"), QStringLiteral("password/same_as_username"));
    EXPECT_EQ(add("", "rep-password"), QStringLiteral("username/required"));
    EXPECT_EQ(add("1234", "rep-password"), QStringLiteral("username/format"));
    EXPECT_EQ(add("a", "rep-password"), QStringLiteral("username/format"));
    EXPECT_EQ(add("ali reza", "rep-password"), QStringLiteral("username/format"));
    EXPECT_EQ(add("boss", "rep-password"), QStringLiteral("username/taken"));
    EXPECT_EQ(add("BOSS", "rep-password"), QStringLiteral("username/taken"));
    EXPECT_EQ(add("rep.ali-1", "۱۲۳۴۵۶۷۸"), QStringLiteral("accepted")); // 8 Persian digits
    EXPECT_EQ(add("علی‌رضا", "رمز عبور خوب"), QStringLiteral("accepted")); // Persian, with a ZWNJ
    EXPECT_TRUE(signsIn(QStringLiteral("علی‌رضا"), QStringLiteral("رمز عبور خوب")));
}

TEST_F(ServiceUser, only_administrators_manage_users)
{
    bootstrap();
    const User manager = users().add(named("manager", UserRole::Manager), QStringLiteral("manager-password"));
    const User rep = users().add(named("rep1", UserRole::SalesRep), QStringLiteral("rep-password"));
    for (const User &actor : { manager, rep, named("support", UserRole::Support) }) {
        store->setActor(actor);
        EXPECT_EQ(refusal([&] { users().add(named("x1", UserRole::SalesRep), QStringLiteral("x-password")); }),
                  QStringLiteral("permission/manage_users"));
        EXPECT_EQ(refusal([&] { users().list(); }), QStringLiteral("permission/manage_users"));
        EXPECT_EQ(refusal([&] { users().setActive(rep.id, false); }), QStringLiteral("permission/manage_users"));
        EXPECT_EQ(refusal([&] { users().setRole(rep.id, UserRole::Admin); }),
                  QStringLiteral("permission/manage_users"));
        EXPECT_EQ(refusal([&] {
                      users().setPassword(manager.id == actor.id ? rep.id : manager.id, QStringLiteral("new-password"));
                  }),
                  QStringLiteral("permission/manage_users"));
    }
    try {
        store->setActor(rep);
        users().list();
    } catch (const PermissionError &e) {
        EXPECT_EQ(e.permission(), Permission::ManageUsers);
        EXPECT_TRUE(e.message().contains(QStringLiteral("manage_users"))) << e.message().toStdString();
    }
}

TEST_F(ServiceUser, an_administrator_resets_any_password_a_user_changes_their_own_with_the_old_one)
{
    const User admin = bootstrap();
    const User rep = users().add(named("rep1", UserRole::SalesRep), QStringLiteral("rep-password"));
    store->users().recordFailedSignIn(rep.id, clock.now());
    users().setPassword(rep.id, QStringLiteral("reset-password"));
    EXPECT_TRUE(signsIn(QStringLiteral("rep1"), QStringLiteral("reset-password")));
    EXPECT_FALSE(signsIn(QStringLiteral("rep1"), QStringLiteral("rep-password")));
    users().setPassword(rep.id, QStringLiteral("reset-password"));
    EXPECT_EQ(store->users().credentials(rep.id).failedSignIns, 0); // a reset clears the failures

    store->setActor(rep);
    EXPECT_EQ(refusal([&] { users().setPassword(rep.id, QStringLiteral("mine-password"), QStringLiteral("wrong")); }),
              QStringLiteral("old_password/wrong_password"));
    EXPECT_EQ(refusal([&] { users().setPassword(rep.id, QStringLiteral("short"), QStringLiteral("reset-password")); }),
              QStringLiteral("password/too_short"));
    EXPECT_EQ(refusal([&] {
                  users().setPassword(rep.id, QStringLiteral("mine-password"), QStringLiteral("reset-password"));
              }),
              QStringLiteral("accepted"));
    EXPECT_TRUE(signsIn(QStringLiteral("rep1"), QStringLiteral("mine-password")));
    EXPECT_EQ(
        refusal([&] { users().setPassword(admin.id, QStringLiteral("taken-over"), QStringLiteral("mine-password")); }),
        QStringLiteral("permission/manage_users"));
}

TEST_F(ServiceUser, the_last_administrator_and_your_own_account_are_kept)
{
    const User boss = bootstrap();
    EXPECT_EQ(refusal([&] { users().setActive(boss.id, false); }), QStringLiteral("user/self"));
    EXPECT_EQ(refusal([&] { users().setRole(boss.id, UserRole::Manager); }), QStringLiteral("user/self"));

    const User second = users().add(named("boss2", UserRole::Admin), QStringLiteral("boss2-password"));
    store->setActor(second);
    // boss2 may disable boss while boss2 remains…
    EXPECT_EQ(refusal([&] { users().setActive(boss.id, false); }), QStringLiteral("accepted"));
    EXPECT_FALSE(signsIn(QStringLiteral("boss"), QStringLiteral("boss-password")));
    EXPECT_EQ(refusal([&] { users().setActive(boss.id, true); }), QStringLiteral("accepted"));
    EXPECT_TRUE(signsIn(QStringLiteral("boss"), QStringLiteral("boss-password")));

    // boss2 makes boss a manager. A session boss began as an administrator (its copy of
    // the user still says admin) cannot then disable or demote boss2, the last
    // administrator with a password: an admin account without one does not count.
    store->users().add(named("keyless", UserRole::Admin));
    EXPECT_EQ(refusal([&] { users().setRole(boss.id, UserRole::Manager); }), QStringLiteral("accepted"));
    store->setActor(boss);
    EXPECT_EQ(refusal([&] { users().setActive(second.id, false); }), QStringLiteral("user/last_admin"));
    EXPECT_EQ(refusal([&] { users().setRole(second.id, UserRole::Support); }), QStringLiteral("user/last_admin"));
    EXPECT_TRUE(store->users().get(second.id)->active);
}

TEST_F(ServiceUser, changes_are_audited_and_no_entry_holds_a_hash)
{
    const User boss = bootstrap();
    const User rep = users().add(named("rep1", UserRole::SalesRep, "علی احمدی"), QStringLiteral("rep-password"));
    users().setRole(rep.id, UserRole::Manager);
    users().setActive(rep.id, false);
    users().setPassword(rep.id, QStringLiteral("other-password"));

    AuditQuery q;
    q.entity = QStringLiteral("user");
    q.entityId = rep.id;
    const QList<AuditEntry> entries = store->audit().list(q); // newest first
    QStringList actions;
    for (const AuditEntry &e : entries)
        actions << e.action;
    EXPECT_EQ(actions, (QStringList { "set_password", "update", "update", "create" }));
    for (const AuditEntry &e : entries)
        EXPECT_EQ(e.userId, boss.id);
    const auto role = [](const QByteArray &json) { return nlohmann::json::parse(json.toStdString()).at("role"); };
    EXPECT_EQ(role(entries[2].oldValues), "sales_rep");
    EXPECT_EQ(role(entries[2].newValues), "manager");
    EXPECT_EQ(nlohmann::json::parse(entries[1].newValues.toStdString()).at("active"), false);

    for (const AuditEntry &e : store->audit().list({})) {
        EXPECT_FALSE(e.oldValues.contains("argon2")) << e.oldValues.toStdString();
        EXPECT_FALSE(e.newValues.contains("argon2")) << e.newValues.toStdString();
        EXPECT_FALSE(e.newValues.contains("password")) << e.newValues.toStdString();
    }
}

TEST_F(ServiceUser, the_list_says_who_has_a_password_and_their_failed_sign_ins)
{
    bootstrap();
    const qint64 old = store->users().add(named("old", UserRole::SalesRep));
    const User rep = users().add(named("rep1", UserRole::SalesRep), QStringLiteral("rep-password"));
    store->users().recordFailedSignIn(rep.id, clock.now());
    const QList<UserService::Account> all = users().list();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[0].user.username, QStringLiteral("boss"));
    EXPECT_TRUE(all[0].hasPassword);
    EXPECT_EQ(all[1].user.id, old);
    EXPECT_FALSE(all[1].hasPassword);
    EXPECT_EQ(all[2].failedSignIns, 1);
    EXPECT_EQ(refusal([&] { users().byUsername(QStringLiteral("nobody")); }), QStringLiteral("user/not_found"));
}
