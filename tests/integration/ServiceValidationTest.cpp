// The services on a real file: bad input is refused with a ValidationError that
// names the field, and nothing is written; good input is stored and recorded.
#include "ActivityService.h"
#include "CustomerService.h"
#include "DealService.h"
#include "OrderService.h"
#include "PersianText.h"
#include "ServiceRequestService.h"
#include "TestStore.h"

#include <functional>

using namespace peyvand;
using peyvand::testing::RowCounts;
using peyvand::testing::TestStore;

namespace {

// Runs `call`, expects a ValidationError naming `field` (and `code` when given)
// and checks that no table changed.
void expectRefused(TestStore &s, const std::function<void()> &call, const QString &field, const QString &code = {})
{
    const RowCounts before = RowCounts::of(s);
    try {
        call();
        ADD_FAILURE() << "expected a ValidationError for field " << field.toStdString();
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.field(), field) << e.what();
        if (!code.isEmpty()) {
            EXPECT_EQ(e.code(), code) << e.what();
        }
        EXPECT_FALSE(e.persianMessage().isEmpty());
    }
    EXPECT_EQ(RowCounts::of(s), before);
}

void expectNotFound(TestStore &s, const std::function<void()> &call, const QString &field)
{
    const RowCounts before = RowCounts::of(s);
    try {
        call();
        ADD_FAILURE() << "expected a NotFoundError for field " << field.toStdString();
    } catch (const NotFoundError &e) {
        EXPECT_EQ(e.field(), field) << e.what();
    }
    EXPECT_EQ(RowCounts::of(s), before);
}

class ServiceTest : public ::testing::Test
{
protected:
    ServiceTest()
        : customers(*s, s.clock)
        , deals(*s, s.clock)
        , orders(*s, s.clock)
        , activities(*s, s.clock)
        , requests(*s, s.clock)
    {
        rep = s->users().add(User { 0, QStringLiteral("rep1"), QStringLiteral("علی احمدی"), UserRole::SalesRep, true });
        b2b = *s->pipelines().defaultFor(CustomerKind::Legal);
        b2c = *s->pipelines().defaultFor(CustomerKind::Individual);
        company = customers.create(peyvand::testing::legalEntity(
            QStringLiteral("شرکت کیمیا پارس"), peyvand::testing::validLegalId(QStringLiteral("1038028479")),
            QStringLiteral("021-8877 6655"), QStringLiteral("تهران")));
        person = customers.create(
            peyvand::testing::individual(QStringLiteral("مریم"), QStringLiteral("کریمی"),
                                         peyvand::testing::validNationalCode(QStringLiteral("008457594")),
                                         QStringLiteral("+98 912 123 4567"), QStringLiteral("شیراز")));
    }

    Order oneLineOrder(qint64 customerId, qint64 quantity = 1, qint64 unitPrice = 1'000'000)
    {
        Order o;
        o.customerId = customerId;
        o.lines = { OrderLine { 0, QStringLiteral("یخچال"), quantity, unitPrice } };
        return o;
    }

    TestStore s;
    CustomerService customers;
    DealService deals;
    OrderService orders;
    ActivityService activities;
    peyvand::ServiceRequestService requests;
    qint64 rep = 0, company = 0, person = 0;
    Pipeline b2b, b2c;
};

class ServiceCustomerService : public ServiceTest
{
};
class ServiceDealService : public ServiceTest
{
};
class ServiceOrderService : public ServiceTest
{
};
class ServiceActivityService : public ServiceTest
{
};
class ServiceServiceRequestService : public ServiceTest
{
};

} // namespace

// ---------------------------------------------------------------- customers

TEST_F(ServiceCustomerService, create_normalises_phones_digits_and_letters_before_storing)
{
    Customer c = peyvand::testing::individual(
        QStringLiteral("علي"), QStringLiteral("كاظمي"),
        PersianText::toPersianDigits(peyvand::testing::validNationalCode(QStringLiteral("123456789"))),
        QStringLiteral("۰۹۳۵ ۱۱۱ ۲۲۳۳"));
    c.createdAt = {};
    const qint64 id = customers.create(c);
    const Customer got = customers.get(id);
    EXPECT_EQ(got.individual.firstName, QStringLiteral("علی"));
    EXPECT_EQ(got.individual.lastName, QStringLiteral("کاظمی"));
    EXPECT_EQ(got.individual.nationalCode, peyvand::testing::validNationalCode(QStringLiteral("123456789")));
    EXPECT_EQ(got.primaryPhone(), QStringLiteral("09351112233"));
    EXPECT_EQ(got.createdAt, s.clock.now());
    EXPECT_EQ(customers.get(person).primaryPhone(), QStringLiteral("09121234567"));
    EXPECT_EQ(customers.get(company).primaryPhone(), QStringLiteral("02188776655"));
}

TEST_F(ServiceCustomerService, refuses_a_national_code_with_a_wrong_check_digit)
{
    Customer c = peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی"),
                                              peyvand::testing::invalidNationalCode(QStringLiteral("123456789")));
    expectRefused(
        s, [&] { customers.create(c); }, QStringLiteral("national_code"));
}

TEST_F(ServiceCustomerService, refuses_a_legal_national_id_with_a_wrong_check_digit)
{
    QString id = peyvand::testing::validLegalId(QStringLiteral("1040000000"));
    id[10] = QChar(u'0' + (id[10].unicode() - u'0' + 1) % 10);
    expectRefused(
        s, [&] { customers.create(peyvand::testing::legalEntity(QStringLiteral("شرکت نمونه"), id)); },
        QStringLiteral("national_id"));
}

TEST_F(ServiceCustomerService, refuses_a_duplicate_national_code_in_any_digit_form)
{
    const QString code = customers.get(person).individual.nationalCode;
    Customer twin = peyvand::testing::individual(QStringLiteral("زهرا"), QStringLiteral("کریمی"),
                                                 PersianText::toPersianDigits(code));
    expectRefused(
        s, [&] { customers.create(twin); }, QStringLiteral("national_code"), QStringLiteral("duplicate"));

    // Giving another customer the same code by an update is refused as well.
    const qint64 other = customers.create(peyvand::testing::individual(QStringLiteral("زهرا"), QStringLiteral("نوری")));
    Customer changed = customers.get(other);
    changed.individual.nationalCode = code;
    expectRefused(
        s, [&] { customers.update(changed); }, QStringLiteral("national_code"), QStringLiteral("duplicate"));
    EXPECT_TRUE(customers.get(other).individual.nationalCode.isEmpty());
    // Keeping one's own code is no duplicate.
    Customer same = customers.get(person);
    same.lifecycle = Lifecycle::Customer;
    EXPECT_NO_THROW(customers.update(same));
}

TEST_F(ServiceCustomerService, refuses_a_duplicate_legal_national_id)
{
    const QString id = customers.get(company).legal.nationalId;
    expectRefused(
        s, [&] { customers.create(peyvand::testing::legalEntity(QStringLiteral("شرکت دیگر"), id)); },
        QStringLiteral("national_id"), QStringLiteral("duplicate"));
}

TEST_F(ServiceCustomerService, refuses_a_missing_name_and_a_future_birth_date)
{
    expectRefused(
        s, [&] { customers.create(peyvand::testing::legalEntity(QStringLiteral("   "))); },
        QStringLiteral("company_name"), QStringLiteral("required"));
    Customer c = peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی"));
    c.individual.birthDate = s.clock.now().date().addDays(10);
    expectRefused(
        s, [&] { customers.create(c); }, QStringLiteral("birth_date"));
}

TEST_F(ServiceCustomerService, refuses_unknown_references_and_a_kind_change)
{
    Customer c = peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی"));
    c.ownerId = 999;
    expectNotFound(
        s, [&] { customers.create(c); }, QStringLiteral("owner"));
    c.ownerId = 0;
    c.individual.householdId = 999;
    expectNotFound(
        s, [&] { customers.create(c); }, QStringLiteral("household_id"));

    Customer sub = peyvand::testing::legalEntity(QStringLiteral("شرکت فرعی"));
    sub.legal.parentId = person; // an individual cannot be a parent company
    expectRefused(
        s, [&] { customers.create(sub); }, QStringLiteral("parent_id"));

    Customer asLegal = customers.get(person);
    asLegal.kind = CustomerKind::Legal;
    asLegal.legal.companyName = QStringLiteral("شرکت مریم");
    expectRefused(
        s, [&] { customers.update(asLegal); }, QStringLiteral("kind"));
    EXPECT_EQ(customers.get(person).kind, CustomerKind::Individual);
}

TEST_F(ServiceCustomerService, get_of_an_unknown_id_is_not_found)
{
    expectNotFound(
        s, [&] { customers.get(4242); }, QStringLiteral("customer_id"));
    Customer ghost = peyvand::testing::individual(QStringLiteral("رضا"), QStringLiteral("محمدی"));
    ghost.id = 4242;
    expectNotFound(
        s, [&] { customers.update(ghost); }, QStringLiteral("customer_id"));
}

TEST_F(ServiceCustomerService, finds_by_phone_and_national_identifier_in_any_form)
{
    EXPECT_EQ(customers.findByPhone(QStringLiteral("0098-912-123-4567")), QList<qint64> { person });
    EXPECT_EQ(customers.findByPhone(QStringLiteral("۰۹۱۲۱۲۳۴۵۶۷")), QList<qint64> { person });
    const QString code = customers.get(person).individual.nationalCode;
    EXPECT_EQ(customers.findByNationalIdentifier(PersianText::toPersianDigits(code)), person);
    EXPECT_EQ(customers.findByNationalIdentifier(customers.get(company).legal.nationalId), company);
}

// ---------------------------------------------------------------- deals

TEST_F(ServiceDealService, a_new_deal_enters_the_first_stage_of_its_kinds_pipeline)
{
    Deal d;
    d.customerId = company;
    d.title = QStringLiteral("تأمین ورق");
    d.amount = 2'000'000'000;
    const qint64 id = deals.create(d, rep);
    const Deal got = deals.get(id);
    EXPECT_EQ(got.pipelineId, b2b.id);
    EXPECT_EQ(got.stageId, b2b.stages.front().id);
    EXPECT_EQ(got.status, DealStatus::Open);
    EXPECT_EQ(got.createdAt, s.clock.now());
    ASSERT_EQ(s->deals().history(id).size(), 1);

    d.customerId = person;
    const Deal b2cDeal = deals.get(deals.create(d, rep));
    EXPECT_EQ(b2cDeal.pipelineId, b2c.id);
}

TEST_F(ServiceDealService, refuses_a_legal_entity_in_the_b2c_pipeline)
{
    Deal d;
    d.customerId = company;
    d.pipelineId = b2c.id;
    d.title = QStringLiteral("فروش اشتباه");
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("pipeline_id"), QStringLiteral("wrong_kind"));
    d.customerId = person;
    d.pipelineId = b2b.id;
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("pipeline_id"), QStringLiteral("wrong_kind"));
}

TEST_F(ServiceDealService, refuses_a_stage_of_another_pipeline)
{
    Deal d;
    d.customerId = company;
    d.pipelineId = b2b.id;
    d.stageId = b2c.stages[1].id;
    d.title = QStringLiteral("فرصت");
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("stage_id"));

    d.stageId = 0;
    const qint64 id = deals.create(d, rep);
    expectRefused(
        s, [&] { deals.moveToStage(id, b2c.stages[2].id, rep); }, QStringLiteral("stage_id"));
    EXPECT_EQ(deals.get(id).stageId, b2b.stages.front().id);
}

TEST_F(ServiceDealService, refuses_a_negative_amount_and_an_empty_title)
{
    Deal d;
    d.customerId = person;
    d.title = QStringLiteral("خرید یخچال");
    d.amount = -1;
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("amount"));
    d.amount = 10;
    d.title = QStringLiteral("   ");
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("title"));
}

TEST_F(ServiceDealService, refuses_an_unknown_customer)
{
    Deal d;
    d.customerId = 777;
    d.title = QStringLiteral("فرصت");
    expectNotFound(
        s, [&] { deals.create(d, rep); }, QStringLiteral("customer_id"));
    expectNotFound(
        s, [&] { deals.moveToStage(555, b2b.stages[1].id, rep); }, QStringLiteral("deal_id"));
}

TEST_F(ServiceDealService, refuses_a_contact_of_another_customer)
{
    ContactPerson p;
    p.customerId = company;
    p.lastName = QStringLiteral("صادقی");
    const qint64 contact = s->contacts().add(p);
    Deal d;
    d.customerId = person;
    d.title = QStringLiteral("فرصت");
    d.contactIds = { contact };
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("contact_id"));
}

TEST_F(ServiceDealService, a_lost_stage_needs_a_lost_reason)
{
    const Stage lost = *b2c.firstWithOutcome(StageOutcome::Lost);
    Deal d;
    d.customerId = person;
    d.title = QStringLiteral("خرید مبل");
    d.stageId = lost.id;
    expectRefused(
        s, [&] { deals.create(d, rep); }, QStringLiteral("lost_reason"), QStringLiteral("required"));

    d.stageId = 0;
    const qint64 id = deals.create(d, rep);
    expectRefused(
        s, [&] { deals.moveToStage(id, lost.id, rep); }, QStringLiteral("lost_reason"));
    EXPECT_EQ(deals.get(id).status, DealStatus::Open);

    s.clock.advanceSeconds(86400);
    deals.moveToStage(id, lost.id, rep, LostReason::Price);
    const Deal got = deals.get(id);
    EXPECT_EQ(got.status, DealStatus::Lost);
    EXPECT_EQ(got.lostReason, LostReason::Price);
    EXPECT_EQ(got.closedAt, s.clock.now());
}

TEST_F(ServiceDealService, every_move_is_recorded_in_the_stage_history)
{
    Deal d;
    d.customerId = company;
    d.title = QStringLiteral("پروژه اتوماسیون");
    d.amount = 9'000'000'000;
    const qint64 id = deals.create(d, rep);
    const QDateTime t0 = s.clock.now();
    s.clock.advanceSeconds(3 * 86400);
    deals.moveToStage(id, b2b.stages[1].id, rep);
    const QDateTime t1 = s.clock.now();
    deals.moveToStage(id, b2b.stages[1].id, rep); // same stage: nothing happens
    s.clock.advanceSeconds(7 * 86400);
    const Stage won = *b2b.firstWithOutcome(StageOutcome::Won);
    deals.moveToStage(id, won.id, rep, LostReason::Budget); // a reason for a win is dropped
    const QDateTime t2 = s.clock.now();

    const Deal got = deals.get(id);
    EXPECT_EQ(got.status, DealStatus::Won);
    EXPECT_FALSE(got.lostReason);
    EXPECT_EQ(got.closedAt, t2);
    const auto history = s->deals().history(id);
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history[0].enteredAt, t0);
    EXPECT_EQ(history[0].leftAt, t1);
    EXPECT_EQ(history[1].stageId, b2b.stages[1].id);
    EXPECT_EQ(history[1].leftAt, t2);
    EXPECT_EQ(history[1].changedBy, rep);
    EXPECT_EQ(history[2].stageId, won.id);
    EXPECT_FALSE(history[2].leftAt.isValid());

    // Reopening a won deal clears its close time.
    s.clock.advanceSeconds(60);
    deals.moveToStage(id, b2b.stages[4].id, rep);
    EXPECT_EQ(deals.get(id).status, DealStatus::Open);
    EXPECT_FALSE(deals.get(id).closedAt.isValid());
}

// ---------------------------------------------------------------- orders

TEST_F(ServiceOrderService, refuses_zero_and_negative_quantities)
{
    expectRefused(
        s, [&] { orders.create(oneLineOrder(person, 0), rep); }, QStringLiteral("lines[1].quantity"),
        QStringLiteral("not_positive"));
    expectRefused(
        s, [&] { orders.create(oneLineOrder(person, -3), rep); }, QStringLiteral("lines[1].quantity"));
    Order two = oneLineOrder(person);
    two.lines << OrderLine { 0, QStringLiteral("اجاق گاز"), 0, 5 };
    expectRefused(
        s, [&] { orders.create(two, rep); }, QStringLiteral("lines[2].quantity"));
}

TEST_F(ServiceOrderService, refuses_bad_lines_unknown_customers_and_duplicate_numbers)
{
    expectRefused(
        s, [&] { orders.create(oneLineOrder(person, 1, -5), rep); }, QStringLiteral("lines[1].unit_price"));
    Order empty = oneLineOrder(person);
    empty.lines.clear();
    expectRefused(
        s, [&] { orders.create(empty, rep); }, QStringLiteral("lines"));
    Order noProduct = oneLineOrder(person);
    noProduct.lines[0].product = QStringLiteral("  ");
    expectRefused(
        s, [&] { orders.create(noProduct, rep); }, QStringLiteral("lines[1].product"));
    expectNotFound(
        s, [&] { orders.create(oneLineOrder(31337), rep); }, QStringLiteral("customer_id"));

    Order numbered = oneLineOrder(person);
    numbered.number = QStringLiteral("۵۰۰۱");
    const qint64 id = orders.create(numbered, rep);
    EXPECT_EQ(orders.getByNumber(QStringLiteral("5001")).id, id);
    expectRefused(
        s, [&] { orders.create(numbered, rep); }, QStringLiteral("number"), QStringLiteral("duplicate"));
}

TEST_F(ServiceOrderService, a_delivered_order_cannot_go_back_to_registered)
{
    const qint64 id = orders.create(oneLineOrder(person, 2, 300'000'000), rep);
    for (OrderStatus to : { OrderStatus::Confirmed, OrderStatus::Paid, OrderStatus::Shipped, OrderStatus::Delivered }) {
        s.clock.advanceSeconds(3600);
        orders.changeStatus(id, to, rep);
    }
    EXPECT_EQ(orders.get(id).status, OrderStatus::Delivered);
    expectRefused(
        s, [&] { orders.changeStatus(id, OrderStatus::Registered, rep); }, QStringLiteral("status"),
        QStringLiteral("transition"));
    expectRefused(
        s, [&] { orders.changeStatus(id, OrderStatus::Cancelled, rep); }, QStringLiteral("status"));
    const Order got = orders.get(id);
    EXPECT_EQ(got.status, OrderStatus::Delivered);
    ASSERT_EQ(got.history.size(), 5);
    EXPECT_EQ(got.history.back().from, OrderStatus::Shipped);
    EXPECT_EQ(got.history.back().to, OrderStatus::Delivered);
    EXPECT_EQ(got.updatedAt, s.clock.now());
}

TEST_F(ServiceOrderService, create_pay_ship_and_find_by_number)
{
    Order o = oneLineOrder(person, 2, 300'000'000);
    o.lines << OrderLine { 0, QStringLiteral("جاروبرقی"), 1, 150'000'000 };
    const qint64 id = orders.create(o, rep);
    Order got = orders.get(id);
    EXPECT_EQ(got.total, 750'000'000);
    EXPECT_EQ(got.status, OrderStatus::Registered);
    ASSERT_EQ(got.history.size(), 1);
    EXPECT_EQ(got.history[0].changedBy, rep);

    expectRefused(
        s,
        [&] {
            orders.addPayment(id, Payment { 0, 0, {}, PaymentMethod::Cash, {} });
        },
        QStringLiteral("amount"));
    orders.addPayment(id, Payment { 0, 750'000'000, {}, PaymentMethod::Online, QStringLiteral("REF") });
    orders.setTrackingCode(id, QStringLiteral("۱۲۳۴۵"));
    got = orders.getByNumber(PersianText::toPersianDigits(got.number));
    EXPECT_EQ(got.id, id);
    EXPECT_EQ(got.trackingCode, QStringLiteral("12345"));
    ASSERT_EQ(got.payments.size(), 1);
    EXPECT_EQ(got.payments[0].paidAt, s.clock.now());
    EXPECT_EQ(got.paidTotal(), got.total);
    expectNotFound(
        s, [&] { orders.getByNumber(QStringLiteral("999999")); }, QStringLiteral("number"));
}

// ---------------------------------------------------------------- activities

TEST_F(ServiceActivityService, refuses_unknown_customers_and_foreign_deals_and_contacts)
{
    Activity a;
    a.customerId = 4040;
    expectNotFound(
        s, [&] { activities.log(a); }, QStringLiteral("customer_id"));

    Deal d;
    d.customerId = company;
    d.title = QStringLiteral("فرصت");
    const qint64 deal = deals.create(d, rep);
    a.customerId = person;
    a.dealId = deal;
    expectRefused(
        s, [&] { activities.log(a); }, QStringLiteral("deal_id"));
    a.dealId.reset();
    a.durationSeconds = -5;
    expectRefused(
        s, [&] { activities.log(a); }, QStringLiteral("duration"));
    a.durationSeconds = 0;
    a.at = s.clock.now();
    a.followUpAt = a.at.addSecs(-60);
    expectRefused(
        s, [&] { activities.log(a); }, QStringLiteral("follow_up"));
}

TEST_F(ServiceActivityService, logged_activities_appear_on_the_timeline_newest_first)
{
    for (int i = 0; i < 4; ++i) {
        Activity a;
        a.customerId = person;
        a.type = ActivityType::Call;
        a.outcome = QStringLiteral("  پاسخ   نداد ");
        a.ownerId = rep;
        activities.log(a); // at = now
        s.clock.advanceSeconds(600);
    }
    const auto timeline = activities.timeline(person, 3);
    ASSERT_EQ(timeline.size(), 3);
    EXPECT_GT(timeline[0].at, timeline[1].at);
    EXPECT_EQ(timeline[0].outcome, QStringLiteral("پاسخ نداد"));
    EXPECT_TRUE(activities.timeline(company, 10).isEmpty());
}

// ---------------------------------------------------------------- service requests

TEST_F(ServiceServiceRequestService, open_note_and_resolve_a_request)
{
    const qint64 order = orders.create(oneLineOrder(person), rep);
    ServiceRequest r;
    r.customerId = person;
    r.orderId = order;
    r.subject = QStringLiteral("  خرابی   یخچال ");
    r.priority = Priority::Urgent;
    const qint64 id = requests.open(r);
    s.clock.advanceSeconds(60);
    requests.addNote(id, rep, QStringLiteral("کارشناس اعزام شد"));
    s.clock.advanceSeconds(60);
    requests.setStatus(id, RequestStatus::Resolved, rep);

    const ServiceRequest got = requests.get(id);
    EXPECT_EQ(got.subject, QStringLiteral("خرابی یخچال"));
    EXPECT_EQ(got.orderId, order);
    EXPECT_EQ(got.status, RequestStatus::Resolved);
    EXPECT_EQ(got.resolvedAt, s.clock.now());
    ASSERT_EQ(got.notes.size(), 2);
    EXPECT_EQ(got.notes[0].text, QStringLiteral("کارشناس اعزام شد"));
    EXPECT_TRUE(got.notes[1].text.contains(QStringLiteral("حل شده")));
}

TEST_F(ServiceServiceRequestService, refuses_unknown_customers_foreign_orders_and_empty_subjects)
{
    ServiceRequest r;
    r.customerId = 9090;
    r.subject = QStringLiteral("موضوع");
    expectNotFound(
        s, [&] { requests.open(r); }, QStringLiteral("customer_id"));
    r.customerId = company;
    r.orderId = orders.create(oneLineOrder(person), rep);
    expectRefused(
        s, [&] { requests.open(r); }, QStringLiteral("order"));
    r.orderId.reset();
    r.subject = QStringLiteral(" ");
    expectRefused(
        s, [&] { requests.open(r); }, QStringLiteral("subject"));
    r.subject = QStringLiteral("موضوع");
    const qint64 id = requests.open(r);
    const qint64 notes = s.rows("request_notes");
    expectRefused(
        s, [&] { requests.addNote(id, rep, QStringLiteral("   ")); }, QStringLiteral("note"));
    EXPECT_EQ(s.rows("request_notes"), notes);
}
