// PgAuditRepository on a real server (StorageAuditTest and
// StorageAuditQueryTest's cases): entries come back newest first with who,
// when and both values verbatim; every combination of record, user, action and
// period pages by key to exactly what a brute-force filter keeps; counts exact
// and bounded; an entry rolls back with its transaction.
#include "PgAuditRepository.h"

#include "PgRepoFixture.h"
#include "PgTransaction.h"

#include <QRandomGenerator>
#include <algorithm>
#include <stdexcept>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDateTime kStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

class PgAuditRepositoryTest : public PgRepoFixture
{
protected:
    PgAuditRepositoryTest()
        : audit(connection)
    {
        manager = addUser(QStringLiteral("manager1"), QStringLiteral("manager"));
    }

    qint64 log(const QString &action, const QString &entity, qint64 id, int minute)
    {
        AuditEntry e;
        e.at = QDateTime(QDate(2026, 11, 1), QTime(10, minute), Qt::UTC);
        e.userId = manager;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.oldValues = QStringLiteral("{\"name\":\"قدیم\"}").toUtf8();
        e.newValues = QStringLiteral("{\"name\":\"جدید\", \"n\":1}").toUtf8();
        return audit.add(e);
    }

    // Entries spread over users, actions, kinds and time (as StorageAuditQueryTest,
    // fewer: PostgreSQL has no narrow-period plan whose bound they must pass).
    void fill(int entries)
    {
        for (int i = 0; i < 3; ++i)
            users << addUser(QStringLiteral("user%1").arg(i), QStringLiteral("manager"));
        QRandomGenerator random(1405);
        PgTransaction::run(connection, [&] {
            all.clear();
            for (int i = 0; i < entries; ++i) {
                AuditEntry e;
                // Mostly in id order, a few with a clock that is behind (another PC).
                e.at = kStart.addSecs(qint64(i) * 60 - (random.bounded(50) == 0 ? 3600 : 0));
                e.userId = random.bounded(10) == 0 ? 0 : users[random.bounded(3)];
                e.action = actions[random.bounded(int(actions.size()))];
                e.entity = entities[random.bounded(int(entities.size()))];
                e.entityId = random.bounded(40) + 1;
                e.newValues = QByteArrayLiteral("{\"n\":1}");
                e.id = audit.add(e);
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
                && (!q.from.isValid() || e.at >= q.from) && (!q.to.isValid() || e.at < q.to)
                && (!q.beforeId || e.id < q.beforeId))
                ids << e.id;
        return ids;
    }

    QList<qint64> paged(AuditQuery q, int pageSize) const
    {
        q.limit = pageSize;
        q.beforeId = 0;
        QList<qint64> ids;
        for (;;) {
            const QList<AuditEntry> page = audit.list(q);
            for (const AuditEntry &e : page)
                ids << e.id;
            if (page.size() < pageSize)
                return ids;
            q.beforeId = page.back().id;
        }
    }

    PgAuditRepository audit;
    qint64 manager = 0;
    QList<qint64> users;
    QList<AuditEntry> all;
    const QStringList actions { QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete") };
    const QStringList entities { QStringLiteral("customer"), QStringLiteral("deal"), QStringLiteral("order") };
};

} // namespace

TEST_F(PgAuditRepositoryTest, entries_come_back_newest_first_with_who_when_and_both_values)
{
    log(QStringLiteral("create"), QStringLiteral("customer"), 7, 1);
    log(QStringLiteral("update"), QStringLiteral("customer"), 7, 2);
    AuditEntry bare;
    bare.at = QDateTime(QDate(2026, 11, 1), QTime(10, 3), Qt::UTC);
    bare.action = QStringLiteral("sign_in");
    bare.entity = QStringLiteral("user");
    const qint64 bareId = audit.add(bare);

    const QList<AuditEntry> got = audit.list({});
    ASSERT_EQ(got.size(), 3);
    EXPECT_EQ(got[0].id, bareId);
    EXPECT_EQ(got[0].userId, 0); // no signed-in user: NULL, read back as 0
    EXPECT_EQ(got[0].entityId, 0);
    EXPECT_TRUE(got[0].oldValues.isEmpty());
    EXPECT_TRUE(got[0].newValues.isEmpty());
    EXPECT_EQ(got[1].action, QStringLiteral("update"));
    EXPECT_EQ(got[1].userId, manager);
    EXPECT_EQ(got[1].entity, QStringLiteral("customer"));
    EXPECT_EQ(got[1].entityId, 7);
    EXPECT_EQ(got[1].at, QDateTime(QDate(2026, 11, 1), QTime(10, 2), Qt::UTC));
    EXPECT_EQ(got[1].oldValues, QStringLiteral("{\"name\":\"قدیم\"}").toUtf8());
    EXPECT_EQ(got[1].newValues, QStringLiteral("{\"name\":\"جدید\", \"n\":1}").toUtf8()); // verbatim
    EXPECT_EQ(got[2].action, QStringLiteral("create"));
}

TEST_F(PgAuditRepositoryTest, filters_and_pages_by_key)
{
    for (int i = 0; i < 10; ++i)
        log(i % 2 ? QStringLiteral("update") : QStringLiteral("create"),
            i < 6 ? QStringLiteral("customer") : QStringLiteral("deal"), i % 3 + 1, i);
    AuditQuery q;
    q.entity = QStringLiteral("customer");
    EXPECT_EQ(audit.count(q), 6);
    q.entityId = 1;
    EXPECT_EQ(audit.count(q), 2); // i = 0, 3
    AuditQuery byAction;
    byAction.action = QStringLiteral("create");
    EXPECT_EQ(audit.count(byAction), 5);
    AuditQuery inTime;
    inTime.from = QDateTime(QDate(2026, 11, 1), QTime(10, 2), Qt::UTC);
    inTime.to = QDateTime(QDate(2026, 11, 1), QTime(10, 5), Qt::UTC);
    EXPECT_EQ(audit.count(inTime), 3);
    AuditQuery other;
    other.userId = manager + 1;
    EXPECT_EQ(audit.count(other), 0);

    AuditQuery page;
    page.limit = 4;
    QList<qint64> ids;
    for (;;) {
        const QList<AuditEntry> rows = audit.list(page);
        if (rows.isEmpty())
            break;
        for (const AuditEntry &e : rows)
            ids << e.id;
        page.beforeId = rows.last().id;
    }
    ASSERT_EQ(ids.size(), 10);
    EXPECT_TRUE(std::is_sorted(ids.rbegin(), ids.rend()));
    EXPECT_EQ(audit.countAtMost({}, 3), 3);
    EXPECT_EQ(audit.countAtMost({}, 0), 1); // at least one, as SQLite
    EXPECT_EQ(audit.countAtMost({}, 50), 10);
    AuditQuery unlimited;
    unlimited.limit = -1; // no limit, as SQLite's LIMIT -1
    EXPECT_EQ(audit.list(unlimited).size(), 10);
    unlimited.limit = 0;
    EXPECT_TRUE(audit.list(unlimited).isEmpty());
}

TEST_F(PgAuditRepositoryTest, an_entry_rolls_back_with_its_transaction)
{
    EXPECT_THROW(PgTransaction::run(connection,
                                    [&] {
                                        log(QStringLiteral("update"), QStringLiteral("customer"), 1, 1);
                                        throw std::runtime_error("the change failed");
                                    }),
                 std::runtime_error);
    EXPECT_EQ(audit.count({}), 0);
}

TEST_F(PgAuditRepositoryTest, every_filter_combination_pages_to_exactly_the_matching_entries_newest_first)
{
    fill(3000);
    const QList<std::pair<QDateTime, QDateTime>> periods {
        { {}, {} },
        { kStart.addSecs(60 * 500), kStart.addSecs(60 * 530) },
        { kStart.addSecs(60 * 100), kStart.addSecs(60 * 2500) },
        { kStart.addSecs(60 * 2550), {} },
        { {}, kStart.addSecs(60 * 70) },
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
                        ASSERT_EQ(paged(q, 97), want) << what;
                        EXPECT_EQ(audit.count(q), want.size()) << what;
                        EXPECT_EQ(audit.countAtMost(q, 100), std::min<qint64>(want.size(), 100)) << what;
                        ++checked;
                    }
    EXPECT_EQ(checked, 60);
}

TEST_F(PgAuditRepositoryTest, a_small_page_in_a_wide_period_comes_from_the_newest_entries)
{
    fill(500);
    AuditQuery q;
    q.from = kStart;
    q.limit = 3;
    const QList<AuditEntry> page = audit.list(q);
    ASSERT_EQ(page.size(), 3);
    EXPECT_EQ(page[0].id, all[0].id);
    EXPECT_EQ(page[2].id, all[2].id);
    q.beforeId = page[2].id;
    EXPECT_EQ(audit.list(q).front().id, all[3].id);
    AuditQuery counted = q;
    counted.beforeId = 0;
    EXPECT_EQ(audit.count(q), expected(counted).size()); // count ignores beforeId
}
