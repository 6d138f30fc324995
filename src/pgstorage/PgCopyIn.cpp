#include "PgCopyIn.h"

#include "PgConnection.h"
#include "PgError.h"
#include "PgResult.h"

#include <libpq-fe.h>
#include <optional>

namespace peyvand::PgCopyIn {

namespace {

// Data is sent in pieces of this size (libpq queues each one).
constexpr qsizetype kPiece = 1 << 20;

// Reads every result left on the connection; the first failure is thrown.
void drain(PgConnection &connection, const QString &what)
{
    std::optional<PgError> error;
    while (PGresult *raw = PQgetResult(connection.handle())) {
        const ExecStatusType status = PQresultStatus(raw);
        if (status != PGRES_COMMAND_OK && !error)
            error = PgError::fromResult(raw, connection.handle(), what);
        PgResult owned(raw); // freed here
    }
    if (error)
        throw *error;
}

} // namespace

void run(PgConnection &connection, const QByteArray &copySql, const QByteArray &lines)
{
    const QString what = QString::fromUtf8(copySql.left(120));
    pg_conn *conn = connection.handle();
    {
        PGresult *raw = PQexec(conn, copySql.constData());
        const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
        if (status != PGRES_COPY_IN) {
            const PgError error = PgError::fromResult(raw, conn, what);
            PgResult owned(raw);
            throw error;
        }
        PgResult owned(raw);
    }
    const char *failure = nullptr;
    for (qsizetype at = 0; at < lines.size() && !failure; at += kPiece) {
        const int n = int(std::min(kPiece, lines.size() - at));
        if (PQputCopyData(conn, lines.constData() + at, n) != 1)
            failure = "sending COPY data failed";
    }
    if (PQputCopyEnd(conn, failure) != 1 && !failure)
        failure = "ending COPY failed";
    drain(connection, what);
    if (failure)
        throw PgError(QStringLiteral("%1: %2: %3")
                          .arg(what, QLatin1String(failure), QString::fromUtf8(PQerrorMessage(conn)).trimmed()),
                      PQstatus(conn) == CONNECTION_BAD ? QByteArrayLiteral("08006") : QByteArray());
}

} // namespace peyvand::PgCopyIn
