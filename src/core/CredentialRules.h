#pragma once
// What a username and a password must look like (docs/security.md):
// usernames 2–32 characters, a letter first, then letters, digits, '.', '_' or
// '-', not all digits (the CLI reads digits as a user id); passwords 8–128
// characters (Unicode code points, spaces count), not the username. Passwords
// are compared as typed after Unicode NFC normalisation.
#include <QString>

namespace peyvand::CredentialRules {

constexpr int kMinPassword = 8;
constexpr int kMaxPassword = 128;

// The username as stored (trimmed), or a ValidationError (field "username").
QString checkUsername(const QString &username);
// A ValidationError (field `field`) when the password breaks a rule.
void checkPassword(const QString &password, const QString &username, const QString &field = QStringLiteral("password"));
// The form in which a password is hashed and verified.
QString normalisePassword(const QString &password);

} // namespace peyvand::CredentialRules
