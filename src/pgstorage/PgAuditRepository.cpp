#include "PgAuditRepository.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgValues.h"

#include <QStringList>
#include <functional>
#include <type_traits>

namespace peyvand {

namespace {

// The WHERE clause for the filters present, its parameters numbered $1… in
// order, and how to bind them.
struct AuditFilter
{
    QString where;
    int count = 0;
    std::vector<std::function<void(PgStatement &)>> binds;

    explicit AuditFilter(const AuditQuery &f)
    {
        QStringList terms;
        const auto add = [&](const char *column, const char *op, auto value) {
            const int index = ++count;
            terms << QStringLiteral("%1 %2 $%3").arg(QLatin1String(column), QLatin1String(op)).arg(index);
            binds.emplace_back([index, value](PgStatement &q) {
                if constexpr (std::is_same_v<decltype(value), QDateTime>)
                    PgValues::bindTime(q, index, value);
                else
                    q.bind(index, value);
            });
        };
        if (!f.entity.isEmpty())
            add("entity", "=", f.entity);
        if (f.entityId != 0)
            add("entity_id", "=", f.entityId);
        if (f.userId != 0)
            add("user_id", "=", f.userId);
        if (!f.action.isEmpty())
            add("action", "=", f.action);
        if (f.from.isValid())
            add("at", ">=", f.from);
        if (f.to.isValid())
            add("at", "<", f.to);
        if (f.beforeId != 0)
            add("id", "<", f.beforeId);
        if (!terms.isEmpty())
            where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }

    void bind(PgStatement &q) const
    {
        for (const auto &bindOne : binds)
            bindOne(q);
    }
};

} // namespace

qint64 PgAuditRepository::add(const AuditEntry &e)
{
    auto q = m_connection.prepare(
        // No RETURNING: roles that append to the trail may not read it (row-level
        // security would refuse the returned row), so the id is taken first.
        QStringLiteral(
            "WITH n AS (SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id), "
            "i AS (INSERT INTO audit_log(id, at, user_id, action, entity, entity_id, old_values, new_values)"
            " SELECT n.id, $1::bigint, $2::bigint, $3::text, $4::text, $5::bigint, $6::json, $7::json FROM n) "
            "SELECT id FROM n"));
    PgValues::bindTime(q, 1, e.at);
    PgValues::bindId(q, 2, e.userId);
    q.bind(3, e.action);
    q.bind(4, e.entity);
    PgValues::bindId(q, 5, e.entityId);
    if (e.oldValues.isEmpty())
        q.bindNull(6);
    else
        q.bindJson(6, e.oldValues);
    if (e.newValues.isEmpty())
        q.bindNull(7);
    else
        q.bindJson(7, e.newValues);
    return q.exec().int64(0, 0);
}

QList<AuditEntry> PgAuditRepository::list(const AuditQuery &f) const
{
    const AuditFilter filter(f);
    auto q = m_connection.prepare(
        QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, old_values, new_values FROM audit_log")
        + filter.where + QStringLiteral(" ORDER BY id DESC LIMIT $%1").arg(filter.count + 1));
    filter.bind(q);
    PgValues::bindLimit(q, filter.count + 1, f.limit);
    const PgResult r = q.exec();
    QList<AuditEntry> out;
    for (int i = 0; i < r.rows(); ++i) {
        AuditEntry e;
        e.id = r.int64(i, 0);
        e.at = PgValues::time(r, i, 1);
        e.userId = PgValues::optionalInt64(r, i, 2).value_or(0);
        e.action = r.text(i, 3);
        e.entity = r.text(i, 4);
        e.entityId = PgValues::optionalInt64(r, i, 5).value_or(0);
        e.oldValues = r.isNull(i, 6) ? QByteArray() : r.json(i, 6);
        e.newValues = r.isNull(i, 7) ? QByteArray() : r.json(i, 7);
        out << e;
    }
    return out;
}

qint64 PgAuditRepository::countWhere(const AuditQuery &f, qint64 limit) const
{
    AuditQuery all = f;
    all.beforeId = 0;
    const AuditFilter filter(all);
    const QString sql = limit > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_log") + filter.where
            + QStringLiteral(" LIMIT $%1) bounded").arg(filter.count + 1)
                                  : QStringLiteral("SELECT count(*) FROM audit_log") + filter.where;
    auto q = m_connection.prepare(sql);
    filter.bind(q);
    if (limit > 0)
        q.bind(filter.count + 1, limit);
    return q.exec().int64(0, 0);
}

qint64 PgAuditRepository::count(const AuditQuery &f) const
{
    return countWhere(f, 0);
}

qint64 PgAuditRepository::countAtMost(const AuditQuery &f, qint64 limit) const
{
    return countWhere(f, std::max<qint64>(limit, 1));
}

} // namespace peyvand
