#include "PgBulkLoader.h"

#include "PgAuditRepository.h"
#include "PgChangeNotices.h"
#include "PgConnection.h"
#include "PgIdSequences.h"
#include "PgTransaction.h"

#include <spdlog/spdlog.h>
#include <stdexcept>

namespace peyvand {

PgBulkLoader::PgBulkLoader(PgConnection &connection, const BulkLoadPlan &plan)
    : m_connection(connection)
    , m_keepIds(plan.keepIds)
    , m_rows(connection)
{
}

PgBulkLoader::~PgBulkLoader()
{
    m_transaction.reset(); // rolls the open chunk back
}

void PgBulkLoader::expectOpen() const
{
    if (!m_transaction)
        throw std::logic_error("BulkLoader: no chunk is open (call beginChunk first)");
}

qint64 PgBulkLoader::takeId(qint64 given, const char *table)
{
    expectOpen();
    if (!m_keepIds)
        return m_rows.ids().next(table);
    if (given <= 0)
        throw std::logic_error("BulkLoader: keepIds needs every row's id");
    return given;
}

void PgBulkLoader::beginChunk()
{
    if (m_transaction)
        throw std::logic_error("BulkLoader: a chunk is already open");
    if (m_finished)
        throw std::logic_error("BulkLoader: the load is finished");
    if (m_connection.inTransaction())
        throw std::logic_error("BulkLoader: a chunk must be its own transaction, not nested in another");
    m_auditEntries.clear();
    m_transaction = std::make_unique<PgTransaction>(m_connection);
    PgChangeNotices::quietTransaction(m_connection); // one "reset" notice at commit, not one per row
    m_rows.beginTransaction(PgDeferredSummaries::Scope::LoadedRows);
    m_rows.reloadStages();
}

qint64 PgBulkLoader::addCustomer(const Customer &c)
{
    const qint64 id = takeId(c.id, "customers");
    m_rows.addCustomer(id, c);
    m_rows.flushIfFull();
    return id;
}

qint64 PgBulkLoader::addContact(const ContactPerson &c)
{
    const qint64 id = takeId(c.id, "contacts");
    m_rows.addContact(id, c);
    m_rows.flushIfFull();
    return id;
}

qint64 PgBulkLoader::addDeal(const Deal &d, const QList<DealStageChange> &history)
{
    const qint64 id = takeId(d.id, "deals");
    m_rows.addDeal(id, d, history, m_keepIds);
    m_rows.flushIfFull();
    return id;
}

qint64 PgBulkLoader::addActivity(const Activity &a)
{
    const qint64 id = takeId(a.id, "activities");
    m_rows.addActivity(id, a);
    m_rows.flushIfFull();
    return id;
}

qint64 PgBulkLoader::addOrder(const Order &o)
{
    const qint64 id = takeId(o.id, "orders");
    m_rows.addOrder(id, o, m_keepIds);
    m_rows.flushIfFull();
    return id;
}

qint64 PgBulkLoader::addServiceRequest(const ServiceRequest &r)
{
    const qint64 id = takeId(r.id, "service_requests");
    m_rows.addServiceRequest(id, r, m_keepIds);
    m_rows.flushIfFull();
    return id;
}

void PgBulkLoader::addAuditEntry(const AuditEntry &entry)
{
    expectOpen();
    m_auditEntries.push_back(entry);
}

void PgBulkLoader::commitChunk()
{
    expectOpen();
    m_rows.finishRows(false);
    PgAuditRepository audit(m_connection);
    for (const AuditEntry &e : m_auditEntries)
        audit.add(e);
    m_auditEntries.clear();
    if (m_keepIds)
        PgIdSequences::advancePastIds(m_connection);
    m_transaction->commit();
    m_transaction.reset();
}

void PgBulkLoader::finish(const std::function<void(const char *step)> &step)
{
    if (m_transaction)
        throw std::logic_error("BulkLoader: finish() with a chunk still open");
    if (m_finished)
        return;
    m_finished = true;
    if (m_rows.heldParents() > 0)
        spdlog::warn("postgresql: bulk load finished with {} parent companies that never came; "
                     "their subsidiaries have no parent",
                     m_rows.heldParents());
    if (step)
        step("statistics");
    m_connection.exec(QStringLiteral("ANALYZE"));
}

} // namespace peyvand
