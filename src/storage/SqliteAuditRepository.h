#pragma once
// The audit trail in SQLite: table audit_log (migration 8), newest first by id.
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

private:
    SqliteDatabase &m_db;
};

} // namespace peyvand
