#include "PgTestServer.h"

#include "PgConnection.h"
#include "PgError.h"
#include "PgMigrations.h"
#include "PgResult.h"
#include "PgStatement.h"
#include "PgTestQueries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <netinet/in.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
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

namespace {

// Runs SQL that needs nobody connected to a database (CREATE DATABASE …
// TEMPLATE, ALTER DATABASE … RENAME), waiting for sessions that have just
// closed to end on the server.
void execWhenAlone(PgConnection &admin, const QString &sql)
{
    for (int attempt = 1;; ++attempt) {
        try {
            admin.exec(sql);
            return;
        } catch (const PgError &e) {
            if (attempt == 100 || e.sqlState() != "55006") // object_in_use: being accessed by other users
                throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
}

} // namespace

QString migratedTemplate()
{
    static QString name;
    if (!name.isEmpty())
        return name;
    const QFileInfo program(QStringLiteral("/proc/self/exe"));
    const QByteArray build
        = program.canonicalFilePath().toUtf8() + '@' + QByteArray::number(program.lastModified().toMSecsSinceEpoch());
    const QString wanted
        = QStringLiteral("peyvand_template_%1_%2")
              .arg(PgMigrations::latestVersion())
              .arg(QString::fromLatin1(QCryptographicHash::hash(build, QCryptographicHash::Md5).toHex().left(12)));
    const PgUrl server = serverUrl();
    PgConnection admin(server);
    admin.exec(QStringLiteral("SELECT pg_advisory_lock(1405090901)"));
    try {
        if (pgScalar(admin, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(wanted)) == 0) {
            const QString building = wanted + QStringLiteral("_building");
            admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
            admin.exec(QStringLiteral("CREATE DATABASE %1").arg(building));
            {
                PgConnection connection(server.withDatabase(building));
                PgMigrations::migrate(connection);
            }
            execWhenAlone(admin, QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, wanted));
        }
    } catch (...) {
        admin.exec(QStringLiteral("SELECT pg_advisory_unlock(1405090901)"));
        throw;
    }
    admin.exec(QStringLiteral("SELECT pg_advisory_unlock(1405090901)"));
    name = wanted;
    return name;
}

PgTestDatabase::PgTestDatabase(Contents contents)
    : PgTestDatabase(contents == Contents::Migrated ? migratedTemplate() : QString())
{
}

PgTestDatabase::PgTestDatabase(const QString &templateName)
{
    static std::atomic_int counter { 0 };
    m_name = QStringLiteral("peyvand_test_%1_%2_%3")
                 .arg(QCoreApplication::applicationPid())
                 .arg(++counter)
                 .arg(QRandomGenerator::global()->bounded(1000000));
    const PgUrl server = serverUrl();
    PgConnection admin(server);
    execWhenAlone(admin,
                  templateName.isEmpty() ? QStringLiteral("CREATE DATABASE %1").arg(m_name)
                                         : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_name, templateName));
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
