// The lists whose order has ties — equal expected closes and undated deals on
// the board, equal follow-up times, equal request priorities and creation
// times, equal activity times — come out in the same order from both
// backends: the same rows written to a real SQLite file through its
// repositories and to PostgreSQL through these, then every list compared.
#include "PgActivityRepository.h"
#include "PgDealRepository.h"
#include "PgParityFixture.h"
#include "PgServiceRequestRepository.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDateTime kT0(QDate(2025, 5, 1), QTime(8, 0), Qt::UTC);

template<class T> QList<qint64> idsOf(const QList<T> &rows)
{
    QList<qint64> out;
    for (const T &r : rows)
        out << r.id;
    return out;
}

class PgListOrderParityTest : public PgParityFixture
{
protected:
    PgListOrderParityTest()
    {
        for (const QString &name : { QStringLiteral("rep1"), QStringLiteral("rep2") })
            reps << addUserOnBoth(name);
        for (int i = 0; i < 3; ++i) {
            Customer c;
            c.kind = CustomerKind::Legal;
            c.legal.companyName = QStringLiteral("شرکت %1").arg(i);
            c.createdAt = c.updatedAt = kT0;
            customers << addCustomerOnBoth(c);
        }
    }

    QList<qint64> reps, customers;
};

} // namespace

TEST_F(PgListOrderParityTest, deals_on_the_board_and_in_totals_come_in_the_same_order)
{
    PgDealRepository deals(connection);
    const Pipeline b2b = *sqlite.pipelines().defaultFor(CustomerKind::Legal);
    ASSERT_EQ(pipelineOf(CustomerKind::Legal), b2b.id);
    for (int i = 0; i < 40; ++i) {
        Deal d;
        d.customerId = customers[i % 3];
        d.pipelineId = b2b.id;
        d.stageId = b2b.stages[i % 3].id;
        d.title = QStringLiteral("فرصت %1").arg(i);
        d.amount = 1000 * (i + 1);
        if (i % 4 != 0)
            d.expectedClose = QDate(2025, 6, 1 + i % 3); // ties, and every fourth undated
        d.ownerId = reps[i % 2];
        d.status = i % 7 == 6 ? DealStatus::Won : DealStatus::Open;
        d.createdAt = kT0.addSecs(3600 * (i % 5)); // ties
        ASSERT_EQ(deals.add(d, 0), sqlite.deals().add(d, 0));
        if (i % 3 == 1) {
            deals.recordStageChange(i + 1, b2b.stages[4].id, kT0.addDays(1), reps[0]);
            sqlite.deals().recordStageChange(i + 1, b2b.stages[4].id, kT0.addDays(1), reps[0]);
        }
    }
    for (const Stage &stage : b2b.stages)
        for (const qint64 owner : { qint64(0), reps[1] })
            for (const int limit : { 3, 100 }) {
                const QList<DealCard> want = sqlite.deals().openCards(stage.id, owner, limit);
                const QList<DealCard> got = deals.openCards(stage.id, owner, limit);
                EXPECT_EQ(idsOf(got), idsOf(want)) << stage.id << " " << owner << " " << limit;
            }
    for (const qint64 owner : { qint64(0), reps[0] }) {
        const QList<StageTotals> want = sqlite.deals().openTotals(b2b.id, owner);
        const QList<StageTotals> got = deals.openTotals(b2b.id, owner);
        ASSERT_EQ(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i) {
            EXPECT_EQ(got[i].stageId, want[i].stageId);
            EXPECT_EQ(got[i].count, want[i].count);
            EXPECT_EQ(got[i].amount, want[i].amount);
        }
    }
    for (const qint64 customer : customers) {
        for (const bool openOnly : { false, true })
            EXPECT_EQ(idsOf(deals.forCustomer(customer, openOnly)),
                      idsOf(sqlite.deals().forCustomer(customer, openOnly)));
        const QList<DealStageEvent> want = sqlite.deals().stageEventsForCustomer(customer, 100);
        const QList<DealStageEvent> got = deals.stageEventsForCustomer(customer, 100);
        ASSERT_EQ(got.size(), want.size());
        for (qsizetype i = 0; i < want.size(); ++i)
            EXPECT_EQ(got[i].change.id, want[i].change.id);
    }
}

TEST_F(PgListOrderParityTest, activities_and_requests_with_equal_keys_come_in_the_same_order)
{
    PgActivityRepository activities(connection);
    for (int i = 0; i < 30; ++i) {
        Activity a;
        a.customerId = customers[i % 3];
        a.type = static_cast<ActivityType>(i % 6);
        a.at = kT0.addSecs(600 * (i % 4));
        a.ownerId = i % 5 ? reps[i % 2] : 0;
        if (i % 3 != 2)
            a.followUpAt = kT0.addDays(i % 2); // many equal
        a.createdAt = a.at;
        ASSERT_EQ(activities.add(a), sqlite.activities().add(a));
    }
    activities.setFollowUpDone(4, true, 0);
    sqlite.activities().setFollowUpDone(4, true, 0);
    const QDateTime until = kT0.addDays(2);
    for (const qint64 owner : { qint64(0), reps[0], reps[1] }) {
        EXPECT_EQ(idsOf(activities.dueFollowUps(owner, until, 100)),
                  idsOf(sqlite.activities().dueFollowUps(owner, until, 100)))
            << owner;
        EXPECT_EQ(idsOf(activities.recentByOwner(owner, 100)), idsOf(sqlite.activities().recentByOwner(owner, 100)));
    }
    for (const qint64 customer : customers) {
        EXPECT_EQ(idsOf(activities.forCustomer(customer, 100)), idsOf(sqlite.activities().forCustomer(customer, 100)));
        // A negative limit is no limit on both (SQLite's LIMIT -1).
        EXPECT_EQ(idsOf(activities.forCustomer(customer, -1)), idsOf(sqlite.activities().forCustomer(customer, -1)));
        EXPECT_EQ(activities.forCustomer(customer, -1).size(), 10);
    }
    EXPECT_EQ(idsOf(activities.openFollowUpsBetween(kT0, until)),
              idsOf(sqlite.activities().openFollowUpsBetween(kT0, until)));
    EXPECT_EQ(idsOf(activities.ofTypeBetween(ActivityType::Call, kT0, until)),
              idsOf(sqlite.activities().ofTypeBetween(ActivityType::Call, kT0, until)));

    PgServiceRequestRepository requests(connection);
    for (int i = 0; i < 20; ++i) {
        ServiceRequest r;
        r.customerId = customers[i % 3];
        r.subject = QStringLiteral("درخواست %1").arg(i);
        r.priority = static_cast<Priority>(i % 4);
        r.status = i % 5 == 4 ? RequestStatus::Resolved : RequestStatus::Open;
        r.createdAt = r.updatedAt = kT0.addSecs(60 * (i % 3)); // ties
        ASSERT_EQ(requests.add(r), sqlite.serviceRequests().add(r));
    }
    EXPECT_EQ(idsOf(requests.openQueue(100)), idsOf(sqlite.serviceRequests().openQueue(100)));
    EXPECT_EQ(idsOf(requests.recent(100)), idsOf(sqlite.serviceRequests().recent(100)));
    for (const qint64 customer : customers)
        for (const bool openOnly : { false, true })
            EXPECT_EQ(idsOf(requests.forCustomer(customer, openOnly)),
                      idsOf(sqlite.serviceRequests().forCustomer(customer, openOnly)));
}
