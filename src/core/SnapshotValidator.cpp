#include "SnapshotValidator.h"

#include "JsonFieldReader.h"

#include <set>

namespace peyvand {

namespace {

std::string str(qint64 n)
{
    return std::to_string(n);
}

} // namespace

void SnapshotValidator::newId(IdSet &set, qint64 id, const std::string &path, const char *what)
{
    if (!set.insert(id))
        JsonFieldReader::fail(path + ".id", "duplicate_id", std::string("another ") + what + " has id " + str(id));
}

void SnapshotValidator::ref(const IdSet &set, qint64 id, const std::string &path, const char *what)
{
    if (!set.contains(id))
        JsonFieldReader::fail(path, "dangling_reference",
                              std::string("no ") + what + " with id " + str(id) + " (earlier in the file)");
}

void SnapshotValidator::userRef(qint64 id, const std::string &path)
{
    if (id)
        ref(m_users, id, path, "user");
}

bool SnapshotValidator::uniqueText(std::unordered_set<qint64> &numeric, std::unordered_set<std::string> &other,
                                   const QString &text)
{
    // All-digit texts of up to 16 digits as (length, value): leading zeros count.
    if (text.size() <= 16 && !text.isEmpty()) {
        qint64 value = 0;
        bool digits = true;
        for (QChar ch : text) {
            if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
                digits = false;
                break;
            }
            value = value * 10 + (ch.unicode() - u'0');
        }
        if (digits)
            return numeric.insert((qint64(text.size()) << 56) | value).second;
    }
    return other.insert(text.toStdString()).second;
}

void SnapshotValidator::user(const User &u, const std::string &path)
{
    newId(m_users, u.id, path, "user");
    // SQLite's NOCASE folds ASCII letters only.
    std::string folded = u.username.toStdString();
    for (char &ch : folded)
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
    if (!m_usernames.insert(folded).second)
        JsonFieldReader::fail(path + ".username", "duplicate", "another user has this username");
}

void SnapshotValidator::pipeline(const Pipeline &p, const std::string &path)
{
    newId(m_pipelines, p.id, path, "pipeline");
    const bool legal = p.kind == CustomerKind::Legal;
    m_pipelineLegal[p.id] = legal;
    std::set<int> positions;
    for (qsizetype i = 0; i < p.stages.size(); ++i) {
        const Stage &s = p.stages[i];
        const std::string at = path + ".stages[" + str(i) + "]";
        newId(m_stages, s.id, at, "stage");
        if (!positions.insert(s.position).second)
            JsonFieldReader::fail(at + ".position", "duplicate", "another stage of the pipeline has this position");
        m_stageFacts[s.id] = { p.id, legal };
    }
}

void SnapshotValidator::household(const Household &h, const std::string &path)
{
    newId(m_households, h.id, path, "household");
}

void SnapshotValidator::customer(const Customer &c, const std::string &path)
{
    newId(m_customers, c.id, path, "customer");
    userRef(c.ownerId, path + ".owner_id");
    if (c.kind == CustomerKind::Legal) {
        m_legalCustomers.insert(c.id);
        if (c.legal.parentId)
            m_parents.emplace_back(*c.legal.parentId, path + ".parent_id");
    } else if (c.individual.householdId) {
        ref(m_households, *c.individual.householdId, path + ".household_id", "household");
    }
    const QString nationalId = c.nationalIdentifier();
    if (!nationalId.isEmpty() && !uniqueText(m_nationalIdNumbers, m_nationalIdTexts, nationalId))
        JsonFieldReader::fail(path + (c.kind == CustomerKind::Legal ? ".national_id" : ".national_code"), "duplicate",
                              "another customer has national code/ID " + nationalId.toStdString());
}

void SnapshotValidator::customersDone()
{
    for (const auto &[parent, path] : m_parents)
        if (!m_customers.contains(parent))
            JsonFieldReader::fail(path, "dangling_reference", "no customer with id " + str(parent));
    m_parents.clear();
    m_parents.shrink_to_fit();
    m_nationalIdNumbers = {};
    m_nationalIdTexts = {};
}

void SnapshotValidator::contact(const ContactPerson &c, const std::string &path)
{
    newId(m_contacts, c.id, path, "contact");
    ref(m_customers, c.customerId, path + ".customer_id", "customer");
}

void SnapshotValidator::deal(const DealRecord &r, const std::string &path)
{
    const Deal &d = r.deal;
    newId(m_deals, d.id, path, "deal");
    ref(m_customers, d.customerId, path + ".customer_id", "customer");
    ref(m_pipelines, d.pipelineId, path + ".pipeline_id", "pipeline");
    const auto stage = m_stageFacts.find(d.stageId);
    if (stage == m_stageFacts.end() || stage->second.first != d.pipelineId)
        JsonFieldReader::fail(path + ".stage_id", "dangling_reference",
                              "no stage with id " + str(d.stageId) + " in pipeline " + str(d.pipelineId));
    if (stage->second.second != m_legalCustomers.contains(d.customerId))
        JsonFieldReader::fail(path + ".pipeline_id", "wrong_kind",
                              "pipeline " + str(d.pipelineId) + " is for the other kind of customer than customer "
                                  + str(d.customerId));
    userRef(d.ownerId, path + ".owner_id");
    for (qsizetype i = 0; i < d.contactIds.size(); ++i)
        ref(m_contacts, d.contactIds[i], path + ".contact_ids[" + str(i) + "]", "contact");
    // What DealService writes with every deal (and `check` expects).
    if (r.history.isEmpty())
        JsonFieldReader::fail(path + ".stage_history", "required", "a deal has at least one stage change");
    for (qsizetype i = 0; i < r.history.size(); ++i) {
        const DealStageChange &h = r.history[i];
        const std::string at = path + ".stage_history[" + str(i) + "]";
        newId(m_stageChanges, h.id, at, "stage change");
        ref(m_stages, h.stageId, at + ".stage_id", "stage");
        userRef(h.changedBy, at + ".changed_by");
    }
}

void SnapshotValidator::activity(const Activity &a, const std::string &path)
{
    newId(m_activities, a.id, path, "activity");
    ref(m_customers, a.customerId, path + ".customer_id", "customer");
    if (a.dealId)
        ref(m_deals, *a.dealId, path + ".deal_id", "deal");
    if (a.contactId)
        ref(m_contacts, *a.contactId, path + ".contact_id", "contact");
    userRef(a.ownerId, path + ".owner_id");
}

void SnapshotValidator::order(const Order &o, const std::string &path)
{
    newId(m_orders, o.id, path, "order");
    if (!uniqueText(m_orderNumberNumbers, m_orderNumberTexts, o.number))
        JsonFieldReader::fail(path + ".number", "duplicate", "another order has number " + o.number.toStdString());
    ref(m_customers, o.customerId, path + ".customer_id", "customer");
    if (o.dealId)
        ref(m_deals, *o.dealId, path + ".deal_id", "deal");
    // What OrderService writes with every order (and `check` expects).
    if (o.lines.isEmpty())
        JsonFieldReader::fail(path + ".lines", "required", "an order needs at least one line");
    if (o.history.isEmpty())
        JsonFieldReader::fail(path + ".status_history", "required", "an order has at least one status change");
    for (qsizetype i = 0; i < o.lines.size(); ++i)
        newId(m_lines, o.lines[i].id, path + ".lines[" + str(i) + "]", "order line");
    for (qsizetype i = 0; i < o.payments.size(); ++i)
        newId(m_payments, o.payments[i].id, path + ".payments[" + str(i) + "]", "payment");
    for (qsizetype i = 0; i < o.history.size(); ++i) {
        const std::string at = path + ".status_history[" + str(i) + "]";
        newId(m_statusChanges, o.history[i].id, at, "status change");
        userRef(o.history[i].changedBy, at + ".changed_by");
    }
}

void SnapshotValidator::serviceRequest(const ServiceRequest &r, const std::string &path)
{
    newId(m_requests, r.id, path, "service request");
    ref(m_customers, r.customerId, path + ".customer_id", "customer");
    if (r.orderId)
        ref(m_orders, *r.orderId, path + ".order_id", "order");
    userRef(r.assigneeId, path + ".assignee_id");
    for (qsizetype i = 0; i < r.notes.size(); ++i) {
        const std::string at = path + ".notes[" + str(i) + "]";
        newId(m_notes, r.notes[i].id, at, "note");
        userRef(r.notes[i].authorId, at + ".author_id");
    }
}

} // namespace peyvand
