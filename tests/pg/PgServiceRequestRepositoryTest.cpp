// PgServiceRequestRepository on a real server: StorageRoundTripTest's request
// case (notes, the queue by urgency) and the version check.
#include "PgServiceRequestRepository.h"

#include "ConcurrentChangeError.h"
#include "PgRepoFixture.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {

const QDateTime kT0(QDate(2024, 10, 1), QTime(7, 15, 30), Qt::UTC);

class PgServiceRequestRepositoryTest : public PgRepoFixture
{
protected:
    PgServiceRequestRepositoryTest()
        : requests(connection)
    {
        support = addUser(QStringLiteral("support1"), QStringLiteral("support"));
        customer = addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"));
    }

    ServiceRequest newRequest(Priority priority, const QDateTime &createdAt)
    {
        ServiceRequest r;
        r.customerId = customer;
        r.subject = QStringLiteral("خرابی یخچال");
        r.description = QStringLiteral("صدای زیاد کمپرسور");
        r.priority = priority;
        r.assigneeId = support;
        r.createdAt = createdAt;
        r.updatedAt = kT0;
        return r;
    }

    PgServiceRequestRepository requests;
    qint64 support = 0;
    qint64 customer = 0;
};

} // namespace

TEST_F(PgServiceRequestRepositoryTest, request_with_notes_round_trips_and_queues_by_urgency)
{
    const qint64 id = requests.add(newRequest(Priority::High, kT0));
    requests.addNote(id, RequestNote { 0, kT0.addSecs(60), support, QStringLiteral("تماس گرفته شد") });
    requests.addNote(id, RequestNote { 0, kT0.addSecs(120), 0, QStringLiteral("قطعه سفارش داده شد") });
    const qint64 lowId = requests.add(newRequest(Priority::Low, kT0.addSecs(-3600)));
    const qint64 urgentId = requests.add(newRequest(Priority::Urgent, kT0.addSecs(3600)));

    auto got = requests.get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->subject, QStringLiteral("خرابی یخچال"));
    EXPECT_EQ(got->description, QStringLiteral("صدای زیاد کمپرسور"));
    EXPECT_EQ(got->priority, Priority::High);
    EXPECT_EQ(got->status, RequestStatus::Open);
    EXPECT_EQ(got->assigneeId, support);
    EXPECT_FALSE(got->orderId);
    EXPECT_FALSE(got->resolvedAt.isValid());
    EXPECT_EQ(got->version, 1);
    ASSERT_EQ(got->notes.size(), 2);
    EXPECT_EQ(got->notes[0].text, QStringLiteral("تماس گرفته شد"));
    EXPECT_EQ(got->notes[0].authorId, support);
    EXPECT_EQ(got->notes[0].at, kT0.addSecs(60));
    EXPECT_EQ(got->notes[1].authorId, 0);

    EXPECT_EQ(requests.openQueue(10).size(), 3);
    EXPECT_EQ(requests.openQueue(10).front().id, urgentId);
    EXPECT_EQ(requests.openQueue(10).back().id, lowId);

    got->status = RequestStatus::Resolved;
    got->updatedAt = got->resolvedAt = kT0.addDays(1);
    EXPECT_EQ(requests.update(*got), 2);
    got = requests.get(id);
    EXPECT_EQ(got->status, RequestStatus::Resolved);
    EXPECT_EQ(got->resolvedAt, kT0.addDays(1));
    EXPECT_EQ(requests.forCustomer(customer, false).size(), 3);
    EXPECT_EQ(requests.forCustomer(customer, true).size(), 2);
    EXPECT_EQ(requests.openQueue(10).size(), 2);

    QList<qint64> recent;
    for (const ServiceRequest &r : requests.recent(10))
        recent << r.id;
    EXPECT_EQ(recent, (QList<qint64> { urgentId, id, lowId })); // newest first
    EXPECT_TRUE(requests.recent(10).front().notes.isEmpty());
}

TEST_F(PgServiceRequestRepositoryTest, a_stale_version_is_refused_and_nothing_is_written)
{
    const qint64 id = requests.add(newRequest(Priority::Normal, kT0));
    ServiceRequest first = *requests.get(id);
    ServiceRequest second = first;
    first.status = RequestStatus::InProgress;
    EXPECT_EQ(requests.update(first), 2);

    second.status = RequestStatus::Resolved;
    second.assigneeId = 0;
    EXPECT_THROW(requests.update(second), ConcurrentChangeError);
    const ServiceRequest stored = *requests.get(id);
    EXPECT_EQ(stored.status, RequestStatus::InProgress);
    EXPECT_EQ(stored.assigneeId, support);
    EXPECT_EQ(stored.version, 2);

    second.id = id + 100;
    EXPECT_THROW(requests.update(second), NotFoundError);
}
