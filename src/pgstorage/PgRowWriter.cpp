#include "PgRowWriter.h"

#include "ContactSearchText.h"
#include "CustomerSearchText.h"
#include "PgConnection.h"
#include "PgCopyIn.h"
#include "PgCustomerColumns.h"
#include "PgResult.h"
#include "PgValues.h"

#include <QSet>
#include <algorithm>

namespace peyvand {

namespace {

// Buffered rows are sent once they hold about this much.
constexpr qint64 kFlushBytes = 8 << 20;

constexpr qint64 kOrderNumberBase = 100000; // as PgOrderRepository numbers orders

// The version a new row is written with: its own when it has one (a snapshot), else 1.
qint64 storedVersion(qint64 version)
{
    return version > 0 ? version : 1;
}

// The customers INSERT's column list (PgCustomerColumns::kInsert, $1–$32), then id and version.
QByteArray customerColumns()
{
    const QByteArray insert(PgCustomerColumns::kInsert);
    const qsizetype open = insert.indexOf('(');
    const qsizetype close = insert.indexOf(')', open);
    return insert.mid(open + 1, close - open - 1) + ", id, version";
}

QByteArray copySql(const char *table, const QByteArray &columns)
{
    return QByteArray("COPY ") + table + " (" + columns + ") FROM STDIN";
}

} // namespace

PgRowWriter::PgRowWriter(PgConnection &connection)
    : m_connection(connection)
    , m_ids(connection)
    , m_summaries(connection)
{
    const std::pair<const char *, QByteArray> specs[TableCount] = {
        { "households", "id, name" },
        { "customers", customerColumns() },
        { "customer_phones", "customer_id, position, number, label" },
        { "customer_addresses", "customer_id, position, label, province, city, line, postal_code" },
        { "customer_tags", "tag, customer_id" },
        { "contacts",
          "customer_id, first_name, last_name, job_title, role, influence, attitude, mobile, phone, "
          "email, notes, search_text, id, version" },
        { "deals",
          "customer_id, pipeline_id, stage_id, title, amount, expected_close, owner_id, status, "
          "lost_reason, created_at, closed_at, reached_position, id, version" },
        { "deal_contacts", "deal_id, contact_id" },
        { "deal_stage_history", "id, deal_id, stage_id, entered_at, left_at, changed_by" },
        { "activities",
          "id, customer_id, deal_id, contact_id, type, direction, at, duration, outcome, notes, "
          "owner_id, follow_up_at, follow_up_done, created_at, version" },
        { "orders",
          "id, number, customer_id, deal_id, status, tracking_code, total, created_at, updated_at, "
          "version" },
        { "order_lines", "id, order_id, position, product, quantity, unit_price" },
        { "payments", "id, order_id, amount, paid_at, method, reference" },
        { "order_status_history", "id, order_id, from_status, to_status, at, changed_by, note" },
        { "service_requests",
          "id, customer_id, order_id, subject, description, priority, status, assignee_id, "
          "created_at, updated_at, resolved_at, version" },
        { "request_notes", "id, request_id, at, author_id, text" },
    };
    for (const auto &[table, columns] : specs)
        m_tables.push_back(Table { copySql(table, columns), PgStatement(connection, QByteArray()), QByteArray() });
    reloadStages();
}

void PgRowWriter::beginTransaction(PgDeferredSummaries::Scope scope)
{
    discard();
    m_summaries.begin(scope);
}

void PgRowWriter::reloadStages()
{
    m_stages.clear();
    const PgResult r = m_connection.prepare(QStringLiteral("SELECT id, position, outcome = 'lost' FROM stages")).exec();
    for (int i = 0; i < r.rows(); ++i)
        m_stages[r.int64(i, 0)] = StageFacts { int(r.int64(i, 1)), r.boolean(i, 2) };
}

void PgRowWriter::endRow(TableIndex table)
{
    Table &t = m_tables[table];
    const qsizetype before = t.lines.size();
    t.row.appendCopyLine(t.lines);
    m_bytes += t.lines.size() - before;
}

qint64 PgRowWriter::childId(qint64 given, bool keep, const char *table)
{
    return keep && given > 0 ? given : m_ids.next(table);
}

void PgRowWriter::addHousehold(const Household &h)
{
    row(Households).bind(1, h.id).bind(2, h.name);
    endRow(Households);
}

void PgRowWriter::addCustomer(qint64 id, const Customer &c)
{
    PgStatement &q = row(Customers);
    PgCustomerColumns::bind(q, c, CustomerSearchText::of(c));
    q.bind(33, id).bind(34, storedVersion(c.version));
    const std::optional<qint64> parent = c.kind == CustomerKind::Legal ? c.legal.parentId : std::nullopt;
    if (parent && *parent >= id) { // not written yet: set once every customer is in
        q.bindNull(21);
        m_heldParents.emplace_back(id, *parent);
    }
    endRow(Customers);
    int position = 0;
    for (const PhoneEntry &p : c.phones) {
        row(Phones).bind(1, id).bind(2, ++position).bind(3, p.number).bind(4, p.label);
        endRow(Phones);
    }
    position = 0;
    for (const Address &a : c.addresses) {
        PgStatement &r = row(Addresses);
        r.bind(1, id).bind(2, ++position).bind(3, a.label).bind(4, a.province).bind(5, a.city).bind(6, a.line);
        PgValues::bindText(r, 7, a.postalCode);
        endRow(Addresses);
    }
    QSet<QString> tags; // the repository skips a repeated tag (ON CONFLICT DO NOTHING)
    for (const QString &tag : c.tags) {
        if (tags.contains(tag))
            continue;
        tags.insert(tag);
        row(Tags).bind(1, tag).bind(2, id);
        endRow(Tags);
    }
}

void PgRowWriter::addContact(qint64 id, const ContactPerson &c)
{
    PgStatement &q = row(Contacts);
    q.bind(1, c.customerId).bind(2, c.firstName).bind(3, c.lastName).bind(4, c.jobTitle);
    q.bind(5, toCode(c.role)).bind(6, c.influence).bind(7, toCode(c.attitude));
    PgValues::bindText(q, 8, c.mobile);
    PgValues::bindText(q, 9, c.phone);
    PgValues::bindText(q, 10, c.email);
    q.bind(11, c.notes).bind(12, ContactSearchText::of(c));
    q.bind(13, id).bind(14, storedVersion(c.version));
    endRow(Contacts);
}

void PgRowWriter::addDeal(qint64 id, const Deal &d, const QList<DealStageChange> &history, bool keepChildIds)
{
    // What the deal_stage_history_reached trigger leaves: the furthest position
    // among the stages entered, a lost stage counting as none.
    qint64 reached = 0;
    for (const DealStageChange &h : history) {
        const auto stage = m_stages.find(h.stageId);
        if (stage != m_stages.end() && !stage->second.lost)
            reached = std::max<qint64>(reached, stage->second.position);
    }
    PgStatement &q = row(Deals);
    q.bind(1, d.customerId).bind(2, d.pipelineId).bind(3, d.stageId).bind(4, d.title).bind(5, d.amount);
    PgValues::bindDate(q, 6, d.expectedClose);
    PgValues::bindId(q, 7, d.ownerId);
    q.bind(8, toCode(d.status));
    PgValues::bindText(q, 9, d.lostReason ? toCode(*d.lostReason) : QString());
    PgValues::bindTime(q, 10, d.createdAt);
    PgValues::bindTime(q, 11, d.closedAt);
    q.bind(12, reached).bind(13, id).bind(14, storedVersion(d.version));
    endRow(Deals);
    QSet<qint64> contacts; // as the repository's ON CONFLICT DO NOTHING
    for (qint64 contactId : d.contactIds) {
        if (contacts.contains(contactId))
            continue;
        contacts.insert(contactId);
        row(DealContacts).bind(1, id).bind(2, contactId);
        endRow(DealContacts);
    }
    for (const DealStageChange &h : history) {
        PgStatement &r = row(StageHistory);
        r.bind(1, childId(h.id, keepChildIds, "deal_stage_history")).bind(2, id).bind(3, h.stageId);
        PgValues::bindTime(r, 4, h.enteredAt);
        PgValues::bindTime(r, 5, h.leftAt);
        PgValues::bindId(r, 6, h.changedBy);
        endRow(StageHistory);
    }
}

void PgRowWriter::addActivity(qint64 id, const Activity &a)
{
    PgStatement &q = row(Activities);
    q.bind(1, id).bind(2, a.customerId);
    PgValues::bindId(q, 3, a.dealId);
    PgValues::bindId(q, 4, a.contactId);
    q.bind(5, toCode(a.type)).bind(6, toCode(a.direction));
    PgValues::bindTime(q, 7, a.at);
    q.bind(8, a.durationSeconds).bind(9, a.outcome).bind(10, a.notes);
    PgValues::bindId(q, 11, a.ownerId);
    PgValues::bindTime(q, 12, a.followUpAt);
    q.bind(13, a.followUpDone);
    PgValues::bindTime(q, 14, a.createdAt);
    q.bind(15, storedVersion(a.version));
    endRow(Activities);
    m_summaries.addActivity(id);
}

void PgRowWriter::addOrder(qint64 id, const Order &o, bool keepChildIds)
{
    PgStatement &q = row(Orders);
    q.bind(1, id).bind(2, o.number.isEmpty() ? QString::number(kOrderNumberBase + id) : o.number);
    q.bind(3, o.customerId);
    PgValues::bindId(q, 4, o.dealId);
    q.bind(5, toCode(o.status));
    PgValues::bindText(q, 6, o.trackingCode);
    q.bind(7, o.total);
    PgValues::bindTime(q, 8, o.createdAt);
    PgValues::bindTime(q, 9, o.updatedAt);
    q.bind(10, storedVersion(o.version));
    endRow(Orders);
    m_summaries.addOrder(id);
    int position = 0;
    for (const OrderLine &line : o.lines) {
        PgStatement &r = row(OrderLines);
        r.bind(1, childId(line.id, keepChildIds, "order_lines")).bind(2, id).bind(3, ++position);
        r.bind(4, line.product).bind(5, line.quantity).bind(6, line.unitPrice);
        endRow(OrderLines);
    }
    for (const Payment &p : o.payments) {
        PgStatement &r = row(Payments);
        r.bind(1, childId(p.id, keepChildIds, "payments")).bind(2, id).bind(3, p.amount);
        PgValues::bindTime(r, 4, p.paidAt);
        r.bind(5, toCode(p.method)).bind(6, p.reference);
        endRow(Payments);
    }
    for (const OrderStatusChange &h : o.history) {
        PgStatement &r = row(OrderHistory);
        r.bind(1, childId(h.id, keepChildIds, "order_status_history")).bind(2, id);
        PgValues::bindText(r, 3, h.from ? toCode(*h.from) : QString());
        r.bind(4, toCode(h.to));
        PgValues::bindTime(r, 5, h.at);
        PgValues::bindId(r, 6, h.changedBy);
        r.bind(7, h.note);
        endRow(OrderHistory);
    }
}

void PgRowWriter::addServiceRequest(qint64 id, const ServiceRequest &r, bool keepChildIds)
{
    PgStatement &q = row(Requests);
    q.bind(1, id).bind(2, r.customerId);
    PgValues::bindId(q, 3, r.orderId);
    q.bind(4, r.subject).bind(5, r.description).bind(6, int(r.priority)).bind(7, toCode(r.status));
    PgValues::bindId(q, 8, r.assigneeId);
    PgValues::bindTime(q, 9, r.createdAt);
    PgValues::bindTime(q, 10, r.updatedAt);
    PgValues::bindTime(q, 11, r.resolvedAt);
    q.bind(12, storedVersion(r.version));
    endRow(Requests);
    for (const RequestNote &n : r.notes) {
        PgStatement &b = row(RequestNotes);
        b.bind(1, childId(n.id, keepChildIds, "request_notes")).bind(2, id);
        PgValues::bindTime(b, 3, n.at);
        PgValues::bindId(b, 4, n.authorId);
        b.bind(5, n.text);
        endRow(RequestNotes);
    }
}

void PgRowWriter::flushIfFull()
{
    if (m_bytes >= kFlushBytes)
        flush();
}

void PgRowWriter::flush()
{
    for (Table &t : m_tables) {
        if (t.lines.isEmpty())
            continue;
        const QByteArray lines = std::exchange(t.lines, QByteArray());
        PgCopyIn::run(m_connection, t.copySql, lines);
    }
    m_bytes = 0;
}

void PgRowWriter::finishRows(bool last)
{
    flush();
    m_summaries.finish();
    if (m_heldParents.empty())
        return;
    // The last time every reference is set (a missing parent fails on its foreign key);
    // before that, those whose parent is in; the others wait for a later chunk.
    auto set = m_connection.prepare(last ? QStringLiteral("UPDATE customers SET parent_id = $2 WHERE id = $1")
                                         : QStringLiteral("UPDATE customers SET parent_id = $2 WHERE id = $1 "
                                                          "AND EXISTS (SELECT 1 FROM customers p WHERE p.id = $2)"));
    auto exists = m_connection.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE id = $1"));
    std::vector<std::pair<qint64, qint64>> waiting;
    for (const auto &[customer, parent] : m_heldParents) {
        set.bind(1, customer).bind(2, parent);
        if (set.run() > 0 || last)
            continue;
        exists.bind(1, customer);
        if (exists.exec().int64(0, 0) > 0) // not a customer of a chunk rolled back since
            waiting.emplace_back(customer, parent);
    }
    m_heldParents = std::move(waiting);
}

qint64 PgRowWriter::heldParents() const
{
    return qint64(m_heldParents.size());
}

void PgRowWriter::discard()
{
    for (Table &t : m_tables)
        t.lines.clear();
    m_bytes = 0;
    m_summaries.discard();
}

} // namespace peyvand
