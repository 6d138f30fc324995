#pragma once
// The audit trail in SQLite: table audit_log (migration 8), newest first by id.
// Queries are built from the filters present (no "?1 IS NULL OR …", which
// keeps SQLite off every index), and a list walks one index in key order —
// the record's (entity, entity_id, id), the user's (user_id, id), the time
// (at, id) for a narrow period, else the table itself newest first — with the
// other filters checked on the rows it meets (`+column`), so a page costs about
// its own rows rather than a sort of every match.
#include "AuditRepository.h"

namespace peyvand {

class SqliteDatabase;

class SqliteAuditRepository final : public AuditRepository
{
public:
    explicit SqliteAuditRepository(SqliteDatabase &db)
        : m_db(db)
    {
    }
    qint64 add(const AuditEntry &entry) override;
    QList<AuditEntry> list(const AuditQuery &query) const override;
    qint64 count(const AuditQuery &query) const override;
    qint64 countAtMost(const AuditQuery &query, qint64 limit) const override;

private:
    SqliteDatabase &m_db;
};

} // namespace peyvand
