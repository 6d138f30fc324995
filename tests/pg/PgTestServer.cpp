#include "PgTestServer.h"

#include "PgConnection.h"
#include "PgResult.h"
#include "PgStatement.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace peyvand::testing {

PgUrl serverUrl()
{
    const QByteArray url = qgetenv("PEYVAND_TEST_PG_URL");
    if (url.isEmpty())
        throw std::runtime_error("PEYVAND_TEST_PG_URL is not set: run these tests through ctest (the pg_server "
                                 "fixture starts a server) or export the URL printed by "
                                 "`scripts/pg-server.sh start DIR`");
    return PgUrl::parse(QString::fromUtf8(url));
}

PgTestDatabase::PgTestDatabase()
{
    static std::atomic_int counter { 0 };
    m_name = QStringLiteral("peyvand_test_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(++counter)
                 .arg(QRandomGenerator::global()->bounded(1000000));
    const PgUrl server = serverUrl();
    PgConnection admin(server);
    admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    m_url = server.withDatabase(m_name);
}

PgTestDatabase::~PgTestDatabase()
{
    try {
        PgConnection admin(serverUrl());
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        // The server roles its access setup made (PgAccessSetup) are the cluster's: drop them too.
        const PgResult roles = admin
                                   .prepare(QStringLiteral("SELECT quote_ident(rolname) FROM pg_roles "
                                                           "WHERE shobj_description(oid, 'pg_authid') IN ($1, $2)"))
                                   .bind(1, QStringLiteral("Peyvand group role of database %1").arg(m_name))
                                   .bind(2, QStringLiteral("Peyvand login of database %1").arg(m_name))
                                   .exec();
        for (int i = 0; i < roles.rows(); ++i)
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(roles.text(i, 0)));
    } catch (...) {
        // The server is going away with the fixture anyway.
    }
}

int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        throw std::runtime_error("cannot find a free port");
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace peyvand::testing
