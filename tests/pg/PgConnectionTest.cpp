// PgConnection against the real test server: connecting, and the refusals a
// person sees for a wrong URL, an unreachable server and a wrong password.
#include "PgConnection.h"

#include "PgError.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestServer.h"
#include "ValidationError.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace peyvand;
using namespace peyvand::testing;

namespace {

ValidationError refusalOf(const QString &url, int timeout = PgConnection::kDefaultConnectTimeoutSeconds)
{
    try {
        PgConnection connection(url, timeout);
    } catch (const ValidationError &e) {
        return e;
    }
    throw std::runtime_error("connected, expected a refusal: " + url.toStdString());
}

} // namespace

TEST(PgConnection, connects_to_the_test_server)
{
    PgConnection connection(serverUrl());
    EXPECT_GE(connection.serverVersion(), 150000);
    const PgResult r
        = connection.prepare(QStringLiteral("SELECT current_user, current_setting('server_encoding')")).exec();
    EXPECT_EQ(r.text(0, 0), serverUrl().user());
    EXPECT_EQ(r.text(0, 1), QStringLiteral("UTF8"));
    EXPECT_FALSE(connection.inTransaction());
}

TEST(PgConnection, wrong_url_is_refused_before_connecting)
{
    const ValidationError e = refusalOf(QStringLiteral("postgresql://nobody@/peyvand"));
    EXPECT_EQ(e.field(), QStringLiteral("url"));
    EXPECT_EQ(e.code(), QStringLiteral("invalid_url_host"));
    EXPECT_TRUE(e.message().contains(QStringLiteral("postgresql://user[:password]@host[:port]/database")));
    EXPECT_TRUE(e.persianMessage().contains(QStringLiteral("نشانی")));
}

TEST(PgConnection, unreachable_port_names_the_server)
{
    PgUrl url = serverUrl();
    const int port = closedPort();
    const QString text
        = QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/postgres").arg(url.user(), url.password()).arg(port);
    const ValidationError e = refusalOf(text, 3);
    EXPECT_EQ(e.field(), QStringLiteral("server"));
    EXPECT_EQ(e.code(), QStringLiteral("unreachable"));
    EXPECT_TRUE(
        e.message().contains(QStringLiteral("cannot reach the PostgreSQL server at 127.0.0.1 port %1").arg(port)))
        << e.message().toStdString();
    EXPECT_TRUE(e.persianMessage().contains(QStringLiteral("سرور PostgreSQL"))) << e.persianMessage().toStdString();
    // The password is never shown.
    EXPECT_FALSE(e.message().contains(url.password()));
}

TEST(PgConnection, wrong_password_is_refused_as_such)
{
    const PgUrl url = serverUrl();
    const QString text = QStringLiteral("postgresql://%1:not-the-password@%2:%3/%4")
                             .arg(url.user(), url.host())
                             .arg(url.port())
                             .arg(url.database());
    const ValidationError e = refusalOf(text);
    EXPECT_EQ(e.field(), QStringLiteral("password"));
    EXPECT_EQ(e.code(), QStringLiteral("auth_failed"));
    EXPECT_TRUE(e.message().contains(QStringLiteral("wrong or missing password"))) << e.message().toStdString();
    EXPECT_TRUE(e.persianMessage().contains(QStringLiteral("رمز عبور"))) << e.persianMessage().toStdString();
    EXPECT_FALSE(e.message().contains(QStringLiteral("not-the-password")));
}

TEST(PgConnection, missing_password_is_refused_as_such)
{
    const PgUrl url = serverUrl();
    qputenv("PGPASSFILE", "/nonexistent"); // no ~/.pgpass answering for us
    qunsetenv("PGPASSWORD");
    const ValidationError e
        = refusalOf(QStringLiteral("postgresql://%1@%2:%3/postgres").arg(url.user(), url.host()).arg(url.port()));
    EXPECT_EQ(e.code(), QStringLiteral("auth_failed"));
}

TEST(PgConnection, missing_database_is_named)
{
    const PgUrl url = serverUrl().withDatabase(QStringLiteral("no_such_peyvand_db"));
    const ValidationError e = refusalOf(url.toString());
    EXPECT_EQ(e.field(), QStringLiteral("database"));
    EXPECT_EQ(e.code(), QStringLiteral("no_database"));
    EXPECT_TRUE(e.message().contains(QStringLiteral("no_such_peyvand_db")));
}

TEST(PgConnection, a_role_not_let_into_the_database_is_told_so_not_that_the_server_is_down)
{
    PgTestDatabase db; // migrated below: CONNECT becomes the Peyvand roles' alone
    {
        PgConnection owner(db.url());
        PgMigrations::migrate(owner);
    }
    PgConnection admin(serverUrl());
    const QString role = QStringLiteral("outsider_%1").arg(db.name());
    admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'outsider-pass'").arg(role));
    const PgUrl url = db.url();
    const ValidationError e = refusalOf(url.withCredentials(role, QStringLiteral("outsider-pass")).toString());
    admin.exec(QStringLiteral("DROP ROLE %1").arg(role));
    EXPECT_EQ(e.field(), QStringLiteral("database"));
    EXPECT_EQ(e.code(), QStringLiteral("no_access"));
    EXPECT_FALSE(e.message().contains(QStringLiteral("outsider-pass")));
}

TEST(PgConnection, failed_statement_throws_pg_error_with_sqlstate)
{
    PgConnection connection(serverUrl());
    try {
        connection.exec(QStringLiteral("SELECT * FROM no_such_table"));
        FAIL() << "expected PgError";
    } catch (const PgError &e) {
        EXPECT_EQ(e.sqlState(), QByteArray("42P01"));
        EXPECT_FALSE(e.isRetryable());
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("no_such_table")));
    }
    // The connection is still usable afterwards.
    EXPECT_EQ(connection.prepare(QStringLiteral("SELECT 1::bigint")).exec().int64(0, 0), 1);
}

// A port where the kernel completes the TCP handshake but nobody ever answers
// (listening, never accepting): only the connect timeout ends the wait.
TEST(PgConnection, silent_server_is_unreachable_after_the_timeout)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ASSERT_EQ(::listen(fd, 4), 0);
    ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
    const int port = ntohs(address.sin_port);
    const ValidationError e = refusalOf(QStringLiteral("postgresql://u:p@127.0.0.1:%1/d").arg(port), 2);
    ::close(fd);
    EXPECT_EQ(e.code(), QStringLiteral("unreachable"));
    EXPECT_TRUE(e.message().contains(QStringLiteral("timeout"))) << e.message().toStdString();
}

// The server ends the session (a restart, an administrator): the next
// statement fails as a lost connection, not as a wrong statement. (A
// prepared read outside a transaction is run again on a new session instead,
// see the next test; exec() of plain SQL is not.)
TEST(PgConnection, lost_connection_is_reported_as_such)
{
    PgConnection victim(serverUrl());
    const qint64 pid = victim.prepare(QStringLiteral("SELECT pg_backend_pid()::bigint")).exec().int64(0, 0);
    PgConnection admin(serverUrl());
    // Waits (up to 10 s) until the session is gone, so the next statement meets a closed connection.
    EXPECT_TRUE(
        admin.prepare(QStringLiteral("SELECT pg_terminate_backend($1::int, 10000)")).bind(1, pid).exec().boolean(0, 0));
    try {
        victim.exec(QStringLiteral("SELECT 1"));
        FAIL() << "the statement ran on a terminated connection";
    } catch (const PgError &e) {
        EXPECT_TRUE(e.isConnectionLost()) << e.what() << " " << e.sqlState().constData();
        EXPECT_FALSE(e.isRetryable());
    }
    EXPECT_FALSE(victim.isConnected());
}

TEST(PgConnection, reconnect_after_a_lost_session_prepares_statements_again)
{
    PgConnection connection(serverUrl());
    auto pid = connection.prepare(QStringLiteral("SELECT pg_backend_pid()::bigint"));
    const qint64 before = pid.exec().int64(0, 0);
    PgConnection admin(serverUrl());
    admin.prepare(QStringLiteral("SELECT pg_terminate_backend($1::int, 10000)")).bind(1, before).exec();
    // A read outside a transaction meets the lost session, replaces it and runs once more on the new one.
    const qint64 rerun = pid.exec().int64(0, 0);
    EXPECT_NE(rerun, before);
    EXPECT_EQ(connection.reconnectCount(), 1);
    connection.reconnect();
    EXPECT_TRUE(connection.isConnected());
    EXPECT_EQ(connection.reconnectCount(), 2);
    // The same statement object: prepared again on the new session.
    const qint64 after = pid.exec().int64(0, 0);
    EXPECT_NE(after, before);
    EXPECT_NE(after, rerun);
    EXPECT_EQ(connection.prepare(QStringLiteral("SELECT $1::bigint")).bind(1, 7).exec().int64(0, 0), 7);
}
