#include "JsonRecordEncoder.h"

#include "IsoTime.h"

namespace peyvand::JsonRecordEncoder {

namespace {

using json = nlohmann::ordered_json;

json text(const QString &s)
{
    return s.toStdString();
}
json time(const QDateTime &t)
{
    return t.isValid() ? json(IsoTime::formatTime(t)) : json(nullptr);
}
json date(const QDate &d)
{
    return d.isValid() ? json(IsoTime::formatDate(d)) : json(nullptr);
}
json ref(qint64 id) // 0: none
{
    return id ? json(id) : json(nullptr);
}
json ref(const std::optional<qint64> &id)
{
    return id ? json(*id) : json(nullptr);
}
template<class E> json code(E value)
{
    return toCode(value).toStdString();
}

} // namespace

nlohmann::ordered_json user(const User &u)
{
    return { { "id", u.id },           { "username", text(u.username) }, { "full_name", text(u.fullName) },
             { "role", code(u.role) }, { "active", u.active },           { "created_at", time(u.createdAt) } };
}

nlohmann::ordered_json pipeline(const Pipeline &p)
{
    json stages = json::array();
    for (const Stage &s : p.stages)
        stages.push_back({ { "id", s.id },
                           { "position", s.position },
                           { "name", text(s.name) },
                           { "probability", s.probability },
                           { "outcome", code(s.outcome) } });
    return { { "id", p.id }, { "kind", code(p.kind) }, { "name", text(p.name) }, { "stages", std::move(stages) } };
}

nlohmann::ordered_json household(const Household &h)
{
    return { { "id", h.id }, { "name", text(h.name) } };
}

nlohmann::ordered_json customer(const Customer &c)
{
    json phones = json::array();
    for (const PhoneEntry &p : c.phones)
        phones.push_back({ { "number", text(p.number) }, { "label", text(p.label) } });
    json addresses = json::array();
    for (const Address &a : c.addresses)
        addresses.push_back({ { "label", text(a.label) },
                              { "province", text(a.province) },
                              { "city", text(a.city) },
                              { "line", text(a.line) },
                              { "postal_code", text(a.postalCode) } });
    json tags = json::array();
    for (const QString &t : c.tags)
        tags.push_back(text(t));
    json j = { { "id", c.id },
               { "kind", code(c.kind) },
               { "owner_id", ref(c.ownerId) },
               { "lifecycle", code(c.lifecycle) },
               { "source", code(c.source) },
               { "do_not_call", c.doNotCall },
               { "do_not_sms", c.doNotSms },
               { "tags", std::move(tags) },
               { "phones", std::move(phones) },
               { "addresses", std::move(addresses) },
               { "created_at", time(c.createdAt) },
               { "updated_at", time(c.updatedAt) },
               { "version", c.version } };
    if (c.kind == CustomerKind::Legal) {
        const LegalDetails &d = c.legal;
        j["company_name"] = text(d.companyName);
        j["national_id"] = text(d.nationalId);
        j["economic_code"] = text(d.economicCode);
        j["registration_no"] = text(d.registrationNo);
        j["registration_date"] = date(d.registrationDate);
        j["industry"] = text(d.industry);
        j["employees"] = d.employees;
        j["website"] = text(d.website);
        j["parent_id"] = ref(d.parentId);
    } else {
        const IndividualDetails &d = c.individual;
        j["first_name"] = text(d.firstName);
        j["last_name"] = text(d.lastName);
        j["national_code"] = text(d.nationalCode);
        j["email"] = text(d.email);
        j["birth_date"] = date(d.birthDate);
        j["preferences"] = text(d.preferences);
        j["loyalty_card"] = text(d.loyaltyCard);
        j["household_id"] = ref(d.householdId);
        j["household_role"] = text(d.householdRole);
        j["household_decides"] = text(d.householdDecides);
    }
    return j;
}

nlohmann::ordered_json contact(const ContactPerson &c)
{
    return { { "id", c.id },
             { "customer_id", c.customerId },
             { "first_name", text(c.firstName) },
             { "last_name", text(c.lastName) },
             { "job_title", text(c.jobTitle) },
             { "role", code(c.role) },
             { "influence", c.influence },
             { "attitude", code(c.attitude) },
             { "mobile", text(c.mobile) },
             { "phone", text(c.phone) },
             { "email", text(c.email) },
             { "notes", text(c.notes) },
             { "version", c.version } };
}

nlohmann::ordered_json deal(const DealRecord &r)
{
    const Deal &d = r.deal;
    json history = json::array();
    for (const DealStageChange &h : r.history)
        history.push_back({ { "id", h.id },
                            { "stage_id", h.stageId },
                            { "entered_at", time(h.enteredAt) },
                            { "left_at", time(h.leftAt) },
                            { "changed_by", ref(h.changedBy) } });
    return { { "id", d.id },
             { "customer_id", d.customerId },
             { "pipeline_id", d.pipelineId },
             { "stage_id", d.stageId },
             { "title", text(d.title) },
             { "amount", d.amount },
             { "expected_close", date(d.expectedClose) },
             { "owner_id", ref(d.ownerId) },
             { "status", code(d.status) },
             { "lost_reason", d.lostReason ? code(*d.lostReason) : json(nullptr) },
             { "contact_ids",
               d.contactIds.isEmpty() ? json::array()
                                      : json(std::vector<qint64>(d.contactIds.begin(), d.contactIds.end())) },
             { "created_at", time(d.createdAt) },
             { "closed_at", time(d.closedAt) },
             { "version", d.version },
             { "stage_history", std::move(history) } };
}

nlohmann::ordered_json activity(const Activity &a)
{
    return { { "id", a.id },
             { "customer_id", a.customerId },
             { "deal_id", ref(a.dealId) },
             { "contact_id", ref(a.contactId) },
             { "type", code(a.type) },
             { "direction", code(a.direction) },
             { "at", time(a.at) },
             { "duration", a.durationSeconds },
             { "outcome", text(a.outcome) },
             { "notes", text(a.notes) },
             { "owner_id", ref(a.ownerId) },
             { "follow_up_at", time(a.followUpAt) },
             { "follow_up_done", a.followUpDone },
             { "created_at", time(a.createdAt) },
             { "version", a.version } };
}

nlohmann::ordered_json order(const Order &o)
{
    json lines = json::array();
    for (const OrderLine &l : o.lines)
        lines.push_back({ { "id", l.id },
                          { "product", text(l.product) },
                          { "quantity", l.quantity },
                          { "unit_price", l.unitPrice } });
    json payments = json::array();
    for (const Payment &p : o.payments)
        payments.push_back({ { "id", p.id },
                             { "amount", p.amount },
                             { "paid_at", time(p.paidAt) },
                             { "method", code(p.method) },
                             { "reference", text(p.reference) } });
    json history = json::array();
    for (const OrderStatusChange &h : o.history)
        history.push_back({ { "id", h.id },
                            { "from", h.from ? code(*h.from) : json(nullptr) },
                            { "to", code(h.to) },
                            { "at", time(h.at) },
                            { "changed_by", ref(h.changedBy) },
                            { "note", text(h.note) } });
    return { { "id", o.id },
             { "number", text(o.number) },
             { "customer_id", o.customerId },
             { "deal_id", ref(o.dealId) },
             { "status", code(o.status) },
             { "tracking_code", text(o.trackingCode) },
             { "total", o.total },
             { "created_at", time(o.createdAt) },
             { "updated_at", time(o.updatedAt) },
             { "version", o.version },
             { "lines", std::move(lines) },
             { "payments", std::move(payments) },
             { "status_history", std::move(history) } };
}

nlohmann::ordered_json serviceRequest(const ServiceRequest &r)
{
    json notes = json::array();
    for (const RequestNote &n : r.notes)
        notes.push_back(
            { { "id", n.id }, { "at", time(n.at) }, { "author_id", ref(n.authorId) }, { "text", text(n.text) } });
    return { { "id", r.id },
             { "customer_id", r.customerId },
             { "order_id", ref(r.orderId) },
             { "subject", text(r.subject) },
             { "description", text(r.description) },
             { "priority", code(r.priority) },
             { "status", code(r.status) },
             { "assignee_id", ref(r.assigneeId) },
             { "created_at", time(r.createdAt) },
             { "updated_at", time(r.updatedAt) },
             { "resolved_at", time(r.resolvedAt) },
             { "version", r.version },
             { "notes", std::move(notes) } };
}

} // namespace peyvand::JsonRecordEncoder
