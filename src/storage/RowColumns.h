#pragma once
// The columns of each table's INSERT, bound from the domain types. Shared by
// the repositories (binding a SqliteStatement) and the bulk loader (filling a
// BulkRow of a batch), so that both write exactly the same rows. `B` is either:
// both offer the same bind overloads (1-based parameter indexes).
#include "Activity.h"
#include "ContactPerson.h"
#include "ContactSearchText.h"
#include "Customer.h"
#include "Deal.h"
#include "Order.h"
#include "PersianText.h"
#include "ServiceRequest.h"

namespace peyvand::RowColumns {

// customers: parameters 1–32 (the bulk INSERT adds the id as 33 and the version
// as 34, the UPDATE binds the id as 33). The repositories' INSERTs leave the
// version to the schema's default, 1; the bulk ones write the record's own
// (RecordVersion::stored: a snapshot import keeps it).
template<class B> void bindCustomer(B &q, const Customer &c, const QString &searchText)
{
    const bool legal = c.kind == CustomerKind::Legal;
    const QString name = c.displayName();
    q.bind(1, toCode(c.kind));
    q.bindId(2, c.ownerId);
    q.bind(3, toCode(c.lifecycle));
    q.bind(4, toCode(c.source));
    q.bind(5, c.doNotCall).bind(6, c.doNotSms);
    q.bind(7, name).bind(8, PersianText::sortKey(name));
    q.bindText(9, c.nationalIdentifier());
    q.bindText(10, c.primaryPhone());
    q.bind(11, c.city());
    q.bind(12, c.tags.join(QLatin1Char('\n')));
    q.bind(13, searchText);
    if (legal) {
        q.bindText(14, c.legal.companyName).bindText(15, c.legal.economicCode).bindText(16, c.legal.registrationNo);
        q.bind(17, c.legal.registrationDate).bindText(18, c.legal.industry).bind(19, qint64(c.legal.employees));
        q.bindText(20, c.legal.website).bind(21, c.legal.parentId);
        for (int i = 22; i <= 30; ++i)
            q.bindNull(i);
    } else {
        for (int i = 14; i <= 21; ++i)
            q.bindNull(i);
        const IndividualDetails &d = c.individual;
        q.bindText(22, d.firstName).bindText(23, d.lastName).bindText(24, d.email).bind(25, d.birthDate);
        q.bindText(26, d.preferences).bindText(27, d.loyaltyCard).bind(28, d.householdId);
        q.bindText(29, d.householdRole).bindText(30, d.householdDecides);
    }
    q.bind(31, c.createdAt).bind(32, c.updatedAt);
}

#define PEYVAND_CUSTOMER_COLUMNS                                                                                       \
    "kind, owner_id, lifecycle, source, do_not_call, do_not_sms, name, sort_name, national_id, phone, city, tags, "    \
    "search_text, company_name, economic_code, registration_no, registration_date, industry, employees, website, "     \
    "parent_id, first_name, last_name, email, birth_date, preferences, loyalty_card, household_id, household_role, "   \
    "household_decides, created_at, updated_at"
inline constexpr const char *kInsertCustomer
    = "INSERT INTO customers(" PEYVAND_CUSTOMER_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
      "?,?,?,?,?,?)";
inline constexpr const char *kInsertCustomerWithId = "INSERT INTO customers(" PEYVAND_CUSTOMER_COLUMNS
                                                     ", id, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                                     "?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
#undef PEYVAND_CUSTOMER_COLUMNS

inline constexpr const char *kInsertPhone
    = "INSERT INTO customer_phones(customer_id, position, number, label) VALUES (?,?,?,?)";
template<class B> void bindPhone(B &q, qint64 customerId, int position, const PhoneEntry &p)
{
    q.bind(1, customerId).bind(2, position).bind(3, p.number).bind(4, p.label);
}

inline constexpr const char *kInsertAddress = "INSERT INTO customer_addresses(customer_id, position, label, province, "
                                              "city, line, postal_code) VALUES (?,?,?,?,?,?,?)";
template<class B> void bindAddress(B &q, qint64 customerId, int position, const Address &a)
{
    q.bind(1, customerId).bind(2, position).bind(3, a.label).bind(4, a.province).bind(5, a.city);
    q.bind(6, a.line).bindText(7, a.postalCode);
}

inline constexpr const char *kInsertTag = "INSERT OR IGNORE INTO customer_tags(tag, customer_id) VALUES (?, ?)";
template<class B> void bindTag(B &q, qint64 customerId, const QString &tag)
{
    q.bind(1, tag).bind(2, customerId);
}

inline constexpr const char *kInsertCustomerGrams = "INSERT INTO customer_search(rowid, grams) VALUES (?, ?)";
inline constexpr const char *kInsertContactGrams = "INSERT INTO contact_search(rowid, grams) VALUES (?, ?)";

// contacts: parameters 1–12 (the bulk INSERT adds the id as 13 and the version as
// 14, the UPDATE binds the id as 13).
template<class B> void bindContact(B &q, const ContactPerson &c, const QString &searchText)
{
    q.bind(1, c.customerId).bind(2, c.firstName).bind(3, c.lastName).bind(4, c.jobTitle);
    q.bind(5, toCode(c.role)).bind(6, c.influence).bind(7, toCode(c.attitude));
    q.bindText(8, c.mobile).bindText(9, c.phone).bindText(10, c.email).bind(11, c.notes);
    q.bind(12, searchText);
}
#define PEYVAND_CONTACT_COLUMNS                                                                                        \
    "customer_id, first_name, last_name, job_title, role, influence, attitude, mobile, phone, email, notes, "          \
    "search_text"
inline constexpr const char *kInsertContact
    = "INSERT INTO contacts(" PEYVAND_CONTACT_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
inline constexpr const char *kInsertContactWithId
    = "INSERT INTO contacts(" PEYVAND_CONTACT_COLUMNS ", id, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
#undef PEYVAND_CONTACT_COLUMNS

// deals: parameters 1–11 (the bulk INSERT adds reached_position as 12, the id
// as 13 and the version as 14, the UPDATE binds the id as 12).
template<class B> void bindDeal(B &q, const Deal &d)
{
    q.bind(1, d.customerId).bind(2, d.pipelineId).bind(3, d.stageId).bind(4, d.title).bind(5, d.amount);
    q.bind(6, d.expectedClose).bindId(7, d.ownerId).bind(8, toCode(d.status));
    q.bindText(9, d.lostReason ? toCode(*d.lostReason) : QString()).bind(10, d.createdAt).bind(11, d.closedAt);
}
#define PEYVAND_DEAL_COLUMNS                                                                                           \
    "customer_id, pipeline_id, stage_id, title, amount, expected_close, owner_id, status, lost_reason, created_at, "   \
    "closed_at"
inline constexpr const char *kInsertDeal = "INSERT INTO deals(" PEYVAND_DEAL_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?)";
inline constexpr const char *kInsertDealWithId
    = "INSERT INTO deals(" PEYVAND_DEAL_COLUMNS ", reached_position, id, version) VALUES "
      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
#undef PEYVAND_DEAL_COLUMNS

inline constexpr const char *kInsertDealContact
    = "INSERT OR IGNORE INTO deal_contacts(deal_id, contact_id) VALUES (?, ?)";

inline constexpr const char *kInsertStageHistory
    = "INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at, changed_by) VALUES (?,?,?,?,?)";
// With the id as parameter 6 (NULL: the database chooses), for the bulk loader.
inline constexpr const char *kInsertStageHistoryWithId
    = "INSERT INTO deal_stage_history(deal_id, stage_id, entered_at, left_at, changed_by, id) VALUES (?,?,?,?,?,?)";
template<class B> void bindStageHistory(B &q, qint64 dealId, const DealStageChange &h)
{
    q.bind(1, dealId).bind(2, h.stageId).bind(3, h.enteredAt).bind(4, h.leftAt).bindId(5, h.changedBy);
}

// activities: parameters 1–13 (the bulk INSERT adds the id as 14 and the version as 15).
template<class B> void bindActivity(B &q, const Activity &a)
{
    q.bind(1, a.customerId).bind(2, a.dealId).bind(3, a.contactId).bind(4, toCode(a.type));
    q.bind(5, toCode(a.direction)).bind(6, a.at).bind(7, a.durationSeconds).bind(8, a.outcome);
    q.bind(9, a.notes).bindId(10, a.ownerId);
    q.bind(11, a.followUpAt).bind(12, a.followUpDone).bind(13, a.createdAt);
}
#define PEYVAND_ACTIVITY_COLUMNS                                                                                       \
    "customer_id, deal_id, contact_id, type, direction, at, duration, outcome, notes, owner_id, follow_up_at, "        \
    "follow_up_done, created_at"
inline constexpr const char *kInsertActivity
    = "INSERT INTO activities(" PEYVAND_ACTIVITY_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
inline constexpr const char *kInsertActivityWithId
    = "INSERT INTO activities(" PEYVAND_ACTIVITY_COLUMNS ", id, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
#undef PEYVAND_ACTIVITY_COLUMNS

// Orders get their number from their id (100000 + id, so they read as order
// numbers, not row ids) unless they have one.
inline constexpr qint64 kOrderNumberBase = 100000;
inline QString orderNumber(const Order &o, qint64 id)
{
    return o.number.isEmpty() ? QString::number(kOrderNumberBase + id) : o.number;
}

// orders: parameters 1–9, and the version as 10 (1 from the repository).
inline constexpr const char *kInsertOrder
    = "INSERT INTO orders(id, number, customer_id, deal_id, status, tracking_code, total, created_at, updated_at, "
      "version) VALUES (?,?,?,?,?,?,?,?,?,?)";
template<class B> void bindOrder(B &q, qint64 id, const QString &number, const Order &o)
{
    q.bind(1, id).bind(2, number).bind(3, o.customerId).bind(4, o.dealId).bind(5, toCode(o.status));
    q.bindText(6, o.trackingCode).bind(7, o.total).bind(8, o.createdAt).bind(9, o.updatedAt);
}

inline constexpr const char *kInsertOrderLine
    = "INSERT INTO order_lines(order_id, position, product, quantity, unit_price) VALUES (?,?,?,?,?)";
inline constexpr const char *kInsertOrderLineWithId
    = "INSERT INTO order_lines(order_id, position, product, quantity, unit_price, id) VALUES (?,?,?,?,?,?)";
template<class B> void bindOrderLine(B &q, qint64 orderId, int position, const OrderLine &line)
{
    q.bind(1, orderId).bind(2, position).bind(3, line.product).bind(4, line.quantity).bind(5, line.unitPrice);
}

inline constexpr const char *kInsertPayment
    = "INSERT INTO payments(order_id, amount, paid_at, method, reference) VALUES (?,?,?,?,?)";
inline constexpr const char *kInsertPaymentWithId
    = "INSERT INTO payments(order_id, amount, paid_at, method, reference, id) VALUES (?,?,?,?,?,?)";
template<class B> void bindPayment(B &q, qint64 orderId, const Payment &p)
{
    q.bind(1, orderId).bind(2, p.amount).bind(3, p.paidAt).bind(4, toCode(p.method));
    q.bind(5, p.reference);
}

inline constexpr const char *kInsertOrderHistory = "INSERT INTO order_status_history(order_id, from_status, "
                                                   "to_status, at, changed_by, note) VALUES (?,?,?,?,?,?)";
inline constexpr const char *kInsertOrderHistoryWithId = "INSERT INTO order_status_history(order_id, from_status, "
                                                         "to_status, at, changed_by, note, id) VALUES (?,?,?,?,?,?,?)";
template<class B> void bindOrderHistory(B &q, qint64 orderId, const OrderStatusChange &c)
{
    q.bind(1, orderId).bindText(2, c.from ? toCode(*c.from) : QString()).bind(3, toCode(c.to)).bind(4, c.at);
    q.bindId(5, c.changedBy);
    q.bind(6, c.note);
}

// service_requests: parameters 1–10 (the bulk INSERT adds the id as 11 and the version as 12).
template<class B> void bindServiceRequest(B &q, const ServiceRequest &r)
{
    q.bind(1, r.customerId).bind(2, r.orderId).bind(3, r.subject);
    q.bind(4, r.description).bind(5, int(r.priority));
    q.bind(6, toCode(r.status)).bindId(7, r.assigneeId).bind(8, r.createdAt).bind(9, r.updatedAt);
    q.bind(10, r.resolvedAt);
}
#define PEYVAND_REQUEST_COLUMNS                                                                                        \
    "customer_id, order_id, subject, description, priority, status, assignee_id, created_at, updated_at, resolved_at"
inline constexpr const char *kInsertServiceRequest
    = "INSERT INTO service_requests(" PEYVAND_REQUEST_COLUMNS ") VALUES (?,?,?,?,?,?,?,?,?,?)";
inline constexpr const char *kInsertServiceRequestWithId
    = "INSERT INTO service_requests(" PEYVAND_REQUEST_COLUMNS ", id, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
#undef PEYVAND_REQUEST_COLUMNS

inline constexpr const char *kInsertRequestNote
    = "INSERT INTO request_notes(request_id, at, author_id, text) VALUES (?,?,?,?)";
inline constexpr const char *kInsertRequestNoteWithId
    = "INSERT INTO request_notes(request_id, at, author_id, text, id) VALUES (?,?,?,?,?)";
template<class B> void bindRequestNote(B &q, qint64 requestId, const RequestNote &n)
{
    q.bind(1, requestId).bind(2, n.at).bindId(3, n.authorId).bind(4, n.text);
}

} // namespace peyvand::RowColumns
