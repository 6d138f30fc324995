// PgDealRepository on a real server: StorageRoundTripTest's deal case, the
// board's cards and totals, and the version check — a stale save is refused
// with nothing written, and of two connections saving the same version of a
// deal at once exactly one wins.
#include "PgDealRepository.h"

#include "ConcurrentChangeError.h"
#include "PgRepoFixture.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTransaction.h"

#include <atomic>
#include <memory>
#include <thread>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDateTime kT0(QDate(2024, 10, 1), QTime(7, 15, 30), Qt::UTC);

class PgDealRepositoryTest : public PgRepoFixture
{
protected:
    PgDealRepositoryTest()
        : deals(connection)
    {
        owner = addUser(QStringLiteral("rep1"));
        company = addLegal(QStringLiteral("شرکت فولاد پارس"), validLegalId(QStringLiteral("1038028479")));
        b2b = pipelineOf(CustomerKind::Legal);
        stages = stagesOf(b2b);
    }

    Deal newDeal(const QString &title, qint64 amount, int stage = 0)
    {
        Deal d;
        d.customerId = company;
        d.pipelineId = b2b;
        d.stageId = stages[stage];
        d.title = title;
        d.amount = amount;
        d.ownerId = owner;
        d.createdAt = kT0;
        return d;
    }

    // A saves version 1 inside a transaction and holds the row; B (another
    // connection, in PgTransaction::run at `isolation`) saves the same version
    // and waits for A's row lock; A commits. B must be refused, A's save kept.
    // Returns how many attempts B's run() made.
    int raceTwoSaves(PgTransaction::Isolation isolation);

    PgDealRepository deals;
    qint64 owner = 0;
    qint64 company = 0;
    qint64 b2b = 0;
    QList<qint64> stages;
};

} // namespace

TEST_F(PgDealRepositoryTest, deal_with_contacts_and_stage_history_round_trips)
{
    const qint64 contact = addContact(company, QStringLiteral("حسن"), QStringLiteral("صادقی"));
    Deal d = newDeal(QStringLiteral("قرارداد سالانه ورق"), 5'000'000'000LL);
    d.expectedClose = QDate(2025, 3, 1);
    d.contactIds = { contact };
    const qint64 id = deals.add(d, 0);

    auto got = deals.get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->customerId, company);
    EXPECT_EQ(got->pipelineId, b2b);
    EXPECT_EQ(got->stageId, stages[0]);
    EXPECT_EQ(got->title, d.title);
    EXPECT_EQ(got->amount, d.amount);
    EXPECT_EQ(got->expectedClose, d.expectedClose);
    EXPECT_EQ(got->ownerId, owner);
    EXPECT_EQ(got->status, DealStatus::Open);
    EXPECT_FALSE(got->lostReason);
    EXPECT_EQ(got->contactIds, QList<qint64> { contact });
    EXPECT_EQ(got->createdAt, kT0);
    EXPECT_FALSE(got->closedAt.isValid());
    EXPECT_EQ(got->version, 1);

    auto history = deals.history(id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].stageId, stages[0]);
    EXPECT_EQ(history[0].enteredAt, kT0);
    EXPECT_FALSE(history[0].leftAt.isValid());
    EXPECT_EQ(history[0].changedBy, owner); // createdBy 0: the owner

    const QDateTime t1 = kT0.addDays(3), t2 = kT0.addDays(10);
    deals.recordStageChange(id, stages[1], t1, owner);
    deals.recordStageChange(id, stages[6], t2, owner);
    got->stageId = stages[6];
    got->status = DealStatus::Lost;
    got->lostReason = LostReason::Competitor;
    got->closedAt = t2;
    got->contactIds.clear();
    EXPECT_EQ(deals.update(*got), 2);

    PgConnection other(db.url()); // as reopening the file: another session reads what was committed
    PgDealRepository again(other);
    history = again.history(id);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].leftAt, t1);
    EXPECT_EQ(history[1].stageId, stages[1]);
    EXPECT_EQ(history[1].enteredAt, t1);
    EXPECT_EQ(history[1].leftAt, t2);
    EXPECT_EQ(history[1].changedBy, owner);
    EXPECT_EQ(history[2].stageId, stages[6]);
    EXPECT_FALSE(history[2].leftAt.isValid());

    got = again.get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, DealStatus::Lost);
    EXPECT_EQ(got->lostReason, LostReason::Competitor);
    EXPECT_EQ(got->closedAt, t2);
    EXPECT_TRUE(got->contactIds.isEmpty());
    EXPECT_EQ(got->version, 2);
    EXPECT_EQ(again.forCustomer(company, false).size(), 1);
    EXPECT_TRUE(again.forCustomer(company, true).isEmpty());
    // The trigger kept the furthest stage reached: the second (a lost stage is no progress).
    EXPECT_EQ(scalar(QStringLiteral("SELECT reached_position FROM deals WHERE id = %1").arg(id)), 2);

    const QList<DealStageEvent> events = again.stageEventsForCustomer(company, 2);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].change.stageId, stages[6]); // newest first
    EXPECT_EQ(events[1].change.stageId, stages[1]);
    EXPECT_EQ(events[0].dealTitle, d.title);
}

TEST_F(PgDealRepositoryTest, board_cards_and_totals_count_open_deals_per_stage_and_owner)
{
    const qint64 rep2 = addUser(QStringLiteral("rep2"));
    Deal late = newDeal(QStringLiteral("دیر"), 300, 1);
    late.expectedClose = QDate(2025, 6, 1);
    Deal soon = newDeal(QStringLiteral("زود"), 200, 1);
    soon.expectedClose = QDate(2025, 1, 1);
    Deal undated = newDeal(QStringLiteral("بی‌تاریخ"), 100, 1);
    Deal theirs = newDeal(QStringLiteral("دیگری"), 50, 1);
    theirs.ownerId = rep2;
    Deal won = newDeal(QStringLiteral("برده"), 1000, 1);
    won.status = DealStatus::Won;
    const qint64 lateId = deals.add(late, 0), soonId = deals.add(soon, 0), undatedId = deals.add(undated, 0);
    const qint64 theirsId = deals.add(theirs, 0);
    deals.add(won, 0);
    deals.add(newDeal(QStringLiteral("اول"), 7, 0), 0);

    QList<qint64> ids;
    for (const DealCard &c : deals.openCards(stages[1], 0, 10))
        ids << c.id;
    // Soonest expected close first, undated last, ties by id; won deals are not on the board.
    EXPECT_EQ(ids, (QList<qint64> { soonId, lateId, undatedId, theirsId }));
    const QList<DealCard> mine = deals.openCards(stages[1], owner, 2);
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine[0].id, soonId);
    EXPECT_EQ(mine[0].customerName, QStringLiteral("شرکت فولاد پارس"));
    EXPECT_EQ(mine[0].amount, 200);
    EXPECT_EQ(mine[0].version, 1);

    const QList<StageTotals> all = deals.openTotals(b2b, 0);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].stageId, stages[0]);
    EXPECT_EQ(all[0].count, 1);
    EXPECT_EQ(all[0].amount, 7);
    EXPECT_EQ(all[1].stageId, stages[1]);
    EXPECT_EQ(all[1].count, 4);
    EXPECT_EQ(all[1].amount, 650);
    const QList<StageTotals> theirsOnly = deals.openTotals(b2b, rep2);
    ASSERT_EQ(theirsOnly.size(), 1);
    EXPECT_EQ(theirsOnly[0].amount, 50);
}

TEST_F(PgDealRepositoryTest, a_stale_version_is_refused_and_nothing_is_written)
{
    const qint64 contact = addContact(company, QStringLiteral("حسن"), QStringLiteral("صادقی"));
    const qint64 id = deals.add(newDeal(QStringLiteral("اصلی"), 100), 0);
    Deal first = *deals.get(id);
    Deal second = first;
    first.title = QStringLiteral("ذخیره اول");
    EXPECT_EQ(deals.update(first), 2);

    second.title = QStringLiteral("ذخیره دوم");
    second.amount = 999;
    second.contactIds = { contact };
    EXPECT_THROW(deals.update(second), ConcurrentChangeError);
    const Deal stored = *deals.get(id);
    EXPECT_EQ(stored.title, QStringLiteral("ذخیره اول"));
    EXPECT_EQ(stored.amount, 100);
    EXPECT_TRUE(stored.contactIds.isEmpty());
    EXPECT_EQ(stored.version, 2);

    second.version = 0; // not checked
    EXPECT_EQ(deals.update(second), 3);
    second.id = id + 100;
    second.version = 1;
    EXPECT_THROW(deals.update(second), NotFoundError);
}

int PgDealRepositoryTest::raceTwoSaves(PgTransaction::Isolation isolation)
{
    const qint64 id = deals.add(newDeal(QStringLiteral("مشترک"), 100), 0);
    const Deal read = *deals.get(id);
    PgConnection otherConnection(db.url());
    PgDealRepository otherDeals(otherConnection);
    PgConnection watcher(db.url());

    auto a = std::make_unique<PgTransaction>(connection);
    Deal mine = read;
    mine.amount = 111;
    EXPECT_EQ(deals.update(mine), 2);

    bool refused = false;
    int attempts = 0;
    QString otherError;
    std::atomic_bool finished { false };
    std::thread b([&] {
        try {
            PgTransaction::run(
                otherConnection,
                [&] {
                    Deal theirs = read;
                    theirs.amount = 222;
                    otherDeals.update(theirs);
                },
                isolation, PgTransaction::kDefaultAttempts, &attempts);
        } catch (const ConcurrentChangeError &) {
            refused = true;
        } catch (const std::exception &e) {
            otherError = QString::fromUtf8(e.what());
        }
        finished = true;
    });
    // Wait until B is really blocked on A's lock (no timing: ask the server).
    try {
        auto waiting = watcher.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                      "WHERE wait_event_type = 'Lock' AND datname = $1"));
        waiting.bind(1, db.name());
        while (!finished && waiting.exec().int64(0, 0) == 0)
            std::this_thread::yield();
        EXPECT_FALSE(finished) << "B did not wait for A's lock: " << otherError.toStdString();
        a->commit();
    } catch (const std::exception &e) {
        ADD_FAILURE() << e.what();
        a.reset(); // rolls back: B goes on
    }
    b.join();

    EXPECT_TRUE(refused) << otherError.toStdString();
    const Deal stored = *deals.get(id);
    EXPECT_EQ(stored.amount, 111); // A's save, not lost under B's
    EXPECT_EQ(stored.version, 2);
    return attempts;
}

TEST_F(PgDealRepositoryTest, two_connections_saving_the_same_version_one_wins_and_the_other_is_refused)
{
    // READ COMMITTED: B's UPDATE re-checks the version against A's committed row.
    EXPECT_EQ(raceTwoSaves(PgTransaction::Isolation::ReadCommitted), 1);
}

TEST_F(PgDealRepositoryTest, under_repeatable_read_the_loser_is_retried_and_then_refused)
{
    // REPEATABLE READ: B's UPDATE fails as a serialization failure (40001), run()
    // tries again with a new snapshot, and the version check refuses it.
    EXPECT_EQ(raceTwoSaves(PgTransaction::Isolation::RepeatableRead), 2);
}
