#include "PgConnection.h"

#include "PgError.h"
#include "PgStatement.h"
#include "ValidationError.h"

#include <libpq-fe.h>
#include <memory>
#include <spdlog/spdlog.h>
#include <thread>
#include <vector>

namespace peyvand {

namespace {

void logNotice(void *, const char *message)
{
    spdlog::debug("postgresql: {}", QString::fromUtf8(message).trimmed().toStdString());
}

// libpq reports connection failures as text only (no SQLSTATE before the
// session exists); the server's part is English with the default lc_messages.
[[noreturn]] void refuseConnection(pg_conn *conn, const PgUrl &url)
{
    const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    const QString where = url.redacted();
    if (detail.contains(QLatin1String("password authentication failed"))
        || detail.contains(QLatin1String("no password supplied")) || PQconnectionNeedsPassword(conn)
        || (detail.contains(QLatin1String("role \"")) && detail.contains(QLatin1String("does not exist"))))
        throw ValidationError(
            QStringLiteral("password"), QStringLiteral("auth_failed"),
            QStringLiteral("%1: the server refused user \"%2\": wrong or missing password, or no such user (%3)")
                .arg(where, url.user(), detail),
            QStringLiteral("سرور کاربر «%1» را نپذیرفت: رمز عبور نادرست است یا داده نشده، یا چنین کاربری نیست (%2)")
                .arg(url.user(), where));
    if (detail.contains(QLatin1String("permission denied for database")))
        throw ValidationError(
            QStringLiteral("database"), QStringLiteral("no_access"),
            QStringLiteral("%1: user \"%2\" may not connect to database \"%3\" (%4)")
                .arg(where, url.user(), url.database(), detail),
            QStringLiteral("کاربر «%1» اجازهٔ اتصال به پایگاه دادهٔ «%2» را ندارد؛ با مدیر سامانه تماس بگیرید")
                .arg(url.user(), url.database()));
    if (detail.contains(QLatin1String("database \"")) && detail.contains(QLatin1String("does not exist")))
        throw ValidationError(QStringLiteral("database"), QStringLiteral("no_database"),
                              QStringLiteral("%1: the server has no database \"%2\"").arg(where, url.database()),
                              QStringLiteral("پایگاه داده‌ی «%1» روی سرور نیست (%2)")
                                  .arg(url.database(), where));
    throw ValidationError(
        QStringLiteral("server"), QStringLiteral("unreachable"),
        QStringLiteral("%1: cannot reach the PostgreSQL server at %2 port %3 (%4)")
            .arg(where, url.host())
            .arg(url.port())
            .arg(detail),
        QStringLiteral(
            "به سرور PostgreSQL در %1 درگاه %2 نمی‌توان وصل شد؛ نشانی، درگاه و "
            "روشن "
            "بودن سرور را بررسی کنید")
            .arg(url.host())
            .arg(url.port()));
}

} // namespace

PgConnection::PgConnection(const QString &url, int connectTimeoutSeconds)
    : m_url(PgUrl::parse(url))
    , m_connectTimeoutSeconds(connectTimeoutSeconds)
{
    connect();
}

PgConnection::PgConnection(const PgUrl &url, int connectTimeoutSeconds)
    : m_url(url)
    , m_connectTimeoutSeconds(connectTimeoutSeconds)
{
    connect();
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void PgConnection::connect()
{
    if (m_url.user().isEmpty()) // the server's address only: someone must sign in
        throw ValidationError(
            QStringLiteral("user"), QStringLiteral("required"),
            QStringLiteral("%1: no user to connect as; sign in with a username and password").arg(m_url.redacted()),
            QStringLiteral("برای وصل شدن به سرور، با نام کاربری و رمز عبور وارد شوید"));
    const QByteArray host = m_url.host().toUtf8();
    const QByteArray port = QByteArray::number(m_url.port());
    const QByteArray user = m_url.user().toUtf8();
    const QByteArray password = m_url.password().toUtf8();
    const QByteArray database = m_url.database().toUtf8();
    // libpq's minimum effective timeout is 2 s.
    const QByteArray timeout = QByteArray::number(std::max(2, m_connectTimeoutSeconds));
    std::vector<const char *> keys {
        "host", "port", "user", "dbname", "connect_timeout", "client_encoding", "application_name"
    };
    std::vector<const char *> values { host.constData(),    port.constData(), user.constData(), database.constData(),
                                       timeout.constData(), "UTF8",           "peyvand" };
    if (m_url.hasPassword()) {
        keys.push_back("password");
        values.push_back(password.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (!m_conn)
        throw PgError(QStringLiteral("%1: out of memory while connecting").arg(m_url.redacted()));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::unique_ptr<pg_conn, void (*)(pg_conn *)> guard(m_conn, PQfinish);
        m_conn = nullptr;
        refuseConnection(guard.get(), m_url);
    }
    PQsetNoticeProcessor(m_conn, logNotice, nullptr);
}

void PgConnection::exec(const QString &sql)
{
    PGresult *raw = PQexec(m_conn, sql.toUtf8().constData());
    std::unique_ptr<PGresult, void (*)(PGresult *)> result(raw, PQclear);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        throw PgError::fromResult(raw, m_conn, QStringLiteral("%1: %2").arg(m_url.redacted(), sql.left(200)));
}

PgStatement PgConnection::prepare(const QString &sql)
{
    return PgStatement(*this, sql.toUtf8());
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

int PgConnection::backendPid() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK ? PQbackendPID(m_conn) : 0;
}

bool PgConnection::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void PgConnection::reconnectWithin(std::chrono::milliseconds wait)
{
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        try {
            reconnect();
            return;
        } catch (const ValidationError &e) {
            // A restarting server refuses connections for a moment; anything else (a password) will not change.
            if (e.code() != QLatin1String("unreachable") || std::chrono::steady_clock::now() >= deadline)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
}

void PgConnection::reconnect()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    m_prepared.clear();
    connect();
    ++m_reconnects;
}

QByteArray PgConnection::preparedName(const QByteArray &sql, const QByteArray &typeKey, int paramCount,
                                      const unsigned int *types)
{
    const QByteArray key = typeKey + '\0' + sql;
    const auto found = m_prepared.constFind(key);
    if (found != m_prepared.constEnd())
        return found.value();
    const QByteArray name = "peyvand_" + QByteArray::number(m_prepared.size() + 1);
    PGresult *raw = PQprepare(m_conn, name.constData(), sql.constData(), paramCount, types);
    std::unique_ptr<PGresult, void (*)(PGresult *)> result(raw, PQclear);
    if (!raw || PQresultStatus(raw) != PGRES_COMMAND_OK)
        throw PgError::fromResult(raw, m_conn,
                                  QStringLiteral("cannot prepare [%1]").arg(QString::fromUtf8(sql.left(200))));
    m_prepared.insert(key, name);
    return name;
}

} // namespace peyvand
