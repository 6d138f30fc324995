#include "JsonRecordDecoder.h"

#include "JsonFieldReader.h"

#include <limits>

namespace peyvand::JsonRecordDecoder {

namespace {

constexpr qint64 kMaxInt = std::numeric_limits<int>::max();
constexpr qint64 kMaxMoney = std::numeric_limits<qint64>::max();

// A record's version (format 2); absent (format 1) or null: 1, as a new record.
qint64 version(JsonFieldReader &r)
{
    return r.integerOr("version", 1, std::numeric_limits<qint64>::max(), 1);
}

} // namespace

User user(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    User u;
    u.id = r.id("id");
    u.username = r.requiredText("username");
    u.fullName = r.text("full_name");
    u.role = r.code<UserRole>("role");
    u.active = r.boolean("active");
    u.createdAt = r.time("created_at");
    r.finish();
    return u;
}

Pipeline pipeline(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    Pipeline p;
    p.id = r.id("id");
    p.kind = r.code<CustomerKind>("kind");
    p.name = r.text("name");
    const nlohmann::json &stages = r.array("stages");
    for (std::size_t i = 0; i < stages.size(); ++i) {
        JsonFieldReader s = r.item("stages", i);
        Stage stage;
        stage.id = s.id("id");
        stage.pipelineId = p.id;
        stage.position = int(s.integer("position", 0, kMaxInt));
        stage.name = s.text("name");
        stage.probability = int(s.integer("probability", 0, 100));
        stage.outcome = s.code<StageOutcome>("outcome");
        s.finish();
        p.stages << stage;
    }
    r.finish();
    return p;
}

Household household(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    Household h;
    h.id = r.id("id");
    h.name = r.text("name");
    r.finish();
    return h;
}

Customer customer(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    Customer c;
    c.id = r.id("id");
    c.kind = r.code<CustomerKind>("kind");
    c.ownerId = r.optionalId("owner_id");
    c.lifecycle = r.code<Lifecycle>("lifecycle");
    c.source = r.code<SourceChannel>("source");
    c.doNotCall = r.boolean("do_not_call");
    c.doNotSms = r.boolean("do_not_sms");
    const nlohmann::json &tags = r.array("tags");
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (!tags[i].is_string() || tags[i].get_ref<const std::string &>().empty())
            JsonFieldReader::fail(r.path("tags") + '[' + std::to_string(i) + ']', "wrong_type",
                                  std::string("expected a non-empty string, got ")
                                      + JsonFieldReader::typeName(tags[i]));
        c.tags << QString::fromStdString(tags[i].get<std::string>());
    }
    const nlohmann::json &phones = r.array("phones");
    for (std::size_t i = 0; i < phones.size(); ++i) {
        JsonFieldReader p = r.item("phones", i);
        c.phones << PhoneEntry { p.requiredText("number"), p.text("label") };
        p.finish();
    }
    const nlohmann::json &addresses = r.array("addresses");
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        JsonFieldReader a = r.item("addresses", i);
        c.addresses << Address { a.text("label"), a.text("province"), a.text("city"), a.text("line"),
                                 a.text("postal_code") };
        a.finish();
    }
    c.createdAt = r.time("created_at");
    c.updatedAt = r.time("updated_at");
    c.version = version(r);
    if (c.kind == CustomerKind::Legal) {
        LegalDetails &d = c.legal;
        d.companyName = r.requiredText("company_name");
        d.nationalId = r.text("national_id");
        d.economicCode = r.text("economic_code");
        d.registrationNo = r.text("registration_no");
        d.registrationDate = r.date("registration_date");
        d.industry = r.text("industry");
        d.employees = int(r.integerOr("employees", 0, kMaxInt, 0));
        d.website = r.text("website");
        d.parentId = r.maybeId("parent_id");
    } else {
        IndividualDetails &d = c.individual;
        d.firstName = r.text("first_name");
        d.lastName = r.text("last_name");
        d.nationalCode = r.text("national_code");
        d.email = r.text("email");
        d.birthDate = r.date("birth_date");
        d.preferences = r.text("preferences");
        d.loyaltyCard = r.text("loyalty_card");
        d.householdId = r.maybeId("household_id");
        d.householdRole = r.text("household_role");
        d.householdDecides = r.text("household_decides");
        if (c.displayName().isEmpty())
            JsonFieldReader::fail(r.path("last_name"), "empty", "an individual needs a first or a last name");
    }
    r.finish();
    return c;
}

ContactPerson contact(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    ContactPerson c;
    c.id = r.id("id");
    c.customerId = r.id("customer_id");
    c.firstName = r.text("first_name");
    c.lastName = r.text("last_name");
    c.jobTitle = r.text("job_title");
    c.role = r.code<BuyingRole>("role");
    c.influence = int(r.integerOr("influence", 1, 5, 3));
    c.attitude = r.code<Attitude>("attitude");
    c.mobile = r.text("mobile");
    c.phone = r.text("phone");
    c.email = r.text("email");
    c.notes = r.text("notes");
    c.version = version(r);
    r.finish();
    return c;
}

DealRecord deal(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    DealRecord out;
    Deal &d = out.deal;
    d.id = r.id("id");
    d.customerId = r.id("customer_id");
    d.pipelineId = r.id("pipeline_id");
    d.stageId = r.id("stage_id");
    d.title = r.text("title");
    d.amount = r.integer("amount", 0, kMaxMoney);
    d.expectedClose = r.date("expected_close");
    d.ownerId = r.optionalId("owner_id");
    d.status = r.code<DealStatus>("status");
    d.lostReason = r.optionalCode<LostReason>("lost_reason");
    const nlohmann::json &contacts = r.array("contact_ids");
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        const nlohmann::json &v = contacts[i];
        if (!v.is_number_integer() || (v.is_number_unsigned() && v.get<quint64>() > quint64(kMaxMoney))
            || v.get<qint64>() <= 0)
            JsonFieldReader::fail(r.path("contact_ids") + '[' + std::to_string(i) + ']', "wrong_type",
                                  std::string("expected a positive integer id, got ") + JsonFieldReader::typeName(v));
        d.contactIds << v.get<qint64>();
    }
    d.createdAt = r.time("created_at");
    d.closedAt = r.optionalTime("closed_at");
    d.version = version(r);
    const nlohmann::json &history = r.array("stage_history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        JsonFieldReader h = r.item("stage_history", i);
        DealStageChange c;
        c.id = h.id("id");
        c.dealId = d.id;
        c.stageId = h.id("stage_id");
        c.enteredAt = h.time("entered_at");
        c.leftAt = h.optionalTime("left_at");
        c.changedBy = h.optionalId("changed_by");
        h.finish();
        out.history << c;
    }
    r.finish();
    return out;
}

Activity activity(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    Activity a;
    a.id = r.id("id");
    a.customerId = r.id("customer_id");
    a.dealId = r.maybeId("deal_id");
    a.contactId = r.maybeId("contact_id");
    a.type = r.code<ActivityType>("type");
    a.direction = r.optionalCode<Direction>("direction").value_or(Direction::None);
    a.at = r.time("at");
    a.durationSeconds = int(r.integerOr("duration", 0, kMaxInt, 0));
    a.outcome = r.text("outcome");
    a.notes = r.text("notes");
    a.ownerId = r.optionalId("owner_id");
    a.followUpAt = r.optionalTime("follow_up_at");
    a.followUpDone = r.boolean("follow_up_done");
    a.createdAt = r.time("created_at");
    a.version = version(r);
    r.finish();
    return a;
}

Order order(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    Order o;
    o.id = r.id("id");
    o.number = r.requiredText("number");
    o.customerId = r.id("customer_id");
    o.dealId = r.maybeId("deal_id");
    o.status = r.code<OrderStatus>("status");
    o.trackingCode = r.text("tracking_code");
    o.total = r.integer("total", 0, kMaxMoney);
    o.createdAt = r.time("created_at");
    o.updatedAt = r.time("updated_at");
    o.version = version(r);
    const nlohmann::json &lines = r.array("lines");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        JsonFieldReader l = r.item("lines", i);
        OrderLine line;
        line.id = l.id("id");
        line.product = l.requiredText("product");
        line.quantity = l.integer("quantity", 1, kMaxMoney);
        line.unitPrice = l.integer("unit_price", 0, kMaxMoney);
        l.finish();
        o.lines << line;
    }
    const nlohmann::json &payments = r.array("payments");
    for (std::size_t i = 0; i < payments.size(); ++i) {
        JsonFieldReader p = r.item("payments", i);
        Payment pay;
        pay.id = p.id("id");
        pay.amount = p.integer("amount", 1, kMaxMoney);
        pay.paidAt = p.time("paid_at");
        pay.method = p.code<PaymentMethod>("method");
        pay.reference = p.text("reference");
        p.finish();
        o.payments << pay;
    }
    const nlohmann::json &history = r.array("status_history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        JsonFieldReader h = r.item("status_history", i);
        OrderStatusChange c;
        c.id = h.id("id");
        c.from = h.optionalCode<OrderStatus>("from");
        c.to = h.code<OrderStatus>("to");
        c.at = h.time("at");
        c.changedBy = h.optionalId("changed_by");
        c.note = h.text("note");
        h.finish();
        o.history << c;
    }
    r.finish();
    return o;
}

ServiceRequest serviceRequest(const nlohmann::json &j, const std::string &path)
{
    JsonFieldReader r(j, path);
    ServiceRequest s;
    s.id = r.id("id");
    s.customerId = r.id("customer_id");
    s.orderId = r.maybeId("order_id");
    s.subject = r.requiredText("subject");
    s.description = r.text("description");
    s.priority = r.code<Priority>("priority");
    s.status = r.code<RequestStatus>("status");
    s.assigneeId = r.optionalId("assignee_id");
    s.createdAt = r.time("created_at");
    s.updatedAt = r.time("updated_at");
    s.resolvedAt = r.optionalTime("resolved_at");
    s.version = version(r);
    const nlohmann::json &notes = r.array("notes");
    for (std::size_t i = 0; i < notes.size(); ++i) {
        JsonFieldReader n = r.item("notes", i);
        RequestNote note;
        note.id = n.id("id");
        note.at = n.time("at");
        note.authorId = n.optionalId("author_id");
        note.text = n.text("text");
        n.finish();
        s.notes << note;
    }
    r.finish();
    return s;
}

} // namespace peyvand::JsonRecordDecoder
