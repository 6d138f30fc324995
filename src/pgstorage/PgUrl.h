#pragma once
// A PostgreSQL connection URL, parsed and checked before anything connects:
// postgresql://user[:password]@host[:port]/database (or postgres://), or
// postgresql://host[:port]/database: the server only, each person signing in
// as their own role (withCredentials; user() is then empty). Anything
// else (query options, a missing part, a bad port) is refused with a
// ValidationError (field "url") naming what is wrong, in English and Persian.
#include <QString>

namespace peyvand {

class PgUrl
{
public:
    static PgUrl parse(const QString &url);

    const QString &user() const { return m_user; }
    const QString &password() const { return m_password; }
    bool hasPassword() const { return m_hasPassword; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }

    // The same server and credentials, another database.
    PgUrl withDatabase(const QString &database) const;
    // The same server and database as another user (a Peyvand user's login
    // role, PgAccessNames::loginRole) with that password.
    PgUrl withCredentials(const QString &user, const QString &password) const;
    // For messages and logs: the URL without the password.
    QString redacted() const;
    // The full URL (password percent-encoded), e.g. for a worker's own connection.
    QString toString() const;

private:
    QString m_user;
    QString m_password;
    bool m_hasPassword = false;
    QString m_host;
    int m_port = 5432;
    QString m_database;
};

} // namespace peyvand
