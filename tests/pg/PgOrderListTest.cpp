// The support desk's orders list on PostgreSQL (StorageOrderListTest's cases):
// key paging newest first with no duplicates or gaps (ties on created_at
// broken by id), each filter, the text as order number / phone / national
// code / name, Iranian business-day bounds, and count() agreeing with the rows.
#include "PgOrderRepository.h"
#include "PgRepoFixture.h"

#include <QTimeZone>
#include <algorithm>
#include <functional>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

QString withDigits(const QString &latin, char16_t zero)
{
    QString out = latin;
    for (QChar &c : out)
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(zero + (c.unicode() - u'0')));
    return out;
}

class PgOrderListTest : public PgRepoFixture
{
protected:
    PgOrderListTest()
        : orders(connection)
    {
        rep = addUser(QStringLiteral("rep1"));
        legalId = validLegalId(QStringLiteral("1038028479"));
        nationalCode = validNationalCode(QStringLiteral("008457594"));
        company = addLegal(QStringLiteral("شرکت کیمیا پارس"), legalId, QStringLiteral("02188776655"));
        person = addIndividual(QStringLiteral("مریم"), QStringLiteral("کریمی"), nationalCode,
                               QStringLiteral("09121234567"));
        addContact(company, QStringLiteral("حسن"), QStringLiteral("صادقی"), QStringLiteral("09351112233"));
        // 30 orders over 15 hours, two at a time (equal created_at), alternating customers.
        const QDateTime start(QDate(2025, 1, 14), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < 30; ++i) {
            Order o;
            o.customerId = i % 3 == 0 ? company : person;
            o.lines = { OrderLine { 0, QStringLiteral("کالا"), 1, 1'000'000 + i } };
            o.total = o.linesTotal();
            o.createdAt = o.updatedAt = start.addSecs(qint64(i / 2) * 3600);
            o.history = { OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, o.createdAt, rep, {} } };
            const qint64 id = orders.add(o);
            if (i % 4 == 1)
                orders.recordStatusChange(
                    id,
                    OrderStatusChange {
                        0, OrderStatus::Registered, OrderStatus::Confirmed, o.createdAt.addSecs(60), rep, {} },
                    1);
            all << id;
        }
    }

    static QList<qint64> ids(const QList<OrderRow> &rows)
    {
        QList<qint64> out;
        for (const OrderRow &r : rows)
            out << r.id;
        return out;
    }

    QList<OrderRow> paged(OrderQuery q, int pageSize)
    {
        q.limit = pageSize;
        QList<OrderRow> out;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<OrderRow> page = orders.list(q);
            out += page;
            if (page.size() < pageSize)
                return out;
            q.after = OrderCursor { page.back().createdAt, page.back().id };
        }
        ADD_FAILURE() << "paging does not end";
        return out;
    }

    QList<qint64> expected(const std::function<bool(const Order &)> &keep)
    {
        QList<Order> kept;
        for (qint64 id : all) {
            const Order o = *orders.get(id);
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

    PgOrderRepository orders;
    qint64 rep = 0, company = 0, person = 0;
    QString legalId, nationalCode;
    QList<qint64> all;
};

} // namespace

TEST_F(PgOrderListTest, pages_newest_first_without_duplicates_or_gaps)
{
    const QList<qint64> want = expected([](const Order &) { return true; });
    for (int pageSize : { 1, 4, 7, 30, 200 }) {
        SCOPED_TRACE(pageSize);
        EXPECT_EQ(ids(paged(OrderQuery {}, pageSize)), want);
    }
    EXPECT_EQ(orders.count(OrderQuery {}), 30);

    const QList<OrderRow> first = orders.list(OrderQuery {});
    ASSERT_EQ(first.size(), 30);
    for (const OrderRow &r : { first.front(), first.back() }) {
        const Order o = *orders.get(r.id);
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
}

TEST_F(PgOrderListTest, filters_by_status_customer_and_together)
{
    OrderQuery q;
    q.status = OrderStatus::Confirmed;
    const QList<qint64> confirmed = expected([](const Order &o) { return o.status == OrderStatus::Confirmed; });
    ASSERT_FALSE(confirmed.isEmpty());
    EXPECT_EQ(ids(paged(q, 3)), confirmed);
    EXPECT_EQ(orders.count(q), confirmed.size());

    q = {};
    q.customerId = company;
    const QList<qint64> ofCompany = expected([this](const Order &o) { return o.customerId == company; });
    EXPECT_EQ(ids(paged(q, 4)), ofCompany);
    EXPECT_EQ(orders.count(q), ofCompany.size());

    q.status = OrderStatus::Registered;
    const QList<qint64> both
        = expected([this](const Order &o) { return o.customerId == company && o.status == OrderStatus::Registered; });
    ASSERT_FALSE(both.isEmpty());
    EXPECT_EQ(ids(paged(q, 2)), both);
    EXPECT_EQ(orders.count(q), both.size());
}

TEST_F(PgOrderListTest, text_is_an_order_number_a_phone_a_national_id_or_a_name)
{
    const Order one = *orders.get(all[5]);
    OrderQuery q;
    q.text = withDigits(one.number, u'\u06F0'); // Persian digits
    EXPECT_EQ(ids(orders.list(q)), QList<qint64> { one.id });
    EXPECT_EQ(orders.count(q), 1);

    // A prefix: numbers 100001… share their first digits.
    q.text = one.number.left(5);
    const QList<qint64> prefixed = expected([&](const Order &o) { return o.number.startsWith(one.number.left(5)); });
    EXPECT_EQ(ids(paged(q, 4)), prefixed);
    EXPECT_EQ(orders.count(q), prefixed.size());

    const QList<qint64> ofPerson = expected([this](const Order &o) { return o.customerId == person; });
    const QList<qint64> ofCompany = expected([this](const Order &o) { return o.customerId == company; });
    for (const QString &text : { QStringLiteral("+98 912 123 4567"), withDigits(nationalCode, u'\u0660'),
                                 QStringLiteral("كريمي"), QStringLiteral("مریم کر"), QStringLiteral("ری") }) {
        SCOPED_TRACE(text.toStdString());
        q.text = text;
        EXPECT_EQ(ids(paged(q, 5)), ofPerson);
        EXPECT_EQ(orders.count(q), ofPerson.size());
    }
    // A contact person's mobile, the company's legal national ID, its phone, part of its name.
    for (const QString &text :
         { QStringLiteral("0935-111-2233"), legalId, QStringLiteral("021 8877 6655"), QStringLiteral("کیمیا") }) {
        SCOPED_TRACE(text.toStdString());
        q.text = text;
        EXPECT_EQ(ids(paged(q, 5)), ofCompany);
        EXPECT_EQ(orders.count(q), ofCompany.size());
    }
    for (const QString &text : { QStringLiteral("09350000000"), QStringLiteral("ناموجود"), QStringLiteral("999"),
                                 QStringLiteral("%"), QStringLiteral("_") }) {
        SCOPED_TRACE(text.toStdString());
        q.text = text;
        EXPECT_TRUE(orders.list(q).isEmpty());
        EXPECT_EQ(orders.count(q), 0);
    }
}

TEST_F(PgOrderListTest, date_bounds_are_iranian_business_days)
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
    EXPECT_EQ(orders.count(q), on14.size());

    q = {};
    q.from = QDate(2025, 1, 15);
    q.to = QDate(2025, 1, 15);
    const QList<qint64> on15 = expected([&](const Order &o) { return o.createdAt >= midnight; });
    EXPECT_EQ(ids(paged(q, 4)), on15);
    EXPECT_EQ(on14.size() + on15.size(), 30);
    EXPECT_EQ(orders.count(q), on15.size());

    q.from = QDate(2025, 1, 16);
    q.to = {};
    EXPECT_EQ(orders.count(q), 0);
}
