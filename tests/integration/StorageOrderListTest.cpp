// The support desk's orders list on a real database: key paging newest first
// with no duplicates or gaps (ties on created_at broken by id), each filter,
// Iranian business-day bounds, and count() agreeing with the rows.
#include "CliRunner.h"
#include "SupportDeskFixture.h"

#include <QSet>
#include <QTimeZone>

using namespace peyvand;

class StorageOrderList : public peyvand::testing::SupportDeskFixture
{
protected:
    void SetUp() override
    {
        // 30 orders over 15 hours, two at a time (equal created_at), alternating customers.
        const QDateTime start(QDate(2025, 1, 14), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            Order o = oneLineOrder(i % 3 == 0 ? company : person, 1'000'000 + i);
            o.createdAt = start.addSecs(qint64(i / 2) * 3600);
            const qint64 id = orders.create(o, rep);
            if (i % 4 == 1)
                orders.changeStatus(id, OrderStatus::Confirmed, rep);
            all << id;
        }
    }

    QList<qint64> ids(const QList<OrderRow> &rows)
    {
        QList<qint64> out;
        for (const OrderRow &r : rows)
            out << r.id;
        return out;
    }

    // Every row of the query, reading pages of `pageSize`.
    QList<OrderRow> paged(OrderQuery q, int pageSize)
    {
        q.limit = pageSize;
        QList<OrderRow> out;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<OrderRow> page = s->orders().list(q);
            out += page;
            if (page.size() < pageSize)
                return out;
            q.after = OrderCursor { page.back().createdAt, page.back().id };
        }
        ADD_FAILURE() << "paging does not end";
        return out;
    }

    // The expected ids, newest first, of the orders passing `keep`.
    QList<qint64> expected(const std::function<bool(const Order &)> &keep)
    {
        QList<Order> kept;
        for (qint64 id : all) {
            const Order o = orders.get(id);
            if (keep(o))
                kept << o;
        }
        std::sort(kept.begin(), kept.end(), [](const Order &a, const Order &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
        QList<qint64> out;
        for (const Order &o : kept)
            out << o.id;
        return out;
    }

    QList<qint64> all;
};

TEST_F(StorageOrderList, pages_newest_first_without_duplicates_or_gaps)
{
    const QList<qint64> want = expected([](const Order &) { return true; });
    for (int pageSize : { 1, 4, 7, 30, 200 }) {
        SCOPED_TRACE(pageSize);
        const QList<OrderRow> rows = paged(OrderQuery {}, pageSize);
        EXPECT_EQ(ids(rows), want);
    }
    EXPECT_EQ(s->orders().count(OrderQuery {}), 30);

    const QList<OrderRow> first = s->orders().list(OrderQuery {});
    ASSERT_EQ(first.size(), 30);
    const OrderRow &r = first.front();
    const Order o = orders.get(r.id);
    EXPECT_EQ(r.number, o.number);
    EXPECT_EQ(r.customerId, o.customerId);
    EXPECT_EQ(r.customerName,
              o.customerId == company ? QStringLiteral("شرکت کیمیا پارس") : QStringLiteral("مریم کریمی"));
    EXPECT_EQ(r.customerKind, o.customerId == company ? CustomerKind::Legal : CustomerKind::Individual);
    EXPECT_EQ(r.status, o.status);
    EXPECT_EQ(r.total, o.total);
    EXPECT_EQ(r.createdAt, o.createdAt);
    EXPECT_EQ(r.updatedAt, o.updatedAt);
}

TEST_F(StorageOrderList, filters_by_status_customer_and_together)
{
    OrderQuery q;
    q.status = OrderStatus::Confirmed;
    const QList<qint64> confirmed = expected([](const Order &o) { return o.status == OrderStatus::Confirmed; });
    ASSERT_FALSE(confirmed.isEmpty());
    EXPECT_EQ(ids(paged(q, 3)), confirmed);
    EXPECT_EQ(s->orders().count(q), confirmed.size());

    q = {};
    q.customerId = company;
    const QList<qint64> ofCompany = expected([this](const Order &o) { return o.customerId == company; });
    EXPECT_EQ(ids(paged(q, 4)), ofCompany);
    EXPECT_EQ(s->orders().count(q), ofCompany.size());

    q.status = OrderStatus::Registered;
    const QList<qint64> both
        = expected([this](const Order &o) { return o.customerId == company && o.status == OrderStatus::Registered; });
    EXPECT_EQ(ids(paged(q, 2)), both);
    EXPECT_EQ(s->orders().count(q), both.size());
}

TEST_F(StorageOrderList, text_is_an_order_number_a_phone_a_national_id_or_a_name)
{
    const Order one = orders.get(all[5]);
    OrderQuery q;
    q.text = peyvand::test::toPersianDigits(one.number);
    EXPECT_EQ(ids(s->orders().list(q)), QList<qint64> { one.id });
    EXPECT_EQ(s->orders().count(q), 1);

    // A prefix: numbers 100001… share their first digits.
    q.text = one.number.left(5);
    const QList<qint64> prefixed = expected([&](const Order &o) { return o.number.startsWith(one.number.left(5)); });
    EXPECT_EQ(ids(paged(q, 4)), prefixed);
    EXPECT_EQ(s->orders().count(q), prefixed.size());

    const QList<qint64> ofPerson = expected([this](const Order &o) { return o.customerId == person; });
    const QList<qint64> ofCompany = expected([this](const Order &o) { return o.customerId == company; });
    for (const QString &text : { QStringLiteral("+98 912 123 4567"), peyvand::test::toArabicIndicDigits(nationalCode),
                                 QStringLiteral("كريمي") }) {
        SCOPED_TRACE(text.toStdString());
        q.text = text;
        EXPECT_EQ(ids(paged(q, 5)), ofPerson);
        EXPECT_EQ(s->orders().count(q), ofPerson.size());
    }
    // A contact person's mobile, the company's legal national ID.
    for (const QString &text : { QStringLiteral("0935-111-2233"), legalId }) {
        q.text = text;
        EXPECT_EQ(ids(paged(q, 5)), ofCompany);
        EXPECT_EQ(s->orders().count(q), ofCompany.size());
    }
    for (const QString &text : { QStringLiteral("09350000000"), QStringLiteral("ناموجود"), QStringLiteral("999") }) {
        q.text = text;
        EXPECT_TRUE(s->orders().list(q).isEmpty());
        EXPECT_EQ(s->orders().count(q), 0);
    }
}

TEST_F(StorageOrderList, date_bounds_are_iranian_business_days)
{
    // Orders run from 2025-01-14 12:00 UTC (15:30 Tehran) to 2025-01-15 02:00 UTC (05:30
    // Tehran, 15 Jan). 2025-01-14 20:30 UTC is midnight in Tehran.
    const QDateTime midnight(QDate(2025, 1, 15), QTime(0, 0), QTimeZone(12600));
    OrderQuery q;
    q.to = QDate(2025, 1, 14);
    const QList<qint64> on14 = expected([&](const Order &o) { return o.createdAt < midnight; });
    ASSERT_FALSE(on14.isEmpty());
    ASSERT_LT(on14.size(), 30);
    EXPECT_EQ(ids(paged(q, 4)), on14);
    EXPECT_EQ(s->orders().count(q), on14.size());

    q = {};
    q.from = QDate(2025, 1, 15);
    q.to = QDate(2025, 1, 15);
    const QList<qint64> on15 = expected([&](const Order &o) { return o.createdAt >= midnight; });
    EXPECT_EQ(ids(paged(q, 4)), on15);
    EXPECT_EQ(on14.size() + on15.size(), 30);
    EXPECT_EQ(s->orders().count(q), on15.size());

    q.from = QDate(2025, 1, 16);
    q.to = {};
    EXPECT_EQ(s->orders().count(q), 0);
}
