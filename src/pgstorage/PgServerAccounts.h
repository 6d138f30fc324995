#pragma once
// ServerAccounts on PostgreSQL: each Peyvand user has a login role of this
// database (PgAccessNames::loginRole), a member of its role's group while the
// user is active. The roles are made to follow the users row by the server
// function peyvand_sync_login (SECURITY DEFINER, for administrators and the
// schema's owner only, PgAccessSetup), so a client can neither name a role
// that is not this database's login nor grant a group the row does not say.
// Passwords reach the server only as SCRAM-SHA-256 verifiers computed here
// (PQencryptPasswordConn): the password itself is never in SQL text or logs.
// Runs on the caller's connection, inside the caller's transaction
// (PostgreSQL's CREATE ROLE / GRANT / ALTER ROLE are transactional).
#include "ServerAccounts.h"

namespace peyvand {

class PgConnection;

class PgServerAccounts final : public ServerAccounts
{
public:
    explicit PgServerAccounts(PgConnection &connection)
        : m_connection(connection)
    {
    }

    void createLogin(const User &user, const QString &password) override;
    void setPassword(const User &user, const QString &password) override;
    void setActive(const User &user, bool active) override;
    void setRole(const User &user, UserRole role) override;

    // Makes the login role of `userId` what the users row says (created when
    // missing; group and LOGIN while active); returns the role's name.
    QString sync(qint64 userId);
    // The login role `username` signs in as on this connection's database.
    QString loginRole(const QString &username) const;

private:
    PgConnection &m_connection;
};

} // namespace peyvand
