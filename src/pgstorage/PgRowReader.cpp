#include "PgRowReader.h"

#include "PgResult.h"

namespace peyvand {

bool PgRowReader::isNull(int column) const
{
    return m_result.isNull(m_row, column);
}

qint64 PgRowReader::int64(int column) const
{
    return m_result.int64(m_row, column);
}

QString PgRowReader::text(int column) const
{
    return m_result.text(m_row, column);
}

bool PgRowReader::boolean(int column) const
{
    return m_result.boolean(m_row, column);
}

QDateTime PgRowReader::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromSecsSinceEpoch(int64(column), Qt::UTC);
}

QDate PgRowReader::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

std::optional<qint64> PgRowReader::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

QByteArray PgRowReader::json(int column) const
{
    return m_result.json(m_row, column);
}

} // namespace peyvand
