#include "SqliteSnapshotCursors.h"

#include "ChildRows.h"

#include <algorithm>

namespace peyvand::SqliteSnapshotCursors {

namespace {

// A cursor over one query's rows, each decoded by `Decode` (with the child rows it reads).
template<class T> class QueryCursor : public SnapshotCursor<T>
{
public:
    QueryCursor(SqliteDatabase &db, const char *sql)
        : m_query(db.prepare(sql))
    {
    }

    bool next(T &out) override
    {
        if (!m_query->step())
            return false;
        out = T {};
        decode(*m_query, out);
        return true;
    }

protected:
    virtual void decode(SqliteStatement &q, T &out) = 0;

private:
    SqliteDatabase::Query m_query;
};

class HouseholdCursor final : public QueryCursor<Household>
{
public:
    explicit HouseholdCursor(SqliteDatabase &db)
        : QueryCursor(db, "SELECT id, name FROM households ORDER BY id")
    {
    }

protected:
    void decode(SqliteStatement &q, Household &h) override
    {
        h.id = q.int64(0);
        h.name = q.text(1);
    }
};

// As SqliteCustomerRepository::get reads a customer.
class CustomerCursor final : public QueryCursor<Customer>
{
public:
    explicit CustomerCursor(SqliteDatabase &db)
        : QueryCursor(db,
                      "SELECT id, kind, owner_id, lifecycle, source, do_not_call, do_not_sms, national_id, tags, "
                      "company_name, economic_code, registration_no, registration_date, industry, employees, website, "
                      "parent_id, first_name, last_name, email, birth_date, preferences, loyalty_card, household_id, "
                      "household_role, household_decides, created_at, updated_at, version FROM customers ORDER BY id")
        , m_phones(db, "SELECT customer_id, number, label FROM customer_phones ORDER BY customer_id, position")
        , m_addresses(db,
                      "SELECT customer_id, label, province, city, line, postal_code FROM customer_addresses "
                      "ORDER BY customer_id, position")
    {
    }

protected:
    void decode(SqliteStatement &q, Customer &c) override
    {
        c.id = q.int64(0);
        c.kind = fromCode<CustomerKind>(q.text(1)).value_or(CustomerKind::Individual);
        c.ownerId = q.optionalInt64(2).value_or(0);
        c.lifecycle = fromCode<Lifecycle>(q.text(3)).value_or(Lifecycle::Lead);
        c.source = fromCode<SourceChannel>(q.text(4)).value_or(SourceChannel::Direct);
        c.doNotCall = q.int64(5) != 0;
        c.doNotSms = q.int64(6) != 0;
        const QString nationalId = q.text(7);
        const QString tags = q.text(8);
        c.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
        if (c.kind == CustomerKind::Legal) {
            LegalDetails &d = c.legal;
            d.nationalId = nationalId;
            d.companyName = q.text(9);
            d.economicCode = q.text(10);
            d.registrationNo = q.text(11);
            d.registrationDate = q.date(12);
            d.industry = q.text(13);
            d.employees = int(q.int64(14));
            d.website = q.text(15);
            d.parentId = q.optionalInt64(16);
        } else {
            IndividualDetails &d = c.individual;
            d.nationalCode = nationalId;
            d.firstName = q.text(17);
            d.lastName = q.text(18);
            d.email = q.text(19);
            d.birthDate = q.date(20);
            d.preferences = q.text(21);
            d.loyaltyCard = q.text(22);
            d.householdId = q.optionalInt64(23);
            d.householdRole = q.text(24);
            d.householdDecides = q.text(25);
        }
        c.createdAt = q.dateTime(26);
        c.updatedAt = q.dateTime(27);
        c.version = q.int64(28);
        m_phones.forParent(c.id, [&](SqliteStatement &p) { c.phones << PhoneEntry { p.text(1), p.text(2) }; });
        m_addresses.forParent(c.id, [&](SqliteStatement &a) {
            c.addresses << Address { a.text(1), a.text(2), a.text(3), a.text(4), a.text(5) };
        });
    }

private:
    ChildRows m_phones;
    ChildRows m_addresses;
};

// As SqliteContactRepository reads a contact.
class ContactCursor final : public QueryCursor<ContactPerson>
{
public:
    explicit ContactCursor(SqliteDatabase &db)
        : QueryCursor(db,
                      "SELECT id, customer_id, first_name, last_name, job_title, role, influence, attitude, mobile, "
                      "phone, email, notes, version FROM contacts ORDER BY id")
    {
    }

protected:
    void decode(SqliteStatement &q, ContactPerson &c) override
    {
        c.id = q.int64(0);
        c.customerId = q.int64(1);
        c.firstName = q.text(2);
        c.lastName = q.text(3);
        c.jobTitle = q.text(4);
        c.role = fromCode<BuyingRole>(q.text(5)).value_or(BuyingRole::User);
        c.influence = int(q.int64(6));
        c.attitude = fromCode<Attitude>(q.text(7)).value_or(Attitude::Neutral);
        c.mobile = q.text(8);
        c.phone = q.text(9);
        c.email = q.text(10);
        c.notes = q.text(11);
        c.version = q.int64(12);
    }
};

// As SqliteDealRepository reads a deal, its contacts and its history.
class DealCursor final : public QueryCursor<DealRecord>
{
public:
    explicit DealCursor(SqliteDatabase &db)
        : QueryCursor(db,
                      "SELECT id, customer_id, pipeline_id, stage_id, title, amount, expected_close, owner_id, status, "
                      "lost_reason, created_at, closed_at, version FROM deals ORDER BY id")
        , m_contacts(db, "SELECT deal_id, contact_id FROM deal_contacts ORDER BY deal_id, contact_id")
        , m_history(db,
                    "SELECT deal_id, id, stage_id, entered_at, left_at, changed_by FROM deal_stage_history "
                    "ORDER BY deal_id, entered_at, id")
    {
    }

protected:
    void decode(SqliteStatement &q, DealRecord &r) override
    {
        Deal &d = r.deal;
        d.id = q.int64(0);
        d.customerId = q.int64(1);
        d.pipelineId = q.int64(2);
        d.stageId = q.int64(3);
        d.title = q.text(4);
        d.amount = q.int64(5);
        d.expectedClose = q.date(6);
        d.ownerId = q.optionalInt64(7).value_or(0);
        d.status = fromCode<DealStatus>(q.text(8)).value_or(DealStatus::Open);
        if (!q.isNull(9))
            d.lostReason = fromCode<LostReason>(q.text(9));
        d.createdAt = q.dateTime(10);
        d.closedAt = q.dateTime(11);
        d.version = q.int64(12);
        m_contacts.forParent(d.id, [&](SqliteStatement &c) { d.contactIds << c.int64(1); });
        m_history.forParent(d.id, [&](SqliteStatement &h) {
            r.history << DealStageChange { h.int64(1),    d.id,          h.int64(2),
                                           h.dateTime(3), h.dateTime(4), h.optionalInt64(5).value_or(0) };
        });
    }

private:
    ChildRows m_contacts;
    ChildRows m_history;
};

// As SqliteActivityRepository reads an activity.
class ActivityCursor final : public QueryCursor<Activity>
{
public:
    explicit ActivityCursor(SqliteDatabase &db)
        : QueryCursor(db,
                      "SELECT id, type, customer_id, deal_id, contact_id, direction, at, duration, outcome, notes, "
                      "owner_id, follow_up_at, follow_up_done, created_at, version FROM activities ORDER BY id")
    {
    }

protected:
    void decode(SqliteStatement &q, Activity &a) override
    {
        a.id = q.int64(0);
        a.type = fromCode<ActivityType>(q.text(1)).value_or(ActivityType::Note);
        a.customerId = q.int64(2);
        a.dealId = q.optionalInt64(3);
        a.contactId = q.optionalInt64(4);
        a.direction = fromCode<Direction>(q.text(5)).value_or(Direction::None);
        a.at = q.dateTime(6);
        a.durationSeconds = int(q.int64(7));
        a.outcome = q.text(8);
        a.notes = q.text(9);
        a.ownerId = q.optionalInt64(10).value_or(0);
        a.followUpAt = q.dateTime(11);
        a.followUpDone = q.int64(12) != 0;
        a.createdAt = q.dateTime(13);
        a.version = q.int64(14);
    }
};

// As SqliteOrderRepository reads an order (payments by id here: the index's order).
class OrderCursor final : public QueryCursor<Order>
{
public:
    explicit OrderCursor(SqliteDatabase &db)
        : QueryCursor(db,
                      "SELECT id, number, customer_id, deal_id, status, tracking_code, total, created_at, updated_at, "
                      "version FROM orders ORDER BY id")
        , m_lines(db, "SELECT order_id, id, product, quantity, unit_price FROM order_lines ORDER BY order_id, position")
        , m_payments(db, "SELECT order_id, id, amount, paid_at, method, reference FROM payments ORDER BY order_id, id")
        , m_history(db,
                    "SELECT order_id, id, from_status, to_status, at, changed_by, note FROM order_status_history "
                    "ORDER BY order_id, at, id")
    {
    }

protected:
    void decode(SqliteStatement &q, Order &o) override
    {
        o.id = q.int64(0);
        o.number = q.text(1);
        o.customerId = q.int64(2);
        o.dealId = q.optionalInt64(3);
        o.status = fromCode<OrderStatus>(q.text(4)).value_or(OrderStatus::Registered);
        o.trackingCode = q.text(5);
        o.total = q.int64(6);
        o.createdAt = q.dateTime(7);
        o.updatedAt = q.dateTime(8);
        o.version = q.int64(9);
        m_lines.forParent(o.id, [&](SqliteStatement &l) {
            o.lines << OrderLine { l.int64(1), l.text(2), l.int64(3), l.int64(4) };
        });
        m_payments.forParent(o.id, [&](SqliteStatement &p) {
            o.payments << Payment { p.int64(1), p.int64(2), p.dateTime(3),
                                    fromCode<PaymentMethod>(p.text(4)).value_or(PaymentMethod::Transfer), p.text(5) };
        });
        m_history.forParent(o.id, [&](SqliteStatement &h) {
            OrderStatusChange c;
            c.id = h.int64(1);
            if (!h.isNull(2))
                c.from = fromCode<OrderStatus>(h.text(2));
            c.to = fromCode<OrderStatus>(h.text(3)).value_or(OrderStatus::Registered);
            c.at = h.dateTime(4);
            c.changedBy = h.optionalInt64(5).value_or(0);
            c.note = h.text(6);
            o.history << c;
        });
    }

private:
    ChildRows m_lines;
    ChildRows m_payments;
    ChildRows m_history;
};

// As SqliteServiceRequestRepository reads a request and its notes.
class RequestCursor final : public QueryCursor<ServiceRequest>
{
public:
    explicit RequestCursor(SqliteDatabase &db)
        : QueryCursor(db,
                      "SELECT id, customer_id, order_id, subject, description, priority, status, assignee_id, "
                      "created_at, updated_at, resolved_at, version FROM service_requests ORDER BY id")
        , m_notes(db, "SELECT request_id, id, at, author_id, text FROM request_notes ORDER BY request_id, at, id")
    {
    }

protected:
    void decode(SqliteStatement &q, ServiceRequest &r) override
    {
        r.id = q.int64(0);
        r.customerId = q.int64(1);
        r.orderId = q.optionalInt64(2);
        r.subject = q.text(3);
        r.description = q.text(4);
        r.priority = static_cast<Priority>(std::clamp<qint64>(q.int64(5), 0, 3));
        r.status = fromCode<RequestStatus>(q.text(6)).value_or(RequestStatus::Open);
        r.assigneeId = q.optionalInt64(7).value_or(0);
        r.createdAt = q.dateTime(8);
        r.updatedAt = q.dateTime(9);
        r.resolvedAt = q.dateTime(10);
        r.version = q.int64(11);
        m_notes.forParent(r.id, [&](SqliteStatement &n) {
            r.notes << RequestNote { n.int64(1), n.dateTime(2), n.optionalInt64(3).value_or(0), n.text(4) };
        });
    }

private:
    ChildRows m_notes;
};

} // namespace

std::unique_ptr<SnapshotCursor<Household>> households(SqliteDatabase &db)
{
    return std::make_unique<HouseholdCursor>(db);
}
std::unique_ptr<SnapshotCursor<Customer>> customers(SqliteDatabase &db)
{
    return std::make_unique<CustomerCursor>(db);
}
std::unique_ptr<SnapshotCursor<ContactPerson>> contacts(SqliteDatabase &db)
{
    return std::make_unique<ContactCursor>(db);
}
std::unique_ptr<SnapshotCursor<DealRecord>> deals(SqliteDatabase &db)
{
    return std::make_unique<DealCursor>(db);
}
std::unique_ptr<SnapshotCursor<Activity>> activities(SqliteDatabase &db)
{
    return std::make_unique<ActivityCursor>(db);
}
std::unique_ptr<SnapshotCursor<Order>> orders(SqliteDatabase &db)
{
    return std::make_unique<OrderCursor>(db);
}
std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests(SqliteDatabase &db)
{
    return std::make_unique<RequestCursor>(db);
}

} // namespace peyvand::SqliteSnapshotCursors
