#include "PgError.h"

#include <libpq-fe.h>

namespace peyvand {

PgError::PgError(const QString &message, QByteArray sqlState)
    : DatabaseError(message)
    , m_sqlState(std::move(sqlState))
{
}

PgError PgError::fromResult(const pg_result *result, const pg_conn *conn, const QString &what)
{
    QByteArray state;
    QString message;
    if (result) {
        state = QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)).trimmed();
    }
    if (message.isEmpty() && conn)
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    if (state.isEmpty() && conn && PQstatus(conn) == CONNECTION_BAD)
        state = QByteArrayLiteral("08006");
    return PgError(QStringLiteral("%1: %2%3")
                       .arg(what, message,
                            state.isEmpty() ? QString() : QStringLiteral(" (SQLSTATE %1)").arg(QLatin1String(state))),
                   state);
}

bool PgError::isRetryable() const
{
    return m_sqlState == "40001" || m_sqlState == "40P01";
}

bool PgError::isConnectionLost() const
{
    return m_sqlState.startsWith("08") || m_sqlState == "57P01" || m_sqlState == "57P02" || m_sqlState == "57P03";
}

} // namespace peyvand
