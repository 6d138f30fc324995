// The same customers and contacts written through the SQLite and the
// PostgreSQL repositories come back the same: every list (filters, sorts,
// directions, key paging), count, bounded count, ordered ids, far-jump
// cursor, record, search and lookup, for queries in Persian with Arabic and
// Persian letter forms (ي/ی, ك/ک), ZWNJ, diacritics, tatweel, and Latin,
// Persian and Arabic-Indic digits in phones and codes.
#include "DemoContext.h"
#include "DemoCustomerFactory.h"
#include "PersianText.h"
#include "PgCustomerSamples.h"

#include <stdexcept>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

constexpr int kDemoCustomers = 1200;

QString arabicIndic(const QString &latin)
{
    QString out = latin;
    for (QChar &ch : out)
        if (ch >= u'0' && ch <= u'9')
            ch = QChar(char16_t(0x0660 + (ch.unicode() - u'0')));
    return out;
}

// Customers written as they may come from an import, not tidied.
QList<Customer> specialCustomers()
{
    QList<Customer> out;
    Customer a = individual(QStringLiteral("علي"), QStringLiteral("كاظمي"),
                            arabicIndic(validNationalCode(QStringLiteral("008457594"))),
                            PersianText::toPersianDigits(QStringLiteral("09123334455")), QStringLiteral("تهران"));
    a.individual.email = QStringLiteral("Ali.Kazemi@Example.IR");
    out << a;
    Customer b = legalEntity(QStringLiteral("شرکت نرم\u200cافزاری آرین"),
                             PersianText::toPersianDigits(validLegalId(QStringLiteral("1038028479"))),
                             arabicIndic(QStringLiteral("02188776655")), QStringLiteral("كرج"));
    b.legal.industry = QStringLiteral("نرم\u200cافزار");
    out << b;
    out << individual(QStringLiteral("مُحَمَّد"), QStringLiteral("رضايي"), {}, QStringLiteral("+98 912 555 6677"));
    out << individual(QStringLiteral("كـريم"), QStringLiteral("ژاله\u200cوند"));
    out << individual(QStringLiteral("محمد"), QStringLiteral("رضایی"), {}, QStringLiteral("09125556677"));
    out << legalEntity(QStringLiteral("Tehran Tech"), {}, QStringLiteral("021-2222-3333"));
    return out;
}

void expectSameRows(const QList<CustomerRow> &a, const QList<CustomerRow> &b)
{
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(a[i].id, b[i].id);
        EXPECT_EQ(a[i].kind, b[i].kind);
        EXPECT_EQ(a[i].name, b[i].name);
        EXPECT_EQ(a[i].phone, b[i].phone);
        EXPECT_EQ(a[i].nationalId, b[i].nationalId);
        EXPECT_EQ(a[i].city, b[i].city);
        EXPECT_EQ(a[i].lifecycle, b[i].lifecycle);
        EXPECT_EQ(a[i].ownerId, b[i].ownerId);
        EXPECT_EQ(a[i].industry, b[i].industry);
        EXPECT_EQ(a[i].email, b[i].email);
        EXPECT_EQ(a[i].createdAt, b[i].createdAt);
        EXPECT_EQ(a[i].sortValue.toString(), b[i].sortValue.toString());
    }
}

QList<qint64> contactIds(const QList<ContactPerson> &list)
{
    QList<qint64> out;
    for (const ContactPerson &c : list)
        out << c.id;
    return out;
}

class PgRepositoryParity : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        sqlite = new TestStore(TestStore::Actor::Nobody);
        pg = new PgRepoStore;
        DemoContext context(1404, QDate(2025, 1, 15));
        for (const char *name : { "rep1", "rep2", "rep3" }) {
            const User u { 0, QString::fromLatin1(name), QStringLiteral("کارشناس"), UserRole::SalesRep, true };
            const qint64 id = (*sqlite)->users().add(u);
            if (pg->users->add(u) != id)
                throw std::runtime_error("user ids differ");
            context.reps << id;
        }
        DemoCustomerFactory factory(context);
        QList<Customer> customers;
        for (int n = 1; n <= kDemoCustomers; ++n)
            customers << factory.customer(n);
        customers << specialCustomers();
        (*sqlite)->transaction([&] {
            for (Customer c : std::as_const(customers)) {
                c.id = (*sqlite)->customers().add(c);
                if (pg->customers->add(c) != c.id)
                    throw std::runtime_error("customer ids differ");
                phones << c.primaryPhone();
                if (c.kind != CustomerKind::Legal)
                    continue;
                QList<ContactPerson> contacts = factory.contacts(c);
                if (c.legal.companyName.startsWith(QStringLiteral("شرکت نرم")))
                    contacts << ContactPerson { 0,
                                                c.id,
                                                QStringLiteral("مهدي"),
                                                QStringLiteral("صادقي\u200cفر"),
                                                QStringLiteral("مدیر خرید"),
                                                BuyingRole::Buyer,
                                                4,
                                                Attitude::Supporter,
                                                PersianText::toPersianDigits(QStringLiteral("09351112233")),
                                                {},
                                                {},
                                                {} };
                for (const ContactPerson &p : contacts) {
                    if ((*sqlite)->contacts().add(p) != pg->contacts->add(p))
                        throw std::runtime_error("contact ids differ");
                    phones << p.mobile << p.phone;
                }
            }
        });
    }
    static void TearDownTestSuite()
    {
        delete pg;
        delete sqlite;
        pg = nullptr;
        sqlite = nullptr;
    }

    CustomerRepository &a() { return (*sqlite)->customers(); }
    CustomerRepository &b() { return *pg->customers; }

    static QStringList texts()
    {
        return { QString(),
                 QStringLiteral("  "),
                 QStringLiteral("علی"),
                 QStringLiteral("علي"),
                 QStringLiteral("ك"),
                 QStringLiteral("ی"),
                 QStringLiteral("کاظمی"),
                 QStringLiteral("كاظمي"),
                 QStringLiteral("علی کاظمی"),
                 QStringLiteral("آرین"),
                 QStringLiteral("نرم\u200cافزاری"),
                 QStringLiteral("نرمافزاری"),
                 QStringLiteral("مُحَمَّد رضايي"),
                 QStringLiteral("محمد"),
                 QStringLiteral("کـریم"),
                 QStringLiteral("ژاله"),
                 QStringLiteral("۰۹۱۲"),
                 arabicIndic(QStringLiteral("0912")),
                 QStringLiteral("0912 555"),
                 QStringLiteral("+98 912 333 4455"),
                 PersianText::toPersianDigits(QStringLiteral("008457594")),
                 arabicIndic(QStringLiteral("1038028")),
                 QStringLiteral("021-8877-6655"),
                 QStringLiteral("ali.kazemi"),
                 QStringLiteral("TECH"),
                 QStringLiteral("پو"),
                 QStringLiteral("09"),
                 QStringLiteral("شرکت"),
                 QStringLiteral("زرتشت") };
    }

    static TestStore *sqlite;
    static PgRepoStore *pg;
    static QStringList phones;
};
TestStore *PgRepositoryParity::sqlite = nullptr;
PgRepoStore *PgRepositoryParity::pg = nullptr;
QStringList PgRepositoryParity::phones;

} // namespace

TEST_F(PgRepositoryParity, lists_counts_and_cursors_are_the_same_for_every_query)
{
    int nonEmpty = 0;
    for (const QString &text : texts()) {
        for (auto kind : { std::optional<CustomerKind>(), std::optional(CustomerKind::Legal),
                           std::optional(CustomerKind::Individual) }) {
            for (CustomerSort sort :
                 { CustomerSort::Name, CustomerSort::CreatedAt, CustomerSort::Id, CustomerSort::Phone,
                   CustomerSort::NationalId, CustomerSort::City, CustomerSort::Lifecycle, CustomerSort::Owner }) {
                for (bool descending : { false, true }) {
                    CustomerQuery q;
                    q.text = text;
                    q.kind = kind;
                    q.sort = sort;
                    q.descending = descending;
                    q.limit = 5000;
                    SCOPED_TRACE(text.toStdString() + " kind " + (kind ? toCode(*kind).toStdString() : "any") + " sort "
                                 + toCode(sort).toStdString() + (descending ? " desc" : ""));
                    const QList<CustomerRow> expected = a().list(q);
                    expectSameRows(expected, b().list(q));
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                    EXPECT_EQ(a().count(q), b().count(q));
                    EXPECT_EQ(a().count(q), expected.size());
                    EXPECT_EQ(a().countAtMost(q, 7), b().countAtMost(q, 7));
                    EXPECT_EQ(a().orderedIds(q), b().orderedIds(q));
                    for (qint64 position :
                         { qint64(0), qint64(3), qint64(expected.size() - 1), qint64(expected.size()) }) {
                        const auto ca = a().cursorAt(q, position);
                        const auto cb = b().cursorAt(q, position);
                        ASSERT_EQ(ca.has_value(), cb.has_value()) << position;
                        if (ca) {
                            EXPECT_EQ(ca->id, cb->id);
                            EXPECT_EQ(ca->sortValue.toString(), cb->sortValue.toString());
                        }
                    }
                    if (sort != CustomerSort::Name && sort != CustomerSort::Phone)
                        continue;
                    // Page by page with each side's own cursor.
                    q.limit = 97;
                    CustomerQuery qa = q, qb = q;
                    for (int pages = 0; pages < 100; ++pages) {
                        const auto pa = a().list(qa);
                        const auto pb = b().list(qb);
                        expectSameRows(pa, pb);
                        if (pa.isEmpty() || pb.isEmpty())
                            break;
                        qa.after = CustomerCursor { pa.back().sortValue, pa.back().id };
                        qb.after = CustomerCursor { pb.back().sortValue, pb.back().id };
                    }
                }
            }
        }
    }
    EXPECT_GT(nonEmpty, 300); // the queries find something
}

TEST_F(PgRepositoryParity, filters_by_owner_lifecycle_city_and_tag_are_the_same)
{
    for (const QString &text : { QString(), QStringLiteral("ی"), QStringLiteral("محمد") }) {
        for (qint64 owner : { qint64(1), qint64(2) }) {
            for (Lifecycle lifecycle : { Lifecycle::Lead, Lifecycle::Customer }) {
                CustomerQuery q;
                q.text = text;
                q.ownerId = owner;
                q.lifecycle = lifecycle;
                q.limit = 5000;
                SCOPED_TRACE(text.toStdString());
                expectSameRows(a().list(q), b().list(q));
                EXPECT_EQ(a().count(q), b().count(q));
            }
        }
    }
    for (const QString &city : { QStringLiteral("تهران"), QStringLiteral("کرج"), QStringLiteral("كرج") }) {
        CustomerQuery q;
        q.city = city;
        q.limit = 5000;
        expectSameRows(a().list(q), b().list(q));
        EXPECT_EQ(a().count(q), b().count(q));
    }
    const auto tags = pg->scalar(QStringLiteral("SELECT count(*) FROM customer_tags"));
    ASSERT_GT(tags, 0);
    auto q = pg->connection->prepare(QStringLiteral("SELECT DISTINCT tag FROM customer_tags ORDER BY tag LIMIT 5"));
    const PgResult r = q.exec();
    for (int i = 0; i < r.rows(); ++i) {
        CustomerQuery byTag;
        byTag.tag = r.text(i, 0);
        byTag.limit = 5000;
        const auto rows = a().list(byTag);
        EXPECT_FALSE(rows.isEmpty());
        expectSameRows(rows, b().list(byTag));
    }
}

TEST_F(PgRepositoryParity, records_and_lookups_are_the_same)
{
    const qint64 total = a().count(CustomerQuery {});
    ASSERT_EQ(total, b().count(CustomerQuery {}));
    for (qint64 id = 1; id <= total; id += 37) {
        const auto ca = a().get(id);
        const auto cb = b().get(id);
        ASSERT_TRUE(ca && cb) << id;
        expectSameCustomer(*ca, *cb);
        EXPECT_EQ(ca->version, cb->version);
        EXPECT_EQ(ca->tags, cb->tags);
        EXPECT_EQ(a().findSameName(ca->kind, ca->displayName(), 10), b().findSameName(ca->kind, ca->displayName(), 10));
        const QString national = ca->nationalIdentifier();
        EXPECT_EQ(a().findByNationalIdentifier(national), b().findByNationalIdentifier(national));
    }
    for (qint64 id = total - 5; id <= total; ++id) { // the special customers, every one
        expectSameCustomer(*a().get(id), *b().get(id));
        EXPECT_EQ(a().kindOf(id), b().kindOf(id));
    }
    QList<qint64> someIds { total, 3, 99999, 1, 2 * total };
    expectSameRows(a().rows(someIds), b().rows(someIds));

    QStringList national;
    for (const CustomerRow &r : a().list(CustomerQuery { .limit = 300 }))
        national << r.nationalId;
    const auto na = a().matchNationalIdentifiers(national);
    const auto nb = b().matchNationalIdentifiers(national);
    ASSERT_EQ(na.size(), nb.size());
    QSet<qint64> sa, sb;
    for (qsizetype i = 0; i < na.size(); ++i) {
        sa.insert(na[i].id);
        sb.insert(nb[i].id);
    }
    EXPECT_EQ(sa, sb);
    for (CustomerKind kind : { CustomerKind::Legal, CustomerKind::Individual }) {
        const auto pa = a().matchPhones(kind, phones);
        const auto pb = b().matchPhones(kind, phones);
        ASSERT_EQ(pa.size(), pb.size());
        for (qsizetype i = 0; i < pa.size(); ++i) {
            EXPECT_EQ(pa[i].key, pb[i].key);
            EXPECT_EQ(pa[i].id, pb[i].id);
            EXPECT_EQ(pa[i].nationalId, pb[i].nationalId);
        }
    }
    for (qsizetype i = 0; i < phones.size(); i += 29) {
        EXPECT_EQ(a().findByPhone(phones[i]), b().findByPhone(phones[i]));
        EXPECT_EQ((*sqlite)->contacts().customersByPhone(phones[i]), pg->contacts->customersByPhone(phones[i]));
    }
}

TEST_F(PgRepositoryParity, contact_search_is_the_same)
{
    int found = 0;
    for (const QString &text : texts()
             + QStringList { QStringLiteral("صادقی فر"), QStringLiteral("مدير"), QStringLiteral("۰۹۳۵۱۱۱"),
                             QStringLiteral("0935 111") }) {
        SCOPED_TRACE(text.toStdString());
        for (int limit : { 5, 500 }) {
            const auto expected = contactIds((*sqlite)->contacts().search(text, limit));
            EXPECT_EQ(expected, contactIds(pg->contacts->search(text, limit)));
            found += expected.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_GT(found, 10);
    const qint64 company = a().count(CustomerQuery {}) - 4; // the software company
    const auto ca = (*sqlite)->contacts().forCustomer(company);
    EXPECT_FALSE(ca.isEmpty());
    EXPECT_EQ(contactIds(ca), contactIds(pg->contacts->forCustomer(company)));
}
