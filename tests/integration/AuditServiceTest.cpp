// AuditService: only managers and admins read the trail (a rep, support, a
// disabled manager and nobody are refused with PermissionError naming
// view_audit); filters, key paging and Iranian business days.
#include "AuditService.h"

#include "AuditTrail.h"
#include "JalaliDate.h"
#include "PermissionError.h"
#include "TestStore.h"

#include <algorithm>
#include <limits>
#include <map>

using namespace peyvand;
using namespace peyvand::testing;
using json = nlohmann::ordered_json;

namespace {

class AuditServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const auto &[name, role] :
             { std::pair { "rep1", UserRole::SalesRep }, std::pair { "support1", UserRole::Support },
               std::pair { "manager1", UserRole::Manager }, std::pair { "admin", UserRole::Admin } }) {
            User u;
            u.username = QString::fromLatin1(name);
            u.role = role;
            u.id = store->users().add(u);
            users[role] = u;
        }
        store->setActor(users[UserRole::Manager]);
        // Seven entries, one a minute from 20:25 UTC on 1405/08/10 (2026-11-01):
        // Iran time (UTC+03:30) is 23:55 — the day turns to 1405/08/11 at 20:30 UTC.
        for (int i = 0; i < 7; ++i) {
            clock.set(QDateTime(QDate(2026, 11, 1), QTime(20, 25 + i), Qt::UTC));
            store->setActor(i % 2 ? users[UserRole::SalesRep] : users[UserRole::Manager]);
            AuditTrail::record(*store, clock, i == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                               i < 5 ? QStringLiteral("customer") : QStringLiteral("deal"), i < 5 ? 1 : 2,
                               i == 0 ? json() : json { { "n", i - 1 } }, json { { "n", i } });
        }
    }
    void actAs(UserRole role) { store->setActor(users[role]); }

    TestStore store;
    FixedClock clock { QDateTime(QDate(2026, 11, 1), QTime(20, 0), Qt::UTC) };
    std::map<UserRole, User> users;
};

} // namespace

TEST_F(AuditServiceTest, managers_and_admins_read_the_whole_trail_newest_first)
{
    const AuditService audit(*store);
    for (UserRole role : { UserRole::Manager, UserRole::Admin }) {
        actAs(role);
        const QList<AuditEntry> all = audit.list({});
        ASSERT_EQ(all.size(), 7);
        EXPECT_EQ(all.front().entity, QStringLiteral("deal"));
        EXPECT_EQ(all.back().action, QStringLiteral("create"));
        EXPECT_GT(all.front().id, all.back().id);
        EXPECT_EQ(audit.count({}), 7);
    }
}

TEST_F(AuditServiceTest, reps_support_disabled_users_and_nobody_are_refused_naming_view_audit)
{
    const AuditService audit(*store);
    User disabled = users[UserRole::Manager];
    disabled.active = false;
    for (const User &actor : { users[UserRole::SalesRep], users[UserRole::Support], disabled, User {} }) {
        store->setActor(actor);
        try {
            audit.list({});
            ADD_FAILURE() << "listed for " << actor.username.toStdString();
        } catch (const PermissionError &e) {
            EXPECT_EQ(e.permission(), Permission::ViewAudit);
            EXPECT_EQ(e.field(), QStringLiteral("permission"));
            EXPECT_EQ(e.code(), QStringLiteral("view_audit"));
        }
        EXPECT_THROW(audit.count({}), PermissionError) << actor.username.toStdString();
    }
}

TEST_F(AuditServiceTest, filters_by_record_user_and_action_and_pages_by_key)
{
    const AuditService audit(*store);
    AuditQuery q;
    q.entity = QStringLiteral("customer");
    q.entityId = 1;
    EXPECT_EQ(audit.count(q), 5);
    q.userId = users[UserRole::SalesRep].id;
    EXPECT_EQ(audit.count(q), 2); // i = 1, 3
    q.action = QStringLiteral("create");
    EXPECT_EQ(audit.count(q), 0);

    AuditQuery page;
    page.limit = 3;
    QList<qint64> ids;
    for (QList<AuditEntry> rows; !(rows = audit.list(page)).isEmpty(); page.beforeId = rows.back().id)
        for (const AuditEntry &e : rows)
            ids << e.id;
    ASSERT_EQ(ids.size(), 7);
    EXPECT_TRUE(std::is_sorted(ids.rbegin(), ids.rend()));
}

TEST_F(AuditServiceTest, a_limit_out_of_range_is_kept_within_bounds)
{
    const AuditService audit(*store);
    AuditQuery q;
    q.limit = 0;
    EXPECT_EQ(audit.list(q).size(), 1);
    q.limit = -5;
    EXPECT_EQ(audit.list(q).size(), 1);
    q.limit = std::numeric_limits<int>::max();
    EXPECT_EQ(audit.list(q).size(), 7);
}

TEST_F(AuditServiceTest, days_are_iranian_business_days_both_ends_included)
{
    const AuditService audit(*store);
    const QDate first = JalaliDate::fromJalali(1405, 8, 10);
    const QDate second = JalaliDate::fromJalali(1405, 8, 11);
    ASSERT_EQ(first, QDate(2026, 11, 1));
    AuditQuery q;
    AuditService::restrictToDays(q, first, first);
    EXPECT_EQ(audit.count(q), 5); // 20:25–20:29 UTC = 23:55–23:59 Tehran
    AuditService::restrictToDays(q, second, QDate());
    EXPECT_EQ(audit.count(q), 2);
    AuditService::restrictToDays(q, QDate(), second);
    EXPECT_EQ(audit.count(q), 7);
    AuditService::restrictToDays(q, QDate(), QDate());
    EXPECT_FALSE(q.from.isValid());
    EXPECT_FALSE(q.to.isValid());
    try {
        AuditService::restrictToDays(q, second, first);
        ADD_FAILURE() << "a period that ends before it starts was accepted";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.code(), QStringLiteral("end_before_start"));
    }
}
