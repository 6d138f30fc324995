#pragma once
// One connection to a PostgreSQL server (RAII over libpq's PGconn).
//
// Connecting checks the URL first (PgUrl) and turns libpq's failures into a
// ValidationError a person can act on, in English and Persian: field "server"
// code "unreachable" (nothing answers within the timeout), field "password"
// code "auth_failed" (wrong or missing password, unknown user), field
// "database" code "no_database". Everything after connecting throws PgError.
// Statements are prepared once per connection and cached by their SQL and
// parameter types (PgStatement). One connection belongs to one thread at a
// time (libpq's rule); workers open their own.
#include "PgUrl.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <chrono>

struct pg_conn;

namespace peyvand {

class PgResult;
class PgStatement;

class PgConnection
{
public:
    static constexpr int kDefaultConnectTimeoutSeconds = 10;

    explicit PgConnection(const QString &url, int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds);
    explicit PgConnection(const PgUrl &url, int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    const PgUrl &url() const { return m_url; }
    pg_conn *handle() const { return m_conn; }

    // Runs SQL without parameters (several statements allowed); throws PgError.
    void exec(const QString &sql);
    // Prepares (or reuses) a statement; bind its $1, $2… and exec() it.
    PgStatement prepare(const QString &sql);
    // True between BEGIN and COMMIT/ROLLBACK (also after a failed statement in it).
    bool inTransaction() const;
    // e.g. 150018 for 15.18.
    int serverVersion() const;
    // The server process serving this session (pg_backend_pid()); a new one
    // after reconnect(), 0 while not connected. Change notices carry the
    // writer's (PgChangeNotices), so a program can tell its own changes.
    int backendPid() const;
    // False once the server ended the session or the network dropped it.
    bool isConnected() const;
    // Connects again with the same URL (after a server restart, say): the
    // refusals are the constructor's; statements are prepared anew on next use.
    // What the lost session had not committed is gone: whether its last
    // COMMIT went through is unknown, so the caller decides what to redo.
    void reconnect();
    // reconnect(), trying again while the server does not answer (it is
    // restarting) until `wait` has passed; then the last refusal is thrown.
    void reconnectWithin(std::chrono::milliseconds wait);
    // How many times a new session replaced a lost one (reconnect() that succeeded).
    int reconnectCount() const { return m_reconnects; }

    // For PgStatement: the name of the prepared statement for this SQL and these
    // parameter types, preparing it on first use.
    QByteArray preparedName(const QByteArray &sql, const QByteArray &typeKey, int paramCount,
                            const unsigned int *types);

private:
    void connect();

    PgUrl m_url;
    int m_connectTimeoutSeconds;
    pg_conn *m_conn = nullptr;
    int m_reconnects = 0;
    QHash<QByteArray, QByteArray> m_prepared;
};

} // namespace peyvand
