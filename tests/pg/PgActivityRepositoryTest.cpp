// PgActivityRepository on a real server: StorageRoundTripTest's timeline and
// follow-up cases, the calendar export's ranges, and the version check of the
// two follow-up changes.
#include "PgActivityRepository.h"

#include "ConcurrentChangeError.h"
#include "PgRepoFixture.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDateTime kT0(QDate(2024, 10, 1), QTime(7, 15, 30), Qt::UTC);

class PgActivityRepositoryTest : public PgRepoFixture
{
protected:
    PgActivityRepositoryTest()
        : activities(connection)
    {
        customer = addIndividual(QStringLiteral("علی"), QStringLiteral("احمدی"));
    }

    qint64 withFollowUp(qint64 owner, int days)
    {
        Activity a;
        a.customerId = customer;
        a.direction = Direction::Outbound;
        a.at = kT0;
        a.ownerId = owner;
        a.followUpAt = kT0.addDays(days);
        a.createdAt = kT0;
        return activities.add(a);
    }

    PgActivityRepository activities;
    qint64 customer = 0;
};

} // namespace

TEST_F(PgActivityRepositoryTest, timeline_pages_newest_first_by_time_and_id_without_gaps)
{
    const qint64 owner = addUser(QStringLiteral("rep1"));
    const qint64 other = addIndividual(QStringLiteral("رضا"), QStringLiteral("محمدی"));
    QList<qint64> ids;
    for (int i = 0; i < 23; ++i) {
        Activity a;
        a.type = static_cast<ActivityType>(i % 6);
        a.customerId = customer;
        a.direction = i % 2 ? Direction::Inbound : Direction::Outbound;
        a.at = kT0.addSecs(3600 * (i / 3)); // three activities share each moment
        a.durationSeconds = 60 + i;
        a.outcome = QStringLiteral("نتیجه %1").arg(i);
        a.notes = QStringLiteral("یادداشت");
        a.ownerId = owner;
        a.createdAt = a.at;
        ids << activities.add(a);
    }
    Activity elsewhere;
    elsewhere.customerId = other;
    elsewhere.at = elsewhere.createdAt = kT0;
    activities.add(elsewhere);

    const auto one = activities.get(ids[4]);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->type, static_cast<ActivityType>(4));
    EXPECT_EQ(one->direction, Direction::Outbound);
    EXPECT_EQ(one->at, kT0.addSecs(3600));
    EXPECT_EQ(one->durationSeconds, 64);
    EXPECT_EQ(one->outcome, QStringLiteral("نتیجه 4"));
    EXPECT_EQ(one->notes, QStringLiteral("یادداشت"));
    EXPECT_EQ(one->ownerId, owner);
    EXPECT_FALSE(one->dealId);
    EXPECT_FALSE(one->followUpAt.isValid());
    EXPECT_FALSE(one->followUpDone);
    EXPECT_EQ(one->version, 1);
    EXPECT_FALSE(activities.get(ids.back() + 100));

    const auto all = activities.forCustomer(customer, 1000);
    ASSERT_EQ(all.size(), 23);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const bool newerFirst = all[i - 1].at > all[i].at || (all[i - 1].at == all[i].at && all[i - 1].id > all[i].id);
        EXPECT_TRUE(newerFirst) << "at position " << i;
    }

    QList<qint64> paged;
    QList<Activity> page = activities.forCustomer(customer, 5);
    while (!page.isEmpty()) {
        for (const Activity &a : page)
            paged << a.id;
        page = activities.forCustomer(customer, 5, page.back().at, page.back().id);
    }
    QList<qint64> expected;
    for (const Activity &a : all)
        expected << a.id;
    EXPECT_EQ(paged, expected);

    const QList<Activity> recent = activities.recentByOwner(owner, 3);
    ASSERT_EQ(recent.size(), 3);
    EXPECT_EQ(recent[0].id, all[0].id);
    EXPECT_EQ(recent[2].id, all[2].id);
}

TEST_F(PgActivityRepositoryTest, due_follow_ups_are_listed_until_done)
{
    const qint64 rep1 = addUser(QStringLiteral("rep1"));
    const qint64 rep2 = addUser(QStringLiteral("rep2"));
    const qint64 a1 = withFollowUp(rep1, 2);
    const qint64 a2 = withFollowUp(rep1, 1);
    withFollowUp(rep1, 30);
    withFollowUp(rep2, 1);

    const QDateTime until = kT0.addDays(5);
    auto mine = activities.dueFollowUps(rep1, until, 10);
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine[0].id, a2); // oldest first
    EXPECT_EQ(mine[1].id, a1);
    EXPECT_EQ(activities.dueFollowUps(0, until, 10).size(), 3);

    EXPECT_EQ(activities.setFollowUpDone(a2, true, 0), 2); // version 1 → 2
    mine = activities.dueFollowUps(rep1, until, 10);
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine[0].id, a1);
    EXPECT_TRUE(activities.get(a2)->followUpDone);

    // Moving a done follow-up opens it again.
    EXPECT_EQ(activities.setFollowUpAt(a2, kT0.addDays(3), 2), 3);
    EXPECT_FALSE(activities.get(a2)->followUpDone);
    EXPECT_EQ(activities.dueFollowUps(rep1, until, 10).size(), 2);
}

TEST_F(PgActivityRepositoryTest, calendar_ranges_are_half_open_and_oldest_first)
{
    Activity meeting;
    meeting.customerId = customer;
    meeting.type = ActivityType::Meeting;
    meeting.createdAt = kT0;
    QList<qint64> meetings;
    for (int hours : { 5, 0, 24 }) {
        meeting.at = kT0.addSecs(3600 * hours);
        meetings << activities.add(meeting);
    }
    Activity call = meeting;
    call.type = ActivityType::Call;
    call.at = kT0;
    activities.add(call);

    QList<qint64> got;
    for (const Activity &a : activities.ofTypeBetween(ActivityType::Meeting, kT0, kT0.addDays(1)))
        got << a.id;
    EXPECT_EQ(got, (QList<qint64> { meetings[1], meetings[0] })); // the one at kT0 + 24 h is outside

    const qint64 open = withFollowUp(0, 1);
    const qint64 done = withFollowUp(0, 1);
    activities.setFollowUpDone(done, true, 1);
    withFollowUp(0, 2);
    got.clear();
    for (const Activity &a : activities.openFollowUpsBetween(kT0, kT0.addDays(2)))
        got << a.id;
    EXPECT_EQ(got, QList<qint64> { open });
}

TEST_F(PgActivityRepositoryTest, a_stale_version_is_refused_and_nothing_is_written)
{
    const qint64 id = withFollowUp(0, 1);
    EXPECT_EQ(activities.setFollowUpAt(id, kT0.addDays(4), 1), 2);

    EXPECT_THROW(activities.setFollowUpDone(id, true, 1), ConcurrentChangeError);
    EXPECT_THROW(activities.setFollowUpAt(id, kT0.addDays(9), 1), ConcurrentChangeError);
    const Activity stored = *activities.get(id);
    EXPECT_FALSE(stored.followUpDone);
    EXPECT_EQ(stored.followUpAt, kT0.addDays(4));
    EXPECT_EQ(stored.version, 2);

    EXPECT_THROW(activities.setFollowUpDone(id + 100, true, 1), NotFoundError);
}
