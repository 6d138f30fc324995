// Argon2id through libsodium: the stored string names the algorithm and its
// parameters, a salt makes equal passwords hash differently, and only the
// right password verifies.
#include "PasswordHash.h"

#include <gtest/gtest.h>

using namespace peyvand;

TEST(PasswordHash, stores_argon2id_with_its_parameters_and_a_salt)
{
    const QString a = PasswordHash::hash(QStringLiteral("رمز عبور ۱۲۳"));
    const QString b = PasswordHash::hash(QStringLiteral("رمز عبور ۱۲۳"));
    EXPECT_TRUE(a.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$"))) << a.toStdString();
    EXPECT_NE(a, b); // salted
    EXPECT_FALSE(a.contains(QStringLiteral("رمز")));
    EXPECT_FALSE(PasswordHash::needsRehash(a));
}

TEST(PasswordHash, only_the_right_password_verifies)
{
    const QString stored = PasswordHash::hash(QStringLiteral("correct horse"));
    EXPECT_TRUE(PasswordHash::verify(stored, QStringLiteral("correct horse")));
    EXPECT_FALSE(PasswordHash::verify(stored, QStringLiteral("correct hors")));
    EXPECT_FALSE(PasswordHash::verify(stored, QStringLiteral("Correct horse")));
    EXPECT_FALSE(PasswordHash::verify(stored, QString()));
    EXPECT_FALSE(PasswordHash::verify(QString(), QStringLiteral("correct horse")));
    EXPECT_FALSE(PasswordHash::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("correct horse")));
}

TEST(PasswordHash, weaker_stored_parameters_ask_for_a_rehash)
{
    // An Argon2id string with a smaller memory cost than today's interactive limit.
    const QString stored = PasswordHash::hash(QStringLiteral("x"));
    QString weaker = stored;
    weaker.replace(QStringLiteral("m=65536"), QStringLiteral("m=4096"));
    EXPECT_TRUE(PasswordHash::needsRehash(weaker));
}
