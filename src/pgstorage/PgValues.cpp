#include "PgValues.h"

#include "PgResult.h"
#include "PgStatement.h"

namespace peyvand::PgValues {

void bindTime(PgStatement &q, int index, const QDateTime &value)
{
    if (value.isValid())
        q.bind(index, qint64(value.toSecsSinceEpoch()));
    else
        q.bindNull(index);
}

void bindDate(PgStatement &q, int index, const QDate &value)
{
    if (value.isValid())
        q.bind(index, value.toString(Qt::ISODate));
    else
        q.bindNull(index);
}

void bindId(PgStatement &q, int index, qint64 id)
{
    if (id)
        q.bind(index, id);
    else
        q.bindNull(index);
}

void bindId(PgStatement &q, int index, const std::optional<qint64> &id)
{
    if (id)
        q.bind(index, *id);
    else
        q.bindNull(index);
}

void bindText(PgStatement &q, int index, const QString &value)
{
    if (value.isEmpty())
        q.bindNull(index);
    else
        q.bind(index, value);
}

void bindLimit(PgStatement &q, int index, qint64 limit)
{
    if (limit < 0)
        q.bindNull(index);
    else
        q.bind(index, limit);
}

QDateTime time(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return {};
    return QDateTime::fromSecsSinceEpoch(r.int64(row, column), Qt::UTC);
}

QDate date(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? QDate() : QDate::fromString(r.text(row, column), Qt::ISODate);
}

std::optional<qint64> optionalInt64(const PgResult &r, int row, int column)
{
    if (r.isNull(row, column))
        return std::nullopt;
    return r.int64(row, column);
}

} // namespace peyvand::PgValues
