// Customer lists page by key (the last row's sort value and id): walking every
// page gives each row exactly once, in order, the same as one big query.
#include "TestStore.h"

#include <QSet>

using namespace peyvand;
using peyvand::testing::TestStore;

namespace {

const QString kFirst[] = { QStringLiteral("علی"),  QStringLiteral("مریم"),  QStringLiteral("پیمان"),
                           QStringLiteral("ژاله"), QStringLiteral("گلناز"), QStringLiteral("چنگیز") };
const QString kLast[] = { QStringLiteral("احمدی"), QStringLiteral("کریمی"), QStringLiteral("آقایی"),
                          QStringLiteral("بهرامی"), QStringLiteral("زمانی") };
const QString kCompanies[] = { QStringLiteral("شرکت پارس"), QStringLiteral("شرکت آریا"), QStringLiteral("گروه البرز"),
                               QStringLiteral("Tehran Tech"), QStringLiteral("شرکت پارس") };
const QString kCities[] = { QStringLiteral("تهران"), QStringLiteral("شیراز"), QStringLiteral("اصفهان"), QString(),
                            QStringLiteral("تبریز") };

// 150 customers with many equal names, cities and creation times, so that the
// id tie-breaker matters on every sort.
class StorageCustomerList : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s = new TestStore;
        const QDateTime t0(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        (*s)->transaction([&] {
            const qint64 owners[] = { s->addUser(QStringLiteral("rep1"), UserRole::SalesRep).id,
                                      s->addUser(QStringLiteral("rep2"), UserRole::SalesRep).id };
            for (int i = 0; i < 150; ++i) {
                Customer c = i % 3 == 0 ? peyvand::testing::legalEntity(kCompanies[i % 5])
                                        : peyvand::testing::individual(kFirst[(i / 3) % 6], kLast[i % 5]);
                const QString city = kCities[(i / 2) % 5];
                if (!city.isEmpty())
                    c.addresses << Address { {}, {}, city, {}, {} };
                c.createdAt = c.updatedAt = t0.addSecs(3600 * ((i * 7) % 40)); // 40 distinct moments
                c.lifecycle = static_cast<Lifecycle>(i % 4);
                c.ownerId = i % 7 == 0 ? 0 : owners[i % 2];
                if (c.kind == CustomerKind::Legal && i % 2)
                    c.legal.industry = i % 4 == 1 ? QStringLiteral("فولاد") : QStringLiteral("نرم‌افزار");
                if (c.kind == CustomerKind::Individual && i % 5 != 0)
                    c.individual.email = QStringLiteral("u%1@example.ir").arg(i % 11);
                if (i % 4 != 0)
                    c.phones << PhoneEntry { QStringLiteral("0912%1").arg(i % 13, 7, 10, QLatin1Char('0')), {} };
                if (c.kind == CustomerKind::Individual && i % 3 == 1)
                    c.individual.nationalCode
                        = peyvand::testing::validNationalCode(QStringLiteral("00%1").arg(i, 7, 10, QLatin1Char('0')));
                (*s)->customers().add(c);
            }
        });
    }
    static void TearDownTestSuite()
    {
        delete s;
        s = nullptr;
    }

    static TestStore *s;
};
TestStore *StorageCustomerList::s = nullptr;

// (sortValue, id) of `b` comes strictly after that of `a` in the list's order.
bool strictlyAfter(const CustomerRow &a, const CustomerRow &b, CustomerSort sort, bool descending)
{
    int cmp = 0;
    if (sort == CustomerSort::Id)
        cmp = 0;
    else if (sort == CustomerSort::CreatedAt || sort == CustomerSort::Lifecycle || sort == CustomerSort::Owner)
        cmp = a.sortValue.toLongLong() < b.sortValue.toLongLong() ? -1
            : a.sortValue.toLongLong() > b.sortValue.toLongLong() ? 1
                                                                  : 0;
    else
        cmp = QString::compare(a.sortValue.toString(), b.sortValue.toString(), Qt::CaseSensitive);
    if (cmp == 0)
        cmp = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return descending ? cmp > 0 : cmp < 0;
}

struct Case
{
    std::optional<CustomerKind> kind;
    CustomerSort sort;
    bool descending;
};

std::string describe(const Case &c)
{
    return std::string("kind=") + (c.kind ? toCode(*c.kind).toStdString() : "any")
        + " sort=" + toCode(c.sort).toStdString() + (c.descending ? " desc" : " asc");
}

} // namespace

TEST_F(StorageCustomerList, walking_every_page_yields_each_row_once_in_the_order_of_one_big_query)
{
    QList<Case> cases;
    for (auto kind :
         { std::optional<CustomerKind>(), std::optional(CustomerKind::Legal), std::optional(CustomerKind::Individual) })
        for (CustomerSort sort : { CustomerSort::Name, CustomerSort::CreatedAt, CustomerSort::City, CustomerSort::Id,
                                   CustomerSort::NationalId, CustomerSort::Phone, CustomerSort::Industry,
                                   CustomerSort::Email, CustomerSort::Lifecycle, CustomerSort::Owner })
            for (bool descending : { false, true })
                cases << Case { kind, sort, descending };

    for (const Case &c : cases) {
        SCOPED_TRACE(describe(c));
        CustomerQuery q;
        q.kind = c.kind;
        q.sort = c.sort;
        q.descending = c.descending;
        q.limit = 100000;
        const QList<CustomerRow> all = (*s)->customers().list(q);
        const qint64 expectedSize = c.kind ? (*c.kind == CustomerKind::Legal ? 50 : 100) : 150;
        ASSERT_EQ(all.size(), expectedSize);
        EXPECT_EQ((*s)->customers().count(q), expectedSize);
        for (qsizetype i = 1; i < all.size(); ++i)
            ASSERT_TRUE(strictlyAfter(all[i - 1], all[i], c.sort, c.descending)) << "out of order at " << i;
        QSet<qint64> seen;
        for (const CustomerRow &r : all) {
            if (c.kind) {
                EXPECT_EQ(r.kind, *c.kind);
            }
            seen.insert(r.id);
        }
        EXPECT_EQ(seen.size(), all.size());

        for (int pageSize : { 1, 7, 50 }) {
            SCOPED_TRACE(pageSize);
            CustomerQuery p = q;
            p.limit = pageSize;
            QList<qint64> walked;
            int pages = 0;
            for (;;) {
                const QList<CustomerRow> page = (*s)->customers().list(p);
                ASSERT_LE(page.size(), pageSize);
                if (page.isEmpty())
                    break;
                for (const CustomerRow &r : page)
                    walked << r.id;
                p.after = CustomerCursor { page.back().sortValue, page.back().id };
                // The count ignores the cursor.
                EXPECT_EQ((*s)->customers().count(p), expectedSize);
                ASSERT_LT(++pages, 1000) << "paging does not end";
            }
            QList<qint64> expected;
            for (const CustomerRow &r : all)
                expected << r.id;
            EXPECT_EQ(walked, expected);
        }
    }
}

TEST_F(StorageCustomerList, name_order_follows_the_persian_alphabet)
{
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    q.sort = CustomerSort::Name;
    q.limit = 1000;
    const auto rows = (*s)->customers().list(q);
    ASSERT_FALSE(rows.isEmpty());
    // پ after ب, چ after ج, ژ after ز, گ after ک — and before ل, م.
    qsizetype firstPeyman = -1, firstAli = -1, firstMaryam = -1, firstGolnaz = -1, firstZhaleh = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto first = [&](const QString &name, qsizetype &at) {
            if (at < 0 && rows[i].name.startsWith(name))
                at = i;
        };
        first(QStringLiteral("پیمان"), firstPeyman);
        first(QStringLiteral("علی"), firstAli);
        first(QStringLiteral("مریم"), firstMaryam);
        first(QStringLiteral("گلناز"), firstGolnaz);
        first(QStringLiteral("ژاله"), firstZhaleh);
    }
    EXPECT_LT(firstPeyman, firstZhaleh);
    EXPECT_LT(firstZhaleh, firstAli);
    EXPECT_LT(firstAli, firstGolnaz);
    EXPECT_LT(firstGolnaz, firstMaryam);
}

TEST_F(StorageCustomerList, filters_combine_with_paging_and_count)
{
    CustomerQuery q;
    q.kind = CustomerKind::Individual;
    q.city = QStringLiteral("تهران");
    q.sort = CustomerSort::CreatedAt;
    q.descending = true;
    q.limit = 1000;
    const auto all = (*s)->customers().list(q);
    ASSERT_FALSE(all.isEmpty());
    for (const CustomerRow &r : all)
        EXPECT_EQ(r.city, QStringLiteral("تهران"));
    EXPECT_EQ((*s)->customers().count(q), all.size());

    q.limit = 4;
    QList<qint64> walked;
    for (auto page = (*s)->customers().list(q); !page.isEmpty(); page = (*s)->customers().list(q)) {
        for (const auto &r : page)
            walked << r.id;
        q.after = CustomerCursor { page.back().sortValue, page.back().id };
    }
    ASSERT_EQ(walked.size(), all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        EXPECT_EQ(walked[i], all[i].id);

    CustomerQuery leads;
    leads.lifecycle = Lifecycle::Lead;
    EXPECT_EQ((*s)->customers().count(leads), 38); // i % 4 == 0 for i < 150
}

TEST_F(StorageCustomerList, owner_tag_and_lifecycle_filters_count_what_they_list)
{
    CustomerQuery q;
    q.ownerId = (*s)->users().byUsername(QStringLiteral("rep1"))->id;
    q.lifecycle = Lifecycle::Customer;
    q.limit = 1000;
    const auto rows = (*s)->customers().list(q);
    ASSERT_FALSE(rows.isEmpty());
    for (const CustomerRow &r : rows) {
        EXPECT_EQ(r.ownerId, *q.ownerId);
        EXPECT_EQ(r.lifecycle, Lifecycle::Customer);
    }
    EXPECT_EQ((*s)->customers().count(q), rows.size());
    EXPECT_EQ((*s)->customers().countAtMost(q, 2), std::min<qint64>(2, rows.size()));
    EXPECT_EQ((*s)->customers().countAtMost(q, 100000), rows.size());

    // cursorAt(n) is the key of the n-th row: list() continues after it.
    CustomerQuery all;
    all.sort = CustomerSort::City;
    all.limit = 1000;
    const auto everything = (*s)->customers().list(all);
    ASSERT_EQ(everything.size(), 150);
    QList<qint64> ordered;
    for (const CustomerRow &r : everything)
        ordered << r.id;
    EXPECT_EQ((*s)->customers().orderedIds(all), ordered);
    const auto at = (*s)->customers().cursorAt(all, 40);
    ASSERT_TRUE(at);
    EXPECT_EQ(at->id, everything[40].id);
    EXPECT_EQ(at->sortValue, everything[40].sortValue);
    all.after = at;
    all.limit = 3;
    const auto next = (*s)->customers().list(all);
    ASSERT_EQ(next.size(), 3);
    EXPECT_EQ(next[0].id, everything[41].id);
    EXPECT_FALSE((*s)->customers().cursorAt(all, 150));
    EXPECT_FALSE((*s)->customers().cursorAt(all, -1));

    Customer tagged = peyvand::testing::individual(QStringLiteral("تگ"), QStringLiteral("دار"));
    tagged.tags = { QStringLiteral("ویژه"), QStringLiteral("VIP") };
    const qint64 id = (*s)->customers().add(tagged);
    CustomerQuery byTag;
    byTag.tag = QStringLiteral("ويژه"); // tidied: Arabic yeh
    const auto found = (*s)->customers().list(byTag);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].id, id);
    EXPECT_EQ((*s)->customers().count(byTag), 1);
}
