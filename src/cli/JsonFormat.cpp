#include "JsonFormat.h"

#include <QTextStream>

namespace peyvand::cli::JsonFormat {

using nlohmann::json;

std::string text(const QString &s)
{
    return s.toStdString();
}

json timestamp(const QDateTime &t)
{
    if (!t.isValid())
        return nullptr;
    return t.toUTC().toString(Qt::ISODate).toStdString();
}

json date(const QDate &d)
{
    if (!d.isValid())
        return nullptr;
    return d.toString(Qt::ISODate).toStdString();
}

json customerRow(const CustomerRow &r)
{
    return json { { "id", r.id },
                  { "kind", text(toCode(r.kind)) },
                  { "name", text(r.name) },
                  { "phone", text(r.phone) },
                  { "national_id", text(r.nationalId) },
                  { "city", text(r.city) },
                  { "lifecycle", text(toCode(r.lifecycle)) },
                  { "owner_id", r.ownerId ? json(r.ownerId) : json(nullptr) },
                  { "created_at", timestamp(r.createdAt) } };
}

json customer(const Customer &c)
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
    json j { { "id", c.id },
             { "kind", text(toCode(c.kind)) },
             { "name", text(c.displayName()) },
             { "phone", text(c.primaryPhone()) },
             { "national_id", text(c.nationalIdentifier()) },
             { "owner_id", c.ownerId ? json(c.ownerId) : json(nullptr) },
             { "lifecycle", text(toCode(c.lifecycle)) },
             { "source", text(toCode(c.source)) },
             { "tags", tags },
             { "do_not_call", c.doNotCall },
             { "do_not_sms", c.doNotSms },
             { "phones", phones },
             { "addresses", addresses },
             { "created_at", timestamp(c.createdAt) },
             { "updated_at", timestamp(c.updatedAt) } };
    if (c.kind == CustomerKind::Legal) {
        const LegalDetails &d = c.legal;
        j["legal"] = { { "company_name", text(d.companyName) },
                       { "economic_code", text(d.economicCode) },
                       { "registration_no", text(d.registrationNo) },
                       { "registration_date", date(d.registrationDate) },
                       { "industry", text(d.industry) },
                       { "employees", d.employees },
                       { "size", d.isEnterprise() ? "enterprise" : "sme" },
                       { "website", text(d.website) },
                       { "parent_id", d.parentId ? json(*d.parentId) : json(nullptr) } };
    } else {
        const IndividualDetails &d = c.individual;
        j["individual"] = { { "first_name", text(d.firstName) },
                            { "last_name", text(d.lastName) },
                            { "email", text(d.email) },
                            { "birth_date", date(d.birthDate) },
                            { "preferences", text(d.preferences) },
                            { "loyalty_card", text(d.loyaltyCard) },
                            { "household_id", d.householdId ? json(*d.householdId) : json(nullptr) } };
    }
    return j;
}

json contact(const ContactPerson &c)
{
    return json { { "id", c.id },
                  { "name", text(c.displayName()) },
                  { "job_title", text(c.jobTitle) },
                  { "role", text(toCode(c.role)) },
                  { "influence", c.influence },
                  { "attitude", text(toCode(c.attitude)) },
                  { "mobile", text(c.mobile) },
                  { "phone", text(c.phone) },
                  { "email", text(c.email) } };
}

json deal(const Deal &d, const QString &stageName)
{
    return json { { "id", d.id },
                  { "title", text(d.title) },
                  { "pipeline_id", d.pipelineId },
                  { "stage_id", d.stageId },
                  { "stage", text(stageName) },
                  { "amount", d.amountHidden ? json(nullptr) : json(d.amount) },
                  { "expected_close", date(d.expectedClose) },
                  { "owner_id", d.ownerId ? json(d.ownerId) : json(nullptr) },
                  { "status", text(toCode(d.status)) },
                  { "lost_reason", d.lostReason ? json(text(toCode(*d.lostReason))) : json(nullptr) },
                  { "created_at", timestamp(d.createdAt) },
                  { "closed_at", timestamp(d.closedAt) } };
}

json activity(const Activity &a)
{
    return json { { "id", a.id },
                  { "customer_id", a.customerId },
                  { "type", text(toCode(a.type)) },
                  { "direction", text(toCode(a.direction)) },
                  { "at", timestamp(a.at) },
                  { "duration", a.durationSeconds },
                  { "outcome", text(a.outcome) },
                  { "notes", text(a.notes) },
                  { "owner_id", a.ownerId ? json(a.ownerId) : json(nullptr) },
                  { "deal_id", a.dealId ? json(*a.dealId) : json(nullptr) },
                  { "contact_id", a.contactId ? json(*a.contactId) : json(nullptr) },
                  { "follow_up_at", timestamp(a.followUpAt) } };
}

json orderSummary(const Order &o, const QString &customerName)
{
    return json { { "id", o.id },
                  { "number", text(o.number) },
                  { "status", text(toCode(o.status)) },
                  { "customer_id", o.customerId },
                  { "customer_name", text(customerName) },
                  { "total", o.total },
                  { "tracking_code", text(o.trackingCode) },
                  { "created_at", timestamp(o.createdAt) },
                  { "updated_at", timestamp(o.updatedAt) } };
}

json serviceRequest(const ServiceRequest &r, bool withNotes)
{
    json j { { "id", r.id },
             { "customer_id", r.customerId },
             { "order_id", r.orderId ? json(*r.orderId) : json(nullptr) },
             { "subject", text(r.subject) },
             { "description", text(r.description) },
             { "priority", text(toCode(r.priority)) },
             { "status", text(toCode(r.status)) },
             { "assignee_id", r.assigneeId ? json(r.assigneeId) : json(nullptr) },
             { "created_at", timestamp(r.createdAt) },
             { "updated_at", timestamp(r.updatedAt) },
             { "resolved_at", timestamp(r.resolvedAt) } };
    if (withNotes) {
        json notes = json::array();
        for (const RequestNote &n : r.notes)
            notes.push_back(json { { "id", n.id },
                                   { "at", timestamp(n.at) },
                                   { "author_id", n.authorId ? json(n.authorId) : json(nullptr) },
                                   { "text", text(n.text) } });
        j["notes"] = notes;
    }
    return j;
}

void print(QTextStream &out, const json &doc)
{
    out << QString::fromStdString(doc.dump(2)) << '\n';
}

} // namespace peyvand::cli::JsonFormat
