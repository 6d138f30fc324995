// The audit trail's queries against a brute-force filter of the same entries:
// every combination of record, user, action and period (narrow and wide, so
// each of the repository's index choices runs), paged by key, newest first;
// counts exact and bounded.
#include "AuditTrail.h"
#include "TestStore.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class StorageAuditQuery : public ::testing::Test
{
protected:
    static constexpr int kEntries = 26000; // more than the repository's narrow-period bound (20000)

    void SetUp() override
    {
        for (int i = 0; i < 3; ++i) {
            User u;
            u.username = QStringLiteral("user%1").arg(i);
            u.role = UserRole::Manager;
            users << store->users().add(u);
        }
        QRandomGenerator random(1405);
        const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        store->transaction([&] {
            for (int i = 0; i < kEntries; ++i) {
                AuditEntry e;
                // Mostly in id order, a few with a clock that is behind (another PC).
                e.at = start.addSecs(qint64(i) * 60 - (random.bounded(50) == 0 ? 3600 : 0));
                e.userId = random.bounded(10) == 0 ? 0 : users[random.bounded(3)];
                e.action = actions[random.bounded(int(actions.size()))];
                e.entity = entities[random.bounded(int(entities.size()))];
                e.entityId = random.bounded(40) + 1;
                e.newValues = QByteArrayLiteral("{\"n\":1}");
                e.id = store->audit().add(e);
                all << e;
            }
        });
        std::reverse(all.begin(), all.end()); // newest first
    }

    QList<qint64> expected(const AuditQuery &q) const
    {
        QList<qint64> ids;
        for (const AuditEntry &e : all)
            if ((q.entity.isEmpty() || e.entity == q.entity) && (!q.entityId || e.entityId == q.entityId)
                && (!q.userId || e.userId == q.userId) && (q.action.isEmpty() || e.action == q.action)
                && (!q.from.isValid() || e.at >= q.from) && (!q.to.isValid() || e.at < q.to))
                ids << e.id;
        return ids;
    }

    QList<qint64> paged(AuditQuery q, int pageSize) const
    {
        q.limit = pageSize;
        q.beforeId = 0;
        QList<qint64> ids;
        for (;;) {
            const QList<AuditEntry> page = store.store->audit().list(q);
            for (const AuditEntry &e : page)
                ids << e.id;
            if (page.size() < pageSize)
                return ids;
            q.beforeId = page.back().id;
        }
    }

    TestStore store;
    QList<qint64> users;
    QList<AuditEntry> all;
    const QStringList actions { QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete") };
    const QStringList entities { QStringLiteral("customer"), QStringLiteral("deal"), QStringLiteral("order") };
};

} // namespace

TEST_F(StorageAuditQuery, every_filter_combination_pages_to_exactly_the_matching_entries_newest_first)
{
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    // A narrow period (about 300 entries), a wide one (about 24000), open ends.
    const QList<std::pair<QDateTime, QDateTime>> periods {
        { {}, {} },
        { start.addSecs(60 * 5000), start.addSecs(60 * 5300) },
        { start.addSecs(60 * 1000), start.addSecs(60 * 25000) },
        { start.addSecs(60 * 25500), {} },
        { {}, start.addSecs(60 * 700) },
    };
    int checked = 0;
    for (const QString &entity : { QString(), QStringLiteral("deal") })
        for (const qint64 entityId : { qint64(0), qint64(7) })
            for (const qint64 userId : { qint64(0), users[1] })
                for (const QString &action : { QString(), QStringLiteral("update") })
                    for (const auto &[from, to] : periods) {
                        if (entityId && entity.isEmpty())
                            continue; // an id needs its kind
                        AuditQuery q;
                        q.entity = entity;
                        q.entityId = entityId;
                        q.userId = userId;
                        q.action = action;
                        q.from = from;
                        q.to = to;
                        const QList<qint64> want = expected(q);
                        const std::string what = QStringLiteral("%1/%2/%3/%4/%5-%6")
                                                     .arg(entity)
                                                     .arg(entityId)
                                                     .arg(userId)
                                                     .arg(action, from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                                     .toStdString();
                        ASSERT_EQ(paged(q, 997), want) << what;
                        EXPECT_EQ(store->audit().count(q), want.size()) << what;
                        EXPECT_EQ(store->audit().countAtMost(q, 100), std::min<qint64>(want.size(), 100)) << what;
                        ++checked;
                    }
    EXPECT_EQ(checked, 60);
}

TEST_F(StorageAuditQuery, a_small_page_in_a_wide_period_comes_from_the_newest_entries)
{
    AuditQuery q;
    q.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    q.limit = 3;
    const QList<AuditEntry> page = store->audit().list(q);
    ASSERT_EQ(page.size(), 3);
    EXPECT_EQ(page[0].id, all[0].id);
    EXPECT_EQ(page[2].id, all[2].id);
    q.beforeId = page[2].id;
    EXPECT_EQ(store->audit().list(q).front().id, all[3].id);
    EXPECT_EQ(store->audit().count(q), expected(q).size()); // count ignores beforeId
}
