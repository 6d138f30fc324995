// Every aggregate written through its repository into a real SQLite file and
// read back — also after reopening the file — field for field.
#include "TestStore.h"

#include <algorithm>

using namespace peyvand;
using peyvand::testing::TestStore;

namespace {

const QDateTime kT0(QDate(2024, 10, 1), QTime(7, 15, 30), Qt::UTC);

qint64 addUser(TestStore &s, const QString &username, UserRole role = UserRole::SalesRep)
{
    return s->users().add(User { 0, username, QStringLiteral("کاربر ") + username, role, true });
}

Customer fullLegal(qint64 ownerId)
{
    Customer c = peyvand::testing::legalEntity(QStringLiteral("شرکت فولاد پارس"),
                                               peyvand::testing::validLegalId(QStringLiteral("1038028479")),
                                               QStringLiteral("02188776655"), QStringLiteral("تهران"));
    c.ownerId = ownerId;
    c.lifecycle = Lifecycle::Customer;
    c.source = SourceChannel::Dealer;
    c.tags = QStringList { QStringLiteral("صنعتی"), QStringLiteral("VIP") };
    c.doNotCall = true;
    c.phones << PhoneEntry { QStringLiteral("09121112233"), QStringLiteral("موبایل مدیر") };
    c.addresses.front().province = QStringLiteral("تهران");
    c.addresses.front().line = QStringLiteral("خیابان ولیعصر، پلاک ۱۲");
    c.addresses.front().postalCode = QStringLiteral("1345678901");
    c.addresses << Address { QStringLiteral("کارخانه"), QStringLiteral("البرز"), QStringLiteral("کرج"),
                             QStringLiteral("شهرک صنعتی"), QString() };
    c.legal.economicCode = QStringLiteral("411111111111");
    c.legal.registrationNo = QStringLiteral("12345");
    c.legal.registrationDate = QDate(2001, 5, 6);
    c.legal.industry = QStringLiteral("فولاد");
    c.legal.employees = 850;
    c.legal.website = QStringLiteral("https://pars-steel.ir");
    c.createdAt = kT0;
    c.updatedAt = kT0.addSecs(3600);
    return c;
}

void expectSameCustomer(const Customer &a, const Customer &b)
{
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.ownerId, b.ownerId);
    EXPECT_EQ(a.lifecycle, b.lifecycle);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.tags, b.tags);
    EXPECT_EQ(a.doNotCall, b.doNotCall);
    EXPECT_EQ(a.doNotSms, b.doNotSms);
    ASSERT_EQ(a.phones.size(), b.phones.size());
    for (qsizetype i = 0; i < a.phones.size(); ++i) {
        EXPECT_EQ(a.phones[i].number, b.phones[i].number) << "phone " << i;
        EXPECT_EQ(a.phones[i].label, b.phones[i].label) << "phone " << i;
    }
    ASSERT_EQ(a.addresses.size(), b.addresses.size());
    for (qsizetype i = 0; i < a.addresses.size(); ++i) {
        EXPECT_EQ(a.addresses[i].label, b.addresses[i].label);
        EXPECT_EQ(a.addresses[i].province, b.addresses[i].province);
        EXPECT_EQ(a.addresses[i].city, b.addresses[i].city);
        EXPECT_EQ(a.addresses[i].line, b.addresses[i].line);
        EXPECT_EQ(a.addresses[i].postalCode, b.addresses[i].postalCode);
    }
    EXPECT_EQ(a.createdAt, b.createdAt);
    EXPECT_EQ(a.updatedAt, b.updatedAt);
    if (a.kind == CustomerKind::Legal) {
        EXPECT_EQ(a.legal.companyName, b.legal.companyName);
        EXPECT_EQ(a.legal.nationalId, b.legal.nationalId);
        EXPECT_EQ(a.legal.economicCode, b.legal.economicCode);
        EXPECT_EQ(a.legal.registrationNo, b.legal.registrationNo);
        EXPECT_EQ(a.legal.registrationDate, b.legal.registrationDate);
        EXPECT_EQ(a.legal.industry, b.legal.industry);
        EXPECT_EQ(a.legal.employees, b.legal.employees);
        EXPECT_EQ(a.legal.website, b.legal.website);
        EXPECT_EQ(a.legal.parentId, b.legal.parentId);
    } else {
        EXPECT_EQ(a.individual.firstName, b.individual.firstName);
        EXPECT_EQ(a.individual.lastName, b.individual.lastName);
        EXPECT_EQ(a.individual.nationalCode, b.individual.nationalCode);
        EXPECT_EQ(a.individual.email, b.individual.email);
        EXPECT_EQ(a.individual.birthDate, b.individual.birthDate);
        EXPECT_EQ(a.individual.preferences, b.individual.preferences);
        EXPECT_EQ(a.individual.loyaltyCard, b.individual.loyaltyCard);
        EXPECT_EQ(a.individual.householdId, b.individual.householdId);
        EXPECT_EQ(a.individual.householdRole, b.individual.householdRole);
        EXPECT_EQ(a.individual.householdDecides, b.individual.householdDecides);
    }
}

} // namespace

// ---------------------------------------------------------------- customers

TEST(StorageCustomerRepository, legal_entity_with_phones_addresses_tags_and_parent_round_trips)
{
    TestStore s;
    const qint64 owner = addUser(s, QStringLiteral("rep1"));
    Customer parent = peyvand::testing::legalEntity(QStringLiteral("گروه صنعتی پارس"));
    const qint64 parentId = s->customers().add(parent);

    Customer c = fullLegal(owner);
    c.legal.parentId = parentId;
    const qint64 id = s->customers().add(c);
    ASSERT_GT(id, parentId);

    auto got = s->customers().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->id, id);
    expectSameCustomer(c, *got);
    EXPECT_EQ(got->displayName(), QStringLiteral("شرکت فولاد پارس"));
    EXPECT_TRUE(got->legal.isEnterprise());
    EXPECT_EQ(s->customers().kindOf(id), CustomerKind::Legal);
    EXPECT_TRUE(s->customers().exists(id));
    EXPECT_FALSE(s->customers().exists(id + 100));
    EXPECT_FALSE(s->customers().get(id + 100));

    s.reopen();
    got = s->customers().get(id);
    ASSERT_TRUE(got);
    expectSameCustomer(c, *got);
}

TEST(StorageCustomerRepository, individual_with_household_round_trips)
{
    TestStore s;
    const qint64 household = s->customers().addHousehold(Household { 0, QStringLiteral("خانواده  احمدی") });
    auto h = s->customers().household(household);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->name, QStringLiteral("خانواده احمدی")); // tidied on the way in
    EXPECT_FALSE(s->customers().household(household + 1));

    Customer c = peyvand::testing::individual(QStringLiteral("علی"), QStringLiteral("احمدی"),
                                              peyvand::testing::validNationalCode(QStringLiteral("008457594")),
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
    const qint64 id = s->customers().add(c);

    Customer spouse = peyvand::testing::individual(QStringLiteral("مریم"), QStringLiteral("احمدی"));
    spouse.individual.householdId = household;
    spouse.individual.householdRole = QStringLiteral("spouse");
    const qint64 spouseId = s->customers().add(spouse);
    s->customers().add(peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی")));

    auto got = s->customers().get(id);
    ASSERT_TRUE(got);
    expectSameCustomer(c, *got);
    EXPECT_EQ(got->displayName(), QStringLiteral("علی احمدی"));
    EXPECT_EQ(got->primaryPhone(), QStringLiteral("09121234567"));
    EXPECT_EQ(got->city(), QStringLiteral("شیراز"));
    EXPECT_EQ(s->customers().householdMembers(household), (QList<qint64> { id, spouseId }));

    EXPECT_EQ(s->customers().findByNationalIdentifier(c.individual.nationalCode), id);
    EXPECT_EQ(s->customers().findByPhone(QStringLiteral("09121234567")), QList<qint64> { id });
    EXPECT_EQ(s->customers().findSameName(CustomerKind::Individual, QStringLiteral("علي  احمدي"), 10),
              QList<qint64> { id });
    EXPECT_TRUE(s->customers().findSameName(CustomerKind::Legal, QStringLiteral("علی احمدی"), 10).isEmpty());
}

TEST(StorageCustomerRepository, update_replaces_children_wholesale)
{
    TestStore s;
    Customer c = fullLegal(0);
    c.id = s->customers().add(c);

    c.phones = { PhoneEntry { QStringLiteral("02633334444"), QStringLiteral("کارخانه") } };
    c.addresses.removeFirst();
    c.tags = { QStringLiteral("فولاد") };
    c.legal.companyName = QStringLiteral("شرکت فولاد البرز");
    c.legal.employees = 40;
    c.lifecycle = Lifecycle::Inactive;
    s->customers().update(c);

    auto got = s->customers().get(c.id);
    ASSERT_TRUE(got);
    expectSameCustomer(c, *got);
    EXPECT_EQ(s.rows("customer_phones"), 1);
    EXPECT_EQ(s.rows("customer_addresses"), 1);
    EXPECT_EQ(s.rows("customer_tags"), 1);
    EXPECT_TRUE(s->customers().findByPhone(QStringLiteral("02188776655")).isEmpty());
    EXPECT_EQ(s->customers().findByPhone(QStringLiteral("02633334444")), QList<qint64> { c.id });
}

// ---------------------------------------------------------------- contacts

TEST(StorageContactRepository, contacts_round_trip_and_list_by_influence)
{
    TestStore s;
    const qint64 company = s->customers().add(fullLegal(0));
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
    buyer.id = s->contacts().add(buyer);
    ContactPerson ceo { 0,
                        company,
                        QStringLiteral("مهدی"),
                        QStringLiteral("کاظمی"),
                        QStringLiteral("مدیرعامل"),
                        BuyingRole::Decider,
                        5,
                        Attitude::Neutral,
                        {},
                        {},
                        {},
                        {} };
    ceo.id = s->contacts().add(ceo);

    auto got = s->contacts().get(buyer.id);
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

    buyer.attitude = Attitude::Opponent;
    buyer.influence = 4;
    buyer.mobile.clear();
    s->contacts().update(buyer);
    got = s->contacts().get(buyer.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->attitude, Attitude::Opponent);
    EXPECT_EQ(got->influence, 4);
    EXPECT_TRUE(got->mobile.isEmpty());

    const auto list = s->contacts().forCustomer(company);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, ceo.id); // most influential first
    EXPECT_EQ(list[1].id, buyer.id);
    EXPECT_FALSE(s->contacts().get(ceo.id + 10));
}

// ---------------------------------------------------------------- pipelines

TEST(StoragePipelineRepository, default_pipelines_are_seeded_for_both_kinds)
{
    TestStore s;
    const auto b2b = s->pipelines().defaultFor(CustomerKind::Legal);
    const auto b2c = s->pipelines().defaultFor(CustomerKind::Individual);
    ASSERT_TRUE(b2b);
    ASSERT_TRUE(b2c);
    EXPECT_EQ(b2b->stages.size(), 7);
    EXPECT_EQ(b2c->stages.size(), 5);
    EXPECT_EQ(b2b->stages.front().probability, 10);
    EXPECT_EQ(b2b->firstWithOutcome(StageOutcome::Won)->name, QStringLiteral("قرارداد"));
    EXPECT_EQ(b2c->firstWithOutcome(StageOutcome::Lost)->name, QStringLiteral("منصرف شد"));
    for (qsizetype i = 0; i < b2b->stages.size(); ++i)
        EXPECT_EQ(b2b->stages[i].position, i + 1);
    const auto stage = s->pipelines().stage(b2c->stages[1].id);
    ASSERT_TRUE(stage);
    EXPECT_EQ(stage->pipelineId, b2c->id);
    EXPECT_EQ(stage->name, QStringLiteral("تماس گرفته شد"));
    EXPECT_EQ(s->pipelines().all().size(), 2);

    Pipeline extra { 0,
                     CustomerKind::Legal,
                     QStringLiteral("مناقصه‌ها"),
                     { Stage { 0, 0, 1, QStringLiteral("اعلام"), 10, StageOutcome::Open },
                       Stage { 0, 0, 2, QStringLiteral("برنده"), 100, StageOutcome::Won } } };
    const qint64 id = s->pipelines().add(extra);
    const auto got = s->pipelines().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->name, extra.name);
    ASSERT_EQ(got->stages.size(), 2);
    EXPECT_EQ(got->stages[1].outcome, StageOutcome::Won);
    // The default stays the first pipeline created for the kind.
    EXPECT_EQ(s->pipelines().defaultFor(CustomerKind::Legal)->id, b2b->id);
}

// ---------------------------------------------------------------- deals

TEST(StorageDealRepository, deal_with_contacts_and_stage_history_round_trips)
{
    TestStore s;
    const qint64 owner = addUser(s, QStringLiteral("rep1"));
    const qint64 company = s->customers().add(fullLegal(owner));
    ContactPerson person;
    person.customerId = company;
    person.firstName = QStringLiteral("حسن");
    person.lastName = QStringLiteral("صادقی");
    person.role = BuyingRole::Decider;
    const qint64 contact = s->contacts().add(person);
    const Pipeline b2b = *s->pipelines().defaultFor(CustomerKind::Legal);

    Deal d;
    d.customerId = company;
    d.pipelineId = b2b.id;
    d.stageId = b2b.stages[0].id;
    d.title = QStringLiteral("قرارداد سالانه ورق");
    d.amount = 5'000'000'000LL;
    d.expectedClose = QDate(2025, 3, 1);
    d.ownerId = owner;
    d.contactIds = { contact };
    d.createdAt = kT0;
    const qint64 id = s->deals().add(d, 0);

    auto got = s->deals().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->customerId, company);
    EXPECT_EQ(got->pipelineId, b2b.id);
    EXPECT_EQ(got->stageId, b2b.stages[0].id);
    EXPECT_EQ(got->title, d.title);
    EXPECT_EQ(got->amount, d.amount);
    EXPECT_EQ(got->expectedClose, d.expectedClose);
    EXPECT_EQ(got->ownerId, owner);
    EXPECT_EQ(got->status, DealStatus::Open);
    EXPECT_FALSE(got->lostReason);
    EXPECT_EQ(got->contactIds, QList<qint64> { contact });
    EXPECT_EQ(got->createdAt, kT0);
    EXPECT_FALSE(got->closedAt.isValid());

    auto history = s->deals().history(id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].stageId, b2b.stages[0].id);
    EXPECT_EQ(history[0].enteredAt, kT0);
    EXPECT_FALSE(history[0].leftAt.isValid());

    const QDateTime t1 = kT0.addDays(3), t2 = kT0.addDays(10);
    s->deals().recordStageChange(id, b2b.stages[1].id, t1, owner);
    s->deals().recordStageChange(id, b2b.stages[6].id, t2, owner);
    got->stageId = b2b.stages[6].id;
    got->status = DealStatus::Lost;
    got->lostReason = LostReason::Competitor;
    got->closedAt = t2;
    got->contactIds.clear();
    s->deals().update(*got);

    s.reopen();
    history = s->deals().history(id);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].leftAt, t1);
    EXPECT_EQ(history[1].stageId, b2b.stages[1].id);
    EXPECT_EQ(history[1].enteredAt, t1);
    EXPECT_EQ(history[1].leftAt, t2);
    EXPECT_EQ(history[1].changedBy, owner);
    EXPECT_EQ(history[2].stageId, b2b.stages[6].id);
    EXPECT_FALSE(history[2].leftAt.isValid());

    got = s->deals().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, DealStatus::Lost);
    EXPECT_EQ(got->lostReason, LostReason::Competitor);
    EXPECT_EQ(got->closedAt, t2);
    EXPECT_TRUE(got->contactIds.isEmpty());
    EXPECT_EQ(s->deals().forCustomer(company, false).size(), 1);
    EXPECT_TRUE(s->deals().forCustomer(company, true).isEmpty());
}

// ---------------------------------------------------------------- activities

TEST(StorageActivityRepository, timeline_pages_newest_first_by_time_and_id_without_gaps)
{
    TestStore s;
    const qint64 owner = addUser(s, QStringLiteral("rep1"));
    const qint64 customer
        = s->customers().add(peyvand::testing::individual(QStringLiteral("علی"), QStringLiteral("احمدی")));
    const qint64 other
        = s->customers().add(peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی")));
    QList<qint64> ids;
    for (int i = 0; i < 23; ++i) {
        Activity a;
        a.type = static_cast<ActivityType>(i % 6);
        a.customerId = customer;
        a.direction = i % 2 ? Direction::Inbound : Direction::Outbound;
        a.at = kT0.addSecs(3600 * (i / 3)); // three activities share each moment
        a.durationSeconds = 60 + i;
        a.outcome = QStringLiteral("نتیجه %1").arg(i);
        a.notes = QStringLiteral("یادداشت");
        a.ownerId = owner;
        a.createdAt = a.at;
        ids << s->activities().add(a);
    }
    Activity elsewhere;
    elsewhere.customerId = other;
    elsewhere.at = elsewhere.createdAt = kT0;
    s->activities().add(elsewhere);

    const auto one = s->activities().get(ids[4]);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->type, static_cast<ActivityType>(4));
    EXPECT_EQ(one->direction, Direction::Outbound);
    EXPECT_EQ(one->at, kT0.addSecs(3600));
    EXPECT_EQ(one->durationSeconds, 64);
    EXPECT_EQ(one->outcome, QStringLiteral("نتیجه 4"));
    EXPECT_EQ(one->ownerId, owner);
    EXPECT_FALSE(one->dealId);
    EXPECT_FALSE(one->followUpAt.isValid());

    const auto all = s->activities().forCustomer(customer, 1000);
    ASSERT_EQ(all.size(), 23);
    for (qsizetype i = 1; i < all.size(); ++i) {
        const bool newerFirst = all[i - 1].at > all[i].at || (all[i - 1].at == all[i].at && all[i - 1].id > all[i].id);
        EXPECT_TRUE(newerFirst) << "at position " << i;
    }

    QList<qint64> paged;
    QList<Activity> page = s->activities().forCustomer(customer, 5);
    while (!page.isEmpty()) {
        for (const Activity &a : page)
            paged << a.id;
        page = s->activities().forCustomer(customer, 5, page.back().at, page.back().id);
    }
    QList<qint64> expected;
    for (const Activity &a : all)
        expected << a.id;
    EXPECT_EQ(paged, expected);
}

TEST(StorageActivityRepository, due_follow_ups_are_listed_until_done)
{
    TestStore s;
    const qint64 rep1 = addUser(s, QStringLiteral("rep1"));
    const qint64 rep2 = addUser(s, QStringLiteral("rep2"));
    const qint64 customer
        = s->customers().add(peyvand::testing::individual(QStringLiteral("علی"), QStringLiteral("احمدی")));
    auto withFollowUp = [&](qint64 owner, int days) {
        Activity a;
        a.customerId = customer;
        a.direction = Direction::Outbound;
        a.at = kT0;
        a.ownerId = owner;
        a.followUpAt = kT0.addDays(days);
        a.createdAt = kT0;
        return s->activities().add(a);
    };
    const qint64 a1 = withFollowUp(rep1, 2);
    const qint64 a2 = withFollowUp(rep1, 1);
    const qint64 late = withFollowUp(rep1, 30);
    const qint64 b1 = withFollowUp(rep2, 1);

    const QDateTime until = kT0.addDays(5);
    auto mine = s->activities().dueFollowUps(rep1, until, 10);
    ASSERT_EQ(mine.size(), 2);
    EXPECT_EQ(mine[0].id, a2); // oldest first
    EXPECT_EQ(mine[1].id, a1);
    EXPECT_EQ(s->activities().dueFollowUps(0, until, 10).size(), 3);

    EXPECT_EQ(s->activities().setFollowUpDone(a2, true, 0), 2); // version 1 → 2
    mine = s->activities().dueFollowUps(rep1, until, 10);
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine[0].id, a1);
    EXPECT_TRUE(s->activities().get(a2)->followUpDone);
    Q_UNUSED(late);
    Q_UNUSED(b1);
}

// ---------------------------------------------------------------- orders

TEST(StorageOrderRepository, order_with_lines_payments_and_history_round_trips)
{
    TestStore s;
    const qint64 owner = addUser(s, QStringLiteral("rep1"));
    const qint64 customer
        = s->customers().add(peyvand::testing::individual(QStringLiteral("مریم"), QStringLiteral("کریمی")));
    Order o;
    o.customerId = customer;
    o.lines = { OrderLine { 0, QStringLiteral("یخچال"), 1, 650'000'000 },
                OrderLine { 0, QStringLiteral("جاروبرقی"), 2, 120'000'000 } };
    o.total = o.linesTotal();
    o.createdAt = kT0;
    o.updatedAt = kT0;
    o.history = { OrderStatusChange { 0, std::nullopt, OrderStatus::Registered, kT0, owner, {} } };
    const qint64 id = s->orders().add(o);

    auto got = s->orders().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->number, QStringLiteral("100001")); // assigned
    EXPECT_EQ(got->customerId, customer);
    EXPECT_FALSE(got->dealId);
    EXPECT_EQ(got->status, OrderStatus::Registered);
    EXPECT_EQ(got->total, 890'000'000);
    ASSERT_EQ(got->lines.size(), 2);
    EXPECT_EQ(got->lines[1].product, QStringLiteral("جاروبرقی"));
    EXPECT_EQ(got->lines[1].quantity, 2);
    EXPECT_EQ(got->lines[1].unitPrice, 120'000'000);
    EXPECT_EQ(got->linesTotal(), got->total);
    ASSERT_EQ(got->history.size(), 1);
    EXPECT_FALSE(got->history[0].from);
    EXPECT_EQ(got->history[0].to, OrderStatus::Registered);
    EXPECT_EQ(got->history[0].changedBy, owner);
    EXPECT_EQ(s->orders().idByNumber(QStringLiteral("100001")), id);
    EXPECT_FALSE(s->orders().idByNumber(QStringLiteral("100002")));

    const QDateTime t1 = kT0.addDays(1), t2 = kT0.addDays(2);
    // Each change counts one version (checked against the one before).
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(s->orders().recordStatusChange(id,
                                             OrderStatusChange { 0, OrderStatus::Registered, OrderStatus::Confirmed, t1,
                                                                 owner, QStringLiteral("تأیید تلفنی") },
                                             1),
              2);
    s->orders().addPayment(id, Payment { 0, 400'000'000, t2, PaymentMethod::Card, QStringLiteral("TRX1") }, 2);
    s->orders().addPayment(id, Payment { 0, 490'000'000, t2.addSecs(60), PaymentMethod::Cheque, {} }, 3);
    EXPECT_EQ(s->orders().recordStatusChange(
                  id, OrderStatusChange { 0, OrderStatus::Confirmed, OrderStatus::Paid, t2, owner, {} }, 4),
              5);
    EXPECT_EQ(s->orders().setTrackingCode(id, QStringLiteral("123456789012"), 0), 6);

    s.reopen();
    got = s->orders().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, OrderStatus::Paid);
    EXPECT_EQ(got->version, 6);
    EXPECT_EQ(got->updatedAt, t2);
    EXPECT_EQ(got->trackingCode, QStringLiteral("123456789012"));
    ASSERT_EQ(got->payments.size(), 2);
    EXPECT_EQ(got->payments[0].method, PaymentMethod::Card);
    EXPECT_EQ(got->payments[0].reference, QStringLiteral("TRX1"));
    EXPECT_EQ(got->payments[1].method, PaymentMethod::Cheque);
    EXPECT_EQ(got->paidTotal(), got->total);
    ASSERT_EQ(got->history.size(), 3);
    EXPECT_EQ(got->history[1].from, OrderStatus::Registered);
    EXPECT_EQ(got->history[1].to, OrderStatus::Confirmed);
    EXPECT_EQ(got->history[1].note, QStringLiteral("تأیید تلفنی"));
    EXPECT_EQ(got->history[2].to, OrderStatus::Paid);

    Order second = o;
    second.number = QStringLiteral("A-77");
    second.createdAt = kT0.addDays(5);
    const qint64 id2 = s->orders().add(second);
    EXPECT_EQ(s->orders().get(id2)->number, QStringLiteral("A-77"));
    const auto list = s->orders().forCustomer(customer, 10);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, id2); // newest first
    EXPECT_TRUE(list[0].lines.isEmpty()); // lists come without children
}

// ---------------------------------------------------------------- service requests

TEST(StorageServiceRequestRepository, request_with_notes_round_trips_and_queues_by_urgency)
{
    TestStore s;
    const qint64 support = addUser(s, QStringLiteral("support1"), UserRole::Support);
    const qint64 customer
        = s->customers().add(peyvand::testing::individual(QStringLiteral("مریم"), QStringLiteral("کریمی")));
    ServiceRequest r;
    r.customerId = customer;
    r.subject = QStringLiteral("خرابی یخچال");
    r.description = QStringLiteral("صدای زیاد کمپرسور");
    r.priority = Priority::High;
    r.assigneeId = support;
    r.createdAt = r.updatedAt = kT0;
    const qint64 id = s->serviceRequests().add(r);
    s->serviceRequests().addNote(id, RequestNote { 0, kT0.addSecs(60), support, QStringLiteral("تماس گرفته شد") });
    s->serviceRequests().addNote(id, RequestNote { 0, kT0.addSecs(120), 0, QStringLiteral("قطعه سفارش داده شد") });

    ServiceRequest low = r;
    low.priority = Priority::Low;
    low.createdAt = kT0.addSecs(-3600);
    const qint64 lowId = s->serviceRequests().add(low);
    ServiceRequest urgent = r;
    urgent.priority = Priority::Urgent;
    urgent.createdAt = kT0.addSecs(3600);
    const qint64 urgentId = s->serviceRequests().add(urgent);

    auto got = s->serviceRequests().get(id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->subject, r.subject);
    EXPECT_EQ(got->description, r.description);
    EXPECT_EQ(got->priority, Priority::High);
    EXPECT_EQ(got->status, RequestStatus::Open);
    EXPECT_EQ(got->assigneeId, support);
    EXPECT_FALSE(got->orderId);
    ASSERT_EQ(got->notes.size(), 2);
    EXPECT_EQ(got->notes[0].text, QStringLiteral("تماس گرفته شد"));
    EXPECT_EQ(got->notes[0].authorId, support);
    EXPECT_EQ(got->notes[1].authorId, 0);

    EXPECT_EQ(s->serviceRequests().openQueue(10).size(), 3);
    EXPECT_EQ(s->serviceRequests().openQueue(10).front().id, urgentId);
    EXPECT_EQ(s->serviceRequests().openQueue(10).back().id, lowId);

    got->status = RequestStatus::Resolved;
    got->updatedAt = got->resolvedAt = kT0.addDays(1);
    s->serviceRequests().update(*got);
    got = s->serviceRequests().get(id);
    EXPECT_EQ(got->status, RequestStatus::Resolved);
    EXPECT_EQ(got->resolvedAt, kT0.addDays(1));
    EXPECT_EQ(s->serviceRequests().forCustomer(customer, false).size(), 3);
    EXPECT_EQ(s->serviceRequests().forCustomer(customer, true).size(), 2);
    EXPECT_EQ(s->serviceRequests().openQueue(10).size(), 2);
}

// ---------------------------------------------------------------- users

TEST(StorageUserRepository, users_round_trip_and_usernames_ignore_case)
{
    TestStore s(TestStore::Actor::Nobody);
    const qint64 a
        = s->users().add(User { 0, QStringLiteral("rep1"), QStringLiteral("علی احمدی"), UserRole::SalesRep, true });
    const qint64 b
        = s->users().add(User { 0, QStringLiteral("Manager"), QStringLiteral("مهدی کاظمی"), UserRole::Manager, true });
    auto got = s->users().get(b);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->username, QStringLiteral("Manager"));
    EXPECT_EQ(got->fullName, QStringLiteral("مهدی کاظمی"));
    EXPECT_EQ(got->role, UserRole::Manager);
    EXPECT_TRUE(got->active);
    EXPECT_EQ(s->users().byUsername(QStringLiteral("manager"))->id, b);
    EXPECT_FALSE(s->users().byUsername(QStringLiteral("nobody")));
    // Usernames are unique regardless of case.
    EXPECT_THROW(s->users().add(User { 0, QStringLiteral("REP1"), {}, UserRole::Support, true }), DatabaseError);

    got->active = false;
    got->role = UserRole::Admin;
    s->users().update(*got);
    got = s->users().get(b);
    EXPECT_FALSE(got->active);
    EXPECT_EQ(got->role, UserRole::Admin);
    const auto all = s->users().all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, a);
    EXPECT_EQ(all[1].id, b);
}
