// Customers on PostgreSQL: StorageCustomerRepository's round trips (also on a
// new connection) and the record version checked by every update, as
// RecordVersion does on SQLite: a stale version is refused with
// ConcurrentChangeError and nothing of the save is written.
#include "ConcurrentChangeError.h"
#include "PgCustomerSamples.h"

using namespace peyvand;
using namespace peyvand::testing;

TEST(PgCustomerRepository, legal_entity_with_phones_addresses_tags_and_parent_round_trips)
{
    PgRepoStore s;
    const qint64 owner = addUser(s, QStringLiteral("rep1"));
    Customer parent = legalEntity(QStringLiteral("گروه صنعتی پارس"));
    const qint64 parentId = s.customers->add(parent);

    Customer c = fullLegal(owner);
    c.legal.parentId = parentId;
    const qint64 id = s.customers->add(c);
    ASSERT_GT(id, parentId);

    auto got = s.customers->get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->id, id);
    EXPECT_EQ(got->version, 1);
    expectSameCustomer(c, *got);
    EXPECT_EQ(got->displayName(), QStringLiteral("شرکت فولاد پارس"));
    EXPECT_TRUE(got->legal.isEnterprise());
    EXPECT_EQ(s.customers->kindOf(id), CustomerKind::Legal);
    EXPECT_TRUE(s.customers->exists(id));
    EXPECT_FALSE(s.customers->exists(id + 100));
    EXPECT_FALSE(s.customers->get(id + 100));
    EXPECT_FALSE(s.customers->kindOf(id + 100));

    s.reopen();
    got = s.customers->get(id);
    ASSERT_TRUE(got);
    expectSameCustomer(c, *got);
}

TEST(PgCustomerRepository, individual_with_household_round_trips)
{
    PgRepoStore s;
    const qint64 household = s.customers->addHousehold(Household { 0, QStringLiteral("خانواده  احمدی") });
    auto h = s.customers->household(household);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->name, QStringLiteral("خانواده احمدی")); // tidied on the way in
    EXPECT_FALSE(s.customers->household(household + 1));

    Customer c
        = individual(QStringLiteral("علی"), QStringLiteral("احمدی"), validNationalCode(QStringLiteral("008457594")),
                     QStringLiteral("09121234567"), QStringLiteral("شیراز"));
    c.lifecycle = Lifecycle::Prospect;
    c.source = SourceChannel::Campaign;
    c.doNotSms = true;
    c.tags = { QStringLiteral("وفادار") };
    c.individual.email = QStringLiteral("ali@example.ir");
    c.individual.birthDate = QDate(1985, 2, 11);
    c.individual.preferences = QStringLiteral("تماس عصرها");
    c.individual.loyaltyCard = QStringLiteral("6104123412341234");
    c.individual.householdId = household;
    c.individual.householdRole = QStringLiteral("head");
    c.individual.householdDecides = QStringLiteral("لوازم خانگی");
    const qint64 id = s.customers->add(c);

    Customer spouse = individual(QStringLiteral("مریم"), QStringLiteral("احمدی"));
    spouse.individual.householdId = household;
    spouse.individual.householdRole = QStringLiteral("spouse");
    const qint64 spouseId = s.customers->add(spouse);
    s.customers->add(individual(QStringLiteral("رضا"), QStringLiteral("محمدی")));

    auto got = s.customers->get(id);
    ASSERT_TRUE(got);
    expectSameCustomer(c, *got);
    EXPECT_EQ(got->displayName(), QStringLiteral("علی احمدی"));
    EXPECT_EQ(got->primaryPhone(), QStringLiteral("09121234567"));
    EXPECT_EQ(got->city(), QStringLiteral("شیراز"));
    EXPECT_EQ(s.customers->householdMembers(household), (QList<qint64> { id, spouseId }));

    EXPECT_EQ(s.customers->findByNationalIdentifier(c.individual.nationalCode), id);
    EXPECT_FALSE(s.customers->findByNationalIdentifier(QStringLiteral("0000000000")));
    EXPECT_EQ(s.customers->findByPhone(QStringLiteral("09121234567")), QList<qint64> { id });
    EXPECT_EQ(s.customers->findSameName(CustomerKind::Individual, QStringLiteral("علي  احمدي"), 10),
              QList<qint64> { id });
    EXPECT_TRUE(s.customers->findSameName(CustomerKind::Legal, QStringLiteral("علی احمدی"), 10).isEmpty());
}

TEST(PgCustomerRepository, update_replaces_children_wholesale)
{
    PgRepoStore s;
    Customer c = fullLegal(0);
    c.id = s.customers->add(c);

    c.phones = { PhoneEntry { QStringLiteral("02633334444"), QStringLiteral("کارخانه") } };
    c.addresses.removeFirst();
    c.tags = { QStringLiteral("فولاد") };
    c.legal.companyName = QStringLiteral("شرکت فولاد البرز");
    c.legal.employees = 40;
    c.lifecycle = Lifecycle::Inactive;
    EXPECT_EQ(s.customers->update(c), 2);

    auto got = s.customers->get(c.id);
    ASSERT_TRUE(got);
    expectSameCustomer(c, *got);
    EXPECT_EQ(got->version, 2);
    EXPECT_EQ(s.rows("customer_phones"), 1);
    EXPECT_EQ(s.rows("customer_addresses"), 1);
    EXPECT_EQ(s.rows("customer_tags"), 1);
    EXPECT_TRUE(s.customers->findByPhone(QStringLiteral("02188776655")).isEmpty());
    EXPECT_EQ(s.customers->findByPhone(QStringLiteral("02633334444")), QList<qint64> { c.id });
}

TEST(PgCustomerRepository, a_stale_version_is_refused_and_nothing_is_written)
{
    PgRepoStore s;
    Customer stale = individual(QStringLiteral("مریم"), QStringLiteral("کریمی"), {}, QStringLiteral("09121112233"),
                                QStringLiteral("تهران"));
    stale.id = s.customers->add(stale);
    stale = *s.customers->get(stale.id);
    ASSERT_EQ(stale.version, 1);

    // Someone else saves it on another connection (another desktop).
    auto other = s.connect();
    PgCustomerRepository otherCustomers(*other);
    Customer fresh = stale;
    fresh.individual.lastName = QStringLiteral("کریمی‌فر");
    EXPECT_EQ(otherCustomers.update(fresh), 2);

    stale.individual.lastName = QStringLiteral("دیگری");
    stale.phones = { PhoneEntry { QStringLiteral("09350000000"), {} } };
    stale.addresses.clear();
    stale.tags = { QStringLiteral("تازه") };
    try {
        s.customers->update(stale);
        FAIL() << "a stale version was saved";
    } catch (const ConcurrentChangeError &e) {
        EXPECT_EQ(e.entity(), QStringLiteral("customer"));
        EXPECT_EQ(e.id(), stale.id);
    }
    const Customer now = *s.customers->get(stale.id);
    EXPECT_EQ(now.individual.lastName, QStringLiteral("کریمی‌فر"));
    EXPECT_EQ(now.version, 2);
    ASSERT_EQ(now.phones.size(), 1);
    EXPECT_EQ(now.phones[0].number, QStringLiteral("09121112233"));
    EXPECT_EQ(now.city(), QStringLiteral("تهران"));
    EXPECT_TRUE(now.tags.isEmpty());
    EXPECT_EQ(s.rows("customer_tags"), 0);
    CustomerQuery q;
    q.text = QStringLiteral("دیگری");
    EXPECT_EQ(s.customers->count(q), 0);

    // The connection is still usable (no aborted transaction is left behind).
    Customer current = now;
    current.individual.firstName = QStringLiteral("مریم‌السادات");
    EXPECT_EQ(s.customers->update(current), 3);
    // Version 0: a record not read from a store is saved unchecked.
    stale.version = 0;
    EXPECT_EQ(s.customers->update(stale), 4);
    EXPECT_EQ(s.customers->get(stale.id)->individual.lastName, QStringLiteral("دیگری"));
}

TEST(PgCustomerRepository, updating_a_removed_customer_is_not_found)
{
    PgRepoStore s;
    Customer c = individual(QStringLiteral("رضا"), QStringLiteral("محمدی"));
    c.id = s.customers->add(c);
    c.version = 1;
    s.connection->exec(QStringLiteral("DELETE FROM customers"));
    EXPECT_THROW(s.customers->update(c), NotFoundError);
    c.version = 0;
    EXPECT_THROW(s.customers->update(c), NotFoundError);
    EXPECT_EQ(s.rows("customer_phones"), 0);
}

TEST(PgCustomerRepository, a_failing_child_row_leaves_nothing_of_the_new_customer)
{
    PgRepoStore s;
    Customer c = individual(QStringLiteral("رضا"), QStringLiteral("محمدی"), {}, QStringLiteral("09121234567"));
    c.phones << PhoneEntry { QStringLiteral("09121234568"), {} };
    // A CHECK of the database refuses the second phone: the customer and its
    // first phone are rolled back with it.
    s.connection->exec(
        QStringLiteral("ALTER TABLE customer_phones ADD CONSTRAINT test_no_8 CHECK (number NOT LIKE '%8')"));
    EXPECT_THROW(s.customers->add(c), DatabaseError);
    EXPECT_EQ(s.rows("customers"), 0);
    EXPECT_EQ(s.rows("customer_phones"), 0);
    c.phones.removeLast();
    EXPECT_GT(s.customers->add(c), 0);
    EXPECT_EQ(s.rows("customers"), 1);
}

TEST(PgCustomerRepository, bulk_key_lookups_find_national_ids_and_phones_of_a_kind)
{
    PgRepoStore s;
    const QString code = validNationalCode(QStringLiteral("008457594"));
    const QString legalId = validLegalId(QStringLiteral("1038028479"));
    const qint64 ali = s.customers->add(
        individual(QStringLiteral("علی"), QStringLiteral("احمدی"), code, QStringLiteral("09121234567")));
    const qint64 other = s.customers->add(
        individual(QStringLiteral("علی"), QStringLiteral("رضایی"), {}, QStringLiteral("09121234567")));
    const qint64 company
        = s.customers->add(legalEntity(QStringLiteral("شرکت \"پارس\""), legalId, QStringLiteral("02188776655")));
    QStringList keys { QStringLiteral("nothing"), legalId, code, QStringLiteral("a\"b\\c,{}") };
    for (int i = 0; i < 450; ++i)
        keys << QStringLiteral("9%1").arg(i, 9, 10, QLatin1Char('0'));
    keys << code; // past the first batch of 200 keys
    const auto ids = s.customers->matchNationalIdentifiers(keys);
    ASSERT_EQ(ids.size(), 3);
    EXPECT_EQ(ids[0].key, code); // in key order within a batch
    EXPECT_EQ(ids[0].id, ali);
    EXPECT_EQ(ids[0].kind, CustomerKind::Individual);
    EXPECT_EQ(ids[0].nationalId, code);
    EXPECT_EQ(ids[1].key, legalId);
    EXPECT_EQ(ids[1].id, company);
    EXPECT_EQ(ids[1].kind, CustomerKind::Legal);
    EXPECT_EQ(ids[2].id, ali);

    const auto phones = s.customers->matchPhones(
        CustomerKind::Individual,
        { QStringLiteral("02188776655"), QStringLiteral("09121234567"), QStringLiteral("x") });
    ASSERT_EQ(phones.size(), 1);
    EXPECT_EQ(phones[0].key, QStringLiteral("09121234567"));
    EXPECT_EQ(phones[0].id, std::min(ali, other)); // the lowest id of the number
    EXPECT_EQ(phones[0].nationalId, code);
    const auto legalPhones = s.customers->matchPhones(CustomerKind::Legal, { QStringLiteral("02188776655") });
    ASSERT_EQ(legalPhones.size(), 1);
    EXPECT_EQ(legalPhones[0].id, company);
    EXPECT_TRUE(s.customers->matchPhones(CustomerKind::Legal, {}).isEmpty());

    // rows(): in the order asked, unknown ids left out.
    const auto rows = s.customers->rows({ company, 99999, ali });
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].id, company);
    EXPECT_EQ(rows[0].name, QStringLiteral("شرکت \"پارس\""));
    EXPECT_EQ(rows[0].phone, QStringLiteral("02188776655"));
    EXPECT_EQ(rows[1].id, ali);
    EXPECT_EQ(rows[1].nationalId, code);
    EXPECT_TRUE(s.customers->rows({}).isEmpty());
}
