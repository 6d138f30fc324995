#include "SqliteSnapshotWriter.h"

#include "DeferredIndexes.h"
#include "Migrations.h"
#include "SqliteBulkLoader.h"
#include "SqliteDatabase.h"
#include "ValidationError.h"

#include <spdlog/spdlog.h>
#include <stdexcept>

namespace peyvand {

SqliteSnapshotWriter::SqliteSnapshotWriter(SqliteDatabase &db)
    : m_db(db)
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
        auto q = m_db.prepare((QByteArray("SELECT count(*) FROM ") + table).constData());
        const qint64 n = q->step() ? q->int64(0) : 0;
        if (n > 0)
            throw ValidationError(
                QStringLiteral("database"), QStringLiteral("not_empty"),
                QStringLiteral("%1 already holds %2 %3; a full export is imported only into a new database "
                               "(a new file, or one that only `init` has created)")
                    .arg(m_db.path())
                    .arg(n)
                    .arg(QLatin1String(what)),
                QStringLiteral("پایگاه داده خالی نیست؛ خروجی کامل فقط در یک پایگاه داده تازه وارد "
                               "می‌شود"));
    }
}

SqliteSnapshotWriter::~SqliteSnapshotWriter()
{
    m_loader.reset(); // rolls the open chunk back
    if (!m_committed && m_db.transactionDepth() == 0) {
        try {
            // A big load drops indexes up front (recorded in meta); put them back now.
            if (DeferredIndexes::pending(m_db))
                DeferredIndexes::rebuild(m_db);
        } catch (const std::exception &e) {
            spdlog::warn("{}: indexes not rebuilt after a cancelled import: {}", m_db.path().toStdString(), e.what());
        }
    }
}

int SqliteSnapshotWriter::schemaVersion() const
{
    return Migrations::latestVersion();
}

void SqliteSnapshotWriter::begin(const SnapshotCounts &counts)
{
    if (m_loader)
        throw std::logic_error("SqliteSnapshotWriter: begin() twice");
    BulkLoadPlan plan;
    plan.customers = counts.customers;
    plan.keepIds = true;
    m_loader = std::make_unique<SqliteBulkLoader>(m_db, plan);
    m_loader->beginChunk();
    // Checked at the commit: references within a section may point forward.
    m_db.exec("PRAGMA defer_foreign_keys = ON");
    // What a new file has (the default pipelines, users from `init`) is replaced.
    m_db.exec("DELETE FROM deal_stage_history; DELETE FROM stages; DELETE FROM pipelines; DELETE FROM users;");
}

SqliteBulkLoader &SqliteSnapshotWriter::loader()
{
    if (!m_loader)
        throw std::logic_error("SqliteSnapshotWriter: begin() first");
    if (!m_stagesRead) {
        m_loader->reloadStages();
        m_stagesRead = true;
    }
    return *m_loader;
}

void SqliteSnapshotWriter::addUser(const User &u)
{
    auto q = m_db.prepare("INSERT INTO users(id, username, full_name, role, active, created_at) VALUES (?,?,?,?,?,?)");
    q->bind(1, u.id).bind(2, u.username).bind(3, u.fullName).bind(4, toCode(u.role)).bind(5, u.active);
    q->bind(6, u.createdAt);
    q->run();
}

void SqliteSnapshotWriter::addPipeline(const Pipeline &p)
{
    auto q = m_db.prepare("INSERT INTO pipelines(id, kind, name) VALUES (?,?,?)");
    q->bind(1, p.id).bind(2, toCode(p.kind)).bind(3, p.name);
    q->run();
    for (const Stage &s : p.stages) {
        auto st = m_db.prepare(
            "INSERT INTO stages(id, pipeline_id, position, name, probability, outcome) VALUES (?,?,?,?,?,?)");
        st->bind(1, s.id).bind(2, p.id).bind(3, s.position).bind(4, s.name).bind(5, s.probability);
        st->bind(6, toCode(s.outcome));
        st->run();
    }
    m_stagesRead = false;
}

void SqliteSnapshotWriter::addHousehold(const Household &h)
{
    auto q = m_db.prepare("INSERT INTO households(id, name) VALUES (?,?)");
    q->bind(1, h.id).bind(2, h.name);
    q->run();
}

void SqliteSnapshotWriter::addCustomer(const Customer &c)
{
    loader().addCustomer(c);
}

void SqliteSnapshotWriter::addContact(const ContactPerson &c)
{
    loader().addContact(c);
}

void SqliteSnapshotWriter::addDeal(const Deal &d, const QList<DealStageChange> &history)
{
    loader().addDeal(d, history);
}

void SqliteSnapshotWriter::addActivity(const Activity &a)
{
    loader().addActivity(a);
}

void SqliteSnapshotWriter::addOrder(const Order &o)
{
    loader().addOrder(o);
}

void SqliteSnapshotWriter::addServiceRequest(const ServiceRequest &r)
{
    loader().addServiceRequest(r);
}

void SqliteSnapshotWriter::addAuditEntry(const AuditEntry &entry)
{
    loader().addAuditEntry(entry);
}

void SqliteSnapshotWriter::commit(const std::function<void(const char *step)> &step)
{
    SqliteBulkLoader &l = loader();
    l.commitChunk();
    m_committed = true;
    l.finish(step);
}

} // namespace peyvand
