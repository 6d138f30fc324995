#include "DatabaseMigration.h"

#include "AccessPolicy.h"
#include "SnapshotComparison.h"
#include "ValidationError.h"

#include <nlohmann/json.hpp>

namespace peyvand {

namespace {

// Copies one streamed section, counting into `done`.
template<class T, class Add>
void copySection(SnapshotCursor<T> &cursor, const char *section, qint64 &done, qint64 total,
                 const DatabaseMigration::Progress &progress, Add add)
{
    T record;
    if (progress)
        progress(DatabaseMigration::Phase::Copying, section, done, total);
    while (cursor.next(record)) {
        add(record);
        if (progress && ++done % 1000 == 0)
            progress(DatabaseMigration::Phase::Copying, section, done, total);
    }
}

// The source's audit trail, oldest first, a page at a time: the trail is read
// newest first by key, so the page boundaries are found first (one id per page).
void copyAuditTrail(const AuditRepository &audit, SnapshotWriter &writer, qint64 &copied)
{
    constexpr int kPage = 1000;
    QList<qint64> starts; // beforeId of each page, newest page first
    AuditQuery query;
    query.limit = kPage;
    for (;;) {
        starts << query.beforeId;
        const QList<AuditEntry> page = audit.list(query);
        if (page.size() < kPage)
            break;
        query.beforeId = page.last().id;
    }
    for (auto it = starts.crbegin(); it != starts.crend(); ++it) {
        query.beforeId = *it;
        const QList<AuditEntry> page = audit.list(query);
        for (auto e = page.crbegin(); e != page.crend(); ++e) {
            writer.addAuditEntry(*e);
            ++copied;
        }
    }
}

} // namespace

DatabaseMigration::DatabaseMigration(DataStore &source, DataStore &target, const Clock &clock)
    : m_source(source)
    , m_target(target)
    , m_clock(clock)
{
}

DatabaseMigration::Result DatabaseMigration::run(const Progress &progress)
{
    AccessPolicy::require(m_source.actor(), Permission::ExportData);
    Result result;
    {
        const auto reader = m_source.snapshotReader();
        const auto writer = m_target.snapshotWriter(); // refuses a target holding data
        if (writer->schemaVersion() < reader->schemaVersion())
            throw ValidationError(
                QStringLiteral("target"), QStringLiteral("older_schema"),
                QStringLiteral("the target's schema %1 is older than the source's %2")
                    .arg(writer->schemaVersion())
                    .arg(reader->schemaVersion()),
                QStringLiteral("نسخهٔ پایگاه دادهٔ مقصد از مبدأ قدیمی‌تر است"));
        result.counts = reader->counts();
        const qint64 total = result.counts.total();
        qint64 done = 0;
        writer->begin(result.counts);
        for (const User &u : reader->users()) {
            writer->addUser(u);
            ++done;
        }
        for (const Pipeline &p : reader->pipelines()) {
            writer->addPipeline(p);
            ++done;
        }
        copySection(*reader->households(), "households", done, total, progress,
                    [&](const Household &h) { writer->addHousehold(h); });
        copySection(*reader->customers(), "customers", done, total, progress,
                    [&](const Customer &c) { writer->addCustomer(c); });
        copySection(*reader->contacts(), "contacts", done, total, progress,
                    [&](const ContactPerson &c) { writer->addContact(c); });
        copySection(*reader->deals(), "deals", done, total, progress,
                    [&](const DealRecord &d) { writer->addDeal(d.deal, d.history); });
        copySection(*reader->activities(), "activities", done, total, progress,
                    [&](const Activity &a) { writer->addActivity(a); });
        copySection(*reader->orders(), "orders", done, total, progress, [&](const Order &o) { writer->addOrder(o); });
        copySection(*reader->serviceRequests(), "service_requests", done, total, progress,
                    [&](const ServiceRequest &r) { writer->addServiceRequest(r); });

        if (progress)
            progress(Phase::Copying, "audit_log", done, total);
        copyAuditTrail(m_source.audit(), *writer, result.auditEntries);

        const SnapshotCounts &c = result.counts;
        const nlohmann::ordered_json values { { "from", m_source.location().toStdString() },
                                              { "schema_version", reader->schemaVersion() },
                                              { "counts",
                                                { { "users", c.users },
                                                  { "households", c.households },
                                                  { "pipelines", c.pipelines },
                                                  { "customers", c.customers },
                                                  { "contacts", c.contacts },
                                                  { "deals", c.deals },
                                                  { "activities", c.activities },
                                                  { "orders", c.orders },
                                                  { "service_requests", c.serviceRequests },
                                                  { "audit_log", result.auditEntries } } } };
        AuditEntry entry;
        entry.at = m_clock.now();
        entry.userId = m_source.actor().id;
        entry.action = QStringLiteral("migrate");
        entry.entity = QStringLiteral("database");
        entry.newValues = QByteArray::fromStdString(values.dump());
        writer->addAuditEntry(entry);
        writer->commit([&](const char *step) {
            if (progress)
                progress(Phase::Finishing, step, total, total);
        });
    }
    // The users' password hashes (not part of a snapshot, which is also an export).
    m_target.transaction([&] {
        for (const User &u : m_source.users().all()) {
            const UserCredentials credentials = m_source.users().credentials(u.id);
            if (!credentials.passwordHash.isEmpty())
                m_target.users().setPasswordHash(u.id, credentials.passwordHash);
        }
    });
    // Both read back from the start, the target now committed.
    const auto left = m_source.snapshotReader();
    const auto right = m_target.snapshotReader();
    const qint64 total = result.counts.total();
    result.differences = SnapshotComparison::compare(*left, *right, 20, [&](const char *section, qint64) {
        if (progress)
            progress(Phase::Verifying, section, 0, total);
    });
    const qint64 sourceTrail = m_source.audit().count(AuditQuery {});
    const qint64 targetTrail = m_target.audit().count(AuditQuery {});
    if (targetTrail != sourceTrail + 1) // its own entry besides the copies
        result.differences.push_back("audit_log: " + std::to_string(sourceTrail) + " entries vs "
                                     + std::to_string(targetTrail) + " (expected one more: the migration's own)");
    return result;
}

} // namespace peyvand
