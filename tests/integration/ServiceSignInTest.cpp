// Authenticator: who may sign in, what a refusal says, the growing wait after
// repeated wrong passwords (asked of an injected sleeper, never slept), and
// what a sign-in writes: nothing when it succeeds at once, the failure count
// and an audit line when the password is wrong, a new hash when the stored
// one was made with weaker parameters.
#include "Authenticator.h"
#include "CredentialRules.h"
#include "PasswordHash.h"
#include "SignInError.h"
#include "TestStore.h"

#include <sodium.h>

using namespace peyvand;
using namespace peyvand::testing;
using std::chrono::milliseconds;

namespace {

class ServiceSignIn : public ::testing::Test
{
protected:
    void SetUp() override { rep = addUser(QStringLiteral("rep1"), QStringLiteral("rep-password")); }

    User addUser(const QString &name, const QString &password, bool active = true)
    {
        User u { 0, name, QStringLiteral("سارا رضایی"), UserRole::SalesRep, active };
        u.id = store->users().add(u);
        if (!password.isEmpty())
            store->users().setPasswordHash(u.id, PasswordHash::hash(password));
        return u;
    }

    Authenticator authenticator()
    {
        return Authenticator(*store, clock, [this](milliseconds ms) { waits << ms.count(); });
    }

    // The SignInError code of signing in, or "ok".
    QString attempt(const QString &name, const QString &password)
    {
        try {
            authenticator().signIn(name, password);
            return QStringLiteral("ok");
        } catch (const SignInError &e) {
            return e.code();
        }
    }

    TestStore store { TestStore::Actor::Nobody }; // sign-in and user tests count every user and entry
    FixedClock clock { QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC) };
    QList<qint64> waits; // what the sleeper was asked for, in ms
    User rep;
};

} // namespace

TEST_F(ServiceSignIn, the_right_password_signs_in_and_writes_nothing)
{
    const qint64 auditBefore = store.rows("audit_log");
    const User u = authenticator().signIn(QStringLiteral("rep1"), QStringLiteral("rep-password"));
    EXPECT_EQ(u.id, rep.id);
    EXPECT_EQ(u.role, UserRole::SalesRep);
    EXPECT_TRUE(waits.isEmpty());
    EXPECT_EQ(store.rows("audit_log"), auditBefore);
    EXPECT_EQ(store->users().credentials(rep.id).failedSignIns, 0);
    // Usernames are matched without case and surrounding spaces.
    EXPECT_EQ(attempt(QStringLiteral(" REP1 "), QStringLiteral("rep-password")), QStringLiteral("ok"));
}

TEST_F(ServiceSignIn, each_refusal_has_its_own_code_and_a_persian_message)
{
    addUser(QStringLiteral("gone"), QStringLiteral("gone-password"), false);
    addUser(QStringLiteral("fresh"), QString());
    struct Case
    {
        const char *user, *password, *field, *code;
    };
    for (const Case &c :
         { Case { "nobody", "whatever1", "user", "unknown_user" }, Case { "gone", "gone-password", "user", "disabled" },
           Case { "fresh", "anything1", "password", "no_password" },
           Case { "rep1", "rep-passworD", "password", "wrong_password" }, Case { "rep1", "", "password", "required" },
           Case { "  ", "x", "user", "required" } }) {
        try {
            authenticator().signIn(QString::fromUtf8(c.user), QString::fromUtf8(c.password));
            ADD_FAILURE() << c.user << " signed in";
        } catch (const SignInError &e) {
            EXPECT_EQ(e.field(), QString::fromUtf8(c.field)) << c.user;
            EXPECT_EQ(e.code(), QString::fromUtf8(c.code)) << c.user;
            EXPECT_FALSE(e.persianMessage().isEmpty());
            EXPECT_FALSE(e.message().contains(QString::fromUtf8(c.password)) && *c.password) << "echoes the password";
        }
    }
    // Only the wrong password is counted (unknown, disabled and password-less users have nothing to count).
    EXPECT_EQ(store->users().credentials(rep.id).failedSignIns, 1);
}

TEST_F(ServiceSignIn, a_wrong_password_is_counted_and_audited_without_the_password)
{
    EXPECT_EQ(attempt(QStringLiteral("rep1"), QStringLiteral("guess-one")), QStringLiteral("wrong_password"));
    const UserCredentials c = store->users().credentials(rep.id);
    EXPECT_EQ(c.failedSignIns, 1);
    EXPECT_EQ(c.lastFailedAt, clock.now());
    AuditQuery q;
    q.entity = QStringLiteral("user");
    const QList<AuditEntry> entries = store->audit().list(q);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, QStringLiteral("sign_in_failed"));
    EXPECT_EQ(entries[0].entityId, rep.id);
    EXPECT_EQ(entries[0].userId, 0); // nobody was signed in
    EXPECT_FALSE(entries[0].newValues.contains("guess-one"));
    EXPECT_TRUE(entries[0].oldValues.isEmpty() && entries[0].newValues.isEmpty());
}

TEST_F(ServiceSignIn, the_wait_doubles_after_three_failures_up_to_eight_seconds)
{
    EXPECT_EQ(Authenticator::delayAfter(0).count(), 0);
    EXPECT_EQ(Authenticator::delayAfter(2).count(), 0);
    EXPECT_EQ(Authenticator::delayAfter(3).count(), 1000);
    EXPECT_EQ(Authenticator::delayAfter(4).count(), 2000);
    EXPECT_EQ(Authenticator::delayAfter(5).count(), 4000);
    EXPECT_EQ(Authenticator::delayAfter(6).count(), 8000);
    EXPECT_EQ(Authenticator::delayAfter(60).count(), 8000);

    // The clock stands still: every attempt from the fourth on waits the whole delay.
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(attempt(QStringLiteral("rep1"), QStringLiteral("wrong-guess")), QStringLiteral("wrong_password"));
    EXPECT_EQ(waits, (QList<qint64> { 1000, 2000, 4000, 8000, 8000 }));
    EXPECT_EQ(authenticator().waitFor(QStringLiteral("rep1")).count(), 8000);

    // Time that passed since the last failure counts: 3 s later only 5 s remain.
    clock.advanceSeconds(3);
    EXPECT_EQ(authenticator().waitFor(QStringLiteral("rep1")).count(), 5000);
    waits.clear();
    EXPECT_EQ(attempt(QStringLiteral("rep1"), QStringLiteral("rep-password")), QStringLiteral("ok"));
    EXPECT_EQ(waits, (QList<qint64> { 5000 }));

    // Success cleared the count: the next mistakes are free again.
    EXPECT_EQ(store->users().credentials(rep.id).failedSignIns, 0);
    waits.clear();
    EXPECT_EQ(attempt(QStringLiteral("rep1"), QStringLiteral("wrong-guess")), QStringLiteral("wrong_password"));
    EXPECT_TRUE(waits.isEmpty());
    EXPECT_EQ(authenticator().waitFor(QStringLiteral("nobody")).count(), 0);
}

TEST_F(ServiceSignIn, a_wait_long_past_costs_nothing)
{
    for (int i = 0; i < 4; ++i)
        attempt(QStringLiteral("rep1"), QStringLiteral("wrong-guess"));
    clock.advanceSeconds(60);
    waits.clear();
    EXPECT_EQ(attempt(QStringLiteral("rep1"), QStringLiteral("rep-password")), QStringLiteral("ok"));
    EXPECT_TRUE(waits.isEmpty());
}

TEST_F(ServiceSignIn, a_hash_with_weaker_parameters_is_replaced_on_sign_in)
{
    char weak[crypto_pwhash_STRBYTES];
    const QByteArray pw = QByteArrayLiteral("rep-password");
    ASSERT_EQ(crypto_pwhash_str_alg(weak, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_MIN,
                                    crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
              0);
    store->users().setPasswordHash(rep.id, QString::fromLatin1(weak));
    ASSERT_TRUE(PasswordHash::needsRehash(QString::fromLatin1(weak)));

    EXPECT_EQ(attempt(QStringLiteral("rep1"), QStringLiteral("rep-password")), QStringLiteral("ok"));
    const QString now = store->users().credentials(rep.id).passwordHash;
    EXPECT_NE(now, QString::fromLatin1(weak));
    EXPECT_FALSE(PasswordHash::needsRehash(now));
    EXPECT_TRUE(PasswordHash::verify(now, QStringLiteral("rep-password")));
}

TEST_F(ServiceSignIn, passwords_compare_in_unicode_normal_form)
{
    // آ typed as one code point or as alef + madda above is the same password.
    const QString composed = QStringLiteral("رمز\u0622سان۱۴۰۵");
    const QString decomposed = QStringLiteral("رمز\u0627\u0653سان۱۴۰۵");
    ASSERT_NE(composed, decomposed);
    store->users().setPasswordHash(rep.id, PasswordHash::hash(CredentialRules::normalisePassword(decomposed)));
    EXPECT_EQ(attempt(QStringLiteral("rep1"), composed), QStringLiteral("ok"));
    EXPECT_EQ(attempt(QStringLiteral("rep1"), decomposed), QStringLiteral("ok"));
}
