// UserService keeps the server's accounts (DataStore::serverAccounts, the
// PostgreSQL login roles of team mode) in step with the users table: every
// add, password, role and activity change reaches them inside the same
// transaction, with the NFC-normalised password, after the users row was
// written; a refusal by the server rolls the whole change back. The store
// here is SQLite with a recording ServerAccounts (the PostgreSQL one is
// tested against a real server in tests/pg/PgServerRolesTest).
#include "ServerAccounts.h"
#include "TestStore.h"
#include "UserService.h"

#include <stdexcept>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class RecordingAccounts final : public ServerAccounts
{
public:
    explicit RecordingAccounts(DataStore &store)
        : m_store(store)
    {
    }
    void createLogin(const User &user, const QString &password) override
    {
        note(QStringLiteral("create %1 %2 %3").arg(user.username, toCode(user.role), password), user);
    }
    void setPassword(const User &user, const QString &password) override
    {
        note(QStringLiteral("password %1 %2").arg(user.username, password), user);
    }
    void setActive(const User &user, bool active) override
    {
        note(QStringLiteral("active %1 %2").arg(user.username).arg(active), user);
    }
    void setRole(const User &user, UserRole role) override
    {
        note(QStringLiteral("role %1 %2").arg(user.username, toCode(role)), user);
    }

    QStringList calls;
    bool refuse = false;

private:
    void note(const QString &call, const User &user)
    {
        // Called after the users row was written, inside the change's transaction.
        const auto row = m_store.users().get(user.id);
        if (!row)
            throw std::logic_error("the account is set before the users row exists");
        calls << call;
        if (refuse)
            throw DatabaseError("the server refused");
    }
    DataStore &m_store;
};

// A store with recorded server accounts: every repository forwarded to the test's store.
class AccountsStore final : public DataStore
{
public:
    explicit AccountsStore(DataStore &inner)
        : m_inner(inner)
        , accounts(inner)
    {
    }
    CustomerRepository &customers() override { return m_inner.customers(); }
    ContactRepository &contacts() override { return m_inner.contacts(); }
    PipelineRepository &pipelines() override { return m_inner.pipelines(); }
    DealRepository &deals() override { return m_inner.deals(); }
    ActivityRepository &activities() override { return m_inner.activities(); }
    OrderRepository &orders() override { return m_inner.orders(); }
    ServiceRequestRepository &serviceRequests() override { return m_inner.serviceRequests(); }
    UserRepository &users() override { return m_inner.users(); }
    ReportRepository &reports() override { return m_inner.reports(); }
    AuditRepository &audit() override { return m_inner.audit(); }
    void transaction(const std::function<void()> &work) override { m_inner.transaction(work); }
    std::unique_ptr<BulkLoader> bulkLoader(const BulkLoadPlan &plan) override { return m_inner.bulkLoader(plan); }
    std::unique_ptr<SnapshotReader> snapshotReader() override { return m_inner.snapshotReader(); }
    std::unique_ptr<SnapshotWriter> snapshotWriter() override { return m_inner.snapshotWriter(); }
    MetaRepository &meta() override { return m_inner.meta(); }
    std::unique_ptr<DatabaseBackup> backup() override { return m_inner.backup(); }
    QString location() const override { return m_inner.location(); }
    int schemaVersion() override { return m_inner.schemaVersion(); }
    ServerAccounts *serverAccounts() override { return &accounts; }

private:
    DataStore &m_inner;

public:
    RecordingAccounts accounts;
};

User named(const char *username, UserRole role)
{
    return User { 0, QString::fromUtf8(username), {}, role, true };
}

class ServiceServerAccounts : public ::testing::Test
{
protected:
    UserService users() { return UserService(store, clock); }

    TestStore sqlite { TestStore::Actor::Nobody };
    AccountsStore store { *sqlite };
    FixedClock clock { QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC) };
};

} // namespace

TEST_F(ServiceServerAccounts, every_user_change_reaches_the_server_accounts)
{
    {
        QTemporaryDir dir;
        EXPECT_EQ(SqliteDataStore(dir.filePath(QStringLiteral("x.sqlite"))).serverAccounts(), nullptr); // SQLite: none
    }

    const User boss = users().add(named("boss", UserRole::Admin), QStringLiteral("boss-password"));
    store.setActor(boss);
    // A password typed in decomposed form reaches the server as the app checks it: NFC.
    const User rep = users().add(named("rep", UserRole::SalesRep), QStringLiteral("pass-\u0627\u0653-word"));
    users().setPassword(rep.id, QStringLiteral("new-password"));
    users().setRole(rep.id, UserRole::Support);
    users().setActive(rep.id, false);
    users().setActive(rep.id, false); // no change, nothing to do
    users().setActive(rep.id, true);
    EXPECT_EQ(store.accounts.calls,
              (QStringList { QStringLiteral("create boss admin boss-password"),
                             QStringLiteral("create rep sales_rep pass-\u0622-word"),
                             QStringLiteral("password rep new-password"), QStringLiteral("role rep support"),
                             QStringLiteral("active rep 0"), QStringLiteral("active rep 1") }));

    // Your own password, as yourself.
    store.setActor(*store.users().get(rep.id));
    users().setPassword(rep.id, QStringLiteral("own-password"), QStringLiteral("new-password"));
    EXPECT_EQ(store.accounts.calls.last(), QStringLiteral("password rep own-password"));
}

TEST_F(ServiceServerAccounts, a_refusal_by_the_server_leaves_nothing_written)
{
    const User boss = users().add(named("boss", UserRole::Admin), QStringLiteral("boss-password"));
    store.setActor(boss);
    const User rep = users().add(named("rep", UserRole::SalesRep), QStringLiteral("rep-password"));
    const qint64 audited = sqlite.rows("audit_log");
    const QString hash = store.users().credentials(rep.id).passwordHash;

    store.accounts.refuse = true;
    EXPECT_THROW(users().add(named("other", UserRole::SalesRep), QStringLiteral("other-password")), DatabaseError);
    EXPECT_FALSE(store.users().byUsername(QStringLiteral("other")));
    EXPECT_THROW(users().setRole(rep.id, UserRole::Manager), DatabaseError);
    EXPECT_EQ(store.users().get(rep.id)->role, UserRole::SalesRep);
    EXPECT_THROW(users().setActive(rep.id, false), DatabaseError);
    EXPECT_TRUE(store.users().get(rep.id)->active);
    EXPECT_THROW(users().setPassword(rep.id, QStringLiteral("another-password")), DatabaseError);
    EXPECT_EQ(store.users().credentials(rep.id).passwordHash, hash);
    EXPECT_EQ(sqlite.rows("audit_log"), audited);
}
