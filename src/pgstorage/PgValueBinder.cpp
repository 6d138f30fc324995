#include "PgValueBinder.h"

#include "PgStatement.h"

namespace peyvand {

PgValueBinder &PgValueBinder::bind(int index, qint64 value)
{
    m_statement.bind(index, value);
    return *this;
}

PgValueBinder &PgValueBinder::bind(int index, bool value)
{
    m_statement.bind(index, value);
    return *this;
}

PgValueBinder &PgValueBinder::bind(int index, const QString &value)
{
    m_statement.bind(index, value);
    return *this;
}

PgValueBinder &PgValueBinder::bind(int index, const QDateTime &value)
{
    return value.isValid() ? bind(index, value.toSecsSinceEpoch()) : bindNull(index);
}

PgValueBinder &PgValueBinder::bind(int index, const QDate &value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

PgValueBinder &PgValueBinder::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

PgValueBinder &PgValueBinder::bindNull(int index)
{
    m_statement.bindNull(index);
    return *this;
}

} // namespace peyvand
