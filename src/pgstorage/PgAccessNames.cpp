#include "PgAccessNames.h"

#include <QCryptographicHash>

namespace peyvand::PgAccessNames {

namespace {

// `text` when it fits in `maxBytes` of UTF-8, else its longest prefix of whole
// characters that leaves room for "_" and 8 hex digits of SHA-256(text).
QString fitted(const QString &text, int maxBytes)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= maxBytes)
        return text;
    const QByteArray hash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex().left(8);
    QString head;
    int bytes = 0;
    for (const uint c : text.toUcs4()) {
        const int length = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + length > maxBytes - 9)
            break;
        head += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        bytes += length;
    }
    return head + QLatin1Char('_') + QString::fromLatin1(hash);
}

QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
    return out;
}

const char *suffix(UserRole role)
{
    switch (role) {
    case UserRole::SalesRep:
        return "_rep";
    case UserRole::Manager:
        return "_manager";
    case UserRole::Support:
        return "_support";
    case UserRole::Admin:
        return "_admin";
    }
    return "_rep";
}

} // namespace

QString prefix(const QString &database)
{
    return fitted(database, kMaxPrefixBytes);
}

QString group(const QString &database, UserRole role)
{
    return prefix(database) + QLatin1String(suffix(role));
}

QString loginRole(const QString &database, const QString &username)
{
    const QString head = prefix(database) + QStringLiteral("_u_");
    return head + fitted(asciiLower(username), kMaxNameBytes - int(head.toUtf8().size()));
}

QString quoted(const QString &identifier)
{
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace peyvand::PgAccessNames
