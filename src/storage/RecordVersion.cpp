#include "RecordVersion.h"

#include "ConcurrentChangeError.h"
#include "SqliteDatabase.h"

namespace peyvand::RecordVersion {

qint64 stepUpdate(SqliteDatabase &db, SqliteStatement &update, const Table &table, qint64 id)
{
    if (!update.step())
        refuse(db, table, id);
    const qint64 version = update.int64(0);
    update.reset();
    return version;
}

void refuse(SqliteDatabase &db, const Table &table, qint64 id)
{
    const QByteArray sql = QByteArray("SELECT 1 FROM ") + table.name + " WHERE id = ?";
    auto q = db.prepare(sql.constData());
    q->bind(1, id);
    const bool exists = q->step();
    const QString entity = QString::fromLatin1(table.entity);
    if (!exists)
        throw NotFoundError(entity + QStringLiteral("_id"), entity, QString::number(id));
    throw ConcurrentChangeError(entity, id);
}

qint64 bump(SqliteDatabase &db, const Table &table, qint64 id, qint64 expected)
{
    const QByteArray sql = QByteArray("UPDATE ") + table.name
        + " SET version = version + 1 WHERE id = ?1 AND (?2 = 0 OR version = ?2) RETURNING version";
    auto q = db.prepare(sql.constData());
    q->bind(1, id).bind(2, expected);
    return stepUpdate(db, *q, table, id);
}

} // namespace peyvand::RecordVersion
