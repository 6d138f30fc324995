// SupportLookup on a real database: each kind of key in every input form
// (Latin, Persian and Arabic-Indic digits, +98, 0098, spaces, dashes), contact
// persons' phones giving their company, names with Arabic ي/ك, and "nothing".
#include "CliRunner.h"
#include "SupportDeskFixture.h"

using namespace peyvand;

namespace {

QString persian(const QString &s)
{
    return peyvand::test::toPersianDigits(s);
}
QString arabic(const QString &s)
{
    return peyvand::test::toArabicIndicDigits(s);
}

} // namespace

class SupportLookupTest : public peyvand::testing::SupportDeskFixture
{
protected:
    void expectOnly(const QString &query, qint64 customer, LookupKey by)
    {
        SCOPED_TRACE(query.toStdString());
        const LookupResult r = lookup.find(query);
        ASSERT_EQ(r.matches.size(), 1);
        EXPECT_EQ(r.matches[0].customer.id, customer);
        EXPECT_EQ(r.matches[0].matchedBy, by);
        EXPECT_FALSE(r.more);
    }
};

TEST_F(SupportLookupTest, a_mobile_in_every_form_finds_the_person)
{
    for (const QString &q :
         { QStringLiteral("09121234567"), persian(QStringLiteral("09121234567")), arabic(QStringLiteral("09121234567")),
           QStringLiteral("+98 912 123 4567"), QStringLiteral("+989121234567"), QStringLiteral("00989121234567"),
           QStringLiteral("0098 912 123 4567"), QStringLiteral("0912-123-4567"), QStringLiteral("0912 123 4567"),
           QStringLiteral(" 9121234567 "), persian(QStringLiteral("+98 912-123-4567")),
           arabic(QStringLiteral("0912 123 4567")) })
        expectOnly(q, person, LookupKey::Phone);
}

TEST_F(SupportLookupTest, a_landline_finds_the_company_and_a_contact_persons_phones_find_their_company)
{
    for (const QString &q : { QStringLiteral("02188776655"), QStringLiteral("021-8877 6655"),
                              QStringLiteral("+98 21 8877 6655"), persian(QStringLiteral("021-88776655")) })
        expectOnly(q, company, LookupKey::Phone);
    // The contact's mobile and landline.
    for (const QString &q :
         { QStringLiteral("09351112233"), QStringLiteral("+98 935 111 2233"), arabic(QStringLiteral("0935-111-2233")),
           QStringLiteral("031 3222 4455"), persian(QStringLiteral("00983132224455")) })
        expectOnly(q, company, LookupKey::Phone);
}

TEST_F(SupportLookupTest, national_code_and_legal_national_id_in_every_digit_form)
{
    for (const QString &q : { nationalCode, persian(nationalCode), arabic(nationalCode),
                              nationalCode.left(3) + u'-' + nationalCode.mid(3, 6) + u'-' + nationalCode.right(1) })
        expectOnly(q, person, LookupKey::NationalId);
    for (const QString &q : { legalId, persian(legalId), arabic(legalId), QStringLiteral(" ") + legalId })
        expectOnly(q, company, LookupKey::NationalId);
}

TEST_F(SupportLookupTest, an_order_number_in_any_digits_gives_its_customer_with_every_order)
{
    const qint64 first = orders.create(oneLineOrder(person, 2'000'000), rep);
    s.clock.advanceSeconds(3600);
    const qint64 second = orders.create(oneLineOrder(person, 5'000'000), rep);
    orders.setTrackingCode(second, QStringLiteral("۸۲۵۱۳۳"));
    s.clock.advanceSeconds(600);
    orders.changeStatus(second, OrderStatus::Confirmed, rep);
    const QString number = orders.get(first).number;

    for (const QString &q : { number, persian(number), arabic(number) }) {
        SCOPED_TRACE(q.toStdString());
        const LookupResult r = lookup.find(q);
        ASSERT_EQ(r.matches.size(), 1);
        const LookupMatch &m = r.matches[0];
        EXPECT_EQ(m.customer.id, person);
        EXPECT_EQ(m.customer.name, QStringLiteral("مریم کریمی"));
        EXPECT_EQ(m.matchedBy, LookupKey::OrderNumber);
        EXPECT_EQ(m.matchedOrderNumber, number);
        ASSERT_EQ(m.orders.size(), 2);
        EXPECT_EQ(m.orders[0].id, second); // newest first
        EXPECT_EQ(m.orders[0].status, OrderStatus::Confirmed);
        EXPECT_EQ(m.orders[0].changedAt, s.clock.now());
        EXPECT_EQ(m.orders[0].trackingCode, QStringLiteral("825133"));
        EXPECT_EQ(m.orders[0].total, 5'000'000);
        EXPECT_EQ(m.orders[1].id, first);
        EXPECT_EQ(m.orders[1].status, OrderStatus::Registered);
    }
    // Capped per customer.
    EXPECT_EQ(lookup.find(number, 20, 1).matches[0].orders.size(), 1);
}

TEST_F(SupportLookupTest, a_name_with_arabic_yeh_and_kaf_finds_the_customer)
{
    expectOnly(QStringLiteral("كريمي"), person, LookupKey::Name);
    expectOnly(QStringLiteral("مريم"), person, LookupKey::Name);
    expectOnly(QStringLiteral("كيميا"), company, LookupKey::Name);
    // A contact's name is not a customer's.
    EXPECT_TRUE(lookup.find(QStringLiteral("رضا صادقی")).matches.isEmpty());
}

TEST_F(SupportLookupTest, nothing_found_is_an_empty_result_not_an_error)
{
    for (const QString &q :
         { QStringLiteral("09350000000"), QStringLiteral("+98 912 000 0000"), QStringLiteral("999999"),
           persian(QStringLiteral("0012345679")), QString(), QStringLiteral("   "), QStringLiteral("ناموجود") }) {
        SCOPED_TRACE(q.toStdString());
        const LookupResult r = lookup.find(q);
        EXPECT_TRUE(r.matches.isEmpty());
        EXPECT_FALSE(r.more);
    }
    EXPECT_EQ(lookup.find(persian(QStringLiteral("0935 000 0000"))).query, QStringLiteral("09350000000"));
}

TEST_F(SupportLookupTest, open_requests_most_urgent_first_and_no_resolved_ones)
{
    auto open = [&](Priority p) {
        ServiceRequest r;
        r.customerId = person;
        r.subject = QStringLiteral("مشکل");
        r.priority = p;
        s.clock.advanceSeconds(60);
        return requests.open(r);
    };
    const qint64 normal = open(Priority::Normal);
    const qint64 urgent = open(Priority::Urgent);
    const qint64 resolved = open(Priority::High);
    requests.setStatus(resolved, RequestStatus::Resolved, support);
    const LookupResult r = lookup.find(QStringLiteral("09121234567"));
    ASSERT_EQ(r.matches.size(), 1);
    QList<qint64> ids;
    for (const ServiceRequest &sr : r.matches[0].openRequests)
        ids << sr.id;
    EXPECT_EQ(ids, (QList<qint64> { urgent, normal }));
}

TEST_F(SupportLookupTest, a_name_matching_many_customers_is_capped_and_says_there_are_more)
{
    for (int i = 0; i < 5; ++i)
        customers.create(peyvand::testing::individual(QStringLiteral("نگار"), QStringLiteral("کریمی")));
    const LookupResult r = lookup.find(QStringLiteral("کریمی"), 3, 0);
    EXPECT_EQ(r.matches.size(), 3);
    EXPECT_TRUE(r.more);
    EXPECT_FALSE(lookup.find(QStringLiteral("کریمی"), 6, 0).more);
}
