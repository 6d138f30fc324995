#include "SqliteAuditRepository.h"

#include "SqliteDatabase.h"

#include <QByteArrayList>

namespace peyvand {

namespace {

// Which index a list walks. Free: let SQLite choose (counting needs no order).
enum class Plan { Free, Record, User, Time, Newest };

// A period with fewer matching entries than this is listed through the (at, id)
// index and sorted; a wider one by walking the table newest first.
constexpr qint64 kNarrowPeriod = 20000;

bool hasRecord(const AuditQuery &f)
{
    return !f.entity.isEmpty() && f.entityId != 0;
}

bool hasPeriod(const AuditQuery &f)
{
    return f.from.isValid() || f.to.isValid();
}

// The WHERE clause for the filters present. Parameters keep fixed numbers
// (?1 entity … ?7 beforeId) so bindFilters binds by the same rule. A column
// written `+column` is compared row by row, never looked up by its index.
QByteArray where(const AuditQuery &f, Plan plan)
{
    const bool free = plan == Plan::Free;
    const auto column = [](const char *name, bool indexed) { return QByteArray(indexed ? "" : "+") + name; };
    QByteArrayList terms;
    if (!f.entity.isEmpty())
        terms << column("entity", free || plan == Plan::Record) + " = ?1";
    if (f.entityId != 0)
        terms << column("entity_id", free || plan == Plan::Record) + " = ?2";
    if (f.userId != 0)
        terms << column("user_id", free || plan == Plan::User) + " = ?3";
    if (!f.action.isEmpty())
        terms << column("action", free) + " = ?4";
    if (f.from.isValid())
        terms << column("at", free || plan == Plan::Time) + " >= ?5";
    if (f.to.isValid())
        terms << column("at", free || plan == Plan::Time) + " < ?6";
    if (f.beforeId != 0)
        terms << column("id", plan != Plan::Time) + " < ?7";
    return terms.isEmpty() ? QByteArray() : " WHERE " + terms.join(" AND ");
}

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
    if (f.from.isValid())
        q.bind(5, f.from);
    if (f.to.isValid())
        q.bind(6, f.to);
    if (f.beforeId != 0)
        q.bind(7, f.beforeId);
}

// Counts matches of `f` (beforeId included when set), up to `limit` (0: all),
// walking the index `plan` names (Free: SQLite's choice).
qint64 countWhere(SqliteDatabase &db, const AuditQuery &f, qint64 limit, Plan plan = Plan::Free)
{
    const QByteArray sql = limit > 0 ? "SELECT count(*) FROM (SELECT 1 FROM audit_log" + where(f, plan) + " LIMIT ?8)"
                                     : "SELECT count(*) FROM audit_log" + where(f, plan);
    auto q = db.prepare(sql.constData());
    bindFilters(*q, f);
    if (limit > 0)
        q->bind(8, limit);
    return q->step() ? q->int64(0) : 0;
}

// The index a list of `f` walks.
Plan listPlan(SqliteDatabase &db, const AuditQuery &f)
{
    if (hasRecord(f))
        return Plan::Record;
    if (f.userId != 0)
        return Plan::User;
    if (hasPeriod(f)) {
        AuditQuery period;
        period.from = f.from;
        period.to = f.to;
        if (countWhere(db, period, kNarrowPeriod) < kNarrowPeriod)
            return Plan::Time;
    }
    return Plan::Newest;
}

// Counting needs no order: the list's index, except that without one a
// covering index (entity, at) serves — but not with an action, which no index
// holds: looking each row up from another index costs more than reading the table.
Plan countPlan(SqliteDatabase &db, const AuditQuery &f)
{
    const Plan plan = listPlan(db, f);
    if (plan == Plan::Newest && f.action.isEmpty())
        return Plan::Free;
    return plan;
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
    const Plan plan = listPlan(m_db, f);
    const QByteArray sql = "SELECT id, at, user_id, action, entity, entity_id, old_values, new_values FROM audit_log"
        + where(f, plan) + " ORDER BY id DESC LIMIT ?8";
    auto q = m_db.prepare(sql.constData());
    bindFilters(*q, f);
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
    AuditQuery all = f;
    all.beforeId = 0;
    return countWhere(m_db, all, 0, countPlan(m_db, all));
}

qint64 SqliteAuditRepository::countAtMost(const AuditQuery &f, qint64 limit) const
{
    AuditQuery all = f;
    all.beforeId = 0;
    return countWhere(m_db, all, std::max<qint64>(limit, 1), countPlan(m_db, all));
}

} // namespace peyvand
