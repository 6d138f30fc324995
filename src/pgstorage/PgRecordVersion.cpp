#include "PgRecordVersion.h"

#include "ConcurrentChangeError.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand::PgRecordVersion {

qint64 runUpdate(PgConnection &db, PgStatement &update, const Table &table, qint64 id)
{
    const PgResult r = update.exec();
    if (r.rows() == 0)
        refuse(db, table, id);
    return r.int64(0, 0);
}

void refuse(PgConnection &db, const Table &table, qint64 id)
{
    auto q = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = $1").arg(QLatin1String(table.name)));
    q.bind(1, id);
    const bool exists = q.exec().rows() > 0;
    const QString entity = QString::fromLatin1(table.entity);
    if (!exists)
        throw NotFoundError(entity + QStringLiteral("_id"), entity, QString::number(id));
    // A row the session sees but may not change (row-level security, a rep on
    // a colleague's record) is hidden from the UPDATE; a locking read applies
    // the same UPDATE policies and tells it from a newer version.
    auto mine
        = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = $1 FOR KEY SHARE").arg(QLatin1String(table.name)));
    mine.bind(1, id);
    if (mine.exec().rows() == 0)
        throw PgError(QStringLiteral("the server refused to change %1 %2 (row-level security: not yours to change)")
                          .arg(entity)
                          .arg(id),
                      QByteArrayLiteral("42501"));
    throw ConcurrentChangeError(entity, id);
}

qint64 bump(PgConnection &db, const Table &table, qint64 id, qint64 expected)
{
    auto q = db.prepare(QStringLiteral("UPDATE %1 SET version = version + 1 "
                                       "WHERE id = $1 AND ($2 = 0 OR version = $2) RETURNING version")
                            .arg(QLatin1String(table.name)));
    q.bind(1, id).bind(2, expected);
    return runUpdate(db, q, table, id);
}

} // namespace peyvand::PgRecordVersion
