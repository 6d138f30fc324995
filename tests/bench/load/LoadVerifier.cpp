#include "LoadVerifier.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace peyvand::load {

namespace {

QHash<qint64, qint64> pairs(PgConnection &c, const QString &sql)
{
    QHash<qint64, qint64> map;
    const PgResult r = c.prepare(sql).exec();
    for (int i = 0; i < r.rows(); ++i)
        map.insert(r.int64(i, 0), r.int64(i, 1));
    return map;
}

struct AuditChange
{
    qint64 userId = 0;
    QString value; // stage id or status
};

using Key = QPair<qint64, qint64>; // record id, version

void fail(LoadVerdict &v, const QString &message)
{
    if (v.failures.size() < 100)
        v.failures.append(message);
    else if (v.failures.size() == 100)
        v.failures.append(QStringLiteral("… more failures not listed"));
}

// Checks the deals' or orders' changes: acknowledged ones in the audit at
// their version, unknown ones resolved, counts of versions and history rows.
void verifyChanges(LoadVerdict &v, Op op, const char *entity, const QHash<Key, QList<AuditChange>> &audit,
                   const QHash<qint64, qint64> &baseVersion, const QHash<qint64, qint64> &version,
                   const QHash<qint64, qint64> &baseHistory, const QHash<qint64, qint64> &history,
                   const QList<LoadRecord> &records)
{
    QHash<qint64, qint64> expected; // record id -> changes acknowledged + unknown that committed
    QSet<Key> claimed;
    for (auto it = audit.begin(); it != audit.end(); ++it)
        if (it.value().size() > 1)
            fail(v,
                 QStringLiteral("%1 %2: version %3 was written %4 times (a lost update)")
                     .arg(QLatin1String(entity))
                     .arg(it.key().first)
                     .arg(it.key().second)
                     .arg(it.value().size()));
    for (const LoadRecord &r : records) {
        for (const Write &w : r.acknowledged) {
            if (w.op != op)
                continue;
            ++v.acknowledgedChecked;
            const Key key { w.id, w.version };
            const auto found = audit.constFind(key);
            if (found == audit.constEnd() || found->isEmpty())
                fail(v,
                     QStringLiteral("%1 %2: the acknowledged change to version %3 (%4, by %5) is not in the "
                                    "database (lost)")
                         .arg(QLatin1String(entity))
                         .arg(w.id)
                         .arg(w.version)
                         .arg(w.value, r.username));
            else if (found->first().value != w.value || found->first().userId != w.userId)
                fail(v,
                     QStringLiteral("%1 %2 version %3: acknowledged %4 by user %5, stored %6 by user %7")
                         .arg(QLatin1String(entity))
                         .arg(w.id)
                         .arg(w.version)
                         .arg(w.value)
                         .arg(w.userId)
                         .arg(found->first().value)
                         .arg(found->first().userId));
            if (claimed.contains(key))
                fail(v,
                     QStringLiteral("%1 %2: version %3 acknowledged twice (a lost update)")
                         .arg(QLatin1String(entity))
                         .arg(w.id)
                         .arg(w.version));
            claimed.insert(key);
            ++expected[w.id];
        }
    }
    // Then the unknown outcomes: committed when their version is in the audit, by them, and nobody was told it.
    for (const LoadRecord &r : records) {
        for (const Write &w : r.unknown) {
            if (w.op != op)
                continue;
            const Key key { w.id, w.version + 1 };
            const auto found = audit.constFind(key);
            const bool committed = found != audit.constEnd() && !found->isEmpty() && found->first().userId == w.userId
                && found->first().value == w.value && !claimed.contains(key);
            if (committed) {
                claimed.insert(key);
                ++expected[w.id];
                ++v.unknownCommitted;
            } else {
                ++v.unknownNotCommitted;
            }
            v.unknownDetails.append(
                QStringLiteral("%1 %2 at version %3, to %4 %5, by %6: %7")
                    .arg(QLatin1String(entity))
                    .arg(w.id)
                    .arg(w.version)
                    .arg(op == Op::Move ? QStringLiteral("stage") : QStringLiteral("status"), w.value, r.username,
                         committed ? QStringLiteral("committed") : QStringLiteral("not committed")));
        }
    }
    for (auto it = audit.begin(); it != audit.end(); ++it)
        if (!claimed.contains(it.key()))
            fail(v,
                 QStringLiteral("%1 %2: version %3 was written but no worker was told so nor lost the commit")
                     .arg(QLatin1String(entity))
                     .arg(it.key().first)
                     .arg(it.key().second));
    for (auto it = version.begin(); it != version.end(); ++it) {
        const qint64 id = it.key();
        const qint64 grew = it.value() - baseVersion.value(id);
        const qint64 rows = history.value(id) - baseHistory.value(id);
        const qint64 want = expected.value(id);
        if (grew != want || rows != want)
            fail(v,
                 QStringLiteral("%1 %2: version grew by %3 and its history by %4 rows, but %5 changes were "
                                "acknowledged or committed")
                     .arg(QLatin1String(entity))
                     .arg(id)
                     .arg(grew)
                     .arg(rows)
                     .arg(want));
    }
}

} // namespace

LoadBaseline LoadVerifier::baseline(PgConnection &c)
{
    LoadBaseline b;
    b.auditId = c.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).exec().int64(0, 0);
    b.dealVersion = pairs(c, QStringLiteral("SELECT id, version FROM deals"));
    b.dealHistory = pairs(c, QStringLiteral("SELECT deal_id, count(*) FROM deal_stage_history GROUP BY deal_id"));
    b.orderVersion = pairs(c, QStringLiteral("SELECT id, version FROM orders"));
    b.orderHistory = pairs(c, QStringLiteral("SELECT order_id, count(*) FROM order_status_history GROUP BY order_id"));
    return b;
}

LoadVerdict LoadVerifier::verify(PgConnection &c, const LoadBaseline &b, const QList<LoadRecord> &records)
{
    LoadVerdict v;
    // Activities: each token at most once; acknowledged ones stored as written, with their audit entry.
    QHash<QString, QList<QPair<qint64, qint64>>> byToken; // token -> (id, customer)
    {
        const PgResult r = c.prepare(QStringLiteral("SELECT id, customer_id, notes FROM activities WHERE notes LIKE "
                                                    "'load w%'"))
                               .exec();
        for (int i = 0; i < r.rows(); ++i)
            byToken[r.text(i, 2)].append({ r.int64(i, 0), r.int64(i, 1) });
    }
    QSet<qint64> audited;
    {
        auto q = c.prepare(QStringLiteral("SELECT entity_id FROM audit_log WHERE id > $1 AND entity = 'activity' AND "
                                          "action = 'create'"));
        q.bind(1, b.auditId);
        const PgResult r = q.exec();
        for (int i = 0; i < r.rows(); ++i)
            audited.insert(r.int64(i, 0));
    }
    QSet<QString> known;
    for (const LoadRecord &rec : records) {
        for (const Write &w : rec.acknowledged) {
            if (w.op != Op::Log)
                continue;
            ++v.acknowledgedChecked;
            known.insert(w.value);
            const auto rows = byToken.value(w.value);
            if (rows.isEmpty() || rows.first().first != w.id || rows.first().second != w.customerId)
                fail(v,
                     QStringLiteral("activity %1 (%2): acknowledged but not stored as written (lost)")
                         .arg(w.id)
                         .arg(w.value));
            if (!audited.contains(w.id))
                fail(v, QStringLiteral("activity %1: no audit entry").arg(w.id));
        }
        for (const Write &w : rec.unknown) {
            if (w.op != Op::Log)
                continue;
            known.insert(w.value);
            const bool committed = !byToken.value(w.value).isEmpty();
            ++(committed ? v.unknownCommitted : v.unknownNotCommitted);
            v.unknownDetails.append(
                QStringLiteral("activity \"%1\" by %2: %3")
                    .arg(w.value, rec.username,
                         committed ? QStringLiteral("committed") : QStringLiteral("not committed")));
        }
    }
    for (auto it = byToken.begin(); it != byToken.end(); ++it) {
        if (it.value().size() > 1)
            fail(v, QStringLiteral("activity \"%1\" stored %2 times").arg(it.key()).arg(it.value().size()));
        if (!known.contains(it.key()))
            fail(v, QStringLiteral("activity \"%1\" stored, but its worker was told it failed").arg(it.key()));
    }

    // Deal moves and order status changes, through the audit trail's new values.
    QHash<Key, QList<AuditChange>> deals, orders;
    {
        auto q = c.prepare(QStringLiteral("SELECT entity, entity_id, coalesce(user_id, 0), new_values::text FROM "
                                          "audit_log WHERE id > $1 AND ((entity = 'deal' AND action IN "
                                          "('move_stage', 'win', 'lose')) OR (entity = 'order' AND action = "
                                          "'status'))"));
        q.bind(1, b.auditId);
        const PgResult r = q.exec();
        for (int i = 0; i < r.rows(); ++i) {
            const QJsonObject values = QJsonDocument::fromJson(r.text(i, 3).toUtf8()).object();
            const bool deal = r.text(i, 0) == QLatin1String("deal");
            const Key key { r.int64(i, 1), values.value("version").toInteger() };
            const QString value
                = deal ? QString::number(values.value("stage_id").toInteger()) : values.value("status").toString();
            (deal ? deals : orders)[key].append(AuditChange { r.int64(i, 2), value });
        }
    }
    verifyChanges(v, Op::Move, "deal", deals, b.dealVersion, pairs(c, QStringLiteral("SELECT id, version FROM deals")),
                  b.dealHistory,
                  pairs(c, QStringLiteral("SELECT deal_id, count(*) FROM deal_stage_history GROUP BY deal_id")),
                  records);
    verifyChanges(v, Op::Status, "order", orders, b.orderVersion,
                  pairs(c, QStringLiteral("SELECT id, version FROM orders")), b.orderHistory,
                  pairs(c, QStringLiteral("SELECT order_id, count(*) FROM order_status_history GROUP BY order_id")),
                  records);
    return v;
}

} // namespace peyvand::load
