// Opening a customer page: ours is what CustomerPage::reload calls — the
// customer with phones and addresses, the owner's name, the buying center,
// the deals with their stage names, the latest 200 orders and the newest 50
// timeline entries (TimelineService) — fed into the page's item models and
// every row asked for (as resizeColumnsToContents does). Raw reads the same
// rows with plain SQL; the timeline is one UNION of the newest 50 of each
// source. Customers are the busiest of a random sample (most activities),
// a different one each run, each read once by both sides before timing.
#include "BenchHarness.h"
#include "BenchView.h"
#include "ContactTableModel.h"
#include "DealTableModel.h"
#include "OrderTableModel.h"
#include "TimelineModel.h"
#include "Workspace.h"

#include <QHash>

using namespace peyvand;
using namespace peyvand::bench;

namespace {

constexpr int kTimeline = 50; // CustomerPage::TimelinePage
constexpr int kOrders = 200; // CustomerPage's order limit

// Up to 16 customers of the kind with the most activities among 400 random ones.
QList<qint64> busyCustomers(Context &ctx, CustomerKind kind)
{
    const qint64 maxId = rawScalar(ctx.raw, "SELECT max(id) FROM customers");
    const QByteArray kindCode = kind == CustomerKind::Legal ? "legal" : "individual";
    std::uniform_int_distribution<qint64> pick(1, std::max<qint64>(1, maxId));
    QList<std::pair<qint64, qint64>> found; // (activities, id)
    for (int i = 0; i < 400; ++i) {
        const qint64 id = pick(ctx.rng);
        const QString k = rawText(ctx.raw, "SELECT kind FROM customers WHERE id = ?",
                                  [id](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, id); });
        if (k.toLatin1() != kindCode)
            continue;
        found << std::pair(rawScalar(ctx.raw, "SELECT count(*) FROM activities WHERE customer_id = ?",
                                     [id](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, id); }),
                           id);
    }
    std::sort(found.begin(), found.end(), std::greater<>());
    QList<qint64> ids;
    for (const auto &[activities, id] : found)
        if (ids.size() < 16 && !ids.contains(id))
            ids << id;
    if (ids.isEmpty())
        throw std::runtime_error("no customer of that kind found");
    return ids;
}

Binder bindId(qint64 id)
{
    return [id](sqlite3_stmt *s) { sqlite3_bind_int64(s, 1, id); };
}

// The page's models, made once like the page's own.
struct PageModels
{
    explicit PageModels(Workspace &workspace)
        : timeline(workspace)
    {
    }
    ContactTableModel contacts;
    DealTableModel deals;
    OrderTableModel orders;
    TimelineModel timeline;
};

// --- each part, ours and raw -------------------------------------------------

qint64 oursDetails(Context &ctx, qint64 id, CustomerKind &kind)
{
    const std::optional<Customer> c = ctx.store->customers().get(id);
    if (!c)
        return 0;
    kind = c->kind;
    const QString owner = c->ownerId ? ctx.workspace().userName(c->ownerId) : QString();
    ctx.note(c->id);
    ctx.note(c->phones.size());
    ctx.note(c->addresses.size());
    return 1 + c->phones.size() + c->addresses.size();
}

qint64 rawDetails(Context &ctx, qint64 id)
{
    const qint64 found = rawNotedRows(ctx, ctx.raw,
                                      "SELECT c.id, c.kind, c.owner_id, c.lifecycle, c.source, c.do_not_call, "
                                      "c.do_not_sms, c.national_id, c.tags, c.company_name, c.economic_code, "
                                      "c.registration_no, c.registration_date, c.industry, c.employees, c.website, "
                                      "c.parent_id, c.first_name, c.last_name, c.email, c.birth_date, c.preferences, "
                                      "c.loyalty_card, c.household_id, c.household_role, c.household_decides, "
                                      "c.created_at, c.updated_at, u.full_name FROM customers c "
                                      "LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?",
                                      bindId(id));
    if (!found)
        return 0;
    const qint64 phones = rawRows(
        ctx.raw, "SELECT number, label FROM customer_phones WHERE customer_id = ? ORDER BY position", bindId(id));
    const qint64 addresses = rawRows(ctx.raw,
                                     "SELECT label, province, city, line, postal_code FROM customer_addresses "
                                     "WHERE customer_id = ? ORDER BY position",
                                     bindId(id));
    ctx.note(phones);
    ctx.note(addresses);
    return 1 + phones + addresses;
}

// The buying center: its rows in the model's own order, so the check is the
// count and the sum of the ids.
qint64 oursContacts(Context &ctx, PageModels &m, qint64 id)
{
    m.contacts.setContacts(ctx.workspace().contacts().forCustomer(id));
    const QString summary = m.contacts.summary();
    const qint64 shown = showRows(ctx, m.contacts, 0, m.contacts.rowCount(), -1);
    qint64 sum = 0;
    for (const ContactPerson &p : m.contacts.contacts())
        sum += p.id;
    ctx.note(shown);
    ctx.note(sum);
    return shown;
}

qint64 rawContacts(Context &ctx, qint64 id)
{
    sqlite3_stmt *s = rawStatement(ctx.raw,
                                   "SELECT id, first_name, last_name, job_title, role, influence, attitude, "
                                   "mobile, phone, email, notes FROM contacts WHERE customer_id = ? "
                                   "ORDER BY influence DESC, id");
    sqlite3_bind_int64(s, 1, id);
    qint64 rows = 0, sum = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int i = 1; i < sqlite3_column_count(s); ++i)
            (void)sqlite3_column_text(s, i);
        sum += sqlite3_column_int64(s, 0);
        ++rows;
    }
    sqlite3_reset(s);
    ctx.note(rows);
    ctx.note(sum);
    return rows;
}

qint64 oursDeals(Context &ctx, PageModels &m, qint64 id)
{
    QList<Deal> deals = ctx.store->deals().forCustomer(id, false);
    QHash<qint64, QString> stageNames;
    for (const Deal &d : deals)
        if (!stageNames.contains(d.stageId)) {
            const auto stage = ctx.store->pipelines().stage(d.stageId);
            stageNames.insert(d.stageId, stage ? stage->name : QString());
        }
    m.deals.setDeals(std::move(deals), stageNames);
    return showRows(ctx, m.deals, 0, m.deals.rowCount(), DealTableModel::IdRole);
}

qint64 rawDeals(Context &ctx, qint64 id)
{
    return rawNotedRows(ctx, ctx.raw,
                        "SELECT d.id, d.title, d.amount, d.expected_close, d.status, d.lost_reason, d.created_at, "
                        "d.closed_at, s.name FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.customer_id = ? "
                        "ORDER BY d.created_at DESC, d.id DESC",
                        bindId(id));
}

qint64 oursOrders(Context &ctx, PageModels &m, qint64 id)
{
    m.orders.setOrders(ctx.store->orders().forCustomer(id, kOrders));
    return showRows(ctx, m.orders, 0, m.orders.rowCount(), OrderTableModel::IdRole);
}

qint64 rawOrders(Context &ctx, qint64 id)
{
    return rawNotedRows(ctx, ctx.raw,
                        "SELECT id, number, status, total, created_at, updated_at, tracking_code FROM orders "
                        "WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT 200",
                        bindId(id));
}

// The timeline: entries with equal times may come in another order, so the
// check is the count and the sum of the times.
qint64 oursTimeline(Context &ctx, PageModels &m, qint64 id)
{
    m.timeline.setEntries(ctx.workspace().timeline().latest(id, kTimeline));
    const qint64 shown = showRows(ctx, m.timeline, 0, m.timeline.rowCount(), -1);
    qint64 sum = 0;
    for (const TimelineEntry &e : m.timeline.entries())
        sum += e.at.toSecsSinceEpoch();
    ctx.note(shown);
    ctx.note(sum);
    return shown;
}

qint64 rawTimeline(Context &ctx, qint64 id)
{
    sqlite3_stmt *s = rawStatement(
        ctx.raw,
        "SELECT t.at, t.src, t.id, t.what, u.full_name FROM ("
        " SELECT * FROM (SELECT a.at AS at, 0 AS src, a.id AS id, a.owner_id AS uid, a.type || ' ' || a.direction "
        "  || ' ' || a.duration || ' ' || a.outcome || ' ' || a.notes AS what FROM activities a "
        "  WHERE a.customer_id = ?1 ORDER BY a.at DESC, a.id DESC LIMIT 50)"
        " UNION ALL SELECT * FROM (SELECT h.entered_at, 1, h.id, h.changed_by, d.title || ' ' || s.name "
        "  FROM deals d JOIN deal_stage_history h ON h.deal_id = d.id JOIN stages s ON s.id = h.stage_id "
        "  WHERE d.customer_id = ?1 ORDER BY h.entered_at DESC, h.id DESC LIMIT 50)"
        " UNION ALL SELECT * FROM (SELECT h.at, 2, h.id, h.changed_by, o.number || ' ' || ifnull(h.from_status, '') "
        "  || ' ' || h.to_status || ' ' || h.note FROM orders o JOIN order_status_history h ON h.order_id = o.id "
        "  WHERE o.customer_id = ?1 ORDER BY h.at DESC, h.id DESC LIMIT 50)"
        " UNION ALL SELECT created_at, 3, id, NULL, subject FROM service_requests WHERE customer_id = ?1"
        " UNION ALL SELECT resolved_at, 4, id, assignee_id, subject FROM service_requests"
        "  WHERE customer_id = ?1 AND resolved_at IS NOT NULL"
        ") t LEFT JOIN users u ON u.id = t.uid ORDER BY t.at DESC, t.src, t.id DESC LIMIT 50");
    sqlite3_bind_int64(s, 1, id);
    qint64 rows = 0, sum = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        sum += sqlite3_column_int64(s, 0);
        (void)sqlite3_column_text(s, 3);
        (void)sqlite3_column_text(s, 4);
        ++rows;
    }
    sqlite3_reset(s);
    ctx.note(rows);
    ctx.note(sum);
    return rows;
}

// --- cases ----------------------------------------------------------------

enum class Part { Details, Contacts, Deals, Timeline, Whole };

Measure page(Context &ctx, CustomerKind kind, Part part)
{
    const QList<qint64> ids = busyCustomers(ctx, kind);
    auto models = std::make_shared<PageModels>(ctx.workspace());
    auto oursTurn = std::make_shared<qsizetype>(0);
    auto rawTurn = std::make_shared<qsizetype>(0);
    Measure m;
    m.ours = [&ctx, ids, models, oursTurn, part] {
        const qint64 id = ids[(*oursTurn)++ % ids.size()];
        CustomerKind kind = CustomerKind::Individual;
        switch (part) {
        case Part::Details:
            return oursDetails(ctx, id, kind);
        case Part::Contacts:
            return oursContacts(ctx, *models, id);
        case Part::Deals:
            return oursDeals(ctx, *models, id);
        case Part::Timeline:
            return oursTimeline(ctx, *models, id);
        case Part::Whole:
            break;
        }
        qint64 rows = oursDetails(ctx, id, kind);
        if (kind == CustomerKind::Legal)
            rows += oursContacts(ctx, *models, id);
        return rows + oursDeals(ctx, *models, id) + oursOrders(ctx, *models, id) + oursTimeline(ctx, *models, id);
    };
    m.raw = [&ctx, ids, rawTurn, part, kind] {
        const qint64 id = ids[(*rawTurn)++ % ids.size()];
        switch (part) {
        case Part::Details:
            return rawDetails(ctx, id);
        case Part::Contacts:
            return rawContacts(ctx, id);
        case Part::Deals:
            return rawDeals(ctx, id);
        case Part::Timeline:
            return rawTimeline(ctx, id);
        case Part::Whole:
            break;
        }
        qint64 rows = rawDetails(ctx, id);
        if (kind == CustomerKind::Legal)
            rows += rawContacts(ctx, id);
        return rows + rawDeals(ctx, id) + rawOrders(ctx, id) + rawTimeline(ctx, id);
    };
    m.keepAlive = models;
    // Every customer's pages read once by both sides first: the runs measure a
    // page opened again (warm), and neither side finds pages the other warmed.
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m.ours();
        m.raw();
    }
    return m;
}

} // namespace

PEYVAND_BENCH("customer/details")
{
    return page(ctx, CustomerKind::Legal, Part::Details);
}

PEYVAND_BENCH("customer/contacts (buying center)")
{
    return page(ctx, CustomerKind::Legal, Part::Contacts);
}

PEYVAND_BENCH("customer/deals")
{
    return page(ctx, CustomerKind::Legal, Part::Deals);
}

PEYVAND_BENCH("customer/timeline, latest 50")
{
    return page(ctx, CustomerKind::Individual, Part::Timeline);
}

PEYVAND_BENCH("customer/whole page, legal")
{
    return page(ctx, CustomerKind::Legal, Part::Whole);
}

PEYVAND_BENCH("customer/whole page, individual")
{
    return page(ctx, CustomerKind::Individual, Part::Whole);
}
