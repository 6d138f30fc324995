// The audit trail's storage: entries come back newest first, filtered by
// record, user, action and time, a page at a time by key; an entry written in
// a transaction that is rolled back is gone with the change it described.
#include "AuditTrail.h"
#include "TestStore.h"

#include <nlohmann/json.hpp>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class StorageAudit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        User u;
        u.username = QStringLiteral("manager1");
        u.role = UserRole::Manager;
        u.id = store->users().add(u);
        store->setActor(u);
        manager = u;
    }
    void log(const QString &action, const QString &entity, qint64 id, int minute)
    {
        clock.set(QDateTime(QDate(2026, 11, 1), QTime(10, minute), Qt::UTC));
        AuditTrail::record(*store, clock, action, entity, id, nlohmann::ordered_json { { "name", "قدیم" } },
                           nlohmann::ordered_json { { "name", "جدید" } });
    }
    TestStore store;
    FixedClock clock { QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC) };
    User manager;
};

} // namespace

TEST_F(StorageAudit, entries_come_back_newest_first_with_who_when_and_both_values)
{
    log(QStringLiteral("create"), QStringLiteral("customer"), 7, 1);
    log(QStringLiteral("update"), QStringLiteral("customer"), 7, 2);
    const QList<AuditEntry> all = store->audit().list({});
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].action, QStringLiteral("update"));
    EXPECT_EQ(all[0].userId, manager.id);
    EXPECT_EQ(all[0].entity, QStringLiteral("customer"));
    EXPECT_EQ(all[0].entityId, 7);
    EXPECT_EQ(all[0].at, QDateTime(QDate(2026, 11, 1), QTime(10, 2), Qt::UTC));
    EXPECT_EQ(nlohmann::json::parse(all[0].oldValues.toStdString()).at("name"), "قدیم");
    EXPECT_EQ(nlohmann::json::parse(all[0].newValues.toStdString()).at("name"), "جدید");
}

TEST_F(StorageAudit, filters_and_pages_by_key)
{
    for (int i = 0; i < 10; ++i)
        log(i % 2 ? QStringLiteral("update") : QStringLiteral("create"),
            i < 6 ? QStringLiteral("customer") : QStringLiteral("deal"), i % 3 + 1, i);
    AuditQuery q;
    q.entity = QStringLiteral("customer");
    EXPECT_EQ(store->audit().count(q), 6);
    q.entityId = 1;
    EXPECT_EQ(store->audit().count(q), 2); // i = 0, 3
    AuditQuery byAction;
    byAction.action = QStringLiteral("create");
    EXPECT_EQ(store->audit().count(byAction), 5);
    AuditQuery inTime;
    inTime.from = QDateTime(QDate(2026, 11, 1), QTime(10, 2), Qt::UTC);
    inTime.to = QDateTime(QDate(2026, 11, 1), QTime(10, 5), Qt::UTC);
    EXPECT_EQ(store->audit().count(inTime), 3);
    AuditQuery other;
    other.userId = manager.id + 1;
    EXPECT_EQ(store->audit().count(other), 0);

    AuditQuery page;
    page.limit = 4;
    QList<qint64> ids;
    for (;;) {
        const QList<AuditEntry> rows = store->audit().list(page);
        if (rows.isEmpty())
            break;
        for (const AuditEntry &e : rows)
            ids << e.id;
        page.beforeId = rows.last().id;
    }
    ASSERT_EQ(ids.size(), 10);
    EXPECT_TRUE(std::is_sorted(ids.rbegin(), ids.rend()));
    EXPECT_EQ(store->audit().countAtMost({}, 3), 3);
    EXPECT_EQ(store->audit().countAtMost({}, 0), 1); // at least one
    EXPECT_EQ(store->audit().countAtMost({}, 50), 10);
    AuditQuery unlimited;
    unlimited.limit = -1; // no limit (SQLite's LIMIT -1)
    EXPECT_EQ(store->audit().list(unlimited).size(), 10);
    unlimited.limit = 0;
    EXPECT_TRUE(store->audit().list(unlimited).isEmpty());
}

TEST_F(StorageAudit, an_entry_without_user_or_record_reads_back_as_zeros_and_values_come_back_verbatim)
{
    AuditEntry e;
    e.at = QDateTime(QDate(2026, 11, 1), QTime(10, 1), Qt::UTC);
    e.userId = manager.id;
    e.action = QStringLiteral("update");
    e.entity = QStringLiteral("customer");
    e.entityId = 7;
    e.oldValues = QStringLiteral("{\"name\":\"قدیم\"}").toUtf8();
    e.newValues = QStringLiteral("{\"name\":\"جدید\", \"n\":1}").toUtf8();
    const qint64 changed = store->audit().add(e);
    AuditEntry bare;
    bare.at = QDateTime(QDate(2026, 11, 1), QTime(10, 3), Qt::UTC);
    bare.action = QStringLiteral("sign_in");
    bare.entity = QStringLiteral("user");
    const qint64 bareId = store->audit().add(bare);

    const QList<AuditEntry> got = store->audit().list({});
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].id, bareId);
    EXPECT_EQ(got[0].userId, 0); // no signed-in user: NULL, read back as 0
    EXPECT_EQ(got[0].entityId, 0);
    EXPECT_TRUE(got[0].oldValues.isEmpty());
    EXPECT_TRUE(got[0].newValues.isEmpty());
    EXPECT_EQ(got[1].id, changed);
    EXPECT_EQ(got[1].oldValues, e.oldValues);
    EXPECT_EQ(got[1].newValues, e.newValues); // key order and spacing as written
}

TEST_F(StorageAudit, an_entry_rolls_back_with_its_transaction)
{
    EXPECT_THROW(store->transaction([&] {
        log(QStringLiteral("update"), QStringLiteral("customer"), 1, 1);
        throw std::runtime_error("the change failed");
    }),
                 std::runtime_error);
    EXPECT_EQ(store->audit().count({}), 0);
}
