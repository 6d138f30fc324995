#include "SqliteAuditRepository.h"

#include "SqliteDatabase.h"

namespace peyvand {

namespace {

// The WHERE clause for a query; every filter is bound, unused ones as NULL,
// so one prepared statement serves every combination.
const char *const kWhere = " WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2)"
                           " AND (?3 IS NULL OR user_id = ?3) AND (?4 IS NULL OR action = ?4)"
                           " AND (?5 IS NULL OR at >= ?5) AND (?6 IS NULL OR at < ?6)";

void bindFilters(SqliteStatement &q, const AuditQuery &f)
{
    if (!f.entity.isEmpty())
        q.bind(1, f.entity);
    if (f.entityId != 0)
        q.bind(2, f.entityId);
    if (f.userId != 0)
        q.bind(3, f.userId);
    if (!f.action.isEmpty())
        q.bind(4, f.action);
    q.bind(5, f.from).bind(6, f.to);
}

} // namespace

qint64 SqliteAuditRepository::add(const AuditEntry &e)
{
    auto q = m_db.prepare("INSERT INTO audit_log(at, user_id, action, entity, entity_id, old_values, new_values)"
                          " VALUES (?,?,?,?,?,?,?)");
    q->bind(1, e.at);
    if (e.userId != 0)
        q->bind(2, e.userId);
    q->bind(3, e.action).bind(4, e.entity);
    if (e.entityId != 0)
        q->bind(5, e.entityId);
    if (!e.oldValues.isEmpty())
        q->bind(6, QString::fromUtf8(e.oldValues));
    if (!e.newValues.isEmpty())
        q->bind(7, QString::fromUtf8(e.newValues));
    q->run();
    return m_db.lastInsertId();
}

QList<AuditEntry> SqliteAuditRepository::list(const AuditQuery &f) const
{
    const QByteArray sql = QByteArray("SELECT id, at, user_id, action, entity, entity_id, old_values, new_values"
                                      " FROM audit_log")
        + kWhere + " AND (?7 IS NULL OR id < ?7) ORDER BY id DESC LIMIT ?8";
    auto q = m_db.prepare(sql.constData());
    bindFilters(*q, f);
    if (f.beforeId != 0)
        q->bind(7, f.beforeId);
    q->bind(8, qint64(f.limit));
    QList<AuditEntry> out;
    while (q->step()) {
        AuditEntry e;
        e.id = q->int64(0);
        e.at = q->dateTime(1);
        e.userId = q->isNull(2) ? 0 : q->int64(2);
        e.action = q->text(3);
        e.entity = q->text(4);
        e.entityId = q->isNull(5) ? 0 : q->int64(5);
        e.oldValues = q->isNull(6) ? QByteArray() : q->text(6).toUtf8();
        e.newValues = q->isNull(7) ? QByteArray() : q->text(7).toUtf8();
        out << e;
    }
    return out;
}

qint64 SqliteAuditRepository::count(const AuditQuery &f) const
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM audit_log") + kWhere;
    auto q = m_db.prepare(sql.constData());
    bindFilters(*q, f);
    return q->step() ? q->int64(0) : 0;
}

} // namespace peyvand
