#include "PgResult.h"

#include "PgError.h"
#include "PgTypes.h"

#include <libpq-fe.h>
#include <utility>

namespace peyvand {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

QString PgResult::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result, column));
}

int PgResult::column(const char *name) const
{
    const int index = m_result ? PQfnumber(m_result, name) : -1;
    if (index < 0)
        throw PgError(QStringLiteral("the result has no column \"%1\"").arg(QString::fromUtf8(name)));
    return index;
}

qint64 PgResult::affectedRows() const
{
    const char *n = m_result ? PQcmdTuples(m_result) : "";
    return *n ? QByteArray(n).toLongLong() : 0;
}

void PgResult::check(int row, int column, std::initializer_list<unsigned int> accepted, const char *what) const
{
    if (row < 0 || row >= rows() || column < 0 || column >= columns())
        throw PgError(QStringLiteral("no cell (%1, %2) in a result of %3 rows and %4 columns")
                          .arg(row)
                          .arg(column)
                          .arg(rows())
                          .arg(columns()));
    const unsigned int type = PQftype(m_result, column);
    for (const unsigned int ok : accepted) {
        if (type == ok)
            return;
    }
    throw PgError(QStringLiteral("column %1 (\"%2\") is %3, read as %4")
                      .arg(column)
                      .arg(columnName(column), PgTypes::nameOf(type), QLatin1String(what)));
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

qint64 PgResult::int64(int row, int column) const
{
    check(row, column, { PgTypes::kInt8, PgTypes::kInt4, PgTypes::kInt2, PgTypes::kNumeric }, "an integer");
    if (isNull(row, column))
        return 0;
    bool ok = false;
    const qint64 value = QByteArray(PQgetvalue(m_result, row, column)).toLongLong(&ok);
    if (!ok) // numeric (e.g. sum() of bigint) that is not a whole 64-bit number
        throw PgError(QStringLiteral("column %1 (\"%2\") holds %3, not a 64-bit integer")
                          .arg(column)
                          .arg(columnName(column), QString::fromUtf8(PQgetvalue(m_result, row, column))));
    return value;
}

QString PgResult::text(int row, int column) const
{
    check(row, column, { PgTypes::kText, PgTypes::kVarchar, PgTypes::kName, PgTypes::kJson, PgTypes::kJsonb }, "text");
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

bool PgResult::boolean(int row, int column) const
{
    check(row, column, { PgTypes::kBool }, "a boolean");
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

QByteArray PgResult::bytes(int row, int column) const
{
    check(row, column, { PgTypes::kBytea }, "bytes");
    if (isNull(row, column))
        return {};
    size_t length = 0;
    unsigned char *raw
        = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, row, column)), &length);
    if (!raw)
        throw PgError(QStringLiteral("out of memory reading a bytea column"));
    QByteArray value(reinterpret_cast<const char *>(raw), static_cast<qsizetype>(length));
    PQfreemem(raw);
    return value;
}

QByteArray PgResult::json(int row, int column) const
{
    check(row, column, { PgTypes::kJson, PgTypes::kJsonb }, "JSON");
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

} // namespace peyvand
