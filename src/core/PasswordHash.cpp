#include "PasswordHash.h"

#include <sodium.h>
#include <stdexcept>

namespace peyvand::PasswordHash {

namespace {

void initSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

QString hash(const QString &password)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::runtime_error("not enough memory to hash a password");
    return QString::fromLatin1(out);
}

bool verify(const QString &stored, const QString &password)
{
    initSodium();
    const QByteArray s = stored.toLatin1();
    if (s.isEmpty() || s.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(s.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool needsRehash(const QString &stored)
{
    initSodium();
    const QByteArray s = stored.toLatin1();
    return crypto_pwhash_str_needs_rehash(s.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

} // namespace peyvand::PasswordHash
