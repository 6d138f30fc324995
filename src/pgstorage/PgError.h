#pragma once
// A PostgreSQL statement or connection that failed after connecting: carries
// the server's SQLSTATE (e.g. "40001" serialization failure, "40P01"
// deadlock, "08006" connection lost) so callers can retry or explain. It is a
// DatabaseError, so the desktop app's DatabaseErrorText handles it like a
// SQLite failure. Refusals a person can act on at connect time (wrong URL,
// password, unreachable server, newer schema) are ValidationErrors instead.
#include "DatabaseError.h"

#include <QByteArray>
#include <QString>

struct pg_conn;
struct pg_result;

namespace peyvand {

class PgError : public DatabaseError
{
public:
    PgError(const QString &message, QByteArray sqlState = {});

    // From a failed result (its SQLSTATE and primary message), naming what was attempted.
    static PgError fromResult(const pg_result *result, const pg_conn *conn, const QString &what);

    const QByteArray &sqlState() const { return m_sqlState; }
    // 40001 (serialization failure) or 40P01 (deadlock): the transaction may simply be run again.
    bool isRetryable() const;
    // Class 08 (connection exception), or a connection that broke without a SQLSTATE.
    bool isConnectionLost() const;
    // 42501: the server refused for lack of a privilege or by row-level security.
    bool isPermissionDenied() const { return m_sqlState == "42501"; }

private:
    QByteArray m_sqlState;
};

} // namespace peyvand
