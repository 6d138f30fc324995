#include "PgUrl.h"

#include "ValidationError.h"

#include <QUrl>

namespace peyvand {

PgUrl PgUrl::withCredentials(const QString &user, const QString &password) const
{
    PgUrl copy = *this;
    copy.m_user = user;
    copy.m_password = password;
    copy.m_hasPassword = true;
    return copy;
}

namespace {

[[noreturn]] void refuse(const QString &code, const QString &english, const QString &persian)
{
    throw ValidationError(QStringLiteral("url"), QStringLiteral("invalid_url_%1").arg(code), english, persian);
}

const QString kForm = QStringLiteral("postgresql://user[:password]@host[:port]/database");

// Percent-decodes one part; QUrl would silently accept what we want to refuse.
QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool isSimpleName(const QString &s)
{
    for (const QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')
            || c == QLatin1Char('@'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

PgUrl PgUrl::parse(const QString &text)
{
    const QString url = text.trimmed();
    QString rest;
    for (const QString &scheme : { QStringLiteral("postgresql://"), QStringLiteral("postgres://") }) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            rest = url.mid(scheme.size());
    }
    if (rest.isNull())
        refuse(QStringLiteral("scheme"),
               QStringLiteral("\"%1\" is not a PostgreSQL URL: it must start with postgresql:// or postgres:// "
                              "(%2)")
                   .arg(url, kForm),
               QStringLiteral("«%1» نشانی PostgreSQL نیست: باید با postgresql:// یا postgres:// آغاز شود (%2)")
                   .arg(url, kForm));
    if (rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#')))
        refuse(QStringLiteral("options"),
               QStringLiteral("the PostgreSQL URL must not carry options (?… or #…): %1").arg(kForm),
               QStringLiteral("نشانی PostgreSQL نباید گزینه (?… یا #…) داشته باشد: %1").arg(kForm));
    // No "user@": the server's address only; each person signs in with their own role (withCredentials).
    const int at = rest.lastIndexOf(QLatin1Char('@'));
    const QString userInfo = at < 0 ? QString() : rest.left(at);
    const QString hostPart = rest.mid(at + 1);

    PgUrl result;
    const int colon = userInfo.indexOf(QLatin1Char(':'));
    result.m_user = decoded(colon < 0 ? userInfo : userInfo.left(colon));
    if (colon >= 0) {
        result.m_hasPassword = true;
        result.m_password = decoded(userInfo.mid(colon + 1));
    }
    if (at >= 0 && !isSimpleName(result.m_user))
        refuse(QStringLiteral("user"), QStringLiteral("the PostgreSQL URL names no valid user: %1").arg(kForm),
               QStringLiteral("نام کاربر در نشانی PostgreSQL درست نیست: %1").arg(kForm));

    const int slash = hostPart.indexOf(QLatin1Char('/'));
    const QString authority = slash < 0 ? hostPart : hostPart.left(slash);
    const QString database = slash < 0 ? QString() : decoded(hostPart.mid(slash + 1));
    if (!isSimpleName(database))
        refuse(QStringLiteral("database"), QStringLiteral("the PostgreSQL URL names no database: %1").arg(kForm),
               QStringLiteral("نشانی PostgreSQL نام پایگاه داده را ندارد: %1").arg(kForm));
    result.m_database = database;

    QString host = authority;
    QString port;
    if (authority.startsWith(QLatin1Char('['))) { // [::1]:5432
        const int close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            refuse(QStringLiteral("host"), QStringLiteral("the PostgreSQL URL has an unclosed [IPv6 address]"),
                   QStringLiteral("نشانی IPv6 در نشانی PostgreSQL بسته نشده است"));
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                refuse(QStringLiteral("host"), QStringLiteral("unexpected text after the host: %1").arg(after),
                       QStringLiteral("پس از نام میزبان نوشته‌ی نابجا آمده است: %1")
                           .arg(after));
            port = after.mid(1);
        }
    } else {
        const int portColon = authority.lastIndexOf(QLatin1Char(':'));
        if (portColon >= 0) {
            host = authority.left(portColon);
            port = authority.mid(portColon + 1);
        }
    }
    if (!isSimpleName(host) || host.contains(QLatin1Char(':')) != authority.startsWith(QLatin1Char('[')))
        refuse(QStringLiteral("host"), QStringLiteral("the PostgreSQL URL names no valid host: %1").arg(kForm),
               QStringLiteral("نام میزبان در نشانی PostgreSQL درست نیست: %1").arg(kForm));
    result.m_host = host;
    if (!port.isNull()) {
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || value < 1 || value > 65535 || port.startsWith(QLatin1Char('+')))
            refuse(QStringLiteral("port"),
                   QStringLiteral("the port \"%1\" in the PostgreSQL URL is not a number from 1 to 65535").arg(port),
                   QStringLiteral("درگاه «%1» در نشانی PostgreSQL عددی از ۱ تا ۶۵۵۳۵ نیست").arg(port));
        result.m_port = value;
    }
    return result;
}

PgUrl PgUrl::withDatabase(const QString &database) const
{
    PgUrl copy = *this;
    copy.m_database = database;
    return copy;
}

namespace {

// Built by concatenation: percent-encoded parts ("%2F") must not meet QString::arg().
QString hostPart(const QString &host, int port)
{
    const QString bracketed = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return bracketed + QLatin1Char(':') + QString::number(port);
}

} // namespace

QString PgUrl::redacted() const
{
    const QString userInfo = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    return QStringLiteral("postgresql://") + userInfo + hostPart(m_host, m_port) + QLatin1Char('/') + m_database;
}

QString PgUrl::toString() const
{
    const auto encoded = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString userInfo = encoded(m_user);
    if (m_hasPassword)
        userInfo += QLatin1Char(':') + encoded(m_password);
    if (!userInfo.isEmpty())
        userInfo += QLatin1Char('@');
    return QStringLiteral("postgresql://") + userInfo + hostPart(m_host, m_port) + QLatin1Char('/')
        + encoded(m_database);
}

} // namespace peyvand
