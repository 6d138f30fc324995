// Users on PostgreSQL: StorageUserRepository's round trip (usernames unique
// and found regardless of ASCII case) and the sign-in data.
#include "PgRepoStore.h"

using namespace peyvand;
using peyvand::testing::PgRepoStore;

TEST(PgUserRepository, users_round_trip_and_usernames_ignore_case)
{
    PgRepoStore s;
    const qint64 a
        = s.users->add(User { 0, QStringLiteral("rep1"), QStringLiteral("علی احمدی"), UserRole::SalesRep, true });
    const qint64 b
        = s.users->add(User { 0, QStringLiteral("Manager"), QStringLiteral("مهدی کاظمی"), UserRole::Manager, true });
    auto got = s.users->get(b);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->username, QStringLiteral("Manager"));
    EXPECT_EQ(got->fullName, QStringLiteral("مهدی کاظمی"));
    EXPECT_EQ(got->role, UserRole::Manager);
    EXPECT_TRUE(got->active);
    EXPECT_TRUE(got->createdAt.isValid());
    EXPECT_LE(qAbs(got->createdAt.secsTo(QDateTime::currentDateTimeUtc())), 3600);
    EXPECT_EQ(s.users->byUsername(QStringLiteral("manager"))->id, b);
    EXPECT_EQ(s.users->byUsername(QStringLiteral("REP1"))->id, a);
    EXPECT_FALSE(s.users->byUsername(QStringLiteral("nobody")));
    // Usernames are unique regardless of case.
    EXPECT_THROW(s.users->add(User { 0, QStringLiteral("REP1"), {}, UserRole::Support, true }), DatabaseError);

    got->active = false;
    got->role = UserRole::Admin;
    s.users->update(*got);
    got = s.users->get(b);
    EXPECT_FALSE(got->active);
    EXPECT_EQ(got->role, UserRole::Admin);
    const auto all = s.users->all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, a);
    EXPECT_EQ(all[1].id, b);
    EXPECT_FALSE(s.users->get(b + 100));
}

TEST(PgUserRepository, credentials_count_failed_sign_ins_until_cleared_or_a_new_password)
{
    PgRepoStore s;
    const qint64 id = s.users->add(User { 0, QStringLiteral("rep1"), QStringLiteral("رضا"), UserRole::SalesRep, true });
    UserCredentials c = s.users->credentials(id);
    EXPECT_TRUE(c.passwordHash.isEmpty());
    EXPECT_EQ(c.failedSignIns, 0);
    EXPECT_FALSE(c.lastFailedAt.isValid());

    s.users->setPasswordHash(id, QStringLiteral("$argon2id$v=19$abc"));
    const QDateTime t1(QDate(2025, 1, 15), QTime(9, 30), Qt::UTC);
    s.users->recordFailedSignIn(id, t1);
    s.users->recordFailedSignIn(id, t1.addSecs(60));
    c = s.users->credentials(id);
    EXPECT_EQ(c.passwordHash, QStringLiteral("$argon2id$v=19$abc"));
    EXPECT_EQ(c.failedSignIns, 2);
    EXPECT_EQ(c.lastFailedAt, t1.addSecs(60));

    s.users->clearFailedSignIns(id);
    c = s.users->credentials(id);
    EXPECT_EQ(c.failedSignIns, 0);
    EXPECT_FALSE(c.lastFailedAt.isValid());
    EXPECT_EQ(c.passwordHash, QStringLiteral("$argon2id$v=19$abc"));

    s.users->recordFailedSignIn(id, t1);
    s.users->setPasswordHash(id, QStringLiteral("new"));
    c = s.users->credentials(id);
    EXPECT_EQ(c.passwordHash, QStringLiteral("new"));
    EXPECT_EQ(c.failedSignIns, 0);
    EXPECT_FALSE(c.lastFailedAt.isValid());
    // An unknown user has no credentials.
    EXPECT_TRUE(s.users->credentials(id + 100).passwordHash.isEmpty());
}
