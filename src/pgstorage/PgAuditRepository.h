#pragma once
// The append-only audit trail in PostgreSQL: the same entries, filters, key
// paging (newest first, below the last id seen) and bounded counts as
// SqliteAuditRepository. The planner picks among the same indexes
// (audit_entity, audit_user, audit_at, the primary key), so no plan is forced.
#include "AuditRepository.h"

namespace peyvand {

class PgConnection;

class PgAuditRepository final : public AuditRepository
{
public:
    explicit PgAuditRepository(PgConnection &connection)
        : m_connection(connection)
    {
    }
    qint64 add(const AuditEntry &entry) override;
    QList<AuditEntry> list(const AuditQuery &query) const override;
    qint64 count(const AuditQuery &query) const override;
    qint64 countAtMost(const AuditQuery &query, qint64 limit) const override;

private:
    qint64 countWhere(const AuditQuery &query, qint64 limit) const;
    PgConnection &m_connection;
};

} // namespace peyvand
