#include "PgStatement.h"

#include "PgConnection.h"
#include "PgError.h"
#include "PgResult.h"
#include "PgTypes.h"

#include <libpq-fe.h>

namespace peyvand {

PgStatement::PgStatement(PgConnection &connection, QByteArray sql)
    : m_connection(connection)
    , m_sql(std::move(sql))
{
}

PgStatement::Param &PgStatement::slot(int index)
{
    if (index < 1 || index > 65535)
        throw PgError(QStringLiteral("parameter $%1 out of range").arg(index));
    if (static_cast<size_t>(index) > m_params.size())
        m_params.resize(index);
    return m_params[index - 1];
}

PgStatement &PgStatement::bind(int index, qint64 value)
{
    slot(index) = Param { PgTypes::kInt8, QByteArray::number(value), false, false };
    return *this;
}

PgStatement &PgStatement::bind(int index, const QString &value)
{
    slot(index) = Param { PgTypes::kText, value.toUtf8(), false, false };
    return *this;
}

PgStatement &PgStatement::bind(int index, bool value)
{
    slot(index) = Param { PgTypes::kBool, value ? QByteArrayLiteral("t") : QByteArrayLiteral("f"), false, false };
    return *this;
}

PgStatement &PgStatement::bindNull(int index)
{
    slot(index) = Param {};
    return *this;
}

PgStatement &PgStatement::bindBytes(int index, const QByteArray &value)
{
    slot(index) = Param { PgTypes::kBytea, value, false, true };
    return *this;
}

PgStatement &PgStatement::bindJson(int index, const QByteArray &json)
{
    slot(index) = Param { PgTypes::kJson, json, false, false };
    return *this;
}

PgResult PgStatement::exec()
{
    // Outside a transaction a session lost earlier (a server restart) is
    // replaced before sending; a read that finds it lost is sent once more on a
    // new one. A write is not: whether the server applied it is unknown.
    const bool idle = !m_connection.inTransaction();
    if (idle && !m_connection.isConnected())
        m_connection.reconnect();
    try {
        return execOnce();
    } catch (const PgError &e) {
        if (!idle || !e.isConnectionLost() || !isRead())
            throw;
        m_connection.reconnect();
        return execOnce();
    }
}

bool PgStatement::isRead() const
{
    const QByteArray head = m_sql.trimmed().left(6).toUpper();
    return head.startsWith("SELECT") || head.startsWith("WITH");
}

PgResult PgStatement::execOnce()
{
    const int n = static_cast<int>(m_params.size());
    std::vector<unsigned int> types(n);
    std::vector<const char *> values(n);
    std::vector<int> lengths(n);
    std::vector<int> formats(n);
    QByteArray typeKey;
    for (int i = 0; i < n; ++i) {
        const Param &p = m_params[i];
        types[i] = p.type;
        values[i] = p.null ? nullptr : p.value.constData();
        lengths[i] = static_cast<int>(p.value.size());
        formats[i] = p.binary ? 1 : 0;
        typeKey += QByteArray::number(p.type) + ',';
    }
    const QByteArray name = m_connection.preparedName(m_sql, typeKey, n, types.data());
    PGresult *raw
        = PQexecPrepared(m_connection.handle(), name.constData(), n, values.data(), lengths.data(), formats.data(), 0);
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw PgError::fromResult(raw, m_connection.handle(), QString::fromUtf8(m_sql.left(200)));
    return result;
}

qint64 PgStatement::run()
{
    return exec().affectedRows();
}

void PgStatement::appendCopyLine(QByteArray &out) const
{
    bool first = true;
    for (const Param &p : m_params) {
        if (!first)
            out += '\t';
        first = false;
        if (p.null) {
            out += "\\N";
            continue;
        }
        if (p.binary)
            throw PgError(QStringLiteral("a binary parameter cannot be written by COPY in text format"));
        const char *data = p.value.constData();
        const qsizetype size = p.value.size();
        qsizetype plain = 0; // the start of the run not yet copied
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            const char *escape = c == '\\' ? "\\\\"
                : c == '\t'                ? "\\t"
                : c == '\n'                ? "\\n"
                : c == '\r'                ? "\\r"
                                           : nullptr;
            if (!escape)
                continue;
            out.append(data + plain, i - plain);
            out += escape;
            plain = i + 1;
        }
        out.append(data + plain, size - plain);
    }
    out += '\n';
}

} // namespace peyvand
