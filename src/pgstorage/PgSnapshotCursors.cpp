#include "PgSnapshotCursors.h"

#include "PgConnection.h"
#include "PgCustomerColumns.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

#include <algorithm>
#include <vector>

namespace peyvand::PgSnapshotCursors {

namespace {

using PgValues::optionalInt64;
using PgValues::time;

// Pages of one table in id order; subclasses decode a row and read the
// children of a page (ids lo..hi) with childRows().
template<class T> class PagedCursor : public SnapshotCursor<T>
{
public:
    // `select`: "SELECT id, … FROM table" (the id first).
    PagedCursor(PgConnection &connection, const char *select)
        : m_connection(connection)
        , m_select(QString::fromLatin1(select) + QStringLiteral(" WHERE id > $1 ORDER BY id LIMIT $2"))
    {
    }

    bool next(T &out) override
    {
        if (m_at >= m_page.size()) {
            if (m_done || !readPage())
                return false;
        }
        out = std::move(m_page[m_at++]);
        return true;
    }

protected:
    virtual qint64 idOf(const T &record) const = 0;
    virtual void decode(const PgResult &r, int row, T &out) = 0;
    virtual void readChildren(qint64, qint64) { }

    // Runs `sql` (the parent id as column 0, $1..$2 the page's id range) and
    // hands each row to `take` with the page's record it belongs to.
    template<class Take> void childRows(const char *sql, Take take)
    {
        auto q = m_connection.prepare(QString::fromLatin1(sql));
        q.bind(1, idOf(m_page.front())).bind(2, idOf(m_page.back()));
        const PgResult r = q.exec();
        size_t parent = 0;
        for (int i = 0; i < r.rows(); ++i) {
            const qint64 id = r.int64(i, 0);
            while (parent < m_page.size() && idOf(m_page[parent]) < id)
                ++parent;
            if (parent < m_page.size() && idOf(m_page[parent]) == id)
                take(r, i, m_page[parent]);
        }
    }

private:
    bool readPage()
    {
        auto q = m_connection.prepare(m_select);
        q.bind(1, m_lastId).bind(2, kPage);
        const PgResult r = q.exec();
        m_page.clear();
        m_page.resize(size_t(r.rows()));
        for (int i = 0; i < r.rows(); ++i)
            decode(r, i, m_page[size_t(i)]);
        m_at = 0;
        m_done = r.rows() < kPage;
        if (m_page.empty())
            return false;
        m_lastId = idOf(m_page.back());
        readChildren(idOf(m_page.front()), m_lastId);
        return true;
    }

    PgConnection &m_connection;
    QString m_select;
    std::vector<T> m_page;
    size_t m_at = 0;
    qint64 m_lastId = 0;
    bool m_done = false;
};

class HouseholdCursor final : public PagedCursor<Household>
{
public:
    explicit HouseholdCursor(PgConnection &c)
        : PagedCursor(c, "SELECT id, name FROM households")
    {
    }

protected:
    qint64 idOf(const Household &h) const override { return h.id; }
    void decode(const PgResult &r, int row, Household &h) override
    {
        h.id = r.int64(row, 0);
        h.name = r.text(row, 1);
    }
};

// As PgCustomerRepository::get reads a customer.
class CustomerCursor final : public PagedCursor<Customer>
{
public:
    explicit CustomerCursor(PgConnection &c)
        : PagedCursor(c, (QByteArray("SELECT ") + PgCustomerColumns::kSelectList + " FROM customers").constData())
    {
    }

protected:
    qint64 idOf(const Customer &c) const override { return c.id; }
    void decode(const PgResult &r, int row, Customer &c) override { c = PgCustomerColumns::read(r, row); }
    void readChildren(qint64, qint64) override
    {
        childRows("SELECT customer_id, number, label FROM customer_phones WHERE customer_id BETWEEN $1 AND $2 "
                  "ORDER BY customer_id, position",
                  [](const PgResult &r, int i, Customer &c) {
                      c.phones << PhoneEntry { r.text(i, 1), r.text(i, 2) };
                  });
        childRows("SELECT customer_id, label, province, city, line, postal_code FROM customer_addresses "
                  "WHERE customer_id BETWEEN $1 AND $2 ORDER BY customer_id, position",
                  [](const PgResult &r, int i, Customer &c) {
                      c.addresses << Address { r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5) };
                  });
    }
};

// As PgContactRepository reads a contact.
class ContactCursor final : public PagedCursor<ContactPerson>
{
public:
    explicit ContactCursor(PgConnection &c)
        : PagedCursor(c,
                      "SELECT id, customer_id, first_name, last_name, job_title, role, influence, attitude, "
                      "mobile, phone, email, notes, version FROM contacts")
    {
    }

protected:
    qint64 idOf(const ContactPerson &c) const override { return c.id; }
    void decode(const PgResult &r, int row, ContactPerson &c) override
    {
        c.id = r.int64(row, 0);
        c.customerId = r.int64(row, 1);
        c.firstName = r.text(row, 2);
        c.lastName = r.text(row, 3);
        c.jobTitle = r.text(row, 4);
        c.role = fromCode<BuyingRole>(r.text(row, 5)).value_or(BuyingRole::User);
        c.influence = int(r.int64(row, 6));
        c.attitude = fromCode<Attitude>(r.text(row, 7)).value_or(Attitude::Neutral);
        c.mobile = r.text(row, 8);
        c.phone = r.text(row, 9);
        c.email = r.text(row, 10);
        c.notes = r.text(row, 11);
        c.version = r.int64(row, 12);
    }
};

// As PgDealRepository reads a deal, its contacts and its history.
class DealCursor final : public PagedCursor<DealRecord>
{
public:
    explicit DealCursor(PgConnection &c)
        : PagedCursor(c,
                      "SELECT id, customer_id, pipeline_id, stage_id, title, amount, expected_close, owner_id, "
                      "status, lost_reason, created_at, closed_at, version FROM deals")
    {
    }

protected:
    qint64 idOf(const DealRecord &r) const override { return r.deal.id; }
    void decode(const PgResult &r, int row, DealRecord &out) override
    {
        Deal &d = out.deal;
        d.id = r.int64(row, 0);
        d.customerId = r.int64(row, 1);
        d.pipelineId = r.int64(row, 2);
        d.stageId = r.int64(row, 3);
        d.title = r.text(row, 4);
        d.amount = r.int64(row, 5);
        d.expectedClose = PgValues::date(r, row, 6);
        d.ownerId = optionalInt64(r, row, 7).value_or(0);
        d.status = fromCode<DealStatus>(r.text(row, 8)).value_or(DealStatus::Open);
        if (!r.isNull(row, 9))
            d.lostReason = fromCode<LostReason>(r.text(row, 9));
        d.createdAt = time(r, row, 10);
        d.closedAt = time(r, row, 11);
        d.version = r.int64(row, 12);
    }
    void readChildren(qint64, qint64) override
    {
        childRows("SELECT deal_id, contact_id FROM deal_contacts WHERE deal_id BETWEEN $1 AND $2 "
                  "ORDER BY deal_id, contact_id",
                  [](const PgResult &r, int i, DealRecord &d) { d.deal.contactIds << r.int64(i, 1); });
        childRows("SELECT deal_id, id, stage_id, entered_at, left_at, changed_by FROM deal_stage_history "
                  "WHERE deal_id BETWEEN $1 AND $2 ORDER BY deal_id, entered_at, id",
                  [](const PgResult &r, int i, DealRecord &d) {
                      d.history << DealStageChange { r.int64(i, 1), d.deal.id,     r.int64(i, 2),
                                                     time(r, i, 3), time(r, i, 4), optionalInt64(r, i, 5).value_or(0) };
                  });
    }
};

// As PgActivityRepository reads an activity.
class ActivityCursor final : public PagedCursor<Activity>
{
public:
    explicit ActivityCursor(PgConnection &c)
        : PagedCursor(c,
                      "SELECT id, type, customer_id, deal_id, contact_id, direction, at, duration, outcome, notes, "
                      "owner_id, follow_up_at, follow_up_done, created_at, version FROM activities")
    {
    }

protected:
    qint64 idOf(const Activity &a) const override { return a.id; }
    void decode(const PgResult &r, int row, Activity &a) override
    {
        a.id = r.int64(row, 0);
        a.type = fromCode<ActivityType>(r.text(row, 1)).value_or(ActivityType::Note);
        a.customerId = r.int64(row, 2);
        a.dealId = optionalInt64(r, row, 3);
        a.contactId = optionalInt64(r, row, 4);
        a.direction = fromCode<Direction>(r.text(row, 5)).value_or(Direction::None);
        a.at = time(r, row, 6);
        a.durationSeconds = int(r.int64(row, 7));
        a.outcome = r.text(row, 8);
        a.notes = r.text(row, 9);
        a.ownerId = optionalInt64(r, row, 10).value_or(0);
        a.followUpAt = time(r, row, 11);
        a.followUpDone = r.boolean(row, 12);
        a.createdAt = time(r, row, 13);
        a.version = r.int64(row, 14);
    }
};

// As PgOrderRepository reads an order (payments by id, as SQLite's snapshot reads them).
class OrderCursor final : public PagedCursor<Order>
{
public:
    explicit OrderCursor(PgConnection &c)
        : PagedCursor(c,
                      "SELECT id, number, customer_id, deal_id, status, tracking_code, total, created_at, "
                      "updated_at, version FROM orders")
    {
    }

protected:
    qint64 idOf(const Order &o) const override { return o.id; }
    void decode(const PgResult &r, int row, Order &o) override
    {
        o.id = r.int64(row, 0);
        o.number = r.text(row, 1);
        o.customerId = r.int64(row, 2);
        o.dealId = optionalInt64(r, row, 3);
        o.status = fromCode<OrderStatus>(r.text(row, 4)).value_or(OrderStatus::Registered);
        o.trackingCode = r.text(row, 5);
        o.total = r.int64(row, 6);
        o.createdAt = time(r, row, 7);
        o.updatedAt = time(r, row, 8);
        o.version = r.int64(row, 9);
    }
    void readChildren(qint64, qint64) override
    {
        childRows("SELECT order_id, id, product, quantity, unit_price FROM order_lines "
                  "WHERE order_id BETWEEN $1 AND $2 ORDER BY order_id, position",
                  [](const PgResult &r, int i, Order &o) {
                      o.lines << OrderLine { r.int64(i, 1), r.text(i, 2), r.int64(i, 3), r.int64(i, 4) };
                  });
        childRows("SELECT order_id, id, amount, paid_at, method, reference FROM payments "
                  "WHERE order_id BETWEEN $1 AND $2 ORDER BY order_id, id",
                  [](const PgResult &r, int i, Order &o) {
                      o.payments << Payment { r.int64(i, 1), r.int64(i, 2), time(r, i, 3),
                                              fromCode<PaymentMethod>(r.text(i, 4)).value_or(PaymentMethod::Transfer),
                                              r.text(i, 5) };
                  });
        childRows("SELECT order_id, id, from_status, to_status, at, changed_by, note FROM order_status_history "
                  "WHERE order_id BETWEEN $1 AND $2 ORDER BY order_id, at, id",
                  [](const PgResult &r, int i, Order &o) {
                      OrderStatusChange c;
                      c.id = r.int64(i, 1);
                      if (!r.isNull(i, 2))
                          c.from = fromCode<OrderStatus>(r.text(i, 2));
                      c.to = fromCode<OrderStatus>(r.text(i, 3)).value_or(OrderStatus::Registered);
                      c.at = time(r, i, 4);
                      c.changedBy = optionalInt64(r, i, 5).value_or(0);
                      c.note = r.text(i, 6);
                      o.history << c;
                  });
    }
};

// As PgServiceRequestRepository reads a request and its notes.
class RequestCursor final : public PagedCursor<ServiceRequest>
{
public:
    explicit RequestCursor(PgConnection &c)
        : PagedCursor(c,
                      "SELECT id, customer_id, order_id, subject, description, priority, status, assignee_id, "
                      "created_at, updated_at, resolved_at, version FROM service_requests")
    {
    }

protected:
    qint64 idOf(const ServiceRequest &r) const override { return r.id; }
    void decode(const PgResult &q, int row, ServiceRequest &r) override
    {
        r.id = q.int64(row, 0);
        r.customerId = q.int64(row, 1);
        r.orderId = optionalInt64(q, row, 2);
        r.subject = q.text(row, 3);
        r.description = q.text(row, 4);
        r.priority = static_cast<Priority>(std::clamp<qint64>(q.int64(row, 5), 0, 3));
        r.status = fromCode<RequestStatus>(q.text(row, 6)).value_or(RequestStatus::Open);
        r.assigneeId = optionalInt64(q, row, 7).value_or(0);
        r.createdAt = time(q, row, 8);
        r.updatedAt = time(q, row, 9);
        r.resolvedAt = time(q, row, 10);
        r.version = q.int64(row, 11);
    }
    void readChildren(qint64, qint64) override
    {
        childRows("SELECT request_id, id, at, author_id, text FROM request_notes "
                  "WHERE request_id BETWEEN $1 AND $2 ORDER BY request_id, at, id",
                  [](const PgResult &q, int i, ServiceRequest &r) {
                      r.notes << RequestNote { q.int64(i, 1), time(q, i, 2), optionalInt64(q, i, 3).value_or(0),
                                               q.text(i, 4) };
                  });
    }
};

} // namespace

std::unique_ptr<SnapshotCursor<Household>> households(PgConnection &c)
{
    return std::make_unique<HouseholdCursor>(c);
}
std::unique_ptr<SnapshotCursor<Customer>> customers(PgConnection &c)
{
    return std::make_unique<CustomerCursor>(c);
}
std::unique_ptr<SnapshotCursor<ContactPerson>> contacts(PgConnection &c)
{
    return std::make_unique<ContactCursor>(c);
}
std::unique_ptr<SnapshotCursor<DealRecord>> deals(PgConnection &c)
{
    return std::make_unique<DealCursor>(c);
}
std::unique_ptr<SnapshotCursor<Activity>> activities(PgConnection &c)
{
    return std::make_unique<ActivityCursor>(c);
}
std::unique_ptr<SnapshotCursor<Order>> orders(PgConnection &c)
{
    return std::make_unique<OrderCursor>(c);
}
std::unique_ptr<SnapshotCursor<ServiceRequest>> serviceRequests(PgConnection &c)
{
    return std::make_unique<RequestCursor>(c);
}

} // namespace peyvand::PgSnapshotCursors
