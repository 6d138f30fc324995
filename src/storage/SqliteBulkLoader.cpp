#include "SqliteBulkLoader.h"

#include "BulkChecks.h"
#include "ContactSearchText.h"
#include "CustomerSearchText.h"
#include "DeferredIndexes.h"
#include "RecordVersion.h"
#include "RowColumns.h"
#include "SearchGrams.h"
#include "SqliteAuditRepository.h"
#include "SqliteDatabase.h"

#include <spdlog/spdlog.h>
#include <stdexcept>

namespace peyvand {

namespace {

// The writer's statements, in this order, and how many parameters each binds.
enum Statement : quint32 {
    CustomerRow,
    PhoneRow,
    AddressRow,
    TagRow,
    CustomerGramsRow,
    ContactRow,
    ContactGramsRow,
    DealRow,
    DealContactRow,
    StageHistoryRow,
    ActivityRow,
    OrderRow,
    OrderLineRow,
    PaymentRow,
    OrderHistoryRow,
    RequestRow,
    RequestNoteRow,
    StatementCount
};

struct StatementSpec
{
    const char *sql;
    quint32 columns;
};

const StatementSpec kStatements[StatementCount] = {
    { RowColumns::kInsertCustomerWithId, 34 },
    { RowColumns::kInsertPhone, 4 },
    { RowColumns::kInsertAddress, 7 },
    { RowColumns::kInsertTag, 2 },
    { RowColumns::kInsertCustomerGrams, 2 },
    { RowColumns::kInsertContactWithId, 14 },
    { RowColumns::kInsertContactGrams, 2 },
    { RowColumns::kInsertDealWithId, 14 },
    { RowColumns::kInsertDealContact, 2 },
    { RowColumns::kInsertStageHistoryWithId, 6 },
    { RowColumns::kInsertActivityWithId, 15 },
    { RowColumns::kInsertOrder, 10 },
    { RowColumns::kInsertOrderLineWithId, 6 },
    { RowColumns::kInsertPaymentWithId, 6 },
    { RowColumns::kInsertOrderHistoryWithId, 7 },
    { RowColumns::kInsertServiceRequestWithId, 12 },
    { RowColumns::kInsertRequestNoteWithId, 5 },
};

std::vector<const char *> statementTexts()
{
    std::vector<const char *> out;
    for (const StatementSpec &s : kStatements)
        out.push_back(s.sql);
    return out;
}

// A batch is handed to the writer at about this size: big enough that the
// threads rarely wait for each other, small enough to stay in the CPU caches' reach.
constexpr size_t kBatchBytes = 4 << 20;

// Below this many customers a load keeps every index up to date as it goes.
constexpr qint64 kDeferIndexesFrom = 50000;

// About how many customers the file has (ids are not reused much).
qint64 customerCount(SqliteDatabase &db)
{
    auto q = db.prepare("SELECT coalesce(max(id), 0) FROM customers");
    return q->step() ? q->int64(0) : 0;
}

} // namespace

SqliteBulkLoader::SqliteBulkLoader(SqliteDatabase &db, const BulkLoadPlan &plan)
    : SqliteBulkLoader(db, plan, Options {})
{
}

SqliteBulkLoader::SqliteBulkLoader(SqliteDatabase &db, const BulkLoadPlan &plan, const Options &options)
    : m_db(db)
    , m_options(options)
    , m_keepIds(plan.keepIds)
    , m_deferIndexes(
          options.deferIndexes.value_or(plan.customers >= kDeferIndexesFrom && plan.customers >= customerCount(db)))
    , m_settings(db, options.cacheMiB.value_or(m_deferIndexes ? 256 : 1024), options.rollbackJournal)
    , m_triggers(db, { "activities_daily_insert", "orders_daily_insert", "deal_stage_history_reached" })
    , m_search(db)
{
    reloadStages();
    if (m_deferIndexes)
        DeferredIndexes::drop(m_db, DeferredIndexes::candidates(m_db));
    m_writer = std::make_unique<BulkWriter>(m_db, statementTexts(), m_options.writerThread);
    m_batch = std::make_unique<BulkBatch>();
}

SqliteBulkLoader::~SqliteBulkLoader()
{
    m_writer.reset(); // stops the thread before the connection is used again
    if (m_open)
        m_db.rollback();
    if (m_deferIndexes && !m_finished)
        spdlog::warn("{}: bulk load stopped before its indexes were built; the next open builds them",
                     m_db.path().toStdString());
}

void SqliteBulkLoader::reloadStages()
{
    m_stages.clear();
    auto q = m_db.prepare("SELECT id, position, outcome = 'lost' FROM stages");
    while (q->step())
        m_stages[q->int64(0)] = StageFacts { int(q->int64(1)), q->int64(2) != 0 };
}

qint64 SqliteBulkLoader::takeId(qint64 given, qint64 &next) const
{
    if (!m_keepIds)
        return next++;
    if (given <= 0)
        throw std::logic_error("BulkLoader: keepIds needs every row's id");
    return given;
}

void SqliteBulkLoader::expectOpen() const
{
    if (!m_open)
        throw std::logic_error("BulkLoader: no chunk is open (call beginChunk first)");
}

qint64 SqliteBulkLoader::nextId(const char *table)
{
    auto q = m_db.prepare((QByteArray("SELECT coalesce(max(id), 0) + 1 FROM ") + table).constData());
    return q->step() ? q->int64(0) : 1;
}

void SqliteBulkLoader::beginChunk()
{
    if (m_open)
        throw std::logic_error("BulkLoader: a chunk is already open");
    if (m_finished)
        throw std::logic_error("BulkLoader: the load is finished");
    if (m_db.transactionDepth() != 0)
        throw std::logic_error("BulkLoader: a chunk must be its own transaction, not nested in another");
    m_db.begin();
    m_open = true;
    m_triggers.drop();
    m_search.beginChunk();
    m_nextCustomer = nextId("customers");
    m_nextContact = nextId("contacts");
    m_nextDeal = nextId("deals");
    m_nextActivity = nextId("activities");
    m_nextOrder = nextId("orders");
    m_nextRequest = nextId("service_requests");
    m_chunkFirstCustomer = m_nextCustomer;
    m_chunkCustomers.clear();
    m_otherCustomers.clear();
    m_summaries.clear();
    m_auditEntries.clear();
}

BulkRow SqliteBulkLoader::row(quint32 statement)
{
    return BulkRow(*m_batch, statement, kStatements[statement].columns);
}

void SqliteBulkLoader::submitIfFull()
{
    if (m_batch->bytes() >= kBatchBytes)
        m_batch = m_writer->submit(std::move(m_batch));
}

std::optional<SqliteBulkLoader::CustomerFacts> SqliteBulkLoader::customer(qint64 id)
{
    if (id >= m_chunkFirstCustomer && id < m_nextCustomer)
        return m_chunkCustomers[size_t(id - m_chunkFirstCustomer)];
    const auto known = m_otherCustomers.find(id);
    if (known != m_otherCustomers.end())
        return known->second;
    // A customer from before this chunk: read it once the writer has let go of the connection.
    m_batch = m_writer->submit(std::move(m_batch));
    m_writer->drain();
    std::optional<CustomerFacts> facts;
    auto q = m_db.prepare("SELECT kind, ifnull(owner_id, 0) FROM customers WHERE id = ?");
    q->bind(1, id);
    if (q->step())
        facts = CustomerFacts { fromCode<CustomerKind>(q->text(0)).value_or(CustomerKind::Individual), q->int64(1) };
    m_otherCustomers.emplace(id, facts);
    return facts;
}

qint64 SqliteBulkLoader::addCustomer(const Customer &c)
{
    expectOpen();
    BulkChecks::customer(c);
    const qint64 id = takeId(c.id, m_nextCustomer);
    if (m_keepIds)
        m_otherCustomers[id] = CustomerFacts { c.kind, c.ownerId };
    else
        m_chunkCustomers.push_back(CustomerFacts { c.kind, c.ownerId });
    const QString searchText = CustomerSearchText::of(c);
    {
        BulkRow r = row(CustomerRow);
        RowColumns::bindCustomer(r, c, searchText);
        r.bind(33, id).bind(34, RecordVersion::stored(c.version));
    }
    int position = 0;
    for (const PhoneEntry &p : c.phones) {
        BulkRow r = row(PhoneRow);
        RowColumns::bindPhone(r, id, ++position, p);
    }
    position = 0;
    for (const Address &a : c.addresses) {
        BulkRow r = row(AddressRow);
        RowColumns::bindAddress(r, id, ++position, a);
    }
    for (const QString &tag : c.tags) {
        BulkRow r = row(TagRow);
        RowColumns::bindTag(r, id, tag);
    }
    row(CustomerGramsRow).bind(1, id).bind(2, SearchGrams::gramsOf(searchText));
    submitIfFull();
    return id;
}

qint64 SqliteBulkLoader::addContact(const ContactPerson &c)
{
    expectOpen();
    BulkChecks::contact(c);
    const qint64 id = takeId(c.id, m_nextContact);
    const QString searchText = ContactSearchText::of(c);
    {
        BulkRow r = row(ContactRow);
        RowColumns::bindContact(r, c, searchText);
        r.bind(13, id).bind(14, RecordVersion::stored(c.version));
    }
    row(ContactGramsRow).bind(1, id).bind(2, SearchGrams::gramsOf(searchText));
    submitIfFull();
    return id;
}

qint64 SqliteBulkLoader::addDeal(const Deal &d, const QList<DealStageChange> &history)
{
    expectOpen();
    BulkChecks::deal(d);
    const qint64 id = takeId(d.id, m_nextDeal);
    // What the deal_stage_history_reached trigger keeps: the furthest position
    // among the stages entered, a lost stage counting as none.
    qint64 reached = 0;
    for (const DealStageChange &h : history) {
        const auto stage = m_stages.find(h.stageId);
        if (stage != m_stages.end() && !stage->second.lost)
            reached = std::max<qint64>(reached, stage->second.position);
    }
    {
        BulkRow r = row(DealRow);
        RowColumns::bindDeal(r, d);
        r.bind(12, reached).bind(13, id).bind(14, RecordVersion::stored(d.version));
    }
    for (qint64 contactId : d.contactIds)
        row(DealContactRow).bind(1, id).bind(2, contactId);
    for (const DealStageChange &h : history) {
        BulkRow r = row(StageHistoryRow);
        RowColumns::bindStageHistory(r, id, h);
        r.bindId(6, m_keepIds ? h.id : 0);
    }
    submitIfFull();
    return id;
}

qint64 SqliteBulkLoader::addActivity(const Activity &a)
{
    expectOpen();
    BulkChecks::activity(a);
    const qint64 id = takeId(a.id, m_nextActivity);
    {
        BulkRow r = row(ActivityRow);
        RowColumns::bindActivity(r, a);
        r.bind(14, id).bind(15, RecordVersion::stored(a.version));
    }
    if (const auto c = customer(a.customerId))
        m_summaries.addActivity(a.at.toSecsSinceEpoch(), a.ownerId, c->kind, a.type);
    submitIfFull();
    return id;
}

qint64 SqliteBulkLoader::addOrder(const Order &o)
{
    expectOpen();
    BulkChecks::order(o);
    const qint64 id = takeId(o.id, m_nextOrder);
    {
        BulkRow r = row(OrderRow);
        RowColumns::bindOrder(r, id, RowColumns::orderNumber(o, id), o);
        r.bind(10, RecordVersion::stored(o.version));
    }
    // The repository's order: lines, payments, then the status history.
    int position = 0;
    for (const OrderLine &line : o.lines) {
        BulkRow r = row(OrderLineRow);
        RowColumns::bindOrderLine(r, id, ++position, line);
        r.bindId(6, m_keepIds ? line.id : 0);
    }
    for (const Payment &p : o.payments) {
        BulkRow r = row(PaymentRow);
        RowColumns::bindPayment(r, id, p);
        r.bindId(6, m_keepIds ? p.id : 0);
    }
    for (const OrderStatusChange &h : o.history) {
        BulkRow r = row(OrderHistoryRow);
        RowColumns::bindOrderHistory(r, id, h);
        r.bindId(7, m_keepIds ? h.id : 0);
    }
    if (const auto c = customer(o.customerId))
        m_summaries.addOrder(o.createdAt.toSecsSinceEpoch(), c->kind, c->ownerId, o.status, o.total);
    submitIfFull();
    return id;
}

qint64 SqliteBulkLoader::addServiceRequest(const ServiceRequest &r)
{
    expectOpen();
    BulkChecks::serviceRequest(r);
    const qint64 id = takeId(r.id, m_nextRequest);
    {
        BulkRow b = row(RequestRow);
        RowColumns::bindServiceRequest(b, r);
        b.bind(11, id).bind(12, RecordVersion::stored(r.version));
    }
    for (const RequestNote &n : r.notes) {
        BulkRow b = row(RequestNoteRow);
        RowColumns::bindRequestNote(b, id, n);
        b.bindId(5, m_keepIds ? n.id : 0);
    }
    submitIfFull();
    return id;
}

void SqliteBulkLoader::addAuditEntry(const AuditEntry &entry)
{
    expectOpen();
    m_auditEntries.push_back(entry);
}

void SqliteBulkLoader::commitChunk()
{
    expectOpen();
    if (!m_batch->isEmpty())
        m_batch = m_writer->submit(std::move(m_batch));
    m_writer->drain();
    // On this thread once the writer is idle: the connection is not shared then.
    for (const AuditEntry &e : m_auditEntries)
        SqliteAuditRepository(m_db).add(e);
    m_auditEntries.clear();
    m_summaries.flush(m_db);
    m_triggers.restore();
    m_search.endChunk();
    m_db.commit();
    m_open = false;
}

void SqliteBulkLoader::finish(const std::function<void(const char *step)> &step)
{
    if (m_open)
        throw std::logic_error("BulkLoader: finish() with a chunk still open");
    if (m_finished)
        return;
    m_writer.reset();
    if (m_deferIndexes) {
        if (step)
            step("indexes");
        qint64 threads = 0;
        {
            auto q = m_db.prepare("PRAGMA threads");
            threads = q->step() ? q->int64(0) : 0;
        }
        m_db.exec("PRAGMA threads = 2"); // the sorter may use the core the generator used
        DeferredIndexes::rebuild(m_db);
        m_db.exec(QStringLiteral("PRAGMA threads = %1").arg(threads).toUtf8().constData());
    }
    if (step)
        step("search index");
    m_search.optimize();
    m_settings.restore();
    if (step)
        step("checkpoint");
    // Fold the write-ahead log into the file, so that the file is the data.
    auto q = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    if (q->step() && q->int64(0) != 0)
        spdlog::info("{}: the WAL could not be folded back after the bulk load (a reader was busy)",
                     m_db.path().toStdString());
    m_finished = true;
}

} // namespace peyvand
