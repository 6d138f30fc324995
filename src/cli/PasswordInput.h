#pragma once
// Where peyvand-cli reads passwords: the signing-in user's from the
// PEYVAND_PASSWORD environment variable, else the first line of standard
// input; a new password (user add, user passwd) from PEYVAND_NEW_PASSWORD,
// else the next line. On a terminal it asks, does not echo, and asks for a
// new password twice. The line end
// is removed, nothing else (spaces are part of a password).
#include <QString>
#include <cstdio>

namespace peyvand::cli {

class PasswordInput
{
public:
    explicit PasswordInput(std::FILE *in = stdin)
        : m_in(in)
    {
    }

    QString password(const QString &userName); // read once, then remembered
    QString newPassword(const QString &userName);

private:
    QString readLine(const QString &prompt);

    std::FILE *m_in;
    bool m_havePassword = false;
    QString m_password;
};

} // namespace peyvand::cli
