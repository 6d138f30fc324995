#include "PgServerAccounts.h"

#include "PgAccessNames.h"
#include "PgConnection.h"
#include "PgError.h"
#include "PgResult.h"
#include "PgStatement.h"

#include <libpq-fe.h>

namespace peyvand {

QString PgServerAccounts::sync(qint64 userId)
{
    return m_connection.prepare(QStringLiteral("SELECT peyvand_sync_login($1)")).bind(1, userId).exec().text(0, 0);
}

QString PgServerAccounts::loginRole(const QString &username) const
{
    return PgAccessNames::loginRole(m_connection.url().database(), username);
}

void PgServerAccounts::createLogin(const User &user, const QString &password)
{
    sync(user.id);
    setPassword(user, password);
}

void PgServerAccounts::setPassword(const User &user, const QString &password)
{
    const QByteArray role = loginRole(user.username).toUtf8();
    char *verifier = PQencryptPasswordConn(m_connection.handle(), password.toUtf8().constData(), role.constData(),
                                           "scram-sha-256");
    if (!verifier)
        throw PgError(
            QStringLiteral("cannot compute the password verifier for %1: %2")
                .arg(QString::fromUtf8(role), QString::fromUtf8(PQerrorMessage(m_connection.handle())).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    m_connection.prepare(QStringLiteral("SELECT peyvand_set_login_password($1, $2)"))
        .bind(1, user.id)
        .bind(2, text)
        .exec();
}

void PgServerAccounts::setActive(const User &user, bool)
{
    sync(user.id);
}

void PgServerAccounts::setRole(const User &user, UserRole)
{
    sync(user.id);
}

} // namespace peyvand
