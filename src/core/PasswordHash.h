#pragma once
// Password hashing with Argon2id (libsodium's crypto_pwhash_str, interactive
// limits, a random salt). The stored string carries the algorithm, salt and
// parameters ("$argon2id$v=19$m=65536,t=2,p=1$…"), so they can be raised later:
// needsRehash() tells when a stored hash was made with weaker ones.
#include <QString>

namespace peyvand::PasswordHash {

QString hash(const QString &password); // throws std::runtime_error when out of memory
bool verify(const QString &stored, const QString &password);
bool needsRehash(const QString &stored);

} // namespace peyvand::PasswordHash
