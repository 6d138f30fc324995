// The orders list answers the same on both backends: the same customers,
// contacts and orders written to a real SQLite file (through its repositories)
// and to PostgreSQL, then many queries — names of one, two, three and more
// letters (SQLite answers them from its FTS5 grams, PostgreSQL with LIKE over
// the trigram index), several terms, numbers, phones, statuses and periods —
// paged by key; the ids and counts must be equal, page by page.
#include "PgOrderRepository.h"
#include "PgRepoFixture.h"
#include "SqliteDataStore.h"

#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

class PgOrderSearchParityTest : public PgRepoFixture
{
protected:
    PgOrderSearchParityTest()
        : sqlite(dir.filePath(QStringLiteral("parity.sqlite")))
        , orders(connection)
    {
    }

    QList<qint64> paged(const OrderRepository &repo, OrderQuery q, int pageSize)
    {
        q.limit = pageSize;
        QList<qint64> out;
        for (int guard = 0; guard < 200; ++guard) {
            const QList<OrderRow> page = repo.list(q);
            for (const OrderRow &r : page)
                out << r.id;
            if (page.size() < pageSize)
                return out;
            q.after = OrderCursor { page.back().createdAt, page.back().id };
        }
        ADD_FAILURE() << "paging does not end";
        return out;
    }

    QTemporaryDir dir;
    SqliteDataStore sqlite;
    PgOrderRepository orders;
};

} // namespace

TEST_F(PgOrderSearchParityTest, every_query_lists_and_counts_the_same_orders_on_both_backends)
{
    const QDateTime t0(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
    const qint64 user
        = sqlite.users().add(User { 0, QStringLiteral("rep1"), QStringLiteral("rep"), UserRole::SalesRep, true });
    ASSERT_EQ(addUser(QStringLiteral("rep1")), user);

    struct Person
    {
        const char *first, *last, *mobile;
    };
    const Person people[] = {
        { "علی", "احمدی", "09121234567" },  { "علیرضا", "محمدی", "09121110000" }, { "مریم", "کریمی", nullptr },
        { "رضا", "پارسا", "09351112233" },  { "کیان", "علوی", nullptr },          { "زهرا", "احمدزاده", nullptr },
        { "محمد", "رضایی", "09129998877" }, { "سارا", "کیا", nullptr },
    };
    const char *companies[] = { "شرکت کیمیا پارس", "پارس الکتریک", "صنایع علی‌آباد", "فولاد مبارکه" };
    QList<qint64> customers;
    int n = 0;
    for (const Person &p : people) {
        Customer c;
        c.kind = CustomerKind::Individual;
        c.individual.firstName = QString::fromUtf8(p.first);
        c.individual.lastName = QString::fromUtf8(p.last);
        c.individual.nationalCode = validNationalCode(QStringLiteral("00845759%1").arg(n++));
        if (p.mobile)
            c.phones << PhoneEntry { QString::fromLatin1(p.mobile), {} };
        c.createdAt = c.updatedAt = t0;
        const qint64 id = sqlite.customers().add(c);
        ASSERT_EQ(addCustomer(c), id);
        customers << id;
    }
    for (const char *name : companies) {
        Customer c;
        c.kind = CustomerKind::Legal;
        c.legal.companyName = QString::fromUtf8(name);
        c.legal.nationalId = validLegalId(QStringLiteral("103802847%1").arg(n++ % 10));
        c.createdAt = c.updatedAt = t0;
        const qint64 id = sqlite.customers().add(c);
        ASSERT_EQ(addCustomer(c), id);
        customers << id;
    }
    ContactPerson contact;
    contact.customerId = customers.back();
    contact.firstName = QStringLiteral("حسن");
    contact.mobile = QStringLiteral("09187776655");
    sqlite.contacts().add(contact);
    addContact(contact.customerId, contact.firstName, {}, contact.mobile);
    // Ali's mobile is also a contact person's at another company: one phone, two customers.
    contact.customerId = customers[customers.size() - 2];
    contact.mobile = QStringLiteral("09121234567");
    sqlite.contacts().add(contact);
    addContact(contact.customerId, contact.firstName, {}, contact.mobile);

    const OrderStatus statuses[] = { OrderStatus::Registered, OrderStatus::Confirmed, OrderStatus::Paid };
    for (int i = 0; i < 60; ++i) {
        Order o;
        o.customerId = customers[(i * 7) % customers.size()];
        o.status = statuses[i % 3];
        o.lines = { OrderLine { 0, QStringLiteral("کالا"), 1, 1000 + i } };
        o.total = o.linesTotal();
        o.createdAt = o.updatedAt = t0.addSecs(qint64(i / 3) * 5400); // ties of three
        if (i % 10 == 9)
            o.number = QStringLiteral("B-%1").arg(i);
        ASSERT_EQ(orders.add(o), sqlite.orders().add(o));
    }

    const QStringList texts {
        QString(),
        QStringLiteral("ع"),
        QStringLiteral("عل"),
        QStringLiteral("علی"),
        QStringLiteral("علیر"),
        QStringLiteral("احمد"),
        QStringLiteral("پارس"),
        QStringLiteral("کی"),
        QStringLiteral("ا"),
        QStringLiteral("رضا م"),
        QStringLiteral("علي"),
        QStringLiteral("آباد"),
        QStringLiteral("کیمیا پارس"),
        QStringLiteral("نیست"),
        QStringLiteral("1000"),
        QStringLiteral("۱۰۰۰۱"),
        QStringLiteral("100045"),
        QStringLiteral("0912 123 4567"),
        QStringLiteral("09187776655"),
        QStringLiteral("B-"),
        QStringLiteral("b-9"),
        QStringLiteral("a"),
        QStringLiteral("%"),
    };
    int checked = 0;
    for (const QString &text : texts)
        for (const std::optional<OrderStatus> status : { std::optional<OrderStatus> {}, std::optional { statuses[1] } })
            for (const QDate from : { QDate(), QDate(2025, 3, 2) }) {
                OrderQuery q;
                q.text = text;
                q.status = status;
                q.from = from;
                SCOPED_TRACE(QStringLiteral("'%1' %2 %3")
                                 .arg(text, status ? toCode(*status) : QString(), from.toString(Qt::ISODate))
                                 .toStdString());
                const QList<qint64> want = paged(sqlite.orders(), q, 1000);
                EXPECT_EQ(paged(orders, q, 1000), want);
                EXPECT_EQ(paged(orders, q, 4), want);
                EXPECT_EQ(orders.count(q), sqlite.orders().count(q));
                checked += want.isEmpty() ? 0 : 1;
            }
    EXPECT_GT(checked, 40); // most queries find something: the comparison is not of empty lists
}
