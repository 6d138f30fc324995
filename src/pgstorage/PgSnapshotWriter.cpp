#include "PgSnapshotWriter.h"

#include "PgAuditRepository.h"
#include "PgChangeNotices.h"
#include "PgConnection.h"
#include "PgIdSequences.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTransaction.h"
#include "PgValues.h"
#include "ValidationError.h"

#include <stdexcept>

namespace peyvand {

PgSnapshotWriter::PgSnapshotWriter(PgConnection &connection)
    : m_connection(connection)
    , m_rows(connection)
{
    static const char *const tables[][2] = {
        { "customers", "customers" },
        { "contacts", "contact persons" },
        { "households", "households" },
        { "deals", "deals" },
        { "activities", "activities" },
        { "orders", "orders" },
        { "service_requests", "service requests" },
    };
    for (const auto &[table, what] : tables) {
        const qint64 n = m_connection.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                             .exec()
                             .int64(0, 0);
        if (n > 0)
            throw ValidationError(
                QStringLiteral("database"), QStringLiteral("not_empty"),
                QStringLiteral("%1 already holds %2 %3; a full export is imported only into a new database "
                               "(a new file, or one that only `init` has created)")
                    .arg(m_connection.url().database())
                    .arg(n)
                    .arg(QLatin1String(what)),
                QStringLiteral("پایگاه داده خالی نیست؛ خروجی کامل فقط در یک پایگاه داده تازه وارد "
                               "می‌شود"));
    }
}

PgSnapshotWriter::~PgSnapshotWriter() = default; // an open transaction rolls back

int PgSnapshotWriter::schemaVersion() const
{
    return PgMigrations::currentVersion(m_connection);
}

void PgSnapshotWriter::begin(const SnapshotCounts &)
{
    if (m_transaction)
        throw std::logic_error("PgSnapshotWriter: begin() twice");
    if (m_connection.inTransaction())
        throw std::logic_error("PgSnapshotWriter: a snapshot is its own transaction, not nested in another");
    m_transaction = std::make_unique<PgTransaction>(m_connection);
    PgChangeNotices::quietTransaction(m_connection); // one "reset" notice at commit, not one per row
    // What a new database has (the default pipelines, users from `init`) is replaced.
    m_connection.exec(QStringLiteral(
        "DELETE FROM deal_stage_history; DELETE FROM stages; DELETE FROM pipelines; DELETE FROM users;"));
    m_rows.beginTransaction(PgDeferredSummaries::Scope::WholeTables); // no activities or orders before
}

PgRowWriter &PgSnapshotWriter::rows()
{
    if (!m_transaction)
        throw std::logic_error("PgSnapshotWriter: begin() first");
    if (!m_stagesRead) {
        m_rows.reloadStages();
        m_stagesRead = true;
    }
    return m_rows;
}

void PgSnapshotWriter::addUser(const User &u)
{
    if (!m_transaction)
        throw std::logic_error("PgSnapshotWriter: begin() first");
    auto q = m_connection.prepare(QStringLiteral(
        "INSERT INTO users(id, username, full_name, role, active, created_at) VALUES ($1,$2,$3,$4,$5,$6)"));
    q.bind(1, u.id).bind(2, u.username).bind(3, u.fullName).bind(4, toCode(u.role)).bind(5, u.active);
    PgValues::bindTime(q, 6, u.createdAt);
    q.run();
}

void PgSnapshotWriter::addPipeline(const Pipeline &p)
{
    if (!m_transaction)
        throw std::logic_error("PgSnapshotWriter: begin() first");
    auto q = m_connection.prepare(QStringLiteral("INSERT INTO pipelines(id, kind, name) VALUES ($1,$2,$3)"));
    q.bind(1, p.id).bind(2, toCode(p.kind)).bind(3, p.name);
    q.run();
    auto st = m_connection.prepare(QStringLiteral(
        "INSERT INTO stages(id, pipeline_id, position, name, probability, outcome) VALUES ($1,$2,$3,$4,$5,$6)"));
    for (const Stage &s : p.stages) {
        st.bind(1, s.id).bind(2, p.id).bind(3, s.position).bind(4, s.name).bind(5, s.probability);
        st.bind(6, toCode(s.outcome));
        st.run();
    }
    m_stagesRead = false;
}

void PgSnapshotWriter::addHousehold(const Household &h)
{
    rows().addHousehold(h);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addCustomer(const Customer &c)
{
    rows().addCustomer(c.id, c);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addContact(const ContactPerson &c)
{
    rows().addContact(c.id, c);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addDeal(const Deal &d, const QList<DealStageChange> &history)
{
    rows().addDeal(d.id, d, history, true);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addActivity(const Activity &a)
{
    rows().addActivity(a.id, a);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addOrder(const Order &o)
{
    rows().addOrder(o.id, o, true);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addServiceRequest(const ServiceRequest &r)
{
    rows().addServiceRequest(r.id, r, true);
    m_rows.flushIfFull();
}

void PgSnapshotWriter::addAuditEntry(const AuditEntry &entry)
{
    rows();
    m_auditEntries.push_back(entry);
}

void PgSnapshotWriter::commit(const std::function<void(const char *step)> &step)
{
    rows().finishRows(true);
    PgAuditRepository audit(m_connection);
    for (const AuditEntry &e : m_auditEntries)
        audit.add(e);
    m_auditEntries.clear();
    if (step)
        step("sequences");
    PgIdSequences::advancePastIds(m_connection);
    m_transaction->commit();
    m_transaction.reset();
    if (step)
        step("statistics");
    m_connection.exec(QStringLiteral("ANALYZE"));
}

} // namespace peyvand
