// Contact persons on PostgreSQL: StorageContactRepository's round trip, the
// version check of updates, search over their normalised text (terms of any
// length, Arabic letter forms, digits of any script) and companies by phone.
#include "ConcurrentChangeError.h"
#include "PersianText.h"
#include "PgCustomerSamples.h"

using namespace peyvand;
using namespace peyvand::testing;

namespace {

ContactPerson contact(qint64 company, const QString &first, const QString &last, const QString &title,
                      const QString &mobile = {}, const QString &phone = {}, const QString &email = {})
{
    return ContactPerson { 0,      company, first, last,     title, BuyingRole::Buyer, 3, Attitude::Supporter,
                           mobile, phone,   email, QString() };
}

QList<qint64> ids(const QList<ContactPerson> &list)
{
    QList<qint64> out;
    for (const ContactPerson &c : list)
        out << c.id;
    return out;
}

} // namespace

TEST(PgContactRepository, contacts_round_trip_and_list_by_influence)
{
    PgRepoStore s;
    const qint64 company = s.customers->add(fullLegal(0));
    ContactPerson buyer { 0,
                          company,
                          QStringLiteral("حسن"),
                          QStringLiteral("صادقی"),
                          QStringLiteral("مدیر خرید"),
                          BuyingRole::Buyer,
                          3,
                          Attitude::Supporter,
                          QStringLiteral("09351112233"),
                          QStringLiteral("02188776655"),
                          QStringLiteral("h.sadeghi@pars.ir"),
                          QStringLiteral("پیگیر و دقیق") };
    buyer.id = s.contacts->add(buyer);
    ContactPerson ceo = contact(company, QStringLiteral("مهدی"), QStringLiteral("کاظمی"), QStringLiteral("مدیرعامل"));
    ceo.role = BuyingRole::Decider;
    ceo.influence = 5;
    ceo.attitude = Attitude::Neutral;
    ceo.id = s.contacts->add(ceo);

    auto got = s.contacts->get(buyer.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->customerId, company);
    EXPECT_EQ(got->displayName(), QStringLiteral("حسن صادقی"));
    EXPECT_EQ(got->jobTitle, buyer.jobTitle);
    EXPECT_EQ(got->role, BuyingRole::Buyer);
    EXPECT_EQ(got->influence, 3);
    EXPECT_EQ(got->attitude, Attitude::Supporter);
    EXPECT_EQ(got->mobile, buyer.mobile);
    EXPECT_EQ(got->phone, buyer.phone);
    EXPECT_EQ(got->email, buyer.email);
    EXPECT_EQ(got->notes, buyer.notes);
    EXPECT_EQ(got->version, 1);

    buyer.attitude = Attitude::Opponent;
    buyer.influence = 4;
    buyer.mobile.clear();
    buyer.version = 1;
    EXPECT_EQ(s.contacts->update(buyer), 2);
    got = s.contacts->get(buyer.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->attitude, Attitude::Opponent);
    EXPECT_EQ(got->influence, 4);
    EXPECT_TRUE(got->mobile.isEmpty());
    EXPECT_EQ(s.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE mobile IS NULL")), 2);

    const auto list = s.contacts->forCustomer(company);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, ceo.id); // most influential first
    EXPECT_EQ(list[1].id, buyer.id);
    EXPECT_FALSE(s.contacts->get(ceo.id + 10));
    EXPECT_TRUE(s.contacts->forCustomer(company + 10).isEmpty());
}

TEST(PgContactRepository, a_stale_version_is_refused_and_a_removed_contact_is_not_found)
{
    PgRepoStore s;
    const qint64 company = s.customers->add(fullLegal(0));
    ContactPerson stale = contact(company, QStringLiteral("حسن"), QStringLiteral("صادقی"), QStringLiteral("کارپرداز"));
    stale.id = s.contacts->add(stale);
    stale = *s.contacts->get(stale.id);

    auto other = s.connect();
    PgContactRepository otherContacts(*other);
    ContactPerson fresh = stale;
    fresh.jobTitle = QStringLiteral("مدیر خرید");
    EXPECT_EQ(otherContacts.update(fresh), 2);

    stale.lastName = QStringLiteral("دیگری");
    try {
        s.contacts->update(stale);
        FAIL() << "a stale version was saved";
    } catch (const ConcurrentChangeError &e) {
        EXPECT_EQ(e.entity(), QStringLiteral("contact"));
        EXPECT_EQ(e.id(), stale.id);
    }
    EXPECT_EQ(s.contacts->get(stale.id)->lastName, QStringLiteral("صادقی"));
    EXPECT_EQ(s.contacts->get(stale.id)->jobTitle, QStringLiteral("مدیر خرید"));
    EXPECT_TRUE(s.contacts->search(QStringLiteral("دیگری"), 10).isEmpty());
    stale.version = 0;
    EXPECT_EQ(s.contacts->update(stale), 3);

    s.connection->exec(QStringLiteral("DELETE FROM contacts"));
    EXPECT_THROW(s.contacts->update(stale), NotFoundError);
}

TEST(PgContactRepository, search_finds_every_term_in_name_title_phone_or_email)
{
    PgRepoStore s;
    const qint64 pars = s.customers->add(fullLegal(0));
    const qint64 aria = s.customers->add(legalEntity(QStringLiteral("شرکت آریا")));
    const qint64 hasan = s.contacts->add(contact(pars, QStringLiteral("حسن"), QStringLiteral("صادقی"),
                                                 QStringLiteral("مدیر خرید"), QStringLiteral("09351112233"),
                                                 QStringLiteral("02188776655"), QStringLiteral("h.sadeghi@pars.ir")));
    // Stored with Arabic yeh and kaf, as it came.
    const qint64 kazemi
        = s.contacts->add(contact(pars, QStringLiteral("مهدي"), QStringLiteral("كاظمي"), QStringLiteral("مدیرعامل")));
    const qint64 ali = s.contacts->add(contact(aria, QStringLiteral("علی"), QStringLiteral("صادق‌زاده"),
                                               QStringLiteral("کارپرداز"), QStringLiteral("09121234567")));

    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("صادق"), 10)), (QList<qint64> { hasan, ali }));
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("صادقزاده"), 10)), QList<qint64> { ali }); // ZWNJ folded
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("کاظمی"), 10)), QList<qint64> { kazemi });
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("مدیر"), 10)), (QList<qint64> { hasan, kazemi }));
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("مدیر خرید"), 10)), QList<qint64> { hasan });
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("ص"), 10)), (QList<qint64> { hasan, ali }));
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("مه"), 10)), QList<qint64> { kazemi });
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("۰۹۳۵ ۱۱۱"), 10)), QList<qint64> { hasan });
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("+98 912 123 4567"), 10)), QList<qint64> { ali });
    EXPECT_EQ(ids(s.contacts->search(QStringLiteral("sadeghi"), 10)), QList<qint64> { hasan });
    EXPECT_EQ(s.contacts->search(QStringLiteral("صادق"), 1).size(), 1);
    EXPECT_TRUE(s.contacts->search(QStringLiteral("زرتشت"), 10).isEmpty());
    EXPECT_TRUE(s.contacts->search(QStringLiteral("  "), 10).isEmpty());

    EXPECT_EQ(s.contacts->customersByPhone(QStringLiteral("02188776655")), QList<qint64> { pars });
    EXPECT_EQ(s.contacts->customersByPhone(QStringLiteral("09121234567")), QList<qint64> { aria });
    s.contacts->add(contact(aria, QStringLiteral("رضا"), QStringLiteral("نوری"), {}, QStringLiteral("09351112233")));
    EXPECT_EQ(s.contacts->customersByPhone(QStringLiteral("09351112233")), (QList<qint64> { pars, aria }));
    EXPECT_TRUE(s.contacts->customersByPhone(QStringLiteral("09999999999")).isEmpty());
}
